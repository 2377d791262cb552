/**
 * The derivations check every argument they did not make: amounts, saved rates, ratios, shares
 * and bases, results read back from JSON, and options. Figures: Cixi 2021–2025 (seed 003;
 * fixtures/cixi-2021-2025.json) — 4.58 beds per 1,000 of 2,000,000 (L143), 7300 physicians and
 * 医护比1:1.15 (L688), 负压救护车比例不低于20%且不少于2辆 on 200 ambulances (L706).
 */
import { describe, expect, it } from 'vitest'
import { base } from '../population/base.js'
import { rate } from '../quantity/rate.js'
import { ratio } from '../quantity/ratio.js'
import { share } from '../quantity/share.js'
import { stock } from '../quantity/stock.js'
import type { Rounding } from '../rounding.js'
import { type Amount, amountValue, validAmount } from './amount.js'
import { compoundMinimum } from './compound-minimum.js'
import { gap, increment } from './gap.js'
import { impliedPopulation } from './implied-population.js'
import { rateFromTotal } from './rate-from-total.js'
import { sumRates } from './sum.js'
import { ratioOf, throughRatio } from './through-ratio.js'
import { totalFromRate, validTotal } from './total-from-rate.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const saved = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const doctorNurse = ratio('physicians', 'nurses', '1.15')
const np = share('negative-pressure-ambulances', 'ambulances', '20%')
const physicians = { quantity: 'physicians', value: '7300' } as const

describe('amountValue and validAmount', () => {
  it('read a made stock as it is, and any other amount field by field', () => {
    const s = stock('beds', 6855, { year: 2020 })
    expect(validAmount(s, [])).toEqual({ quantity: 'beds', value: expect.anything() })
    expect(validAmount(s, []).value.toFixed()).toBe('6855')
    expect(amountValue(saved(s)).toFixed()).toBe('6855')
    expect(amountValue({ quantity: 'beds', exact: '9160', count: '9160' as never }).toFixed()).toBe(
      '9160',
    )
  })

  it('refuse what is not an amount, at the path', () => {
    for (const a of ['9160', 9160, null, [9160]]) {
      expect(() => amountValue(a as never, ['required'])).toThrow(
        refused('invalid-argument', ['required']),
      )
    }
  })

  it('refuse each bad field at its place', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ quantity: 'wards', value: '3' }, 'unknown-quantity-kind', 'quantity'],
      [{ quantity: 'beds', value: '-1' }, 'negative-value', 'value'],
      [{ quantity: 'beds', exact: '1', count: 1.5 }, 'not-an-integer', 'count'],
      [{ quantity: 'beds', exact: '1', count: '1.5' }, 'not-an-integer', 'count'],
      [{ quantity: 'beds', exact: '1', count: -1 }, 'negative-value', 'count'],
      [
        { quantity: 'beds', exact: '1', count: Number.POSITIVE_INFINITY },
        'non-finite-number',
        'count',
      ],
      [{ quantity: 'beds', exact: '-1', count: null }, 'negative-value', 'exact'],
      [{ quantity: 'beds', exact: 'x', count: 1 }, 'invalid-number', 'exact'],
    ]
    for (const [a, code, field] of cases) {
      expect(() => amountValue(a as unknown as Amount, ['stock'])).toThrow(
        refused(code, ['stock', field]),
      )
    }
  })

  it('refuse a path that is not a list of keys', () => {
    expect(() => amountValue({ quantity: 'beds', value: '1' }, 'stock' as never)).toThrow(
      refused('invalid-argument', ['path']),
    )
  })
})

describe('gap and increment check both amounts', () => {
  it('at required and stock, or target and from', () => {
    const nine = { quantity: 'beds', value: '9160' } as const
    expect(() => gap({ quantity: 'beds', value: '-1' }, nine, 'ge')).toThrow(
      refused('negative-value', ['required', 'value']),
    )
    expect(() => gap(nine, { quantity: 'beds', exact: '1', count: 0.5 }, 'ge')).toThrow(
      refused('not-an-integer', ['stock', 'count']),
    )
    expect(() => increment(nine, { quantity: 'wards', value: '1' } as never)).toThrow(
      refused('unknown-quantity-kind', ['from', 'quantity']),
    )
    expect(() => increment('9160' as never, nine)).toThrow(refused('invalid-argument', ['target']))
  })
})

describe('totalFromRate checks its rate, base and options', () => {
  it('takes a saved rate and base, and refuses edited ones at rate and base', () => {
    expect(totalFromRate(saved(beds), saved(residents), { rounding: 'ceil' }).count).toBe(9160)
    expect(() => totalFromRate({ ...beds, per: '0' }, residents, { rounding: 'ceil' })).toThrow(
      refused('non-positive-value', ['rate', 'per']),
    )
    expect(() => totalFromRate(beds, { ...residents, value: '0' }, { rounding: 'ceil' })).toThrow(
      refused('non-positive-population', ['base', 'value']),
    )
  })

  it('refuses an option it does not know', () => {
    expect(() =>
      totalFromRate(beds, residents, { rounding: 'ceil', decimals: 2 } as never),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-options',
        path: ['options', 'decimals'],
        params: { problem: 'unknown option "decimals" (expected rounding)' },
      }),
    )
  })
})

