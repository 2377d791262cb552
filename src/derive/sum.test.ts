/**
 * Components against totals. Cixi 2021–2025 (seed 003 L143 and L146;
 * fixtures/cixi-2021-2025.json): 6005 + 2151 + 1004 = 9160 beds, 3.00 + 1.08 + 0.50 = 4.58 per
 * 1,000. Cixi 2016–2020 (seed 000; fixtures/cixi-2016-2020.json): 2892 public-hospital beds (L229),
 * 1611 primary-care beds (L229) and 2100 private beds do not make the stated 6653 (L260).
 */
import { describe, expect, it } from 'vitest'
import { type Rate, rate } from '../quantity/rate.js'
import { sumComponents, sumRates } from './sum.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('sumComponents', () => {
  it('6005 + 2151 + 1004 = 9160: residual 0, equal', () => {
    const s = sumComponents([6005, 2151, 1004], 9160)
    expect(s).toEqual({
      type: 'component-sum',
      parts: ['6005', '2151', '1004'],
      sum: '9160',
      total: '9160',
      residual: '0',
      equal: true,
    })
    expect(Object.isFrozen(s)).toBe(true)
    expect(Object.isFrozen(s.parts)).toBe(true)
  })

  it('2892 + 1611 + 2100 = 6603, 50 short of the stated 6653', () => {
    expect(sumComponents(['2892', '1611', '2100'], '6653')).toMatchObject({
      sum: '6603',
      total: '6653',
      residual: '50',
      equal: false,
    })
  })

  it('a sum above its total leaves a negative residual', () => {
    expect(sumComponents([6005, 2151, 1004], 9000)).toMatchObject({
      residual: '-160',
      equal: false,
    })
  })

  it('throws empty-input for no parts', () => {
    expect(() => sumComponents([], 0)).toThrow(refused('empty-input', ['parts']))
  })

  it('adds the rates 3.00 + 1.08 + 0.50 to 4.58 exactly', () => {
    expect(sumComponents(['3.00', '1.08', '0.50'], '4.58')).toMatchObject({
      parts: ['3', '1.08', '0.5'],
      sum: '4.58',
      equal: true,
    })
  })

  it('throws negative-value for a negative part, at its index, or a negative total', () => {
    expect(() => sumComponents([6005, -2151], 9160)).toThrow(
      refused('negative-value', ['parts', 1]),
    )
    expect(() => sumComponents([6005], -9160)).toThrow(refused('negative-value', ['total']))
  })

  it('throws invalid-number for parts that are not a list, or a part that is not a number', () => {
    expect(() => sumComponents('6005' as unknown as string[], 9160)).toThrow(
      expect.objectContaining({
        code: 'invalid-number',
        path: ['parts'],
        params: { received: 'string' },
      }),
    )
    expect(() => sumComponents([6005, '2151张'], 9160)).toThrow(
      refused('invalid-number', ['parts', 1]),
    )
  })
})

describe('sumRates', () => {
  const perThousand = (v: string) => rate('beds', v, { per: 1000, base: 'resident' })

  it('3.00 + 1.08 + 0.50 per 1,000 = 4.58 per 1,000, printed as the exact sum, with no source', () => {
    const sources = { document: 'seed 003', line: 146 }
    const first = rate('beds', '3.00', { per: 1000, base: 'resident', source: sources })
    const r = sumRates([first, perThousand('1.08'), perThousand('0.50')])
    expect(r).toEqual({
      type: 'rate',
      quantity: 'beds',
      value: '4.58',
      printed: '4.58',
      per: '1000',
      base: 'resident',
      source: null,
    })
    expect(Object.isFrozen(r)).toBe(true)
  })

  it('rescales to the first rate’s scale: 3.00 per 1,000 + 10.8 per 10,000 = 4.08 per 1,000', () => {
    const r = sumRates([
      perThousand('3.00'),
      rate('beds', '10.8', { per: 10_000, base: 'resident' }),
    ])
    expect(r).toMatchObject({ value: '4.08', per: '1000' })
    const r2 = sumRates([
      rate('beds', '10.8', { per: 10_000, base: 'resident' }),
      perThousand('3.00'),
    ])
    expect(r2).toMatchObject({ value: '40.8', per: '10000' })
  })

  it('one rate is itself, printed exactly', () => {
    expect(sumRates([perThousand('4.580')])).toMatchObject({ value: '4.58', printed: '4.58' })
  })

  it('throws empty-input for no rates', () => {
    expect(() => sumRates([])).toThrow(refused('empty-input', ['rates']))
  })

  it('throws kind-mismatch for beds plus nurses, at the odd rate', () => {
    const nurses = rate('nurses', '4.2', { per: 1000, base: 'resident' }) as unknown as Rate<'beds'>
    expect(() => sumRates([perThousand('3.00'), perThousand('1.08'), nurses])).toThrow(
      refused('kind-mismatch', ['rates', 2, 'quantity']),
    )
  })

  it('throws base-mismatch for a per-resident rate plus a per-registered one, at the odd rate', () => {
    const registered = rate('beds', '1.08', { per: 1000, base: 'registered' }) as unknown as Rate<
      'beds',
      'resident'
    >
    expect(() => sumRates([perThousand('3.00'), registered])).toThrow(
      expect.objectContaining({
        code: 'base-mismatch',
        path: ['rates', 1, 'base'],
        params: {
          expected: 'resident',
          received: 'registered',
          expectedZh: '常住',
          receivedZh: '户籍',
        },
      }),
    )
  })
})
