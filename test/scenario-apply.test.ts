/**
 * Applying scenarios: the scenario format (plain JSON, strict), overrides of populations (value,
 * series, growth), rules and rounding, and the typed errors with paths into the scenario. Runs
 * on a small inline plan shaped like Cixi 2021–2025 (seed 003): 2,000,000 residents in 2025,
 * ambulances on 300% of them, beds and staff per 1,000, a range rule, a trajectory, a rule on one
 * facility's beds, and a 2020 census base.
 */
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import { nearestRankIndex } from '../src/kernel/ranks.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import type { Evaluation } from '../src/plan/result.js'
import { applyScenario, applyScenarioDetailed, projectedBaseId } from '../src/scenario/apply.js'
import { compareScenarios } from '../src/scenario/compare.js'
import { evaluateScenario } from '../src/scenario/evaluate.js'
import { loadScenario } from '../src/scenario/load.js'
import { monteCarlo } from '../src/scenario/monte-carlo.js'
import { mulberry32, unitDecimal } from '../src/scenario/prng.js'
import { sensitivity } from '../src/scenario/sensitivity.js'
import { yearlyTable } from '../src/scenario/yearly-table.js'

const src = (line: number) => ({ document: 'inline', line })
const common = (id: string, line: number) => ({
  id,
  label: { zh: id },
  nature: null,
  year: 2025,
  source: src(line),
})

/** A fresh copy of the inline plan (plain JSON). */
function scenarioPlan() {
  return {
    id: 'inline',
    title: { zh: '测试规划' },
    jurisdiction: { zh: '测试市' },
    period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
    document: { file: 'inline.txt', title: 'inline', issuer: null, date: null },
    bases: [
      {
        id: 'resident-2025',
        kind: 'resident',
        value: '2000000',
        year: 2025,
        vintage: 'derived',
        source: src(1),
      },
      {
        id: 'resident-2020',
        kind: 'resident',
        value: '1829488',
        year: 2020,
        vintage: 'census-7',
        source: src(2),
      },
      {
        id: 'ambulance-base',
        kind: 'service',
        year: 2025,
        vintage: 'derived',
        from: 'resident-2025',
        multiplier: '3',
        source: src(3),
      },
    ],
    rules: [
      {
        ...common('beds', 10),
        type: 'per-capita',
        quantity: 'beds',
        comparator: 'eq',
        rounding: 'ceil',
        value: '4.58',
        per: '1000',
        base: 'resident',
      },
      {
        ...common('physicians', 11),
        type: 'per-capita',
        quantity: 'physicians',
        comparator: 'eq',
        rounding: 'ceil',
        value: '3.65',
        per: '1000',
        base: 'resident',
      },
      {
        ...common('hts', 12),
        type: 'ratio',
        quantity: 'health-technical-staff',
        fromQuantity: 'beds',
        from: { rule: 'beds' },
        comparator: 'eq',
        rounding: 'ceil',
        value: '1.60',
      },
      {
        ...common('cdc', 13),
        type: 'per-capita',
        quantity: 'staff',
        comparator: 'eq',
        rounding: 'ceil',
        value: '1.2775',
        per: '10000',
        base: 'resident',
        trajectory: { fromYear: 2020, fromValue: '1.022', method: 'linear' },
      },
      {
        ...common('chc-physicians', 14),
        type: 'per-capita',
        quantity: 'physicians',
        comparator: 'eq',
        rounding: 'ceil',
        range: { min: '5', max: '6' },
        per: '10000',
        base: 'resident',
      },
      {
        ...common('ambulances', 15),
        type: 'per-capita',
        quantity: 'ambulances',
        comparator: 'eq',
        rounding: 'ceil',
        value: '1',
        per: '30000',
        base: 'service',
        baseId: 'ambulance-base',
      },
      {
        ...common('negative-pressure', 16),
        type: 'share',
        quantity: 'negative-pressure-ambulances',
        fromQuantity: 'ambulances',
        from: { rule: 'ambulances' },
        comparator: 'ge',
        rounding: 'ceil',
        percent: '20',
        floor: '2',
      },
      {
        ...common('hts-iii-a', 17),
        type: 'ratio',
        quantity: 'health-technical-staff',
        fromQuantity: 'beds',
        from: { facilities: { grades: ['III-A'] }, beds: 'open' },
        comparator: 'ge',
        rounding: 'ceil',
        value: '1.25',
      },
      {
        ...common('alos', 18),
        type: 'level',
        quantity: 'average-length-of-stay',
        unit: '天',
        comparator: 'le',
        rounding: 'none',
        value: '7.0',
      },
    ],
    facilities: [
      {
        id: 'renmin',
        name: '人民医院',
        category: 'general',
        grade: 'III-A',
        gradePrinted: '三级甲等',
        owner: 'public',
        openBeds: { '2020': '1500', '2025': '2000' },
        source: src(20),
      },
    ],
    stocks: [],
    figures: [],
  }
}

