/**
 * Values the library made are known; every other value is checked. A rate, ratio, share, stock,
 * interval or base that a factory returned is used as it is; an equal object that the library
 * did not make (a JSON copy, a spread, an edit) is checked as the factory checks its arguments,
 * and each factory reads its own saved JSON back (`rate(json)`, `base(json)`).
 *
 * Figures: seed 003, Cixi 2021–2025 (fixtures/cixi-2021-2025.json): 4.58 beds per 1,000 of
 * 2,000,000 residents is 9160 (L143); ambulances 1 per 30,000 of a service population of 300%
 * of residents, 200 (L706); 3.65 physicians per 1,000 is 7300, and 医护比 1:1.15 gives 8395
 * nurses. Seed 000 (Cixi 2016–2020): 3.8 psychiatrists per 100,000 of 1,497,600 is 56.9088
 * (L224, L217).
 */
import { describe, expect, it } from 'vitest'
import {
  base,
  contains,
  interval,
  printedInterval,
  rate,
  ratio,
  share,
  stock,
  throughRatio,
  totalFromRate,
} from '../src/index.js'
import { renderTotal } from '../src/report/index.js'

const refused = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, ...(path ? { path } : {}) })

/** What `JSON.parse(JSON.stringify(v))` gives: the saved form, no longer made by the library. */
const saved = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const service = base.serviceFrom(residents, 3)
const ambulances = rate('ambulances', 1, { per: 30_000, base: 'service' })

describe('a value the library made is used as it is', () => {
  it('the rate and base in a total are the very ones given (9160 beds, seed 003 L143)', () => {
    const t = totalFromRate(beds, residents, { rounding: 'ceil' })
    expect(t.count).toBe(9160)
    expect(t.rate).toBe(beds)
    expect(t.base).toBe(residents)
  })

  it('an equal copy is checked and gives the same total, as a new value', () => {
    const t = totalFromRate(saved(beds), saved(residents), { rounding: 'ceil' })
    expect(t).toEqual(totalFromRate(beds, residents, { rounding: 'ceil' }))
    expect(t.rate).not.toBe(beds)
    expect(Object.isFrozen(t.rate) && Object.isFrozen(t.base)).toBe(true)
  })

  it('a frozen spread is not made by the library: the brand is the object, not its shape', () => {
    const edited = Object.freeze({ ...beds, per: '0' })
    expect(() => totalFromRate(edited, residents, { rounding: 'ceil' })).toThrow(
      refused('non-positive-value', ['rate', 'per']),
    )
  })

  it('what a check returns is known from then on: it is used as it is', () => {
    const checked = totalFromRate(saved(beds), residents, { rounding: 'ceil' }).rate
    expect(totalFromRate(checked, residents, { rounding: 'floor' }).rate).toBe(checked)
  })
})

