/**
 * Values read back from JSON: each factory takes its own saved JSON (`rate(json)`, `ratio(json)`,
 * `share(json)`, `stock(json)`, `interval(json)`) with the checks it gives its arguments, and a
 * value the library did not make (spread, edited, parsed) is checked wherever it is used. The
 * figures are Cixi 2021–2025's (seed 003; fixtures/cixi-2021-2025.json): 4.58 beds per 1,000
 * (L143), 医护比1:1.15 (L688), 负压救护车比例不低于20% (L706), 6855 beds in 2020 (9160 − 2305, L143).
 */
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { contains, intersect, interval, printedInterval, validInterval } from './interval.js'
import { perCapita, type Rate, rate, rescale, validRate } from './rate.js'
import { type Ratio, ratio, validRatio } from './ratio.js'
import { type Share, share, shareFraction, validShare } from './share.js'
import { type Stock, stock, validStock } from './stock.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

/** A value as JSON.parse gives it back after JSON.stringify. */
const saved = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const doctorNurse = ratio('physicians', 'nurses', '1.15')
const np = share('negative-pressure-ambulances', 'ambulances', '20%')
const beds2020 = stock('beds', 6855, { year: 2020 })

describe('rate(json)', () => {
  it('reads a saved rate back to an equal rate; a made rate is used as it is', () => {
    expect(rate(saved(beds))).toEqual(beds)
    expect(validRate(beds, [])).toBe(beds)
    expect(validRate(saved(beds), [])).not.toBe(beds)
  })

  it('checks every field as rate() checks its arguments, at the field', () => {
    const json = saved(beds)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ per: '0' }, 'non-positive-value', 'per'],
      [{ per: 'x' }, 'invalid-number', 'per'],
      [{ value: '-4.58', printed: '-4.58' }, 'negative-value', 'value'],
      [{ value: 'NaN' }, 'non-finite-number', 'value'],
      [{ quantity: 'bed' }, 'unknown-quantity-kind', 'quantity'],
      [{ base: 'hukou' }, 'unknown-base-kind', 'base'],
      [{ printed: '4.60' }, 'invalid-argument', 'printed'],
      [{ printed: null }, 'invalid-argument', 'printed'],
      [{ type: 'ratio' }, 'invalid-argument', 'type'],
      [{ rounding: 'ceil' }, 'invalid-argument', 'rounding'],
      [{ source: 'seed 003' }, 'invalid-argument', 'source'],
    ]
    for (const [edit, code, field] of cases) {
      const edited = { ...json, ...edit } as Rate
      expect(() => rate(edited)).toThrow(refused(code, [field]))
      expect(() => validRate(edited, ['rules', 0])).toThrow(refused(code, ['rules', 0, field]))
    }
    expect(() => rate({ ...json, source: { line: 143 } } as Rate)).toThrow(
      refused('invalid-argument', ['source', 'document']),
    )
    expect(() => validRate('4.58 per 1000', ['rate'])).toThrow(
      refused('invalid-argument', ['rate']),
    )
  })

  it('keeps a printed form that still stands for the value, and a valid source', () => {
    const source = { document: 'seed 003', line: 143, quote: '每千常住人口4.58张' }
    const r = rate({ ...saved(beds), printed: '4.580', source })
    expect(r).toMatchObject({ printed: '4.580', source })
  })

  it('refuses unknown options and options that are not an object', () => {
    expect(() =>
      rate('beds', '4.58', { per: 1000, base: 'resident', rounding: 'ceil' } as never),
    ).toThrow(refused('invalid-options', ['options', 'rounding']))
    expect(() => rate('beds', '4.58', 'per 1000' as never)).toThrow(
      refused('invalid-options', ['options']),
    )
  })

  it('rescale and perCapita check a rate they did not make, at rate', () => {
    expect(rescale(saved(beds), 10_000).value).toBe('45.8')
    expect(perCapita(saved(beds)).toFixed()).toBe('0.00458')
    expect(() => rescale({ ...beds, per: '0' }, 10_000)).toThrow(
      refused('non-positive-value', ['rate', 'per']),
    )
    expect(() => perCapita({ ...beds, value: 'NaN', printed: 'NaN' })).toThrow(
      refused('non-finite-number', ['rate', 'value']),
    )
  })

  it('rescale refuses a scale that would take the value out of range, at per', () => {
    const big = rate('beds', '1e15', { per: 1, base: 'resident' })
    expect(() => rescale(big, 10)).toThrow(refused('number-out-of-range', ['per']))
  })
})

