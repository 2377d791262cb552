/**
 * Rates from totals, as plans print them. Cixi 2021–2025 (seed 003 L146;
 * fixtures/cixi-2021-2025.json): 6005, 2151 and 1004 beds on 2,000,000 residents, printed 3.00,
 * 1.08 and 0.50 per 1,000.
 */
import { describe, expect, it } from 'vitest'
import { base, type PopulationBase } from '../population/base.js'
import type { Rounding } from '../rounding.js'
import { rateFromTotal } from './rate-from-total.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const perThousand = (decimals: number, rounding: Rounding) =>
  ({ per: 1000, decimals, rounding }) as const

describe('rateFromTotal', () => {
  it('6005 beds are 3.0025 per 1,000, printed 3.00', () => {
    const r = rateFromTotal(6005, residents, perThousand(2, 'half-up'))
    expect(r).toEqual({
      type: 'rate-from-total',
      total: '6005',
      per: '1000',
      exact: '3.0025',
      display: '3.00',
      decimals: 2,
      rounding: 'half-up',
      base: residents,
    })
    expect(r.base).toBe(residents)
    expect(Object.isFrozen(r)).toBe(true)
  })

  it.each([
    [2151, '1.0755', '1.08'],
    [1004, '0.502', '0.50'],
    [9160, '4.58', '4.58'],
  ])('%i beds are %s per 1,000, printed %s (L146, L143)', (total, exact, display) => {
    expect(rateFromTotal(total, residents, perThousand(2, 'half-up'))).toMatchObject({
      exact,
      display,
    })
  })

  it.each([
    ['ceil', 3, '3.003'],
    ['floor', 3, '3.002'],
    ['half-up', 3, '3.003'],
    ['half-even', 3, '3.002'],
    ['ceil', 2, '3.01'],
    ['floor', 0, '3'],
  ] as const)('3.0025 shown %s at %i decimals is %s', (rounding, decimals, display) => {
    expect(rateFromTotal(6005, residents, perThousand(decimals, rounding)).display).toBe(display)
  })

  it('none shows the exact rate, whatever the decimals', () => {
    expect(rateFromTotal(6005, residents, perThousand(2, 'none')).display).toBe('3.0025')
    expect(rateFromTotal(6005, residents, perThousand(0, 'none'))).toMatchObject({
      exact: '3.0025',
      display: '3.0025',
      rounding: 'none',
    })
  })

  it('works at any scale: 6005 beds are 30.025 per 10,000; decimals 0 and 20 are allowed', () => {
    expect(
      rateFromTotal(6005, residents, { per: '10000', decimals: 3, rounding: 'half-up' }),
    ).toMatchObject({
      per: '10000',
      exact: '30.025',
      display: '30.025',
    })
    expect(rateFromTotal(6005, residents, perThousand(20, 'half-up')).display).toBe(
      '3.00250000000000000000',
    )
  })

  it('throws invalid-decimals outside whole 0 … 20', () => {
    for (const decimals of [-1, 21, 0.5, Number.NaN]) {
      expect(() => rateFromTotal(6005, residents, perThousand(decimals, 'half-up'))).toThrow(
        expect.objectContaining({
          code: 'invalid-decimals',
          path: ['decimals'],
          params: { received: String(decimals) },
        }),
      )
    }
  })

  it('throws invalid-rounding for a mode that is not one', () => {
    expect(() => rateFromTotal(6005, residents, perThousand(2, 'round' as Rounding))).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
  })

  it('throws negative-value for a negative total or scale', () => {
    expect(() => rateFromTotal(-6005, residents, perThousand(2, 'half-up'))).toThrow(
      refused('negative-value', ['total']),
    )
    expect(() =>
      rateFromTotal(6005, residents, { per: -1000, decimals: 2, rounding: 'half-up' }),
    ).toThrow(refused('negative-value', ['per']))
  })

  it('throws non-positive-value for a zero scale', () => {
    expect(() =>
      rateFromTotal(6005, residents, { per: 0, decimals: 2, rounding: 'half-up' }),
    ).toThrow(
      expect.objectContaining({
        code: 'non-positive-value',
        path: ['per'],
        params: { received: '0' },
      }),
    )
  })

  it('re-checks a base it did not make: a population of 0 is non-positive-population', () => {
    const empty = { ...residents, value: '0' } as PopulationBase<'resident'>
    expect(() => rateFromTotal(6005, empty, perThousand(2, 'half-up'))).toThrow(
      refused('non-positive-population', ['base', 'value']),
    )
  })

  it('refuses a missing base or missing options with a BedstaffError, not a TypeError', () => {
    expect(() =>
      rateFromTotal(
        6005,
        undefined as unknown as PopulationBase<'resident'>,
        perThousand(2, 'half-up'),
      ),
    ).toThrow(refused('invalid-argument', ['base']))
    expect(() =>
      rateFromTotal(6005, residents, undefined as unknown as ReturnType<typeof perThousand>),
    ).toThrow(refused('invalid-number', ['per']))
  })

  it('accepts a total of 0 (a rate of 0)', () => {
    expect(rateFromTotal(0, residents, perThousand(2, 'half-up'))).toMatchObject({
      total: '0',
      exact: '0',
      display: '0.00',
    })
  })
})
