/**
 * Laws of scenarios, checked with fast-check on the real Cixi 2021–2025 plan
 * (fixtures/cixi-2021-2025.json, seed 003).
 *
 * seed 003 = /work/shared/seeds/003_060dd4848616d4d7.txt
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../src/decimal.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import type { RuleResult } from '../src/plan/result.js'
import { evaluateScenario } from '../src/scenario/evaluate.js'
import { sensitivity } from '../src/scenario/sensitivity.js'

const RUNS = { numRuns: 1000 }
const TIMEOUT = 120_000

const cixi = loadPlan(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
  ),
)
const plain = evaluatePlan(cixi)

// Populations as a planner writes them: whole persons from 1 to 10^10, sometimes with up to
// four decimals (a derived population such as 9160 / 4.58 × 1000 can carry some).
const population = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, k]) => new Dec(n).div(new Dec(10).pow(k)).toFixed())
  .filter((p) => new Dec(p).gt(0))

const scenarioFor = (p: string) => ({
  id: 'p',
  populations: [{ base: 'resident-2025', value: p }],
})
const byId = (rules: readonly RuleResult[]) => new Map(rules.map((r) => [r.rule, r]))

// The bases that carry the resident population: resident-2025 and every base made from it
// (ambulance-base-2025 = 300%, seed 003 L706).
const carriers = new Set(['resident-2025'])
for (let grew = true; grew; ) {
  grew = false
  for (const b of cixi.bases) {
    if (b.from !== undefined && carriers.has(b.from) && !carriers.has(b.id)) {
      carriers.add(b.id)
      grew = true
    }
  }
}
// The rules whose result depends on those bases, directly or through another rule.
const dependent = new Set<string>()
for (let grew = true; grew; ) {
  grew = false
  for (const r of plain.rules) {
    if (dependent.has(r.rule)) continue
    const onBase = r.base !== null && carriers.has(r.base.id)
    const onRule = r.from?.kind === 'rule' && r.from.id !== null && dependent.has(r.from.id)
    if (onBase || onRule) {
      dependent.add(r.rule)
      grew = true
    }
  }
}

describe('laws of population overrides (Cixi 2021–2025)', () => {
  it(
    'for any population override P of resident-2025, beds = ceil(4.58 × P / 1000) computed with Dec',
    () => {
      fc.assert(
        fc.property(population, (p) => {
          const ev = evaluateScenario(cixi, scenarioFor(p))
          const beds = ev.rules.find((r) => r.rule === 'beds-per-1000')
          // 4.58 per 1,000 residents, rounded up (seed 003 L143)
          const exact = new Dec('4.58').times(new Dec(p)).div(1000)
          expect(beds?.exact).toBe(exact.toFixed())
          expect(beds?.count).toBe(exact.ceil().toNumber())
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )

  it(
    'for any population override P, ambulances = ceil(3P / 30000) and negative-pressure = max(ceil(0.2 × ambulances), 2)',
    () => {
      fc.assert(
        fc.property(population, (p) => {
          const rules = byId(evaluateScenario(cixi, scenarioFor(p)).rules)
          // 300% of residents, 1 per 30,000; ≥ 20% and ≥ 2 negative-pressure (seed 003 L706)
          const ambulances = new Dec(p).times(3).div(30000).ceil()
          const np = Dec.max(ambulances.times('0.2').ceil(), new Dec(2))
          expect(rules.get('ambulances-per-30000')?.count).toBe(ambulances.toNumber())
          expect(rules.get('negative-pressure-ambulances')?.count).toBe(np.toNumber())
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )

  it(
    'a population override never changes a rule that does not depend on that base (rules on facilities’ beds, other bases, levels)',
    () => {
      const untouched = plain.rules.filter((r) => !dependent.has(r.rule))
      // The law is not vacuous: the facility rules and the rules without a base are among them.
      expect(untouched.map((r) => r.rule)).toEqual(
        expect.arrayContaining(['hts-per-bed-iii-a', 'nurses-per-bed-iii-a', 'thc-gps-min']),
      )
      fc.assert(
        fc.property(population, (p) => {
          const ev = evaluateScenario(cixi, scenarioFor(p))
          const now = byId(ev.rules)
          for (const r of untouched) expect(now.get(r.rule)).toEqual(r)
          expect(ev.facilities).toEqual(plain.facilities)
          expect(ev.grades).toEqual(plain.grades)
        }),
        RUNS,
      )
    },
    TIMEOUT,
  )
})

describe('laws of sensitivity', () => {
  it('moving every value by 0% changes no summed count (low = base = high)', () => {
    const t = sensitivity(cixi, { percent: 0 })
    for (const table of t.tables) {
      for (const row of table.rows) {
        expect([row.low, row.base, row.high, row.swing]).toEqual([
          table.base,
          table.base,
          table.base,
          0,
        ])
      }
    }
  })
})
