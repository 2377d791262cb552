/**
 * One engine: plans are evaluated by the same arithmetic as the public derivations, version-1
 * plans load with the results they always had, and three defects of the former evaluator are
 * gone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compoundMinimum } from '../src/derive/compound-minimum.js'
import { throughRatio } from '../src/derive/through-ratio.js'
import { totalFromRate } from '../src/derive/total-from-rate.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import type { RuleResult } from '../src/plan/result.js'
import { base } from '../src/population/base.js'
import { rate } from '../src/quantity/rate.js'
import { ratio } from '../src/quantity/ratio.js'
import { share } from '../src/quantity/share.js'

const here = import.meta.dirname
const read = (...p: string[]) => JSON.parse(readFileSync(join(here, ...p), 'utf8'))
const SEEDS = [
  'cixi-2016-2020',
  'longhu-2016-2020',
  'fenghua-2021-2025',
  'cixi-2021-2025',
  'haishu-2021-2025',
] as const
const src = { document: 'test' }

/** What the former evaluator (release 0.1.0) gave for every rule of the five seeds. */
type Pinned = Record<string, { status: string; exact: string | null; count: number | null }>
const pinned = read('fixtures-v1', 'counts-0.1.0.json') as Record<string, Pinned>

const summary = (r: RuleResult) => ({
  status: r.status,
  exact: r.exact,
  count: r.count,
  min: r.min?.count ?? null,
  max: r.max?.count ?? null,
})

describe('version-1 plans load and give the results they always had', () => {
  for (const seed of SEEDS) {
    it(`${seed}: every rule's status, exact value and count as the 0.1.0 evaluator gave them`, () => {
      const ev = evaluatePlan(read('fixtures-v1', `${seed}.json`))
      const got: Record<string, unknown> = {}
      for (const r of ev.rules) got[r.rule] = summary(r)
      // stated levels now stand apart: 0.1.0 listed them as rules with nothing derived
      for (const l of ev.levels) {
        got[l.rule] = { status: 'no-derivation', exact: null, count: null, min: null, max: null }
      }
      expect(got).toEqual(pinned[seed])
    })

    it(`${seed}: the version-1 file and its version-2 migration evaluate identically`, () => {
      const v1 = evaluatePlan(read('fixtures-v1', `${seed}.json`))
      const v2 = evaluatePlan(read('..', 'fixtures', `${seed}.json`))
      expect(v1).toEqual(v2)
    })
  }

  it('migrates a share to "20%", tags from, drops a null nature and moves levels apart', () => {
    const plan = loadPlan(read('fixtures-v1', 'cixi-2021-2025.json'))
    const np = plan.rules.find((r) => r.id === 'negative-pressure-ambulances')
    expect(np).toMatchObject({
      type: 'share',
      value: '20%', // seed 003 L706: 负压救护车比例不低于20%且不少于2辆
      floor: '2',
      from: { kind: 'rule', id: 'ambulances-per-30000' },
    })
    expect(plan.version).toBe(2)
    expect(plan.rules.some((r) => (r as { type: string }).type === 'level')).toBe(false)
    expect(plan.levels.length).toBe(48)
  })
})

/** A small version-1 plan around one rule, with a stock of 6 ambulances. */
const ambulancePlan = (rounding: string) => ({
  id: 'np',
  title: { zh: '负压救护车' },
  jurisdiction: { zh: '测试' },
  period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
  document: { file: 'test', title: 'test', issuer: null, date: null },
  bases: [],
  rules: [
    {
      id: 'np',
      label: { zh: '负压救护车比例不低于20%且不少于2辆' },
      type: 'share',
      quantity: 'negative-pressure-ambulances',
      fromQuantity: 'ambulances',
      from: { stock: 'ambulances-2025' },
      comparator: 'ge',
      nature: null,
      rounding,
      year: 2025,
      percent: '20',
      floor: '2',
      source: src,
    },
  ],
  facilities: [],
  stocks: [
    { id: 'ambulances-2025', quantity: 'ambulances', value: '6', year: 2025, source: src },
    {
      id: 'np-2025',
      quantity: 'negative-pressure-ambulances',
      value: '1',
      year: 2025,
      rule: 'np',
      source: src,
    },
  ],
  figures: [],
})