describe('each factory reads its own JSON back, with its own checks', () => {
  it('rate, ratio, share, stock, interval and base give back what was saved', () => {
    const made = [
      beds,
      ratio('physicians', 'nurses', '1.15'),
      share('negative-pressure-ambulances', 'ambulances', '20%'),
      stock('beds', 6855, { year: 2020, source: { document: 'seed 003', line: 143 } }),
    ]
    expect(made.map((v) => saved(v))).toEqual(made)
    expect(rate(saved(beds))).toEqual(beds)
    expect(ratio(saved(made[1] as ReturnType<typeof ratio>))).toEqual(made[1])
    expect(share(saved(made[2] as ReturnType<typeof share>))).toEqual(made[2])
    expect(stock(saved(made[3] as ReturnType<typeof stock>))).toEqual(made[3])
    expect(interval(saved(printedInterval('3.00')))).toEqual(printedInterval('3.00'))
    expect(base(saved(service))).toEqual(service)
  })

  it('a revived value is made by the library, and used as it is from then on', () => {
    const revived = rate(saved(beds))
    expect(totalFromRate(revived, residents, { rounding: 'ceil' }).rate).toBe(revived)
    const revivedBase = base(saved(service))
    const t = totalFromRate(ambulances, revivedBase, { rounding: 'ceil' })
    expect([t.count, t.base === revivedBase]).toEqual([200, true]) // seed 003 L706
  })

  it('a rate edited to per "0" is refused, not an exact "Infinity"', () => {
    expect(() => rate({ ...saved(beds), per: '0' })).toThrow(refused('non-positive-value', ['per']))
  })

  it('fields a factory never writes are refused: a misspelt key is not ignored', () => {
    expect(() => rate({ ...saved(beds), prnted: '4.58' } as never)).toThrow(
      refused('invalid-argument', ['prnted']),
    )
    expect(() => rate({ ...saved(beds), type: 'ratio' } as never)).toThrow(
      refused('invalid-argument', ['type']),
    )
  })

  it('a printed form must stand for the value: "4.58" holds [4.575, 4.585)', () => {
    expect(rate({ ...saved(beds), value: '4.584' }).value).toBe('4.584')
    expect(() => rate({ ...saved(beds), value: '4.59' })).toThrow(
      refused('invalid-argument', ['printed']),
    )
    const np = saved(share('negative-pressure-ambulances', 'ambulances', '20%'))
    expect(() => share({ ...np, value: '0.3' })).toThrow(refused('invalid-argument', ['printed']))
  })

  it('a derived base must still be its source × its factor (2,000,000 × 3, L706)', () => {
    expect(() => base({ ...saved(service), value: '7000000' })).toThrow(
      refused('invalid-argument', ['value']),
    )
    expect(() =>
      base({ ...saved(service), derivedFrom: { ...service.derivedFrom, factor: '0' } } as never),
    ).toThrow(refused('non-positive-value', ['derivedFrom', 'factor']))
  })

  it('a base with the id a plan gives it is read, and the id not kept', () => {
    const named = { ...saved(residents), id: 'resident-2025' }
    expect(base(named)).toEqual(residents)
    const t = totalFromRate(beds, named as typeof residents, { rounding: 'ceil' })
    expect(t.count).toBe(9160)
  })

  it('a source must name its document, with a line from 1', () => {
    const s = { document: 'seed 003', line: 143 }
    expect(rate('beds', '4.58', { per: 1000, base: 'resident', source: s }).source).toEqual(s)
    const bad = [
      [{ document: '' }, ['source', 'document']],
      [{ document: 'seed 003', line: 0 }, ['source', 'line']],
      [{ document: 'seed 003', page: 2 }, ['source', 'page']],
      ['seed 003', ['source']],
    ] as const
    for (const [source, path] of bad) {
      expect(() =>
        rate('beds', '4.58', { per: 1000, base: 'resident', source: source as never }),
      ).toThrow(refused('invalid-argument', path))
    }
  })

  it('an interval edited so that it holds nothing, or with a flag that is not one, is refused', () => {
    const i = saved(printedInterval('3.00'))
    expect(() => interval({ ...i, lo: '3.1' })).toThrow(refused('invalid-interval'))
    expect(() => contains({ ...i, hiClosed: 'no' as never }, '3')).toThrow(
      refused('invalid-argument', ['interval', 'hiClosed']),
    )
    expect(contains(i, '3.0025')).toBe(true) // 6005 / 2,000,000 × 1000 lies in what 3.00 stands for
  })
})

describe('results read back are recomputed before they are shown', () => {
  const t = totalFromRate(beds, residents, { rounding: 'ceil' })
  const opts = { format: 'json', lang: 'en' } as const

  it('a saved total renders as the total itself', () => {
    expect(renderTotal(saved(t), opts)).toBe(renderTotal(t, opts))
  })

  it('a total whose count or exact value was edited is refused', () => {
    expect(() => renderTotal({ ...saved(t), count: 9999 }, opts)).toThrow(
      refused('invalid-argument', ['total', 'count']),
    )
    expect(() => renderTotal({ ...saved(t), exact: '1e300' }, opts)).toThrow(
      refused('invalid-argument', ['total', 'exact']),
    )
  })

  it('a ratio read back gives the same nurses: 7300 physicians at 1:1.15 need 8395', () => {
    const r = ratio('physicians', 'nurses', '1.15')
    const physicians = { quantity: 'physicians', value: '7300' } as const
    const n = throughRatio(physicians, saved(r), { rounding: 'ceil' })
    expect([n.count, n.ratio]).toEqual([8395, r])
  })
})
