/**
 * Intervals as JSON: ranges such as "5-6名", the values printed numbers stand for ("3.00" for
 * 6005 beds of 2,000,000, seed 003 L146; fixtures/cixi-2021-2025.json), and their intersections.
 */
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import {
  boundsOf,
  contains,
  fromDecimals,
  intersect,
  interval,
  printedInterval,
} from './interval.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('interval', () => {
  it('is closed at both ends unless told otherwise, and frozen', () => {
    const i = interval('5', '6')
    expect(i).toEqual({ lo: '5', hi: '6', loClosed: true, hiClosed: true })
    expect(Object.isFrozen(i)).toBe(true)
    expect(interval(0.6, 1, { hiClosed: false })).toEqual({
      lo: '0.6',
      hi: '1',
      loClosed: true,
      hiClosed: false,
    })
    expect(interval('0.6', '1', { loClosed: false })).toMatchObject({
      loClosed: false,
      hiClosed: true,
    })
  })

  it('may be a single point, closed', () => {
    expect(interval('9160', '9160')).toEqual({
      lo: '9160',
      hi: '9160',
      loClosed: true,
      hiClosed: true,
    })
  })

  it('throws invalid-interval when it holds nothing: lo above hi, or a point with an open end', () => {
    expect(() => interval('6', '5')).toThrow(
      expect.objectContaining({ code: 'invalid-interval', path: [], params: { lo: '6', hi: '5' } }),
    )
    expect(() => interval('5', '5', { hiClosed: false })).toThrow(refused('invalid-interval', []))
    expect(() => interval('5', '5', { loClosed: false })).toThrow(refused('invalid-interval', []))
  })

  it('throws invalid-number at lo or hi, under the path it is given', () => {
    expect(() => interval('五', '6')).toThrow(refused('invalid-number', ['lo']))
    expect(() => interval('5', '六', {}, ['rules', 1, 'range'])).toThrow(
      refused('invalid-number', ['rules', 1, 'range', 'hi']),
    )
  })
})

describe('fromDecimals and boundsOf', () => {
  it('round-trip: an interval’s bounds make the same interval', () => {
    const i = interval('2.995', '3.005', { hiClosed: false })
    const b = boundsOf(i)
    expect(b.lo.eq('2.995') && b.hi.eq('3.005')).toBe(true)
    expect(fromDecimals(b.lo, b.hi, b.loClosed, b.hiClosed)).toEqual(i)
    expect(() => fromDecimals(new Dec(2), new Dec(1), true, true)).toThrow(
      refused('invalid-interval', []),
    )
  })
})

describe('printedInterval', () => {
  it.each([
    ['3.00', '2.995', '3.005'],
    ['4.58', '4.575', '4.585'],
    ['0.3', '0.25', '0.35'],
    ['5', '4.5', '5.5'],
    [' 1.08 ', '1.075', '1.085'],
    [4.2, '4.15', '4.25'],
  ] as const)('%j stands for [%s, %s)', (printed, lo, hi) => {
    expect(printedInterval(printed)).toEqual({ lo, hi, loClosed: true, hiClosed: false })
  })

  it('throws invalid-number for text that is not a number, at the path it is given', () => {
    expect(() => printedInterval('3,00')).toThrow(refused('invalid-number', []))
    expect(() => printedInterval('三', ['figures', 0])).toThrow(
      refused('invalid-number', ['figures', 0]),
    )
  })
})

describe('contains', () => {
  const printed300 = printedInterval('3.00')

  it('6005 / 2,000,000 × 1000 = 3.0025 lies in what 3.00 stands for; 3.005 does not', () => {
    expect(contains(printed300, '3.0025')).toBe(true)
    expect(contains(printed300, 3.0025)).toBe(true)
    expect(contains(printed300, new Dec('3.0025'))).toBe(true)
    expect(contains(printed300, '2.995')).toBe(true)
    expect(contains(printed300, '3.005')).toBe(false)
    expect(contains(printed300, '2.9949')).toBe(false)
  })

  it('honours open and closed ends', () => {
    expect(contains(interval('5', '6', { loClosed: false }), '5')).toBe(false)
    expect(contains(interval('5', '6'), '6')).toBe(true)
  })

  it('throws invalid-number for a value that is not a number', () => {
    expect(() => contains(printed300, '3,0025')).toThrow(refused('invalid-number', []))
  })
})

describe('intersect', () => {
  it('[1, 3] ∩ [2, 5] = [2, 3]; disjoint intervals and no intervals give null', () => {
    expect(intersect([interval('1', '3'), interval('2', '5')])).toEqual({
      lo: '2',
      hi: '3',
      loClosed: true,
      hiClosed: true,
    })
    expect(intersect([interval('1', '2'), interval('3', '4')])).toBeNull()
    expect(intersect([])).toBeNull()
  })

  it('4.58 and 4.6 as printed agree on [4.575, 4.585)', () => {
    const both = intersect([printedInterval('4.58'), printedInterval('4.6')])
    expect(both).toEqual({ lo: '4.575', hi: '4.585', loClosed: true, hiClosed: false })
    expect(Object.isFrozen(both)).toBe(true)
  })
})