describe('validTotal: a total read back is recomputed, and must be what its rate and base give', () => {
  const total = totalFromRate(beds, residents, { rounding: 'ceil' })

  it('gives the made total as it is, and a saved one recomputed', () => {
    expect(validTotal(total, [])).toBe(total)
    expect(validTotal(saved(total), [])).toEqual(total)
  })

  it('refuses a count, exact value or quantity that its rate and base do not give', () => {
    expect(() => validTotal({ ...saved(total), count: 9161 }, ['t'])).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['t', 'count'],
        params: {
          problem: 'count 9161 is not what its rate and base give (9160)',
          problemZh: 'count 9161 与其配置标准和人口基数所得（9160）不符',
        },
      }),
    )
    expect(() => validTotal({ ...saved(total), exact: '9161' }, ['t'])).toThrow(
      refused('invalid-argument', ['t', 'exact']),
    )
    expect(() => validTotal({ ...saved(total), quantity: 'nurses' }, ['t'])).toThrow(
      refused('invalid-argument', ['t', 'quantity']),
    )
  })

  it('refuses a bad rate, base, rounding or type at its place', () => {
    const json = saved(total)
    expect(() => validTotal({ ...json, rate: { ...json.rate, per: '0' } }, ['t'])).toThrow(
      refused('non-positive-value', ['t', 'rate', 'per']),
    )
    expect(() => validTotal({ ...json, rounding: 'up' }, ['t'])).toThrow(
      refused('invalid-rounding', ['t', 'rounding']),
    )
    expect(() => validTotal({ ...json, type: 'gap' }, ['t'])).toThrow(
      refused('invalid-argument', ['t', 'type']),
    )
    expect(() => validTotal({ ...json, note: 'x' }, ['t'])).toThrow(
      refused('invalid-argument', ['t', 'note']),
    )
  })
})

describe('through a ratio, ratios of amounts, rates of totals', () => {
  it('throughRatio checks its ratio and options', () => {
    expect(throughRatio(physicians, saved(doctorNurse), { rounding: 'ceil' }).count).toBe(8395)
    expect(() =>
      throughRatio(physicians, { ...doctorNurse, value: '0' }, { rounding: 'ceil' }),
    ).toThrow(refused('non-positive-value', ['ratio', 'value']))
    expect(() =>
      throughRatio(physicians, doctorNurse, { rounding: 'ceil', per: 1 } as never),
    ).toThrow(refused('invalid-options', ['options', 'per']))
  })

  it('ratioOf and rateFromTotal refuse options they do not know', () => {
    const nurses = { quantity: 'nurses', value: '8400' } as const
    expect(() =>
      ratioOf(physicians, nurses, { decimals: 2, rounding: 'half-up', per: 1 } as never),
    ).toThrow(refused('invalid-options', ['options', 'per']))
    expect(() =>
      rateFromTotal(6005, residents, {
        per: 1000,
        decimals: 2,
        rounding: 'half-up',
        x: 1,
      } as never),
    ).toThrow(refused('invalid-options', ['options', 'x']))
    expect(() =>
      rateFromTotal(
        6005,
        { ...residents, year: 1850 },
        { per: 1000, decimals: 2, rounding: 'ceil' },
      ),
    ).toThrow(refused('invalid-year', ['base', 'year']))
  })

  it('impliedPopulation checks its rate', () => {
    expect(impliedPopulation(9160, saved(beds)).exact).toBe('2000000')
    expect(() => impliedPopulation(9160, { ...beds, per: '0' })).toThrow(
      refused('non-positive-value', ['rate', 'per']),
    )
  })
})

describe('compoundMinimum and sumRates check what they are given', () => {
  it('compoundMinimum: a share edited past 100%, a negative total', () => {
    const ambulances = { quantity: 'ambulances', value: '200' } as const
    expect(compoundMinimum(ambulances, saved(np), 2).count).toBe(40)
    expect(() => compoundMinimum(ambulances, { ...np, value: '2' }, 2)).toThrow(
      refused('invalid-share', ['share', 'value']),
    )
    expect(() => compoundMinimum({ quantity: 'ambulances', value: '-200' }, np, 2)).toThrow(
      refused('negative-value', ['total', 'value']),
    )
  })

  it('sumRates: not a list, an edited rate at its index, a sum past 10^15', () => {
    expect(() => sumRates('4.58' as never)).toThrow(refused('invalid-argument', ['rates']))
    expect(() => sumRates([beds, { ...beds, per: '0' }])).toThrow(
      refused('non-positive-value', ['rates', 1, 'per']),
    )
    const big = rate('beds', '1e15', { per: 1, base: 'resident' })
    expect(() => sumRates([big, big])).toThrow(
      expect.objectContaining({
        code: 'number-out-of-range',
        path: ['rates'],
        params: { received: '2000000000000000', range: '[1e-15, 1e15]' },
      }),
    )
    expect(sumRates([saved(beds)]).value).toBe('4.58')
  })
})

describe('rounding names are checked wherever they are given', () => {
  it('as options of the derivations', () => {
    const bad = 'round' as Rounding
    expect(() => totalFromRate(beds, residents, { rounding: bad })).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
    expect(() => throughRatio(physicians, doctorNurse, { rounding: bad })).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
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
    [
      'an amount { quantity, value } or { quantity, exact, count } (a stock or a result)',
      '数量 { quantity, value } 或 { quantity, exact, count }（现有数量或推算结果）',
      () => validAmount(1, []),
    ],
    [
      'a total (from totalFromRate())',
      '推算总量（由 totalFromRate() 得到）',
      () => validTotal(1, []),
    ],
    ['a list of rates', '按人口配置标准的列表', () => sumRates(1 as never)],
  ] as const)('%s', (en, zh, fn) => {
    expect(problem(fn)).toEqual({
      problem: `expected ${en}, got 1`,
      problemZh: `应为${zh}，收到 1`,
    })
  })
})

describe('a count that is not whole quotes it', () => {
  it('not-an-integer with the count received', () => {
    expect(() => amountValue({ quantity: 'beds', exact: '9160', count: 9159.5 })).toThrow(
      expect.objectContaining({ code: 'not-an-integer', params: { received: '9159.5' } }),
    )
  })
})
