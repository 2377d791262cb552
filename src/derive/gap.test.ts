/**
 * Gaps and increments. The requirement is Cixi's 2025 bed total: 每千常住人口4.58张，实际开放床位
 * 总数将达到9160张，比"十三五"期间新增2305张 (seed 003 L143; fixtures/cixi-2021-2025.json), so the
 * 2020 stock is 9160 − 2305 = 6855.
 */
import { describe, expect, it } from 'vitest'
import { COMPARATORS, type Comparator } from '../comparator.js'
import { stock } from '../quantity/stock.js'
import type { Amount } from './amount.js'
import { type Gap, gap, increment } from './gap.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const beds = (value: string): Amount<'beds'> => ({ quantity: 'beds', value })
const required = beds('9160')

type Row = readonly [stock: string, status: Gap['status'], by: string]

// For each comparator: the stock 1 below, at, and 1 above the 9160 required; and 9160 ± 0.5,
// the half bed a rounded requirement can differ by.
const TABLE: Record<Comparator, readonly Row[]> = {
  ge: [
    ['9159', 'short', '1'],
    ['9159.5', 'short', '0.5'],
    ['9160', 'meets', '0'],
    ['9160.5', 'meets', '0'],
    ['9161', 'meets', '0'],
  ],
  gt: [
    ['9159', 'short', '1'],
    ['9159.5', 'short', '0.5'],
    ['9160', 'short', '0'],
    ['9160.5', 'meets', '0'],
    ['9161', 'meets', '0'],
  ],
  le: [
    ['9159', 'meets', '0'],
    ['9159.5', 'meets', '0'],
    ['9160', 'meets', '0'],
    ['9160.5', 'over', '0.5'],
    ['9161', 'over', '1'],
  ],
  lt: [
    ['9159', 'meets', '0'],
    ['9159.5', 'meets', '0'],
    ['9160', 'over', '0'],
    ['9160.5', 'over', '0.5'],
    ['9161', 'over', '1'],
  ],
  eq: [
    ['9159', 'short', '1'],
    ['9159.5', 'short', '0.5'],
    ['9160', 'meets', '0'],
    ['9160.5', 'over', '0.5'],
    ['9161', 'over', '1'],
  ],
  approx: [
    ['9159', 'short', '1'],
    ['9159.5', 'short', '0.5'],
    ['9160', 'meets', '0'],
    ['9160.5', 'over', '0.5'],
    ['9161', 'over', '1'],
  ],
}

const DIFFERENCE: Record<string, string> = {
  '9159': '-1',
  '9159.5': '-0.5',
  '9160': '0',
  '9160.5': '0.5',
  '9161': '1',
}

describe('gap: the comparator table at, just below and just above the requirement', () => {
  for (const c of COMPARATORS) {
    it.each(TABLE[c])(`${c}: 9160 required, %s in stock → %s by %s`, (have, status, by) => {
      expect(gap(required, beds(have), c)).toEqual({
        type: 'gap',
        quantity: 'beds',
        comparator: c,
        required: '9160',
        stock: have,
        difference: DIFFERENCE[have],
        status,
        by,
      })
    })
  }

  it('Cixi 2020 against 2025: 6855 beds are short of 9160 by the 2305 to be added (seed 003 L143)', () => {
    const g = gap(required, stock('beds', 6855, { year: 2020 }), 'ge')
    expect(g).toEqual({
      type: 'gap',
      quantity: 'beds',
      comparator: 'ge',
      required: '9160',
      stock: '6855',
      difference: '-2305',
      status: 'short',
      by: '2305',
    })
    expect(Object.isFrozen(g)).toBe(true)
  })

  it("uses a derivation's count where it has one, its exact value where not", () => {
    // seed 000 L224: 3.8 psychiatrists per 100,000 of 1,497,600 (L217) = 56.9088 → 57 (ceil)
    const counted = { quantity: 'psychiatrists', exact: '56.9088', count: 57 } as const
    const uncounted = { ...counted, count: null }
    const have = { quantity: 'psychiatrists', value: '57' } as const
    expect(gap(counted, have, 'ge')).toMatchObject({ required: '57', status: 'meets', by: '0' })
    expect(gap(uncounted, have, 'ge')).toMatchObject({
      required: '56.9088',
      difference: '0.0912',
      status: 'meets',
    })
    expect(gap(uncounted, have, 'eq')).toMatchObject({ status: 'over', by: '0.0912' })
  })
})

describe('gap refuses what it cannot compare', () => {
  it('throws kind-mismatch for beds against nurses, at the stock’s quantity', () => {
    const nurses = { quantity: 'nurses', value: '8400' } as Amount
    expect(() => gap(required as Amount, nurses, 'ge')).toThrow(
      refused('kind-mismatch', ['stock', 'quantity']),
    )
  })

  it('throws invalid-comparator for a comparator that is not one', () => {
    expect(() => gap(required, beds('6855'), '>=' as Comparator)).toThrow(
      refused('invalid-comparator', ['comparator']),
    )
  })

  it('names which amount is not a number', () => {
    expect(() => gap(beds('x'), beds('6855'), 'ge')).toThrow(
      refused('invalid-number', ['required', 'value']),
    )
    expect(() => gap(required, beds('x'), 'ge')).toThrow(
      refused('invalid-number', ['stock', 'value']),
    )
  })
})

describe('increment: target − stock', () => {
  it('9160 planned less 6855 in 2020 is the 2305 new beds of seed 003 L143', () => {
    expect(increment(required, stock('beds', 6855, { year: 2020 }))).toBe('2305')
  })

  it('is negative for a reduction, and 0 for none', () => {
    expect(increment(beds('6855'), required)).toBe('-2305')
    expect(increment(required, required)).toBe('0')
  })

  it('throws kind-mismatch for beds less nurses, at the stock’s quantity', () => {
    const nurses = { quantity: 'nurses', value: '8400' } as Amount
    expect(() => increment(required as Amount, nurses)).toThrow(
      refused('kind-mismatch', ['from', 'quantity']),
    )
  })

  it('names which amount is not a number', () => {
    expect(() => increment(beds('x'), required)).toThrow(
      refused('invalid-number', ['target', 'value']),
    )
    expect(() => increment(required, beds('x'))).toThrow(
      refused('invalid-number', ['from', 'value']),
    )
  })
})