const D = Decimal.clone({ precision: 60 })
const count = (ev: Evaluation, rule: string) => ev.rules.find((r) => r.rule === rule)?.count

/** The code and path of the BedstaffError `fn` throws. */
function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn()
  } catch (e) {
    if (e instanceof BedstaffError) return { code: e.code, path: e.path }
    throw e
  }
  throw new Error('expected a BedstaffError')
}

const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }

describe('scenarios are plain JSON', () => {
  const s = {
    id: 'mixed',
    label: '低增长，医师 3.8',
    populations: [
      { base: 'resident-2025', growth: { fromYear: 2020, fromValue: '1829488', rate: '0.0181' } },
    ],
    rules: [
      { rule: 'physicians', value: '3.8' },
      { rule: 'negative-pressure', percent: '40' },
    ],
    rounding: [{ rule: 'physicians', rounding: 'floor' }],
  }

  it('write a percent one way everywhere: "1.81%" growth is "0.0181", a share "40%" is percent "40"', () => {
    const percent = {
      ...s,
      populations: [
        { base: 'resident-2025', growth: { fromYear: 2020, fromValue: '1829488', rate: '1.81%' } },
      ],
      rules: [
        { rule: 'physicians', value: '3.8' },
        { rule: 'negative-pressure', value: '40%' },
      ],
    }
    expect(evaluateScenario(scenarioPlan(), percent)).toEqual(evaluateScenario(scenarioPlan(), s))
    const fraction = { ...percent, rules: [{ rule: 'negative-pressure', value: '0.4' }] }
    const np = (sc: unknown) =>
      evaluateScenario(scenarioPlan(), sc).rules.find((r) => r.rule === 'negative-pressure')?.count
    expect(np(fraction)).toBe(np(s))
  })

  it('survive JSON.stringify and JSON.parse with an equal result', () => {
    const again = JSON.parse(JSON.stringify(s))
    expect(loadScenario(again)).toEqual(loadScenario(s))
    expect(evaluateScenario(scenarioPlan(), again)).toEqual(evaluateScenario(scenarioPlan(), s))
    expect(JSON.parse(JSON.stringify(loadScenario(s)))).toEqual(s)
  })

  it('load frozen, and applying one mutates neither input', () => {
    const plan = scenarioPlan()
    const before = JSON.stringify([plan, s])
    const applied = applyScenario(plan, s)
    expect(JSON.stringify([plan, s])).toBe(before)
    expect(Object.isFrozen(applied) && Object.isFrozen(applied.bases[0])).toBe(true)
    expect(Object.isFrozen(loadScenario(s).rules?.[0])).toBe(true)
  })

  it('with no overrides, evaluate as the plan', () => {
    expect(evaluateScenario(scenarioPlan(), { id: 'plan' })).toEqual(evaluatePlan(scenarioPlan()))
  })
})

