/**
 * Rounding modes. Values from the seeds: 3.8 psychiatrists per 100,000 of 1,497,600 residents is
 * 56.9088 (seed 000 L224 and L217; fixtures/cixi-2016-2020.json); 6005 beds of 2,000,000 is
 * 3.0025 per 1,000 (seed 003 L146); 2151 beds is 1.0755, printed 1.08 (seed 003 L146). Halves
 * and signs come from the definitions of the modes.
 */
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { Dec } from './decimal.js'
import {
  assertDecimals,
  assertRounding,
  countOf,
  ROUNDINGS,
  type Rounding,
  roundTo,
} from './rounding.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const d = (text: string) => new Dec(text)

describe('ROUNDINGS', () => {
  it('lists the five modes in a stable order, frozen', () => {
    expect(ROUNDINGS).toEqual(['ceil', 'floor', 'half-up', 'half-even', 'none'])
    expect(Object.isFrozen(ROUNDINGS)).toBe(true)
  })
})

describe('assertRounding', () => {
  it.each(ROUNDINGS)('accepts %s and returns it', (r) => {
    expect(assertRounding(r)).toBe(r)
  })

  it('throws invalid-rounding at `rounding` for anything else, listing the modes', () => {
    for (const bad of ['round', 'CEIL', '', undefined, null, 0]) {
      expect(() => assertRounding(bad)).toThrow(refused('invalid-rounding', ['rounding']))
    }
    expect(() => assertRounding('up')).toThrow(
      expect.objectContaining({
        params: { received: 'up', expected: 'ceil, floor, half-up, half-even, none' },
      }),
    )
  })

  it('reports the path it is given', () => {
    expect(() => assertRounding('up', ['rules', 3, 'rounding'])).toThrow(
      refused('invalid-rounding', ['rules', 3, 'rounding']),
    )
  })
})

// value → the count under ceil, floor, half-up, half-even
const COUNTS: readonly (readonly [string, number, number, number, number])[] = [
  ['56.9088', 57, 56, 57, 57], // seed 000 L224: 3.8 per 100,000 of 1,497,600
  ['56.2', 57, 56, 56, 56], // ceil and half-up part
  ['2.5', 3, 2, 3, 2], // a half: away from zero, or to the even 2
  ['3.5', 4, 3, 4, 4], // a half whose even neighbour is above
  ['-2.5', -2, -3, -3, -2], // negative half: half-up goes away from zero
  ['9160', 9160, 9160, 9160, 9160], // seed 003 L143: whole already
]

describe('roundTo: each mode, at 0 and at more decimals', () => {
  it.each(COUNTS)('%s → ceil %i, floor %i, half-up %i, half-even %i', (v, c, f, hu, he) => {
    expect(roundTo(d(v), 0, 'ceil').toNumber()).toBe(c)
    expect(roundTo(d(v), 0, 'floor').toNumber()).toBe(f)
    expect(roundTo(d(v), 0, 'half-up').toNumber()).toBe(hu)
    expect(roundTo(d(v), 0, 'half-even').toNumber()).toBe(he)
  })

  it('rounds at the decimals asked for: 1.0755 → 1.08, 3.0025 → 3.003 or 3.002 (seed 003 L146)', () => {
    expect(roundTo(d('1.0755'), 2, 'half-up').toString()).toBe('1.08')
    expect(roundTo(d('3.0025'), 2, 'half-up').toFixed(2)).toBe('3.00')
    expect(roundTo(d('3.0025'), 3, 'half-up').toString()).toBe('3.003')
    expect(roundTo(d('3.0025'), 3, 'half-even').toString()).toBe('3.002')
    expect(roundTo(d('3.0025'), 3, 'ceil').toString()).toBe('3.003')
    expect(roundTo(d('3.0025'), 3, 'floor').toString()).toBe('3.002')
  })

  it('none returns the value itself, whatever the decimals', () => {
    const v = d('56.9088')
    expect(roundTo(v, 0, 'none')).toBe(v)
    expect(roundTo(v, 2, 'none').toString()).toBe('56.9088')
  })

  it('names its mode for every value, whatever rounding the value’s own decimal.js has', () => {
    // A decimal from a caller's decimal.js set to round down: half-up must still go up.
    const Down = Decimal.clone({ rounding: Decimal.ROUND_DOWN })
    expect(roundTo(new Down('2.5'), 0, 'half-up').toString()).toBe('3')
    expect(roundTo(new Down('-2.5'), 0, 'half-up').toString()).toBe('-3')
    expect(roundTo(new Down('2.5'), 0, 'half-even').toString()).toBe('2')
    expect(roundTo(new Down('56.2'), 0, 'ceil').toString()).toBe('57')
    expect(roundTo(new Down('-56.2'), 0, 'floor').toString()).toBe('-57')
  })
})