describe('ratio(json)', () => {
  it('reads a saved ratio back; a made ratio is used as it is', () => {
    expect(ratio(saved(doctorNurse))).toEqual(doctorNurse)
    expect(validRatio(doctorNurse, [])).toBe(doctorNurse)
  })

  it('checks every field, at the field', () => {
    const json = saved(doctorNurse)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ value: '0', printed: '0' }, 'non-positive-value', 'value'],
      [{ value: '-1.15', printed: '-1.15' }, 'negative-value', 'value'],
      [{ from: 'doctors' }, 'unknown-quantity-kind', 'from'],
      [{ to: 'nurse' }, 'unknown-quantity-kind', 'to'],
      [{ printed: '1.10' }, 'invalid-argument', 'printed'],
      [{ type: 'rate' }, 'invalid-argument', 'type'],
      [{ per: '1' }, 'invalid-argument', 'per'],
    ]
    for (const [edit, code, field] of cases) {
      expect(() => validRatio({ ...json, ...edit }, ['ratio'])).toThrow(
        refused(code, ['ratio', field]),
      )
    }
    expect(() => ratio({ ...json, ...cases[0]?.[0] } as Ratio)).toThrow(
      refused('non-positive-value', ['value']),
    )
  })

  it('refuses unknown options', () => {
    expect(() => ratio('physicians', 'nurses', '1.15', { per: 1 } as never)).toThrow(
      refused('invalid-options', ['options', 'per']),
    )
  })
})

describe('share(json)', () => {
  it('reads a saved share back, its printed percent still standing for its value', () => {
    expect(share(saved(np))).toEqual(np)
    expect(validShare(np, [])).toBe(np)
    expect(share({ ...saved(np), printed: '0.2' })).toMatchObject({ value: '0.2', printed: '0.2' })
    expect(share({ ...saved(np), printed: '20.0%' })).toMatchObject({ printed: '20.0%' })
  })

  it('checks every field, at the field: 20% does not stand for 0.25', () => {
    const json = saved(np)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ value: '0.25' }, 'invalid-argument', 'printed'],
      [{ printed: '21%' }, 'invalid-argument', 'printed'],
      [{ printed: 'twenty %' }, 'invalid-number', 'printed'],
      [{ value: '1.15', printed: '115%' }, 'invalid-share', 'value'],
      [{ quantity: 'ambulance' }, 'unknown-quantity-kind', 'quantity'],
      [{ of: 'vehicles' }, 'unknown-quantity-kind', 'of'],
      [{ type: 'ratio' }, 'invalid-argument', 'type'],
    ]
    for (const [edit, code, field] of cases) {
      expect(() => validShare({ ...json, ...edit }, ['share'])).toThrow(
        refused(code, ['share', field]),
      )
    }
    expect(() => share({ ...json, value: '0.25' } as Share)).toThrow(
      refused('invalid-argument', ['printed']),
    )
  })

  it('a share printed as a fraction stands for its half-up interval: "0.2" for [0.15, 0.25)', () => {
    expect(share({ ...saved(np), value: '0.24', printed: '0.2' }).value).toBe('0.24')
    expect(() => share({ ...saved(np), value: '0.25', printed: '0.2' })).toThrow(
      refused('invalid-argument', ['printed']),
    )
    // "20%" stands for [19.5%, 20.5%)
    expect(share({ ...saved(np), value: '0.195' }).value).toBe('0.195')
    expect(() => share({ ...saved(np), value: '0.205' })).toThrow(
      refused('invalid-argument', ['printed']),
    )
  })
})

describe('stock(json)', () => {
  it('reads a saved stock back; a made stock is used as it is', () => {
    expect(stock(saved(beds2020))).toEqual(beds2020)
    expect(validStock(beds2020, [])).toBe(beds2020)
    expect(stock({ ...saved(beds2020), year: null })).toMatchObject({ year: null })
  })

  it('checks every field, at the field', () => {
    const json = saved(beds2020)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ value: '-1' }, 'negative-value', 'value'],
      [{ value: '6855张' }, 'invalid-number', 'value'],
      [{ quantity: 'bed' }, 'unknown-quantity-kind', 'quantity'],
      [{ type: 'rate' }, 'invalid-argument', 'type'],
      [{ printed: '6855' }, 'invalid-argument', 'printed'],
    ]
    for (const [edit, code, field] of cases) {
      expect(() => validStock({ ...json, ...edit }, ['stock'])).toThrow(
        refused(code, ['stock', field]),
      )
    }
    expect(() => stock({ ...json, value: '-1' } as Stock)).toThrow(
      refused('negative-value', ['value']),
    )
  })

  it('refuses unknown options', () => {
    expect(() => stock('beds', 6855, { yr: 2020 } as never)).toThrow(
      refused('invalid-options', ['options', 'yr']),
    )
  })
})