describe('a scenario is rejected with a typed error and a path into it', () => {
  const plan = scenarioPlan()
  it.each([
    ['an unknown top-level field', { id: 'x', colour: 'red' }, 'invalid-scenario', ['colour']],
    [
      'an unknown field in an override',
      { id: 'x', populations: [{ base: 'resident-2025', value: '1', foo: 1 }] },
      'invalid-scenario',
      ['populations', 0, 'foo'],
    ],
    [
      'an unknown base',
      { id: 'x', populations: [{ base: 'resident-2030', value: '1' }] },
      'unknown-reference',
      ['populations', 0, 'base'],
    ],
    [
      'an unknown rule',
      {
        id: 'x',
        rules: [
          { rule: 'beds', value: '4' },
          { rule: 'cots', value: '1' },
        ],
      },
      'unknown-reference',
      ['rules', 1, 'rule'],
    ],
    [
      'an unknown rule to round',
      { id: 'x', rounding: [{ rule: 'cots', rounding: 'floor' }] },
      'unknown-reference',
      ['rounding', 0, 'rule'],
    ],
    [
      'a base computed from another',
      { id: 'x', populations: [{ base: 'ambulance-base', value: '6000000' }] },
      'invalid-scenario',
      ['populations', 0, 'base'],
    ],
    [
      'both a value and a series',
      { id: 'x', populations: [{ base: 'resident-2025', value: '1', series: { '2024': '1' } }] },
      'invalid-scenario',
      ['populations', 0, 'series'],
    ],
    [
      'a base overridden twice',
      {
        id: 'x',
        populations: [
          { base: 'resident-2025', value: '1' },
          { base: 'resident-2025', value: '2' },
        ],
      },
      'invalid-scenario',
      ['populations', 1, 'base'],
    ],
    [
      'a percent for a per-capita rule',
      { id: 'x', rules: [{ rule: 'beds', percent: '20' }] },
      'invalid-scenario',
      ['rules', 0, 'percent'],
    ],
    [
      'a percent for a rule that is not a share',
      { id: 'x', rules: [{ rule: 'beds', value: '20%' }] },
      'invalid-number',
      ['rules', 0, 'value'],
    ],
    [
      'a range for a share',
      { id: 'x', rules: [{ rule: 'negative-pressure', range: { min: '0.2', max: '0.3' } }] },
      'invalid-level',
      ['rules', 0, 'range'],
    ],
    [
      'a range running downward',
      { id: 'x', rules: [{ rule: 'chc-physicians', range: { min: '6', max: '5' } }] },
      'invalid-scenario',
      ['rules', 0, 'range', 'max'],
    ],
    [
      'an unknown rounding mode',
      { id: 'x', rounding: [{ rule: 'beds', rounding: 'up' }] },
      'invalid-scenario',
      ['rounding', 0, 'rounding'],
    ],
    [
      'a negative population',
      { id: 'x', populations: [{ base: 'resident-2025', value: '-1' }] },
      'invalid-scenario',
      ['populations', 0, 'value'],
    ],
    [
      'a growth rate of -100%',
      {
        id: 'x',
        populations: [
          { base: 'resident-2025', growth: { fromYear: 2020, fromValue: '1', rate: '-1' } },
        ],
      },
      'invalid-scenario',
      ['populations', 0, 'growth', 'rate'],
    ],
    [
      'a growth path that runs backward',
      {
        id: 'x',
        populations: [
          { base: 'resident-2025', growth: { fromYear: 2026, fromValue: '1', rate: '0.01' } },
        ],
      },
      'invalid-year',
      ['populations', 0, 'growth', 'fromYear'],
    ],
    [
      'a geometric path that starts in the base year',
      {
        id: 'x',
        populations: [
          { base: 'resident-2025', growth: { fromYear: 2025, fromValue: '1', toYear: 2026 } },
        ],
      },
      'invalid-scenario',
      ['populations', 0, 'growth', 'fromYear'],
    ],
    [
      'a growth that leaves the supported range',
      {
        id: 'x',
        allowImplausible: true,
        populations: [
          { base: 'resident-2025', growth: { fromYear: 1900, fromValue: '1000000', rate: '1' } },
        ],
      },
      'number-out-of-range',
      ['populations', 0, 'growth'],
    ],
    [
      'a bare growth rate of "2", which would be 200% a year (meant as "2%")',
      {
        id: 'x',
        populations: [
          { base: 'resident-2025', growth: { fromYear: 2020, fromValue: '850000', rate: '2' } },
        ],
      },
      'implausible-value',
      ['populations', 0, 'growth', 'rate'],
    ],
    [
      'a malformed growth rate',
      {
        id: 'x',
        populations: [
          { base: 'resident-2025', growth: { fromYear: 2020, fromValue: '850000', rate: '4,5' } },
        ],
      },
      'invalid-scenario',
      ['populations', 0, 'growth', 'rate'],
    ],
    ['a prototype key', JSON.parse('{"id":"x","__proto__":{}}'), 'forbidden-key', ['__proto__']],
  ])('%s', (_what, scenario, code, path) => {
    expect(thrown(() => applyScenario(plan, scenario))).toEqual({ code, path })
  })
})

