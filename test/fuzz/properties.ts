/**
 * The fuzz properties: one per public entry point, each stating the law it checks. Shared by
 * the CI test (a fixed number of cases) and `npm run fuzz` (as many as asked for).
 */
import fc from 'fast-check'
import { auditPlan } from '../../src/audit/audit.js'
import { toDecimal } from '../../src/decimal.js'
import { impliedPopulation } from '../../src/derive/implied-population.js'
import { rateFromTotal } from '../../src/derive/rate-from-total.js'
import { totalFromRate } from '../../src/derive/total-from-rate.js'
import { evaluatePlan } from '../../src/plan/evaluate.js'
import { loadPlan } from '../../src/plan/load.js'
import { base } from '../../src/population/base.js'
import { rate } from '../../src/quantity/rate.js'
import { parseNorm } from '../../src/rules/parse-norm.js'
import { hostile, normText, planInput } from './arbitraries.js'
import { answersOrRefuses, checkOutput } from './invariants.js'

/** A named property and the share of the run budget it gets. */
export interface FuzzProperty {
  readonly name: string
  readonly weight: number
  readonly property: fc.IPropertyWithHooks<[unknown]> | fc.IProperty<[unknown]>
}

const anyNumber = fc.oneof(hostile, fc.double(), fc.integer(), fc.string({ maxLength: 20 }))

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'parseNorm answers or refuses with a typed error, for any text',
    weight: 3,
    property: fc.property(fc.oneof(normText, hostile) as fc.Arbitrary<unknown>, (text) => {
      answersOrRefuses(() => parseNorm(text as string))
    }),
  },
  {
    name: 'numbers at the boundary are taken exactly or refused with a typed error',
    weight: 1,
    property: fc.property(anyNumber as fc.Arbitrary<unknown>, (v) => {
      answersOrRefuses(() => toDecimal(v).toString())
    }),
  },
  {
    name: 'derivations answer or refuse for any rate, scale and population',
    weight: 2,
    property: fc.property(
      fc.tuple(anyNumber, anyNumber, anyNumber) as fc.Arbitrary<unknown>,
      (t) => {
        const [v, per, pop] = t as [unknown, unknown, unknown]
        answersOrRefuses(() => {
          const r = rate('beds', v as string, { per: per as string, base: 'resident' })
          const b = base.resident(pop as string, { year: 2025, vintage: 'projection' })
          const total = totalFromRate(r, b, { rounding: 'ceil' })
          checkOutput(total)
          checkOutput(
            rateFromTotal(total.count ?? 0, b, { per: r.per, decimals: 2, rounding: 'half-up' }),
          )
          return total.count === 0 ? total : impliedPopulation(total.count ?? 1, r)
        })
      },
    ),
  },
  {
    name: 'plans load or are refused with a typed error; loaded plans evaluate; audits never throw',
    weight: 4,
    property: fc.property(planInput, (input) => {
      const before = JSON.stringify(input)
      const outcome = answersOrRefuses(() => loadPlan(input))
      if (outcome === 'value') answersOrRefuses(() => evaluatePlan(input))
      checkOutput(auditPlan(input))
      if (JSON.stringify(input) !== before) throw new Error('the input was mutated')
      if (({} as Record<string, unknown>).polluted !== undefined)
        throw new Error('Object.prototype was polluted')
    }),
  },
]

/** Runs every property with its share of `runs`; returns the number of cases run. */
export function runFuzz(runs: number, seed: number): number {
  const total = FUZZ_PROPERTIES.reduce((a, p) => a + p.weight, 0)
  let cases = 0
  for (const p of FUZZ_PROPERTIES) {
    const numRuns = Math.max(1, Math.round((runs * p.weight) / total))
    fc.assert(p.property as fc.IProperty<[unknown]>, { numRuns, seed, verbose: 1 })
    cases += numRuns
  }
  return cases
}
