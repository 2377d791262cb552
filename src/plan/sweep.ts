/**
 * Sweeps: evaluating one plan under many variations (populations and rule values) fast
 * enough to try thousands of scenarios, or every county of a province. The plan is compiled
 * once (`compilePlan`) and each case counted with integer kernels; the decimal path (the
 * runner, re-evaluating only what a case touches) stays for reference and comparison.
 */
import { knownKeys, optionsObject } from '../options.js'
import { resolveBases } from './bases.js'
import { compiledEvaluator, outputsOption, withNulls } from './compile/compile-plan.js'
import { baseChildren, decimalCase, type SweepCase } from './compile/decimal-case.js'
import { loadPlan } from './load.js'
import { affectedRules, ruleRunner, runRules } from './runner.js'

export type { SweepCase } from './compile/decimal-case.js'

/** Evaluates one case and returns the counts of the chosen outputs, in order. */
export type Sweep = (c: SweepCase) => readonly (number | null)[]

function sweepOptions(options: unknown): { outputs?: unknown } {
  const o = optionsObject(options)
  knownKeys(o, ['outputs'], ['options'])
  return o
}

/**
 * Prepares a sweep over a plan: the plan is loaded and compiled once (`compilePlan`), and
 * each case is then counted exactly by integer kernels, or by the decimal kernels where only
 * they can. Returns a function from a case to the counts of `outputs` (rule ids; default
 * every rule), `null` where a rule has no count.
 *
 * @throws BedstaffError from `loadPlan`, `invalid-options` (an unknown option or case key);
 *   when called: `unknown-reference` for an unknown base or rule id, `invalid-level`, and the
 *   number errors for a bad value
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { createSweep } from 'bedstaff/plan'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const sweep = createSweep(plan, { outputs: ['beds-per-1000', 'ambulances-per-30000'] })
 * sweep({}) // => [9160,200]
 * sweep({ populations: { 'resident-2025': '1950000' } }) // => [8931,195]
 * sweep({ values: { 'beds-per-1000': '5' } }) // => [10000,200]
 * sweep({ populations: { 'resident-2026': '1950000' } }) // throws unknown-reference
 * sweep({ populaton: {} } as never) // throws invalid-options
 * ```
 */
export function createSweep(
  input: unknown,
  options: { readonly outputs?: readonly string[] } = {},
): Sweep {
  const plan = loadPlan(input)
  const o = sweepOptions(options)
  const count = withNulls(compiledEvaluator(plan, o))
  return (c: SweepCase) => count(c)
}

/**
 * The decimal sweep: each case re-evaluated by the runner and the decimal kernels, reusing
 * the results of the rules it does not touch. What `createSweep` did before plans were
 * compiled; kept to measure and check the compiled sweep against. @internal
 */
export function decimalSweep(
  input: unknown,
  options: { readonly outputs?: readonly string[] } = {},
): Sweep {
  const plan = loadPlan(input)
  const o = sweepOptions(options)
  const runner = ruleRunner(plan)
  const bases = resolveBases(plan)
  const baseline = runRules(runner, { bases })
  const outputs = outputsOption(
    runner.rules.map((r) => r.id),
    o,
  )
  // Who depends on whom: rules on a base, bases made from a base.
  const rulesOnBase = new Map<string, string[]>()
  for (const r of baseline.values()) {
    if (r.base) rulesOnBase.set(r.base.id, [...(rulesOnBase.get(r.base.id) ?? []), r.rule])
  }
  const children = baseChildren(plan)
  return (c: SweepCase) => {
    const d = decimalCase(runner, bases, children, c)
    const touched = new Set<string>(d.replaced.keys())
    for (const id of d.changedBases) for (const r of rulesOnBase.get(id) ?? []) touched.add(r)
    const reuse = { previous: baseline, affected: affectedRules(runner, touched) }
    const results = runRules(runner, {
      bases: d.bases,
      replaced: d.replaced,
      reuse,
      only: outputs,
    })
    return outputs.map((id) => results.get(id)?.count ?? null)
  }
}
