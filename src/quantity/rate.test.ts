/**
 * Per-capita rates at any scale. Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json):
 * 每千常住人口4.58张 (L143), 注册护士4.2人 (L688), 每3万人口1辆 (L706).
 */
import { describe, expect, it } from 'vitest'
import type { BaseKind } from '../population/base.js'
import type { QuantityKind } from './kinds.js'
import { perCapita, type Rate, rate, rescale } from './rate.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })

describe('rate', () => {
  it('4.58 beds per 1,000 residents', () => {
    expect(beds).toEqual({
      type: 'rate',
      quantity: 'beds',
      value: '4.58',
      printed: '4.58',
      per: '1000',
      base: 'resident',
      source: null,
    })
    expect(Object.isFrozen(beds)).toBe(true)
  })

  it('keeps the printed form ("4.20" keeps its decimals) and writes the value exactly', () => {
    expect(rate('nurses', ' 4.20 ', { per: 1000, base: 'resident' })).toMatchObject({
      value: '4.2',
      printed: '4.20',
    })
    expect(rate('ambulances', 1, { per: 30_000, base: 'service' })).toMatchObject({
      value: '1',
      printed: '1',
      per: '30000',
      base: 'service',
    })
    expect(rate('beds', 0, { per: '1e3', base: 'resident' })).toMatchObject({
      value: '0',
      per: '1000',
    })
  })

  it('keeps a frozen copy of its source', () => {
    const source = { document: 'seed 003', line: 143, quote: '每千常住人口4.58张' }
    const r = rate('beds', '4.58', { per: 1000, base: 'resident', source })
    expect(r.source).toEqual(source)
    expect(r.source).not.toBe(source)
    expect(Object.isFrozen(r.source)).toBe(true)
  })

  it('throws unknown-quantity-kind and unknown-base-kind, at quantity and base', () => {
    expect(() => rate('bed' as QuantityKind, '4.58', { per: 1000, base: 'resident' })).toThrow(
      refused('unknown-quantity-kind', ['quantity']),
    )
    expect(() => rate('beds', '4.58', { per: 1000, base: 'residents' as BaseKind })).toThrow(
      refused('unknown-base-kind', ['base']),
    )
  })

  it('throws invalid-number for a value or scale that is not a number', () => {
    expect(() => rate('beds', '4,58', { per: 1000, base: 'resident' })).toThrow(
      refused('invalid-number', ['value']),
    )
    expect(() => rate('beds', '4.58', { per: '千', base: 'resident' })).toThrow(
      refused('invalid-number', ['per']),
    )
  })

  it('throws negative-value for a negative value, non-positive-value for a scale of 0 or below', () => {
    expect(() => rate('beds', '-4.58', { per: 1000, base: 'resident' })).toThrow(
      refused('negative-value', ['value']),
    )
    for (const [per, received] of [
      [0, '0'],
      [-1000, '-1000'],
    ] as const) {
      expect(() => rate('beds', '4.58', { per, base: 'resident' })).toThrow(
        expect.objectContaining({
          code: 'non-positive-value',
          path: ['per'],
          params: { received },
        }),
      )
    }
  })
})

describe('rescale', () => {
  it('4.58 per 1,000 is 45.8 per 10,000 and 0.458 per 100, printed as the new value', () => {
    expect(rescale(beds, 10_000)).toEqual({ ...beds, value: '45.8', printed: '45.8', per: '10000' })
    expect(rescale(beds, '100')).toMatchObject({ value: '0.458', printed: '0.458', per: '100' })
  })

  it('law: rescaling and rescaling back gives the rate again', () => {
    const back = rescale(rescale(beds, 30_000), 1000)
    expect(back.value).toBe('4.58')
  })

  it('throws non-positive-value for a scale of 0 or below, invalid-number for text', () => {
    expect(() => rescale(beds, 0)).toThrow(
      expect.objectContaining({
        code: 'non-positive-value',
        path: ['per'],
        params: { received: '0' },
      }),
    )
    expect(() => rescale(beds, -10)).toThrow(refused('non-positive-value', ['per']))
    expect(() => rescale(beds, 'ten thousand')).toThrow(refused('invalid-number', ['per']))
  })
})

describe('perCapita', () => {
  it('is value / per: 4.58 per 1,000 and 45.8 per 10,000 are both 0.00458 a person', () => {
    expect(perCapita(beds).toFixed()).toBe('0.00458')
    expect(perCapita(rate('beds', '45.8', { per: 10_000, base: 'resident' })).toFixed()).toBe(
      '0.00458',
    )
  })

  it('one ambulance per 30,000 is 1/30,000 to 40 significant digits', () => {
    const r: Rate<'ambulances', 'service'> = rate('ambulances', 1, { per: 30_000, base: 'service' })
    expect(perCapita(r).toFixed()).toBe(`0.0000${'3'.repeat(40)}`)
  })
})
