/**
 * The auditor judges published figures as a careful analyst would: each capability with a
 * small made-up plan it judges, and one where the numbers agree within printed precision and
 * it stays silent.
 */
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { impliedPopulation } from '../src/derive/implied-population.js'
import { rate } from '../src/quantity/rate.js'
import { base, fig, findings, perCapita, plan, problems } from './support/small-plan.js'

describe('1. "1 per N" rounds N, not the 1', () => {
  // 平均每4.5万人口配置1辆: 4.5万 stands for [44,500, 45,500)
  const rates = (count: string) =>
    plan({
      figures: [
        fig('n', 'count', count, { indicator: 'ambulances' }),
        fig('r', 'rate', '1', {
          indicator: 'ambulances',
          per: '45000',
          perPrinted: '4.5万',
          base: 'resident',
        }),
      ],
      bases: [base('p', '9000000')],
    })

  it('200 ambulances per 4.5万 fit 9,000,000 people (200 × 45,000)', () => {
    expect(problems(rates('200'))).toEqual([])
  })

  it('202 ambulances do not: 9,000,000 / [44,500, 45,500) is 197.8 to 202.2 only for the 1 rounded, not the 4.5万', () => {
    // 203 would need N below 44,335; 4.5万 allows 44,500 at the least
    expect(findings(rates('203'), 'rate-count-mismatch').map((f) => f.figure)).toEqual(['n'])
  })

  it('implies a population from 200 × 44,500 to 200 × 45,500, not ⅔ to 2 times the point', () => {
    const lone = plan({
      figures: [
        fig('n', 'count', '200', { indicator: 'ambulances' }),
        fig('r', 'rate', '1', {
          indicator: 'ambulances',
          per: '45000',
          perPrinted: '4.5万',
          base: 'resident',
        }),
      ],
    })
    const [info] = findings(lone, 'implied-population')
    expect(info?.numbers.interval).toEqual({ lo: '8900000', hi: '9100000' })
    // the public derivation, with the "1" taken as printed, is far wider
    const loose = impliedPopulation(200, rate('ambulances', '1', { per: 45000, base: 'resident' }))
    expect(loose.interval.lo).toBe('6000000')
  })
})

describe('2. a met standard bounds the population', () => {
  // 已实现每4万人口1个急救站的标准, with 80 stations: population ≤ 3,200,000
  const met = (population: string) =>
    plan({
      figures: [
        fig('stations', 'count', '80', { indicator: 'ems' }),
        fig('standard', 'rate', '1', {
          indicator: 'ems',
          per: '40000',
          perPrinted: '4万',
          base: 'resident',
          bound: 'at-least',
          role: 'actual',
        }),
      ],
      bases: [base('p', population)],
    })

  it('2,000,000 people meet it: a bound, not "about 3,200,000"', () => {
    expect(problems(met('2000000'))).toEqual([])
  })

  it('4,000,000 people do not: 80 stations cover at most 80 × 4.5万', () => {
    expect(findings(met('4000000'), 'rate-count-mismatch')).toHaveLength(1)
  })
})

describe('3. a count stated for a rule is checked against the rule', () => {
  // 按每万人口3名配置 on 1,845.62万 people: 5,536.86; a document printing 5,535 truncated to 1845万
  const stated = (count: string, exact = true) =>
    plan({
      rules: [perCapita('cdc', 'public-health-staff', '3', '10000', exact ? { exact: true } : {})],
      bases: [base('p', '18456200')],
      figures: [fig('cdc-count', 'count', count, { indicator: 'cdc', rule: 'cdc' })],
    })

  it('5,535 is the rule on a population truncated to whole 万: truncation', () => {
    const [f] = findings(stated('5535'), 'rule-count-mismatch')
    expect(f?.explanation).toBe('truncation')
    expect(f?.numbers.recomputed).toBe('5536.86')
  })

  it('an exact standard is not widened to [2.5, 3.5): 5,535 is flagged only because the rule is exact', () => {
    expect(findings(stated('5535', false), 'rule-count-mismatch')).toEqual([])
  })

  it('5,537 (the count rounded up) and 5,536 (down) agree', () => {
    expect(problems(stated('5537'))).toEqual([])
    expect(problems(stated('5536'))).toEqual([])
  })
})

