/**
 * The value of an amount: a stock's value, a derivation's count, or its exact value when it has
 * no count. 3.8 psychiatrists per 100,000 of 1,497,600 is 56.9088, counted 57 (seed 000 L224 and
 * L217; fixtures/cixi-2016-2020.json).
 */
import { describe, expect, it } from 'vitest'
import { stock } from '../quantity/stock.js'
import { type Amount, amountValue } from './amount.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('amountValue', () => {
  it('is a stock’s value', () => {
    expect(amountValue(stock('beds', 6855, { year: 2020 })).toFixed()).toBe('6855')
    expect(amountValue({ quantity: 'beds', value: '9160' }).toFixed()).toBe('9160')
  })

  it('is a derivation’s count, or its exact value when it was not counted', () => {
    const counted: Amount<'psychiatrists'> = {
      quantity: 'psychiatrists',
      exact: '56.9088',
      count: 57,
    }
    expect(amountValue(counted).toFixed()).toBe('57')
    expect(amountValue({ ...counted, count: null }).toFixed()).toBe('56.9088')
    expect(amountValue({ ...counted, count: 0 }).toFixed()).toBe('0')
  })

  it('re-checks what it reads, naming the field under the path it is given', () => {
    expect(() => amountValue({ quantity: 'beds', value: 'x' }, ['stock'])).toThrow(
      refused('invalid-number', ['stock', 'value']),
    )
    expect(() => amountValue({ quantity: 'beds', value: 'x' })).toThrow(
      refused('invalid-number', ['value']),
    )
    const bad = { quantity: 'beds', exact: 'x', count: null } as const
    expect(() => amountValue(bad, ['required'])).toThrow(
      refused('invalid-number', ['required', 'exact']),
    )
    expect(() => amountValue({ ...bad, count: Number.NaN }, ['required'])).toThrow(
      refused('non-finite-number', ['required', 'count']),
    )
  })
})
