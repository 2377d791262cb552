/**
 * Stocks. Cixi had 6855 beds in 2020: 9160 planned less the 2305 to be added (seed 003 L143;
 * fixtures/cixi-2021-2025.json).
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from './kinds.js'
import { stock } from './stock.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('stock', () => {
  it('6855 beds in 2020', () => {
    const s = stock('beds', 6855, { year: 2020 })
    expect(s).toEqual({ type: 'stock', quantity: 'beds', value: '6855', year: 2020, source: null })
    expect(Object.isFrozen(s)).toBe(true)
  })

  it('has no year unless given, and keeps a frozen copy of its source', () => {
    expect(stock('beds', '6855')).toMatchObject({ value: '6855', year: null, source: null })
    const source = { document: 'seed 003', line: 143 }
    const s = stock('beds', '6855', { source })
    expect(s.source).toEqual(source)
    expect(s.source).not.toBe(source)
    expect(Object.isFrozen(s.source)).toBe(true)
  })

  it('throws unknown-quantity-kind, invalid-number and negative-value', () => {
    expect(() => stock('bed' as QuantityKind, 6855)).toThrow(
      refused('unknown-quantity-kind', ['quantity']),
    )
    expect(() => stock('beds', '6855张')).toThrow(refused('invalid-number', ['value']))
    expect(() => stock('beds', -1)).toThrow(refused('negative-value', ['value']))
  })
})
