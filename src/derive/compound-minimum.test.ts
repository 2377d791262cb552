/**
 * Compound minimums: 负压救护车比例不低于20%且不少于2辆 (seed 003 L706; fixtures/cixi-2021-2025.json).
 * At 每3万人口1辆 on 300% of 2,000,000 residents Cixi needs 200 ambulances, so 40 negative-pressure
 * ones; a county with few ambulances is held to the floor of 2.
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from '../quantity/kinds.js'
import { share } from '../quantity/share.js'
import type { Amount } from './amount.js'
import { compoundMinimum } from './compound-minimum.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const np = share('negative-pressure-ambulances', 'ambulances', '20%')
const ambulances = (value: string): Amount<'ambulances'> => ({ quantity: 'ambulances', value })

describe('compoundMinimum', () => {
  it('200 ambulances need 40 negative-pressure ones: the share binds', () => {
    const m = compoundMinimum(ambulances('200'), np, 2)
    expect(m).toEqual({
      type: 'compound-minimum',
      quantity: 'negative-pressure-ambulances',
      of: '200',
      shareExact: '40',
      shareCount: 40,
      floor: 2,
      count: 40,
      binding: 'share',
      rounding: 'ceil',
    })
    expect(Object.isFrozen(m)).toBe(true)
  })

  it.each([
    ['201', '40.2', 41, 41, 'share'],
    ['10', '2', 2, 2, 'both'],
    ['6', '1.2', 2, 2, 'both'],
    ['4', '0.8', 1, 2, 'floor'],
    ['0', '0', 0, 2, 'floor'],
  ] as const)(
    '%s ambulances: share %s → %i, count %i, %s binds',
    (of, shareExact, shareCount, count, binding) => {
      expect(compoundMinimum(ambulances(of), np, 2)).toMatchObject({
        of,
        shareExact,
        shareCount,
        floor: 2,
        count,
        binding,
      })
    },
  )

  it('takes the floor as text too, and a derivation’s count as the total', () => {
    expect(compoundMinimum(ambulances('4'), np, '2').floor).toBe(2)
    const derived = { quantity: 'ambulances', exact: '199.5', count: 200 } as const
    expect(compoundMinimum(derived, np, 2)).toMatchObject({ of: '200', count: 40 })
    expect(compoundMinimum({ ...derived, count: null }, np, 2)).toMatchObject({
      of: '199.5',
      shareExact: '39.9',
      count: 40,
    })
  })

  it('throws kind-mismatch for a share of ambulances applied to beds, at total.quantity', () => {
    const beds = { quantity: 'beds', value: '9160' } as Amount<QuantityKind>
    expect(() => compoundMinimum(beds as Amount<'ambulances'>, np, 2)).toThrow(
      refused('kind-mismatch', ['total', 'quantity']),
    )
  })

  it('throws not-an-integer for a floor of 2.5', () => {
    expect(() => compoundMinimum(ambulances('200'), np, 2.5)).toThrow(
      expect.objectContaining({
        code: 'not-an-integer',
        path: ['floor'],
        params: { received: '2.5' },
      }),
    )
  })

  it('names a total that is not a number', () => {
    expect(() => compoundMinimum(ambulances('二百'), np, 2)).toThrow(
      refused('invalid-number', ['total', 'value']),
    )
  })

  it('throws negative-value for a negative floor', () => {
    expect(() => compoundMinimum(ambulances('200'), np, -2)).toThrow(
      refused('negative-value', ['floor']),
    )
  })
})
