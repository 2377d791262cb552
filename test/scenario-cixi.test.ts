/**
 * Scenarios on the real Cixi 2021–2025 plan (fixtures/cixi-2021-2025.json, seed 003):
 * a lower population, a growth path from 2020, a tornado table and Monte Carlo runs.
 *
 * seed 003 = /work/shared/seeds/003_060dd4848616d4d7.txt
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import type { Evaluation } from '../src/plan/result.js'
import { compareScenarios } from '../src/scenario/compare.js'
import { evaluateScenario } from '../src/scenario/evaluate.js'
import { monteCarlo } from '../src/scenario/monte-carlo.js'
import { sensitivity } from '../src/scenario/sensitivity.js'
import { yearlyTable } from '../src/scenario/yearly-table.js'

const cixi = loadPlan(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
  ),
)
const plain = evaluatePlan(cixi)
const count = (ev: Evaluation, rule: string) => ev.rules.find((r) => r.rule === rule)?.count

// 1,950,000 residents instead of the 2,000,000 the plan implies (9160 / 4.58 × 1000, seed 003 L143).
const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }

describe('a scenario with 1,950,000 residents in 2025', () => {
  const ev = evaluateScenario(cixi, low)

  it('gives the per-capita counts on 1,950,000', () => {
    expect(count(ev, 'beds-per-1000')).toBe(8931) // 4.58 × 1950 = 8931 (seed 003 L143)
    expect(count(ev, 'physicians-per-1000')).toBe(7118) // 3.65 × 1950 = 7117.5 → 7118 (L688)
    expect(count(ev, 'nurses-per-1000')).toBe(8190) // 4.2 × 1950 (L688)
  })

  it('gives ambulances on 300% of 1,950,000 and the compound negative-pressure minimum', () => {
    // 3 × 1,950,000 = 5,850,000; / 30,000 = 195; max(ceil(0.2 × 195), 2) = 39 (seed 003 L706)
    expect(count(ev, 'ambulances-per-30000')).toBe(195)
    expect(ev.rules.find((r) => r.rule === 'ambulances-per-30000')?.base?.value).toBe('5850000')
    expect(count(ev, 'negative-pressure-ambulances')).toBe(39)
  })

  it('says where the population came from', () => {
    const b = ev.rules.find((r) => r.rule === 'beds-per-1000')?.base
    expect(b).toMatchObject({ id: 'resident-2025', value: '1950000', vintage: 'projection' })
  })

  it('compared with the plan as written, lists every rule with its differences', () => {
    const cmp = compareScenarios(cixi, [{ id: 'plan' }, low])
    expect(cmp.scenarios).toEqual(['plan', 'low'])
    expect(cmp.rows.map((r) => r.rule)).toEqual(plain.rules.map((r) => r.rule))
    const row = (id: string) => cmp.rows.find((r) => r.rule === id)
    const beds = row('beds-per-1000')
    expect(beds?.changed).toBe(true)
    expect(beds?.values[0]).toMatchObject({ scenario: 'plan', count: 9160, countDifference: 0 })
    expect(beds?.values[1]).toMatchObject({
      scenario: 'low',
      exact: '8931',
      count: 8931,
      exactDifference: '-229',
      countDifference: -229,
    })
    expect(row('physicians-per-1000')?.values[1]).toMatchObject({
      exactDifference: '-182.5', // 7117.5 − 7300
      countDifference: -182, // 7118 − 7300
    })
    expect(row('nurses-per-1000')?.values[1]?.countDifference).toBe(-210)
    expect(row('ambulances-per-30000')?.values[1]?.countDifference).toBe(-5)
    expect(row('negative-pressure-ambulances')?.values[1]?.countDifference).toBe(-1)
    // Rules on facilities' beds do not depend on the population: listed, unchanged.
    const iiia = row('hts-per-bed-iii-a')
    expect(iiia?.changed).toBe(false)
    expect(iiia?.values.map((v) => v.count)).toEqual([4250, 4250])
    expect(iiia?.values[1]?.countDifference).toBe(0)
    expect(Object.isFrozen(cmp) && Object.isFrozen(cmp.rows[0])).toBe(true)
  })
})

describe('a growth path from 1,829,488 (2020) to the plan’s 2,000,000 (2025)', () => {
  const growth = {
    id: 'growth',
    populations: [
      {
        base: 'resident-2025',
        growth: { fromYear: 2020, fromValue: '1829488', toYear: 2025 },
      },
    ],
  }
  const table = yearlyTable(cixi, growth, { fromYear: 2020, toYear: 2025 })
  const cell = (year: number, rule: string) =>
    table.rows.find((r) => r.year === year)?.rules.find((c) => c.rule === rule)

  it('has one row per year, 2020 to 2025', () => {
    expect(table.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025])
  })

  it('ends on the plain evaluation in 2025', () => {
    const row = table.rows.find((r) => r.year === 2025)
    expect(cell(2025, 'beds-per-1000')?.count).toBe(9160)
    for (const c of row?.rules ?? []) {
      const r = plain.rules.find((x) => x.rule === c.rule)
      expect([c.rule, c.status, c.exact, c.count]).toEqual([c.rule, r?.status, r?.exact, r?.count])
    }
  })

  it('computes 2020 on 1,829,488', () => {
    const beds = cell(2020, 'beds-per-1000')
    expect(beds?.population).toMatchObject({ value: '1829488', origin: 'scenario', exact: true })
    expect(beds?.exact).toBe('8379.05504') // 4.58 × 1829.488
    expect(beds?.count).toBe(8380)
    expect(cell(2020, 'physicians-per-1000')?.count).toBe(6678) // 3.65 × 1829.488 = 6677.6312
    // The ambulance base is 300% of residents in every year: 5,488,464 / 30,000 = 182.9488 → 183
    const amb = cell(2020, 'ambulances-per-30000')
    expect(amb?.population).toMatchObject({ value: '5488464', factor: '3' })
    expect(amb?.count).toBe(183)
    // CDC staff follow their trajectory: 1.022 per 10,000 in 2020 (seed 003 L691)
    expect(cell(2020, 'cdc-staff-per-10000')).toMatchObject({
      value: '1.022',
      valueFrom: 'trajectory',
      exact: '186.9736736',
      count: 187,
    })
  })

  it('grows the population geometrically in between, rounded to 20 places and marked inexact', () => {
    const pops = table.rows.map((r) => r.rules.find((c) => c.rule === 'beds-per-1000')?.population)
    expect(pops.map((p) => p?.exact)).toEqual([true, false, false, false, false, true])
    expect(pops[1]?.value).toBe('1862385.79848341124667475457')
    expect(pops[1]?.from).toBe('resident-2025.2021')
    const counts = table.rows.map((r) => r.rules.find((c) => c.rule === 'beds-per-1000')?.count)
    expect(counts).toEqual([8380, 8530, 8684, 8840, 8999, 9160])
  })

  it('agrees with the evaluation’s own trajectory of CDC staff, 2021–2024', () => {
    const ev = evaluateScenario(cixi, growth)
    const points = ev.rules.find((r) => r.rule === 'cdc-staff-per-10000')?.trajectory ?? []
    expect(points.map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025])
    for (const p of points) {
      expect([p.value, p.exact, p.count]).toEqual([
        cell(p.year, 'cdc-staff-per-10000')?.value,
        cell(p.year, 'cdc-staff-per-10000')?.exact,
        cell(p.year, 'cdc-staff-per-10000')?.count,
      ])
    }
  })

  it('says base-missing for a year with no population', () => {
    const t = yearlyTable(cixi, growth, { fromYear: 2019, toYear: 2019 })
    const beds = t.rows[0]?.rules.find((c) => c.rule === 'beds-per-1000')
    expect(beds).toMatchObject({ status: 'base-missing', count: null })
    expect(beds?.missing).toBe('resident population for 2019')
  })
})

describe('the tornado table of health-technical staff', () => {
  const tornado = sensitivity(cixi, { percent: '10', outputs: ['health-technical-staff'] })
  const table = tornado.tables[0]

  it('ranks rules by their effect on the summed health-technical staff', () => {
    expect(tornado.tables.map((t) => t.output)).toEqual(['health-technical-staff'])
    // 14656 (hts-per-bed) + 180 (CDC) + 4250 (III-A) + 1361 (III-B) + 1570 (II) = 22017
    expect(table?.base).toBe(22017)
    const top = table?.rows.slice(0, 5).map((r) => [r.rule, r.low, r.high, r.swing])
    expect(top).toEqual([
      // 4.58 ± 10% beds → 1.60 staff per bed: 8244 × 1.6, 10076 × 1.6
      ['beds-per-1000', 20552, 23483, 2931],
      ['hts-per-bed', 20552, 23483, 2931],
      ['hts-per-bed-iii-a', 21592, 22442, 850],
      ['hts-per-bed-ii', 21860, 22174, 314],
      ['hts-per-bed-iii-b', 21880, 22153, 273],
    ])
    const swings = table?.rows.map((r) => r.swing) ?? []
    expect([...swings].sort((a, b) => b - a)).toEqual(swings)
    const beds = table?.rows[0]
    expect(beds).toMatchObject({ value: '4.58', lowValue: '4.122', highValue: '5.038' })
  })

  it('lists rules that do not touch the output with a swing of 0', () => {
    const nurses = table?.rows.find((r) => r.rule === 'nurses-per-1000')
    expect(nurses).toMatchObject({ low: 22017, base: 22017, high: 22017, swing: 0 })
  })

  it('changes nothing at 0%', () => {
    const zero = sensitivity(cixi, { percent: '0' })
    expect(zero.tables.length).toBeGreaterThan(5)
    for (const t of zero.tables) {
      for (const r of t.rows) expect([r.low, r.high, r.swing]).toEqual([t.base, t.base, 0])
    }
  })
})

describe('Monte Carlo over the plan’s ranges and a population range', () => {
  const options = {
    runs: 500,
    seed: 20250101,
    populations: [{ base: 'resident-2025', lo: '1900000', hi: '2100000' }],
  }
  const first = monteCarlo(cixi, options)

  it('is reproducible: the same seed gives identical output', () => {
    expect(monteCarlo(cixi, options)).toEqual(first)
  })

  it('draws the range rules and the population', () => {
    expect(first.sampled).toEqual({
      rules: ['chc-physicians-per-10000', 'supervision-staff-per-10000'],
      populations: ['resident-2025'],
    })
    const beds = first.rules.find((r) => r.rule === 'beds-per-1000')
    // 4.58 per 1,000 of [1,900,000, 2,100,000): counts within [8702, 9618]
    expect(beds?.runs).toBe(500)
    expect(beds?.min).toBeGreaterThanOrEqual(8702)
    expect(beds?.max).toBeLessThanOrEqual(9618)
    expect(beds?.p5).toBeLessThanOrEqual(beds?.p50 ?? 0)
    expect(beds?.p50).toBeLessThanOrEqual(beds?.p95 ?? 0)
    // A rule on facilities' beds does not move.
    const iiia = first.rules.find((r) => r.rule === 'hts-per-bed-iii-a')
    expect([iiia?.min, iiia?.p50, iiia?.max]).toEqual([4250, 4250, 4250])
  })

  it('gives other percentiles for another seed (for these two seeds)', () => {
    const other = monteCarlo(cixi, { ...options, seed: 7 })
    const p50 = (mc: typeof first) => mc.rules.find((r) => r.rule === 'beds-per-1000')?.p50
    expect(p50(other)).not.toBe(p50(first))
  })

  it('without populations, draws only the ranges: 5–6 physicians per 10,000 of 2,000,000', () => {
    const mc = monteCarlo(cixi, { runs: 300, seed: 1 })
    const chc = mc.rules.find((r) => r.rule === 'chc-physicians-per-10000')
    expect(chc?.min).toBeGreaterThanOrEqual(1000)
    expect(chc?.max).toBeLessThanOrEqual(1200)
    expect(mc.rules.find((r) => r.rule === 'beds-per-1000')).toMatchObject({ min: 9160, max: 9160 })
  })
})

describe('work is bounded before it starts', () => {
  it('monteCarlo refuses 100,000 runs of Cixi: 614 rule evaluations a run (102 rules, 56 facilities) × 100,000', () => {
    let code: unknown
    try {
      monteCarlo(cixi, { runs: 100_000, seed: 1 })
    } catch (e) {
      code = [(e as { code: string }).code, (e as { path: unknown }).path]
    }
    expect(code).toEqual(['work-too-large', ['options', 'runs']])
    // 32,573 runs × 614 = 19,999,822: within the budget, so not refused up front
    expect(() => monteCarlo(cixi, { runs: 1, seed: 1 })).not.toThrow()
  })

  it('sensitivity refuses a table of 500 facility rules over 100 facilities: 2 × 500 × 50,500 evaluations', () => {
    const src = { document: 'test' }
    const facilities = Array.from({ length: 100 }, (_, i) => ({
      id: `h${i}`,
      name: `H${i}`,
      category: 'general',
      grade: 'II',
      gradePrinted: '二级',
      owner: null,
      openBeds: { '2025': '100' },
      source: src,
    }))
    const rules = Array.from({ length: 500 }, (_, i) => ({
      id: `r${i}`,
      label: { zh: `规则${i}` },
      type: 'ratio',
      quantity: 'nurses',
      comparator: 'ge',
      rounding: 'ceil',
      year: 2025,
      from: { kind: 'facilities', scope: {}, beds: 'open' },
      fromQuantity: 'beds',
      value: '0.6',
      source: src,
    }))
    const plan = {
      version: 2,
      id: 'big',
      title: { zh: '大' },
      jurisdiction: { zh: '测试' },
      period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
      document: { file: 'test', title: 'test', issuer: null, date: null },
      bases: [],
      rules,
      facilities,
      stocks: [],
      figures: [],
    }
    expect(() => sensitivity(plan, { percent: '10' })).toThrow(
      expect.objectContaining({ code: 'work-too-large' }),
    )
  })
})
