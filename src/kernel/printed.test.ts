/**
 * What printed numbers stand for. Figures from the seeds: 149.76万 residents (seed 000 L217),
 * 4.58 per 1,000 and 9160 beds (seed 003 L143), 3.00, 1.08 and 0.50 per 1,000 (seed 003 L146),
 * 6855 beds in 2020 (9160 − 2305, L143); fixtures/cixi-2016-2020.json and cixi-2021-2025.json.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { boundsContain, boundsJson } from './bounds.js'
import {
  lastDigitUnit,
  moreThanBounds,
  printedBounds,
  printedDecimals,
  roundedToUnitBounds,
} from './printed.js'

const d = (v: string | number) => new Dec(v)

describe('lastDigitUnit: the place of the last non-zero digit', () => {
  it.each([
    ['149.76', '0.01'],
    ['4.58', '0.01'],
    ['0.50', '0.1'],
    ['0.05', '0.01'],
    ['3.050', '0.01'],
    ['3.00', '1'],
    ['9160', '10'],
    ['6855', '1'],
    ['2000000', '1000000'],
    ['600', '100'],
    [' 7200 ', '100'],
    ['00600', '100'],
    ['5', '1'],
    ['0', '1'],
    ['0.0', '1'],
    ['000', '1'],
  ])('%j → %s', (text, unit) => {
    expect(lastDigitUnit(text).toFixed()).toBe(unit)
  })
})

describe('moreThanBounds and roundedToUnitBounds', () => {
  it('more than 600万, less than the next 100万: (6,000,000, 7,000,000), open at both ends', () => {
    expect(boundsJson(moreThanBounds(d(6_000_000), d(1_000_000)))).toEqual({
      lo: '6000000',
      hi: '7000000',
      loClosed: false,
      hiClosed: false,
    })
  })

  it('200万 rounded to the 万 stands for [1,995,000, 2,005,000)', () => {
    expect(boundsJson(roundedToUnitBounds(d(2_000_000), d(10_000)))).toEqual({
      lo: '1995000',
      hi: '2005000',
      loClosed: true,
      hiClosed: false,
    })
  })

  it('law: rounding to the unit 10^-d is what a value printed with d decimals stands for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (n, places) => {
          const v = d(n).div(d(10).pow(places))
          const byUnit = boundsJson(roundedToUnitBounds(v, d(10).pow(-places)))
          expect(byUnit).toEqual(boundsJson(printedBounds(v, places)))
          expect(printedDecimals(v.toFixed(places))).toBe(places)
        },
      ),
    )
  })

  it('law: a value in (v, v + unit) is more than v, and neither end is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 999 }),
        (n, k) => {
          const b = moreThanBounds(d(n), d(1000))
          expect(boundsContain(b, d(n).plus(k))).toBe(true)
          expect(boundsContain(b, d(n))).toBe(false)
          expect(boundsContain(b, d(n).plus(1000))).toBe(false)
        },
      ),
    )
  })
})