describe('population overrides', () => {
  it('a value replaces the base, and bases made from it follow', () => {
    const ev = evaluateScenario(scenarioPlan(), low)
    expect(count(ev, 'beds')).toBe(8931) // ceil(4.58 × 1950)
    expect(count(ev, 'ambulances')).toBe(195) // 3 × 1,950,000 / 30,000
    expect(count(ev, 'negative-pressure')).toBe(39)
    const b = applyScenario(scenarioPlan(), low).bases.find((x) => x.id === 'resident-2025')
    expect(b).toMatchObject({ value: '1950000', vintage: 'projection' })
    expect(b?.source.document).toBe('scenario:low')
    expect(b?.source.note).toContain('2000000')
  })

  it('a series adds one base per year, and replaces the plan base of a year that has one', () => {
    const s = {
      id: 'series',
      populations: [
        {
          base: 'resident-2025',
          series: { '2020': '1830000', '2021': '1850000', '2025': '1990000' },
        },
      ],
    }
    const { plan, projections } = applyScenarioDetailed(scenarioPlan(), s)
    const byId = new Map(plan.bases.map((b) => [b.id, b]))
    expect(projectedBaseId('resident-2025', 2021)).toBe('resident-2025.2021')
    expect(byId.get('resident-2025.2021')).toMatchObject({
      kind: 'resident',
      value: '1850000',
      year: 2021,
      vintage: 'projection',
    })
    // 2020 already has a resident base: it takes the value, so no year has two resident bases.
    expect(byId.has('resident-2025.2020')).toBe(false)
    expect(byId.get('resident-2020')?.value).toBe('1830000')
    expect(byId.get('resident-2025')?.value).toBe('1990000')
    expect(projections.get('resident-2025')?.get(2020)?.id).toBe('resident-2020')
    const t = yearlyTable(scenarioPlan(), s, { fromYear: 2020, toYear: 2022 })
    const beds = t.rows.map((r) => r.rules.find((c) => c.rule === 'beds'))
    expect(beds.map((c) => c?.count)).toEqual([8382, 8473, null]) // 4.58 × 1830, 4.58 × 1850
    expect(beds[2]?.status).toBe('base-missing')
  })

  it('growth at a rate is exact while the digits fit, then rounded and marked inexact', () => {
    const s = {
      id: 'rate',
      populations: [
        {
          base: 'resident-2025',
          growth: { fromYear: 2020, fromValue: '1829488', rate: '0.0181', toYear: 2026 },
        },
      ],
    }
    const { projections } = applyScenarioDetailed(scenarioPlan(), s)
    const years = projections.get('resident-2025')
    const exact = (n: number) => new D('1829488').times(new D('1.0181').pow(n)).toFixed()
    // 5 steps × 4 places = 20 places: exact; the 2025 value replaces the base's own.
    expect(years?.get(2025)?.population).toMatchObject({ value: exact(5), exact: true })
    expect(years?.get(2025)?.id).toBe('resident-2025')
    // 6 steps = 24 places: rounded half-up to 20.
    const six = new D(exact(6)).toDecimalPlaces(20, Decimal.ROUND_HALF_UP).toFixed()
    expect(years?.get(2026)?.population).toMatchObject({ value: six, exact: false })
    expect(years?.get(2020)?.population).toMatchObject({ value: '1829488', exact: true })
  })

  it('geometric growth keeps both ends exact and leaves the base as the plan gives it', () => {
    const s = {
      id: 'geo',
      populations: [{ base: 'resident-2025', growth: { fromYear: 2021, fromValue: '500000' } }],
    }
    const { plan, projections } = applyScenarioDetailed(scenarioPlan(), s)
    const years = projections.get('resident-2025')
    expect([...(years?.keys() ?? [])]).toEqual([2021, 2022, 2023, 2024])
    expect(years?.get(2021)?.population.value).toBe('500000')
    // 500,000 × 4^((year − 2021) / 4) up to 2,000,000 in 2025: 2022 is 500,000 × √2
    // = 707106.78118654752440084436|21… (rounded half-up to 20 places), 2023 is 500,000 × 2.
    expect(years?.get(2022)?.population).toMatchObject({
      value: '707106.78118654752440084436',
      exact: false,
    })
    expect(years?.get(2023)?.population.value).toBe('1000000')
    expect(plan.bases.find((b) => b.id === 'resident-2025')).toMatchObject({
      value: '2000000',
      vintage: 'derived',
    })
  })
})

