/**
 * Totals from rates. Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json): 每千常住人口4.58张 on
 * 2,000,000 residents is 9160 beds (L143); ambulances at 每3万人口1辆 on 300% of residents (L706).
 * Cixi 2016–2020 (seed 000; fixtures/cixi-2016-2020.json): 3.8 psychiatrists per 100,000 (L224)
 * on 1,497,600 residents (L217) is 56.9088.
 */
import { describe, expect, it } from 'vitest'
import { base, type PopulationBase } from '../population/base.js'
import { rate } from '../quantity/rate.js'
import type { Rounding } from '../rounding.js'
import { checkBase, totalFromRate } from './total-from-rate.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const residents2025 = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const residents2020 = base.resident(1_497_600, { year: 2020, vintage: 'projection' })
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const psychiatrists = rate('psychiatrists', '3.8', { per: 100_000, base: 'resident' })
const ambulances = rate('ambulances', 1, { per: 30_000, base: 'service' })

describe('totalFromRate', () => {
  it('4.58 per 1,000 of 2,000,000 is 9160 beds, with the rate and base it came from', () => {
    const t = totalFromRate(beds, residents2025, { rounding: 'ceil' })
    expect(t).toEqual({
      type: 'total-from-rate',
      quantity: 'beds',
      exact: '9160',
      count: 9160,
      rounding: 'ceil',
      base: residents2025,
      rate: beds,
    })
    expect(t.base).toBe(residents2025)
    expect(t.rate).toBe(beds)
    expect(Object.isFrozen(t)).toBe(true)
  })

  it.each([
    ['ceil', 57],
    ['floor', 56],
    ['half-up', 57],
    ['half-even', 57],
    ['none', null],
  ] as const)('3.8 per 100,000 of 1,497,600 is 56.9088, counted %s as %s', (rounding, count) => {
    const t = totalFromRate(psychiatrists, residents2020, { rounding: rounding as Rounding })
    expect(t).toMatchObject({ exact: '56.9088', count, rounding })
  })

  it('one ambulance per 30,000 of a service base of 300% of 2,000,000 is 200 (L706)', () => {
    const service = base.serviceFrom(residents2025, 3)
    expect(totalFromRate(ambulances, service, { rounding: 'ceil' })).toMatchObject({
      quantity: 'ambulances',
      exact: '200',
      count: 200,
    })
  })

  it('throws base-mismatch for a per-service rate on residents, at base', () => {
    // @ts-expect-error: a rate per service population on a resident base does not compile
    expect(() => totalFromRate(ambulances, residents2025, { rounding: 'ceil' })).toThrow(
      expect.objectContaining({
        code: 'base-mismatch',
        path: ['base'],
        params: {
          expected: 'service',
          received: 'resident',
          expectedZh: '服务',
          receivedZh: '常住',
        },
      }),
    )
  })

  it('throws base-mismatch for a base that is not one', () => {
    for (const [b, received] of [
      [null, 'null'],
      [undefined, 'undefined'],
      ['resident', 'resident'],
      [2_000_000, '2000000'],
    ] as const) {
      expect(() =>
        totalFromRate(beds, b as unknown as PopulationBase<'resident'>, { rounding: 'ceil' }),
      ).toThrow(
        expect.objectContaining({
          code: 'base-mismatch',
          params: expect.objectContaining({ received }),
        }),
      )
    }
  })

  it('throws invalid-rounding for a mode that is not one, or none given', () => {
    expect(() => totalFromRate(beds, residents2025, { rounding: 'round' as Rounding })).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
    expect(() =>
      totalFromRate(beds, residents2025, undefined as unknown as { rounding: Rounding }),
    ).toThrow(refused('invalid-rounding', ['rounding']))
  })

  it('throws count-too-large for a count past 2^53 − 1, and gives the exact value without a count', () => {
    const huge = rate('beds', '1e15', { per: 1, base: 'resident' })
    const many = base.resident('1e15', { year: 2025, vintage: 'estimate' })
    expect(() => totalFromRate(huge, many, { rounding: 'ceil' })).toThrow(
      refused('count-too-large', []),
    )
    expect(totalFromRate(huge, many, { rounding: 'none' })).toMatchObject({
      exact: `1${'0'.repeat(30)}`,
      count: null,
    })
  })
})

describe('checkBase', () => {
  it('passes a base of the rate’s kind and names the path it is given otherwise', () => {
    expect(() => checkBase(beds, residents2025)).not.toThrow()
    const registered = base.registered(1_000_000, { year: 2025, vintage: 'yearbook' })
    expect(() => checkBase(beds, registered, ['bases', 'hukou'])).toThrow(
      refused('base-mismatch', ['bases', 'hukou']),
    )
    expect(() => checkBase(beds, registered)).toThrow(refused('base-mismatch', ['base']))
  })
})

describe('checkBase names what it was given instead of a base', () => {
  const received = (b: unknown) => {
    try {
      checkBase(beds, b as PopulationBase)
    } catch (e) {
      return (e as { params: { received: string } }).params.received
    }
    return undefined
  }

  it('text and numbers as written, cut at 40 characters; anything else described', () => {
    expect(received('registered')).toBe('registered')
    expect(received(2_000_000)).toBe('2000000')
    expect(received('r'.repeat(50))).toBe('r'.repeat(40))
    expect(received(null)).toBe('null')
    expect(received(undefined)).toBe('undefined')
    expect(received(true)).toBe('true')
    expect(received(2_000_000n)).toBe('a bigint')
  })

  it('a base of another kind by its kind, cut at 40 characters; a kind that is not text described', () => {
    expect(received({ ...residents2025, kind: 'registered' })).toBe('registered')
    expect(received({ ...residents2025, kind: 'k'.repeat(50) })).toBe('k'.repeat(40))
    expect(received({ ...residents2025, kind: 7 })).toBe('7')
    expect(received({ ...residents2025, kind: ['resident'] })).toBe('an array')
  })
})
