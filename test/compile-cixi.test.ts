/**
 * Cixi 2021–2025 compiled, against `evaluatePlan` itself: 5,000 random cases (50 plans with
 * other rule values, each under 100 populations), every rule an output, 0 mismatches.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePlan } from '../src/plan/compile/compile-plan.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import { createSweep } from '../src/plan/sweep.js'

// Seed 003: 慈溪市医疗卫生服务体系暨医疗机构设置“十四五”规划
const raw = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
)
const cixi = loadPlan(raw)
const resident = cixi.bases.find((b) => b.id === 'resident-2025')
const decimal = (lo: number, hi: number, places: number) =>
  fc
    .integer({ min: lo * 10 ** places, max: hi * 10 ** places })
    .map((n) => (n / 10 ** places).toFixed(places))

/** Rule values to vary: per-capita, 1:x, shares (a compound minimum too), per facility, ranges. */
const values = fc.record(
  {
    'beds-per-1000': decimal(3, 6, 2),
    'beds-specialist-per-1000': fc.constantFrom('1.08', '1.07', '0.5'),
    'nurses-per-1000': decimal(3, 5, 2),
    'physician-nurse-ratio': decimal(0.9, 1.4, 2),
    'negative-pressure-ambulances': fc.integer({ min: 10, max: 35 }).map((n) => `${n}%`),
    'hts-per-bed-iii-a': decimal(1, 1.6, 2),
    'open-beds-cap-115': fc.integer({ min: 100, max: 120 }).map((n) => `${n}%`),
    'chc-physicians-per-10000': decimal(5, 6, 3),
    'thc-gps-min': fc.integer({ min: 1, max: 5 }).map(String),
    'ambulances-per-30000': decimal(1, 1.5, 1),
  },
  { requiredKeys: [] },
)
const population = fc.oneof(
  fc.integer({ min: 300_000, max: 6_000_000 }).map(String),
  fc.integer({ min: 300_000_000, max: 6_000_000_000 }).map((n) => (n / 1000).toFixed(3)),
  fc.constantFrom('1800000', '2000000', '1950000', '9007199254740', '123456789012.5'),
)

/** The raw plan with the rule values set (a range becomes the single value, as in withLevel). */
function withValues(v: Record<string, string>) {
  return {
    ...raw,
    rules: raw.rules.map((r: Record<string, unknown>) => {
      const value = v[r.id as string]
      if (value === undefined) return r
      const { range: _, ...rest } = r
      return { ...rest, value }
    }),
  }
}

describe('Cixi 2021–2025 compiled', () => {
  it('gives every rule the count evaluatePlan gives, on 5,000 random cases (50 value sets × 100 populations)', () => {
    const count = compilePlan(cixi).evaluator()
    const sets = fc.sample(values, { numRuns: 50, seed: 2025 })
    const pops = fc.sample(population, { numRuns: 100, seed: 2021 })
    let mismatches = 0
    let cases = 0
    for (const set of sets) {
      const variant = loadPlan(withValues(set))
      for (const value of pops) {
        const ev = evaluatePlan(variant, { bases: [{ ...resident, value } as never] })
        const got = count({ populations: { 'resident-2025': value }, values: set })
        ev.rules.forEach((r, j) => {
          if (got[j] !== r.count) mismatches++
        })
        cases++
      }
    }
    expect(cases).toBe(5000)
    expect(mismatches).toBe(0)
  })

  it('createSweep gives the plan’s own counts for an empty case, every rule an output', () => {
    const ev = evaluatePlan(cixi)
    expect(createSweep(cixi)({})).toEqual(ev.rules.map((r) => r.count))
  })
})

describe('the compiled evaluator’s output', () => {
  // seed 003 L143: 4.58 per 1,000 → 9160 beds; L701: 5–6 physicians per 10,000 residents in
  // community centres, a range, so no single count (5.5 → 1100 of 2,000,000)
  const count = compilePlan(cixi).evaluator({
    outputs: ['beds-per-1000', 'chc-physicians-per-10000'],
  })

  it('says null, never NaN, where a rule has no count', () => {
    const got = count({})
    expect(got).toEqual([9160, null])
    expect(got.some((c) => Number.isNaN(c))).toBe(false)
  })

  it('counts into the array it is given, cut to the outputs, and returns that array', () => {
    const into: (number | null)[] = [1, 2, 3, 4, 5]
    const got = count({ values: { 'chc-physicians-per-10000': '5.5' } }, into)
    expect(got).toBe(into)
    expect(into).toEqual([9160, 1100])
    count({}, into)
    expect(into).toEqual([9160, null])
  })

  it('refuses something other than an array to count into', () => {
    expect(() => count({}, new Float64Array(2) as never)).toThrow(
      expect.objectContaining({ code: 'invalid-options', path: ['into'] }),
    )
  })
})