describe('rule and rounding overrides', () => {
  it('replace a value, a range, a percent and a rounding mode', () => {
    const s = {
      id: 'rules',
      rules: [
        { rule: 'beds', value: '5' },
        { rule: 'chc-physicians', range: { min: '4', max: '4.5' } },
        { rule: 'physicians', range: { min: '3', max: '4' } },
        { rule: 'negative-pressure', percent: '40' },
      ],
      rounding: [{ rule: 'cdc', rounding: 'floor' }],
    }
    const ev = evaluateScenario(scenarioPlan(), s)
    const r = (id: string) => ev.rules.find((x) => x.rule === id)
    expect(r('beds')?.count).toBe(10000)
    expect(r('hts')?.count).toBe(16000) // follows the beds: 1.6 × 10000
    expect([r('chc-physicians')?.min?.count, r('chc-physicians')?.max?.count]).toEqual([800, 900])
    expect(r('physicians')).toMatchObject({ value: '3-4', count: null })
    expect(r('negative-pressure')?.count).toBe(80) // 40% of 200
    expect(r('cdc')).toMatchObject({ exact: '255.5', count: 255, rounding: 'floor' })
  })

  it('floor instead of ceil on 3.65 × 1950 = 7117.5 gives 7117', () => {
    const s = { ...low, rounding: [{ rule: 'physicians', rounding: 'floor' }] }
    expect(count(evaluateScenario(scenarioPlan(), s), 'physicians')).toBe(7117)
  })
})

describe('compareScenarios', () => {
  it('lists every rule in plan order, differences against the first scenario', () => {
    const cmp = compareScenarios(scenarioPlan(), [low, { id: 'plan' }])
    // stated levels (alos, a length of stay) derive nothing and are not compared
    const derivable = scenarioPlan().rules.filter((r: { type: string }) => r.type !== 'level')
    expect(cmp.rows.map((r) => r.rule)).toEqual(derivable.map((r: { id: string }) => r.id))
    expect(cmp.rows.some((r) => r.rule === 'alos')).toBe(false)
    const beds = cmp.rows.find((r) => r.rule === 'beds')
    expect(beds?.values.map((v) => v.countDifference)).toEqual([0, 229])
    const range = cmp.rows.find((r) => r.rule === 'chc-physicians')
    expect(range?.changed).toBe(true) // 975–1170 against 1000–1200
  })

  it('refuses an empty list and two scenarios with one id', () => {
    expect(thrown(() => compareScenarios(scenarioPlan(), []))).toEqual({
      code: 'invalid-options',
      path: ['scenarios'],
    })
    expect(thrown(() => compareScenarios(scenarioPlan(), [low, low]))).toEqual({
      code: 'invalid-scenario',
      path: ['scenarios', 1, 'id'],
    })
    const bad = { id: 'bad', rules: [{ rule: 'cots', value: '1' }] }
    expect(thrown(() => compareScenarios(scenarioPlan(), [low, bad]))).toEqual({
      code: 'unknown-reference',
      path: ['scenarios', 1, 'rules', 0, 'rule'],
    })
  })
})