describe('interval(json)', () => {
  const printed300 = printedInterval('3.00')

  it('reads a saved interval back; a made interval is used as it is', () => {
    expect(interval(saved(printed300))).toEqual(printed300)
    expect(validInterval(printed300, [])).toBe(printed300)
  })

  it('checks every field, at the field', () => {
    const json = saved(printed300)
    expect(() => validInterval({ ...json, lo: '3.1' }, ['i'])).toThrow(
      refused('invalid-interval', ['i']),
    )
    expect(() => validInterval({ ...json, hi: 'Infinity' }, ['i'])).toThrow(
      refused('non-finite-number', ['i', 'hi']),
    )
    expect(() => validInterval({ ...json, lo: 'x' }, ['i'])).toThrow(
      refused('invalid-number', ['i', 'lo']),
    )
    expect(() => validInterval({ ...json, loClosed: 'yes' }, ['i'])).toThrow(
      refused('invalid-argument', ['i', 'loClosed']),
    )
    expect(() => validInterval({ ...json, hiClosed: 0 }, ['i'])).toThrow(
      refused('invalid-argument', ['i', 'hiClosed']),
    )
    expect(() => validInterval({ ...json, mid: '3' }, ['i'])).toThrow(
      refused('invalid-argument', ['i', 'mid']),
    )
    expect(() => validInterval([2.995, 3.005], ['i'])).toThrow(refused('invalid-argument', ['i']))
  })

  it('contains and intersect check intervals they did not make, at their place', () => {
    expect(contains(saved(printed300), '3.0025')).toBe(true)
    expect(() => contains({ ...printed300, lo: 'x' }, '3')).toThrow(
      refused('invalid-number', ['interval', 'lo']),
    )
    expect(intersect([saved(printed300), interval('3', '4')])).toEqual({
      lo: '3',
      hi: '3.005',
      loClosed: true,
      hiClosed: false,
    })
    expect(() => intersect([printed300, { ...printed300, hi: '2' }])).toThrow(
      refused('invalid-interval', ['intervals', 1]),
    )
    expect(() => intersect('3.00' as never)).toThrow(refused('invalid-argument', ['intervals']))
  })

  it('refuses options that are not flags, and a path that is not one', () => {
    expect(() => interval('5', '6', { hiClosed: 'no' as never })).toThrow(
      refused('invalid-options', ['options', 'hiClosed']),
    )
    expect(() => interval('5', '6', { open: true } as never)).toThrow(
      refused('invalid-options', ['options', 'open']),
    )
    expect(() => interval('5', '6', {}, 'rules' as never)).toThrow(
      refused('invalid-argument', ['path']),
    )
    expect(() => interval('5', '6', {}, [-1])).toThrow(refused('invalid-argument', ['path']))
  })

  it('reads a value given as a Dec', () => {
    expect(contains(printed300, new Dec('3.0025'))).toBe(true)
  })
})

describe('a value of the wrong type is refused naming what was expected, in both languages', () => {
  const problem = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      return (e as { params?: unknown }).params
    }
    return undefined
  }

  it.each([
    ['a rate (from rate())', '按人口配置标准（由 rate() 得到）', () => validRate(1, [])],
    ['a ratio (from ratio())', '比值（由 ratio() 得到）', () => validRatio(1, [])],
    ['a share (from share())', '比例（由 share() 得到）', () => validShare(1, [])],
    ['a stock (from stock())', '现有数量（由 stock() 得到）', () => validStock(1, [])],
    [
      'an interval { lo, hi, loClosed, hiClosed } (from interval())',
      '区间 { lo, hi, loClosed, hiClosed }（由 interval() 得到）',
      () => validInterval(1, []),
    ],
    ['a list of intervals', '区间列表', () => intersect(1 as never)],
    [
      'true or false',
      '真或假',
      () => validInterval({ ...saved(printedInterval('3.00')), loClosed: 1 }, []),
    ],
  ] as const)('%s', (en, zh, fn) => {
    expect(problem(fn)).toEqual({
      problem: `expected ${en}, got 1`,
      problemZh: `应为${zh}，收到 1`,
    })
  })
})