describe('the defects of the former evaluator are gone', () => {
  it('a range ratio over facilities gives each facility its two ends, not 0', () => {
    // seed 002 L212: 按200-250张实际使用病床至少配备1名 = 4 to 5 per 1,000 beds
    const ev = evaluatePlan(read('..', 'fixtures', 'fenghua-2021-2025.json'))
    const rule = ev.rules.find((r) => r.rule === 'infection-control-staff-per-beds')
    const complex = rule?.facilities?.find((f) => f.facility === 'health-complex')
    expect(complex).toMatchObject({ from: '1000', exact: null, count: null })
    expect(complex?.min).toEqual({ exact: '4', count: 4 })
    expect(complex?.max).toEqual({ exact: '5', count: 5 })
    const tcm = rule?.facilities?.find((f) => f.facility === 'tcm-hospital-relocation')
    expect([tcm?.min, tcm?.max]).toEqual([
      { exact: '2.4', count: 3 },
      { exact: '3', count: 3 },
    ])
    // 2,500 open beds in all: 10 to 12.5 staff
    const grade = ev.grades
      .flatMap((g) => g.requirements)
      .find((q) => q.rule === 'infection-control-staff-per-beds')
    expect(grade?.min?.exact).toBe('10')
    expect(grade?.max?.exact).toBe('12.5')
    expect(grade?.aggregate).toBeNull()
  })

  it('a share with an absolute floor keeps the floor under rounding "none": 6 ambulances need 2', () => {
    for (const rounding of ['none', 'ceil', 'half-up']) {
      const np = evaluatePlan(ambulancePlan(rounding)).rules[0]
      expect(np).toMatchObject({ exact: '1.2', count: 2, binding: 'both', rounding: 'ceil' })
      expect(np?.gap).toMatchObject({ required: '2', stock: '1', status: 'short', by: '1' })
    }
  })

  it('a banded rule shows its bands as its value, and 400 beds need 560 staff, 392 technical', () => {
    // DOMAIN.md §6: 1978 编制原则 300–500 beds 1:1.40–1.50; 400 × 1.4 = 560, × 70% = 392
    const plan = {
      ...ambulancePlan('ceil'),
      version: 2,
      norms: [{ set: 'bianzhi-1978', year: 2025 }],
      rules: [],
      stocks: [],
      facilities: [
        {
          id: 'h',
          name: 'H',
          category: 'general',
          grade: 'II-A',
          gradePrinted: '二级甲等',
          owner: null,
          openBeds: { '2025': '400' },
          source: src,
        },
      ],
    }
    const ev = evaluatePlan(plan)
    const staff = ev.rules.find((r) => r.rule === 'bianzhi-1978.staff-by-size')
    expect(staff?.value).toBe('1.30-1.40 / 1.40-1.50 / 1.60-1.70')
    expect(staff?.count).toBe(560)
    expect([staff?.min?.count, staff?.max?.count]).toEqual([560, 600])
    expect(staff?.facilities?.[0]?.band).toBe('300-500张床位的按1:1.40-1.50计算')
    const tech = ev.rules.find((r) => r.rule === 'bianzhi-1978.health-technical-share')
    expect(tech?.count).toBe(392)
  })
})

/** A version-2 plan: one base, a per-capita rule, a 1:x ratio on it, a share with a floor. */
function chain(p: {
  population: number
  per: number
  value: string
  ratioValue: string
  percent: number
  floor: number
}) {
  return {
    version: 2,
    id: 'chain',
    title: { zh: '链' },
    jurisdiction: { zh: '测试' },
    period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
    document: { file: 'test', title: 'test', issuer: null, date: null },
    bases: [
      {
        id: 'r',
        kind: 'resident',
        value: String(p.population),
        year: 2025,
        vintage: 'estimate',
        source: src,
      },
    ],
    rules: [
      {
        id: 'physicians',
        label: { zh: '医师' },
        type: 'per-capita',
        quantity: 'physicians',
        comparator: 'ge',
        rounding: 'ceil',
        year: 2025,
        value: p.value,
        per: String(p.per),
        base: 'resident',
        source: src,
      },
      {
        id: 'nurses',
        label: { zh: '护士' },
        type: 'ratio',
        quantity: 'nurses',
        comparator: 'ge',
        rounding: 'ceil',
        year: 2025,
        from: { kind: 'rule', id: 'physicians' },
        fromQuantity: 'physicians',
        value: p.ratioValue,
        source: src,
      },
      {
        id: 'share',
        label: { zh: '比例' },
        type: 'share',
        quantity: 'negative-pressure-ambulances',
        comparator: 'ge',
        rounding: 'ceil',
        year: 2025,
        from: { kind: 'rule', id: 'nurses' },
        fromQuantity: 'nurses',
        value: `${p.percent}%`,
        floor: String(p.floor),
        source: src,
      },
    ],
    facilities: [],
    stocks: [],
    figures: [],
  }
}

const decimalText = (maxUnits: number, places: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxUnits }), fc.integer({ min: 0, max: 10 ** places - 1 }))
    .map(([u, f]) => (places === 0 ? String(u) : `${u}.${String(f).padStart(places, '0')}`))

describe('evaluatePlan computes what the public derivations compute', () => {
  it('for any chain of per-capita rate, 1:x ratio and share with a floor, evaluatePlan = totalFromRate → throughRatio → compoundMinimum', () => {
    fc.assert(
      fc.property(
        fc.record({
          population: fc.integer({ min: 1, max: 50_000_000 }),
          per: fc.constantFrom(1000, 10_000, 100_000, 30_000),
          value: decimalText(20, 2),
          // the public ratio() refuses 1:0
          ratioValue: decimalText(3, 3).filter((v) => /[1-9]/.test(v)),
          percent: fc.integer({ min: 0, max: 100 }),
          floor: fc.integer({ min: 0, max: 50 }),
        }),
        (p) => {
          const ev = evaluatePlan(chain(p))
          const [physicians, nurses, np] = ev.rules
          const residents = base.resident(p.population, { year: 2025, vintage: 'estimate' })
          const r = rate('physicians', p.value, { per: p.per, base: 'resident' })
          const t = totalFromRate(r, residents, { rounding: 'ceil' })
          expect([physicians?.exact, physicians?.count]).toEqual([t.exact, t.count])
          const n = throughRatio(t, ratio('physicians', 'nurses', p.ratioValue), {
            rounding: 'ceil',
          })
          expect([nurses?.exact, nurses?.count]).toEqual([n.exact, n.count])
          const s = share('negative-pressure-ambulances', 'nurses', `${p.percent}%`)
          const m = compoundMinimum(n, s, p.floor)
          expect([np?.exact, np?.count, np?.binding]).toEqual([m.shareExact, m.count, m.binding])
        },
      ),
      { numRuns: 1000 },
    )
  })
})