describe('countOf', () => {
  it.each(COUNTS)('%s counts as ceil %i, floor %i, half-up %i, half-even %i', (v, c, f, hu, he) => {
    const modes: Rounding[] = ['ceil', 'floor', 'half-up', 'half-even']
    expect(modes.map((m) => countOf(d(v), m))).toEqual([c, f, hu, he])
  })

  it('none gives no count: null', () => {
    expect(countOf(d('56.9088'), 'none')).toBeNull()
  })

  it('never gives −0: −0.4 rounds to 0, not −0', () => {
    expect(Object.is(countOf(d('-0.4'), 'half-up'), 0)).toBe(true)
    expect(Object.is(countOf(d('-0.4'), 'ceil'), 0)).toBe(true)
  })

  it('counts up to 2^53 − 1 exactly and refuses 2^53 with count-too-large', () => {
    expect(countOf(d('9007199254740991'), 'ceil')).toBe(9_007_199_254_740_991)
    expect(countOf(d('9007199254740990.5'), 'ceil')).toBe(9_007_199_254_740_991)
    expect(countOf(d('-9007199254740991'), 'floor')).toBe(-9_007_199_254_740_991)
    expect(() => countOf(d('9007199254740992'), 'ceil')).toThrow(refused('count-too-large', []))
    expect(() => countOf(d('9007199254740991.5'), 'ceil')).toThrow(
      expect.objectContaining({
        code: 'count-too-large',
        params: { received: '9007199254740992' },
      }),
    )
    expect(() => countOf(d('-9007199254740992'), 'floor')).toThrow(refused('count-too-large', []))
    expect(() => countOf(d('1e16'), 'half-up')).toThrow(refused('count-too-large', []))
  })

  it('reports the path it is given', () => {
    expect(() => countOf(d('1e16'), 'ceil', ['rules', 0])).toThrow(
      refused('count-too-large', ['rules', 0]),
    )
  })

  it('counts a value of 10^15 and more below 2^53 − 1', () => {
    expect(countOf(d('1000000000000000'), 'ceil')).toBe(1e15)
    expect(countOf(d('8999999999999999.2'), 'floor')).toBe(8_999_999_999_999_999)
  })
})

describe('assertDecimals', () => {
  it('accepts whole numbers from 0 to 20', () => {
    for (const n of [0, 2, 20]) expect(assertDecimals(n)).toBe(n)
  })

  it('throws invalid-decimals for anything else, at decimals or the path given, quoting it', () => {
    for (const [v, received] of [
      [-1, '-1'],
      [21, '21'],
      [1.5, '1.5'],
      [Number.NaN, 'NaN'],
      ['2', '2'],
      [null, 'null'],
      [undefined, 'undefined'],
      [['2'], 'an array'],
      ['9'.repeat(50), '9'.repeat(40)],
    ] as const) {
      expect(() => assertDecimals(v)).toThrow(
        expect.objectContaining({
          code: 'invalid-decimals',
          path: ['decimals'],
          params: { received },
        }),
      )
    }
    expect(() => assertDecimals(21, ['rules', 0, 'decimals'])).toThrow(
      refused('invalid-decimals', ['rules', 0, 'decimals']),
    )
  })
})

describe('roundTo and countOf check their arguments', () => {
  it('roundTo: a value that is not a finite decimal, decimals outside 0 … 20, an unknown mode', () => {
    expect(() => roundTo(56.9088 as never, 0, 'ceil')).toThrow(refused('invalid-number', ['value']))
    expect(() => roundTo(new Dec(1).div(0), 0, 'ceil')).toThrow(
      expect.objectContaining({
        code: 'non-finite-number',
        path: ['value'],
        params: { received: 'Infinity' },
      }),
    )
    expect(() => roundTo(d('1.0755'), 21, 'half-up')).toThrow(
      refused('invalid-decimals', ['decimals']),
    )
    expect(() => roundTo(d('1.0755'), 2, 'bogus' as Rounding)).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
    expect(() => roundTo(d('1.0755'), -1, 'none')).toThrow(
      refused('invalid-decimals', ['decimals']),
    )
    expect(roundTo(d('1.0755'), 20, 'half-up').toFixed()).toBe('1.0755')
  })

  it('countOf: the same, under the path it is given', () => {
    expect(() => countOf('56.9088' as never, 'ceil', ['rules', 1])).toThrow(
      refused('invalid-number', ['rules', 1, 'value']),
    )
    expect(() => countOf(new Dec(Number.NaN), 'ceil')).toThrow(
      refused('non-finite-number', ['value']),
    )
    expect(() => countOf(d('56.9088'), 'CEIL' as Rounding)).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
    expect(() => countOf(d('56.9088'), 'ceil', 'rules' as never)).toThrow(
      refused('invalid-argument', ['path']),
    )
  })

  it('assertRounding quotes a text it refuses, cut at 40 characters, and describes anything else', () => {
    expect(() => assertRounding('x'.repeat(50))).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ received: 'x'.repeat(40) }) }),
    )
    expect(() => assertRounding(3)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ received: '3' }) }),
    )
    expect(() => assertRounding(null)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ received: 'null' }) }),
    )
  })
})