describe('yearlyTable', () => {
  const t = yearlyTable(scenarioPlan(), { id: 'plan' }, { fromYear: 2020, toYear: 2025 })
  const cell = (year: number, rule: string) =>
    t.rows.find((r) => r.year === year)?.rules.find((c) => c.rule === rule)

  it('uses the plan base of a year when the scenario gives none', () => {
    expect(cell(2020, 'beds')?.population).toMatchObject({
      base: 'resident-2025',
      from: 'resident-2020',
      value: '1829488',
      origin: 'plan',
    })
    expect(cell(2020, 'beds')?.count).toBe(8380)
    expect(cell(2021, 'beds')?.status).toBe('base-missing')
  })

  it('takes rule values from the trajectory, and ranges as two ends', () => {
    expect(cell(2020, 'cdc')).toMatchObject({ value: '1.022', valueFrom: 'trajectory' })
    expect(cell(2025, 'cdc')).toMatchObject({ value: '1.2775', valueFrom: 'target', count: 256 })
    // 5–6 per 10,000 of 1,829,488: 914.744 → 915, 1097.6928 → 1098
    expect([cell(2020, 'chc-physicians')?.min, cell(2020, 'chc-physicians')?.max]).toEqual([
      { exact: '914.744', count: 915 },
      { exact: '1097.6928', count: 1098 },
    ])
  })

  it('lists only per-capita rules and refuses bad years', () => {
    expect(t.rows[0]?.rules.map((c) => c.rule)).toEqual([
      'beds',
      'physicians',
      'cdc',
      'chc-physicians',
      'ambulances',
    ])
    const opts = (fromYear: unknown, toYear: unknown) =>
      thrown(() => yearlyTable(scenarioPlan(), { id: 'p' }, { fromYear, toYear } as never))
    expect(opts(2025, 2020)).toEqual({ code: 'invalid-options', path: ['options', 'toYear'] })
    expect(opts(1800, 2020)).toEqual({ code: 'invalid-year', path: ['options', 'fromYear'] })
    expect(opts(2000, 2201)).toEqual({ code: 'invalid-year', path: ['options', 'toYear'] })
    const misspelt = { fromYear: 2020, to: 2025 } as never
    expect(thrown(() => yearlyTable(scenarioPlan(), { id: 'p' }, misspelt))).toEqual({
      code: 'invalid-options',
      path: ['options', 'to'],
    })
  })
})