describe('4. a target reached through an increment', () => {
  // 到2025年每千人口床位达到6.1张，需新增床位1.2万张, with 49,000 beds today
  const target = (population?: string) =>
    plan({
      figures: [
        fig('rate', 'rate', '6.1', { per: '1000', base: 'resident' }),
        fig('stock', 'count', '49000', { year: 2020 }),
        fig('new', 'increment', '12000', { printed: '1.2万张' }),
      ],
      relations: [
        {
          id: 'rel',
          type: 'increment-target',
          rate: 'rate',
          stock: 'stock',
          increment: 'new',
          source: { document: 'made-up.txt', line: 3 },
        },
      ],
      bases: population ? [base('p', population)] : [],
    })

  it('without a base, reports the population 61,000 beds at 6.1 imply (about 10,000,000)', () => {
    const [info] = findings(target(), 'implied-population')
    // (49,000 + [11,500, 12,500)) / [6.05, 6.15) per 1,000
    expect(info?.numbers.interval).toEqual({
      lo: '9837398.373983739837398373983739837398374',
      hi: '10165289.25619834710743801652892561983471',
    })
  })

  it('with 10,000,000 residents it agrees; with 12,000,000 the 6.1 asks 73,200, not 61,000', () => {
    expect(problems(target('10000000'))).toEqual([])
    const [f] = findings(target('12000000'), 'increment-target-mismatch')
    expect([f?.numbers.stated, f?.numbers.recomputed]).toEqual(['61000', '73200'])
  })
})

describe('5. bounded figures', () => {
  const total = (printed: string, value: string, bound?: string) =>
    plan({
      figures: [
        fig('all', 'count', value, { printed, ...(bound ? { bound } : {}) }),
        fig('a', 'count', '4000', { indicator: 'beds.a' }),
        fig('b', 'count', '3250', { indicator: 'beds.b' }),
      ],
      relations: [
        {
          id: 'sum',
          type: 'sum',
          total: 'all',
          parts: ['a', 'b'],
          complete: true,
          source: { document: 'made-up.txt', line: 4 },
        },
      ],
    })

  it('"床位7200余张" is more than 7200 and less than 7300: 7250 fits, 7350 would not', () => {
    expect(problems(total('7200余张', '7200', 'more-than'))).toEqual([])
    expect(problems(total('7200张', '7200'))).toEqual([['sum-mismatch', 'sum']])
  })

  it('"0.7万张" printed in 万 stands for [6500, 7500): 7250 fits', () => {
    expect(problems(total('0.7万张', '7000'))).toEqual([])
  })

  it('"不足7000张" cannot hold 7250', () => {
    expect(problems(total('不足7000张', '7000', 'under'))).toEqual([['sum-mismatch', 'sum']])
  })
})

describe('6. adjusted and summed numerators', () => {
  const ratioPlan = (share?: string, numerator: string | string[] = 'physicians') =>
    plan({
      figures: [
        fig('ratio', 'ratio', '1.02', { printed: '1:1.02', indicator: 'ratio' }),
        fig('nurses', 'count', '2448', { indicator: 'nurses' }),
        fig('physicians', 'count', '2000', { indicator: 'physicians' }),
        fig('assistants', 'count', '400', { indicator: 'assistants' }),
      ],
      relations: [
        {
          id: 'rel',
          type: 'ratio-of',
          ratio: 'ratio',
          numerator: 'nurses',
          denominator: numerator,
          ...(share ? { numeratorShare: share } : {}),
          source: { document: 'made-up.txt', line: 5 },
        },
      ],
    })

  it('1:1.02 is 2448 nurses over physicians + assistants (2400), not over 2000 alone', () => {
    expect(problems(ratioPlan(undefined, ['physicians', 'assistants']))).toEqual([])
    expect(problems(ratioPlan())).toEqual([['ratio-mismatch', 'rel']])
  })

  it('a share of the numerator (按85%在岗计算) is applied before dividing', () => {
    // 85% of 2448 = 2080.8; over 2000 physicians: 1:1.04, not 1:1.02
    const [f] = findings(ratioPlan('85%'), 'ratio-mismatch')
    expect(f?.numbers.recomputed).toBe('1.0404')
  })
})

describe('7. one stock through two bases', () => {
  const twoBases = (registered: string) =>
    plan({
      figures: [
        fig('res', 'rate', '2.48', { per: '1000', base: 'resident' }),
        fig('reg', 'rate', registered, { per: '1000', base: 'registered' }),
      ],
      bases: [base('r', '2000000'), base('h', '1728000', 'registered')],
    })

  it('2.48 per 1,000 of 2,000,000 residents and 2.87 per 1,000 of 1,728,000 registered are one stock (about 4960)', () => {
    expect(findings(twoBases('2.87'), 'cross-base-conflict')).toEqual([])
  })

  it('2.97 per 1,000 registered would be 5132 beds: not the same stock', () => {
    expect(findings(twoBases('2.97'), 'cross-base-conflict')).toHaveLength(1)
  })
})

it('8. a lone count and rate report the population they imply, as information only', () => {
  // seed 003 L143: 9160 beds at 4.58 per 1,000
  const a = auditPlan(
    plan({
      figures: [
        fig('n', 'count', '9160'),
        fig('r', 'rate', '4.58', { per: '1000', base: 'resident' }),
      ],
    }),
  )
  expect(a.counts).toEqual({ error: 0, warning: 0, info: 1 })
  expect(a.findings[0]?.numbers.interval?.lo).toBe('1997818.974918211559432933478735005452563')
})