describe('sources are checked at source, by the factory and in saved JSON', () => {
  const bad = 'seed 003 L143' as never
  it.each([
    ['rate', () => rate('beds', '4.58', { per: 1000, base: 'resident', source: bad }), ['source']],
    ['rate(json)', () => validRate({ ...saved(beds), source: bad }, ['r']), ['r', 'source']],
    ['ratio', () => ratio('physicians', 'nurses', '1.15', { source: bad }), ['source']],
    [
      'ratio(json)',
      () => validRatio({ ...saved(doctorNurse), source: bad }, ['r']),
      ['r', 'source'],
    ],
    [
      'share',
      () => share('negative-pressure-ambulances', 'ambulances', '20%', { source: bad }),
      ['source'],
    ],
    ['share(json)', () => validShare({ ...saved(np), source: bad }, ['s']), ['s', 'source']],
    ['stock', () => stock('beds', 6855, { source: bad }), ['source']],
    ['stock(json)', () => validStock({ ...saved(beds2020), source: bad }, ['s']), ['s', 'source']],
  ] as const)('%s', (_name, fn, path) => {
    expect(fn).toThrow(refused('invalid-argument', path))
  })
})

describe('stock years', () => {
  it('a whole year from 1900 to 2200, or none; anything else is invalid-year at year', () => {
    expect(stock('beds', 1, { year: 1900 }).year).toBe(1900)
    expect(stock('beds', 1, { year: 2200 }).year).toBe(2200)
    for (const year of [1899, 2201, 2020.5, '2020']) {
      expect(() => stock('beds', 1, { year: year as number })).toThrow(
        expect.objectContaining({
          code: 'invalid-year',
          path: ['year'],
          params: { received: String(year === '2020' ? '"2020"' : year) },
        }),
      )
      expect(() => validStock({ ...saved(beds2020), year }, ['s'])).toThrow(
        refused('invalid-year', ['s', 'year']),
      )
    }
  })
})

describe('interval(json) reports at the field, and options at their flag', () => {
  it('an edited end at lo, a bad flag at options', () => {
    const json = saved(printedInterval('3.00'))
    expect(() => interval({ ...json, lo: 'x' })).toThrow(refused('invalid-number', ['lo']))
    expect(() => interval('5', '6', { loClosed: 'yes' as never })).toThrow(
      refused('invalid-options', ['options', 'loClosed']),
    )
  })
})

describe('share text', () => {
  it('reads percents with decimals and exponents, and nothing around them', () => {
    expect(shareFraction('.25%').toFixed()).toBe('0.0025')
    expect(shareFraction('20e-02%').toFixed()).toBe('0.002')
    expect(shareFraction('2e-1%').toFixed()).toBe('0.002')
    expect(shareFraction('2E+1%').toFixed()).toBe('0.2')
    for (const v of ['x20%', '20%x', '% 20', '20 %%']) {
      expect(() => shareFraction(v, ['v'])).toThrow(refused('invalid-number', ['v']))
    }
  })

  it('reads only text or numbers: an object that prints as 20% is refused', () => {
    expect(() => shareFraction({ toString: () => '20%' }, ['v'])).toThrow(
      refused('invalid-number', ['v']),
    )
  })

  it('invalid-share quotes the text trimmed', () => {
    expect(() => share('beds', 'beds', ' 115% ')).toThrow(
      expect.objectContaining({ code: 'invalid-share', params: { received: '115%' } }),
    )
  })
})

describe('a printed scale: 每3万人口1辆 where the 3万 is itself rounded (seed 003 L706)', () => {
  const ambulances = rate('ambulances', 1, { per: 30_000, perPrinted: '3万', base: 'service' })

  it('is kept with the rate, and read back from JSON', () => {
    expect(ambulances).toEqual({
      type: 'rate',
      quantity: 'ambulances',
      value: '1',
      printed: '1',
      per: '30000',
      perPrinted: '3万',
      base: 'service',
      source: null,
    })
    expect(rate(saved(ambulances))).toEqual(ambulances)
    expect(Object.keys(rate('beds', '4.58', { per: 1000, base: 'resident' }))).not.toContain(
      'perPrinted',
    )
  })

  it('must print the scale: 4万 does not print 30000, and it must be short text', () => {
    expect(() =>
      rate('ambulances', 1, { per: 30_000, perPrinted: '4万', base: 'service' }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['perPrinted'],
        params: {
          problem: 'the printed scale "4万" does not print 30000',
          problemZh: '印刷的人口单位 "4万" 与 30000 不符',
        },
      }),
    )
    for (const bad of [30_000, null, `${'每'.repeat(39)}3万`]) {
      expect(() =>
        rate('ambulances', 1, { per: 30_000, perPrinted: bad as never, base: 'service' }),
      ).toThrow(refused('invalid-argument', ['perPrinted']))
    }
    expect(
      rate('ambulances', 1, { per: 30_000, perPrinted: `${'每'.repeat(38)}3万`, base: 'service' })
        .perPrinted,
    ).toHaveLength(40)
    expect(() => validRate({ ...saved(ambulances), perPrinted: '4万' }, ['r'])).toThrow(
      refused('invalid-argument', ['r', 'perPrinted']),
    )
  })
})
