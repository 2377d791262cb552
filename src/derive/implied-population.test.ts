/**
 * Implied populations. Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json): 9160 beds at
 * 每千常住人口4.58张 (L143) and 7300 physicians at 3.65 per 1,000 (L688) both imply 2,000,000.
 */
import { describe, expect, it } from 'vitest'
import { contains } from '../quantity/interval.js'
import { type Rate, rate } from '../quantity/rate.js'
import { impliedPopulation } from './implied-population.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })

describe('impliedPopulation', () => {
  it('9160 beds at 4.58 per 1,000 imply 2,000,000, and any population in (1,997,818.97…, 2,002,185.79…]', () => {
    const p = impliedPopulation(9160, beds)
    expect(p).toEqual({
      type: 'implied-population',
      base: 'resident',
      total: '9160',
      exact: '2000000',
      interval: {
        lo: '1997818.974918211559432933478735005452563',
        hi: '2002185.792349726775956284153005464480874',
        loClosed: false,
        hiClosed: true,
      },
      rate: beds,
    })
    expect(p.rate).toBe(beds)
    expect(Object.isFrozen(p)).toBe(true)
    expect(contains(p.interval, '2000000')).toBe(true)
  })

  it('7300 physicians at 3.65 per 1,000 imply 2,000,000 (L688)', () => {
    const physicians = rate('physicians', '3.65', { per: 1000, base: 'resident' })
    expect(impliedPopulation('7300', physicians)).toMatchObject({
      exact: '2000000',
      interval: {
        lo: '1997264.02188782489740082079343365253078',
        hi: '2002743.484224965706447187928669410150892',
        loClosed: false,
        hiClosed: true,
      },
    })
  })

  it('reads the interval from the printed form: "4.20" is narrower than "4.2"', () => {
    const printed2 = impliedPopulation(
      8400,
      rate('nurses', '4.20', { per: 1000, base: 'resident' }),
    )
    const printed1 = impliedPopulation(8400, rate('nurses', '4.2', { per: 1000, base: 'resident' }))
    expect(printed2.exact).toBe('2000000')
    expect(printed1.exact).toBe('2000000')
    // 8400 × 1000 / 4.205 and / 4.25, to 40 significant digits
    expect(printed2.interval.lo).toBe('1997621.878715814506539833531510107015458')
    expect(printed1.interval.lo).toBe('1976470.588235294117647058823529411764706')
  })

  it('throws zero-denominator for a rate of 0', () => {
    expect(() => impliedPopulation(9160, rate('beds', 0, { per: 1000, base: 'resident' }))).toThrow(
      expect.objectContaining({
        code: 'zero-denominator',
        path: ['rate', 'value'],
        params: { what: 'the rate' },
      }),
    )
  })

  it('throws zero-denominator for a printed rate whose interval reaches 0', () => {
    const printedZero = { ...beds, value: '0.4', printed: '0' } as Rate<'beds', 'resident'>
    for (const comparator of ['ge', 'le'] as const) {
      expect(() => impliedPopulation(9160, printedZero, { comparator })).toThrow(
        refused('zero-denominator', ['rate', 'printed']),
      )
    }
    expect(() => impliedPopulation(9160, printedZero)).toThrow(
      expect.objectContaining({
        code: 'zero-denominator',
        path: ['rate', 'printed'],
        params: { what: 'the lower end of printed "0"' },
      }),
    )
  })

  it('throws non-positive-value for a total of 0, negative-value below, invalid-number for text', () => {
    expect(() => impliedPopulation(0, beds)).toThrow(
      expect.objectContaining({
        code: 'non-positive-value',
        path: ['total'],
        params: { received: '0' },
      }),
    )
    expect(() => impliedPopulation(-9160, beds)).toThrow(refused('negative-value', ['total']))
    expect(() => impliedPopulation('9160张', beds)).toThrow(refused('invalid-number', ['total']))
  })

  it('throws invalid-number for a printed form that is not a number', () => {
    const garbled = { ...beds, printed: '4,58' } as Rate<'beds', 'resident'>
    expect(() => impliedPopulation(9160, garbled)).toThrow(
      refused('invalid-number', ['rate', 'printed']),
    )
  })
})

describe('impliedPopulation with a printed scale, and as a bound', () => {
  // seed 003 L706: 每3万人口1辆 on a service base; 200 ambulances
  const ambulances = rate('ambulances', 1, { per: 30_000, base: 'service' })
  const rounded = rate('ambulances', 1, { per: 30_000, perPrinted: '3万', base: 'service' })

  it('a printed scale: 200 at 1 per [25,000, 35,000) imply [5,000,000, 7,000,000)', () => {
    expect(impliedPopulation(200, rounded)).toMatchObject({
      exact: '6000000',
      interval: { lo: '5000000', hi: '7000000', loClosed: true, hiClosed: false },
    })
  })

  it('an exact scale: the printed 1 stands for [0.5, 1.5), so (4,000,000, 12,000,000]', () => {
    expect(impliedPopulation(200, ambulances).interval).toEqual({
      lo: '4000000',
      hi: '12000000',
      loClosed: false,
      hiClosed: true,
    })
  })

  it('met (ge, gt) bounds the population from above only; not exceeded (le, lt) from below only', () => {
    for (const comparator of ['ge', 'gt'] as const) {
      expect(impliedPopulation(200, rounded, { comparator }).interval).toEqual({
        lo: '0',
        hi: '7000000',
        loClosed: false,
        hiClosed: false,
      })
    }
    for (const comparator of ['le', 'lt'] as const) {
      expect(impliedPopulation(200, rounded, { comparator }).interval).toEqual({
        lo: '5000000',
        hi: '1000000000000000',
        loClosed: true,
        hiClosed: true,
      })
    }
    for (const comparator of ['eq', 'approx'] as const) {
      expect(impliedPopulation(200, rounded, { comparator }).interval).toMatchObject({
        lo: '5000000',
        hi: '7000000',
      })
    }
  })

  it('refuses a comparator that is not one, and options it does not know', () => {
    expect(() => impliedPopulation(200, rounded, { comparator: '>=' as never })).toThrow(
      refused('invalid-comparator', ['options', 'comparator']),
    )
    expect(() => impliedPopulation(200, rounded, { cmp: 'ge' } as never)).toThrow(
      refused('invalid-options', ['options', 'cmp']),
    )
  })
})
