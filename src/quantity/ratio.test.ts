/**
 * 1:x ratios and per-unit rules. Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json):
 * 医护比1:1.15 (L688); 床位与卫技人员比例1:1.25, 每床不少于0.7人 (L697).
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from './kinds.js'
import { ratio } from './ratio.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('ratio', () => {
  it('医护比 1:1.15 is 1.15 nurses per physician', () => {
    const r = ratio('physicians', 'nurses', '1.15')
    expect(r).toEqual({
      type: 'ratio',
      from: 'physicians',
      to: 'nurses',
      value: '1.15',
      printed: '1.15',
      source: null,
    })
    expect(Object.isFrozen(r)).toBe(true)
  })

  it('keeps the printed form and a frozen copy of the source', () => {
    const source = { document: 'seed 003', line: 697, quote: '每床不少于0.7人' }
    const r = ratio('beds', 'nurses', ' 0.70 ', { source })
    expect(r).toMatchObject({ value: '0.7', printed: '0.70', source })
    expect(r.source).not.toBe(source)
    expect(Object.isFrozen(r.source)).toBe(true)
    expect(ratio('beds', 'health-technical-staff', 1.25).value).toBe('1.25')
  })

  it('throws unknown-quantity-kind at from or to', () => {
    expect(() => ratio('doctors' as QuantityKind, 'nurses', '1.15')).toThrow(
      refused('unknown-quantity-kind', ['from']),
    )
    expect(() => ratio('physicians', 'nurse' as QuantityKind, '1.15')).toThrow(
      refused('unknown-quantity-kind', ['to']),
    )
  })

  it('throws invalid-number, negative-value, and non-positive-value for 1:0', () => {
    expect(() => ratio('physicians', 'nurses', '1:1.15')).toThrow(
      refused('invalid-number', ['value']),
    )
    expect(() => ratio('physicians', 'nurses', '-1.15')).toThrow(
      refused('negative-value', ['value']),
    )
    expect(() => ratio('physicians', 'nurses', 0)).toThrow(
      expect.objectContaining({
        code: 'non-positive-value',
        path: ['value'],
        params: { received: '0' },
      }),
    )
  })
})