describe('sensitivity options', () => {
  it('moves the chosen rules only, and sums per output', () => {
    const s = sensitivity(scenarioPlan(), { percent: '50', rules: ['hts', 'beds'] })
    expect(s.rules).toEqual(['beds', 'hts']) // plan order
    const hts = s.tables.find((t) => t.output === 'health-technical-staff')
    // 14656 + 2500 (2000 beds × 1.25) = 17156; beds ± 50%: 4580 × 1.6 = 7328, 13740 × 1.6 = 21984
    expect(hts?.base).toBe(17156)
    expect(hts?.rows.map((r) => [r.rule, r.low, r.high, r.swing])).toEqual([
      ['beds', 9828, 24484, 14656],
      ['hts', 9828, 24484, 14656],
    ])
  })

  it('refuses bad options with typed errors', () => {
    const plan = scenarioPlan()
    expect(thrown(() => sensitivity(plan, { percent: '101' }))).toEqual({
      code: 'invalid-options',
      path: ['options', 'percent'],
    })
    expect(thrown(() => sensitivity(plan, { percent: 'ten' }))).toEqual({
      code: 'invalid-number',
      path: ['options', 'percent'],
    })
    expect(thrown(() => sensitivity(plan, { percent: '10', rules: ['cots'] }))).toEqual({
      code: 'unknown-reference',
      path: ['options', 'rules', 0],
    })
    expect(thrown(() => sensitivity(plan, { percent: '10', rules: ['chc-physicians'] }))).toEqual({
      code: 'invalid-options',
      path: ['options', 'rules', 0],
    })
    expect(thrown(() => sensitivity(plan, { percent: '10', outputs: ['cots'] }))).toEqual({
      code: 'unknown-quantity-kind',
      path: ['options', 'outputs', 0],
    })
  })
})

describe('monteCarlo options and its generator', () => {
  const plan = scenarioPlan()
  it('refuses more than 100,000 runs, and bad seeds and populations', () => {
    expect(thrown(() => monteCarlo(plan, { runs: 100_001, seed: 1 }))).toEqual({
      code: 'too-many-runs',
      path: ['options', 'runs'],
    })
    for (const seed of [-1, 1.5, 2 ** 32]) {
      expect(thrown(() => monteCarlo(plan, { runs: 10, seed }))).toEqual({
        code: 'invalid-options',
        path: ['options', 'seed'],
      })
    }
    expect(thrown(() => monteCarlo(plan, { runs: 0, seed: 1 })).code).toBe('invalid-options')
    const pops = (populations: unknown) =>
      thrown(() => monteCarlo(plan, { runs: 10, seed: 1, populations } as never))
    expect(pops([{ base: 'nowhere', lo: '1', hi: '2' }])).toEqual({
      code: 'unknown-reference',
      path: ['options', 'populations', 0, 'base'],
    })
    expect(pops([{ base: 'resident-2025', lo: '3', hi: '2' }])).toEqual({
      code: 'invalid-options',
      path: ['options', 'populations', 0, 'hi'],
    })
    expect(pops([{ base: 'ambulance-base', lo: '1', hi: '2' }]).code).toBe('invalid-options')
    expect(pops([{ base: 'resident-2025', lo: '1', high: '2' }])).toEqual({
      code: 'invalid-options',
      path: ['options', 'populations', 0, 'high'],
    })
    const misspelt = { runs: 10, seed: 1, populaton: [] } as never
    expect(thrown(() => monteCarlo(plan, misspelt))).toEqual({
      code: 'invalid-options',
      path: ['options', 'populaton'],
    })
  })

  it('makes a single run when asked for one', () => {
    const one = monteCarlo(plan, { runs: 1, seed: 0 })
    const beds = one.rules.find((r) => r.rule === 'beds')
    expect(beds).toMatchObject({ runs: 1, p5: 9160, p50: 9160, p95: 9160, min: 9160, max: 9160 })
  })

  it('draws k / 2^32 exactly and repeats its sequence for a seed', () => {
    expect(unitDecimal(1).toFixed()).toBe('0.00000000023283064365386962890625')
    expect(unitDecimal(2 ** 32 - 1).lt(1)).toBe(true)
    const a = mulberry32(42)
    const b = mulberry32(42)
    const xs = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(xs)
    for (const x of xs) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true)
  })

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    const at = (xs: readonly number[], p: number) => xs[nearestRankIndex(xs.length, p)]
    expect([5, 50, 95].map((p) => at(sorted, p))).toEqual([5, 50, 95])
    expect(at([7, 8, 9], 5)).toBe(7)
    expect(at([7, 8, 9], 50)).toBe(8)
    expect(at([7, 8, 9], 95)).toBe(9)
  })
})
