/**
 * Re-evaluating a loaded plan's rules many times with a few rule values or base values changed,
 * without validating the plan again: the engine of sensitivity tables and Monte Carlo runs. It
 * calls the same `evaluateRule` as `evaluatePlan`, in the same order (dependencies first).
 */
import type { NamedBase } from '../plan/bases.js'
import { builtInNormSets } from '../plan/built-in-norms.js'
import { evaluateRule } from '../plan/evaluate-rule.js'
import { ruleDependencies } from '../plan/load.js'
import { planRules } from '../plan/norm-set.js'
import type { RuleResult } from '../plan/result.js'
import type { Plan, Rule } from '../plan/schema.js'

/** A loaded plan's rule list with what re-evaluation needs. @internal */
export interface RuleRunner {
  readonly plan: Plan
  /** Every rule evaluated, in the order `evaluatePlan` lists them. */
  readonly rules: readonly Rule[]
  readonly byId: ReadonlyMap<string, Rule>
  /** Rule id → the ids of the rules that take an amount from it. */
  readonly dependents: ReadonlyMap<string, readonly string[]>
}

/**
 * Prepares a plan for re-evaluation: its rules as `evaluatePlan` evaluates them (with the
 * built-in norm sets when the plan references any). @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * // The rules moved are evaluatePlan's, in its order.
 * sensitivity(cixi, { percent: '10' }).rules[0] // => 'beds-per-1000'
 * ```
 */
export function ruleRunner(plan: Plan): RuleRunner {
  const sets = plan.norms?.length ? builtInNormSets() : []
  const rules = planRules(plan, sets)
  const dependents = new Map<string, string[]>()
  for (const r of rules) {
    for (const dep of ruleDependencies(r)) {
      const list = dependents.get(dep) ?? []
      list.push(r.id)
      dependents.set(dep, list)
    }
  }
  return { plan, rules, byId: new Map(rules.map((r) => [r.id, r])), dependents }
}

/**
 * The ids of the given rules and of every rule that depends on them, directly or not. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * // Moving the ambulances moves the negative-pressure ambulances that depend on them: 36 to 44.
 * const t = sensitivity(cixi, {
 *   percent: '10',
 *   rules: ['ambulances-per-30000'],
 *   outputs: ['negative-pressure-ambulances'],
 * })
 * t.tables[0]?.rows[0]?.swing // => 8
 * ```
 */
export function affectedRules(runner: RuleRunner, ids: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>()
  const visit = (id: string): void => {
    if (out.has(id)) return
    out.add(id)
    for (const d of runner.dependents.get(id) ?? []) visit(d)
  }
  for (const id of ids) visit(id)
  return out
}

/**
 * Evaluates every rule, with some rules replaced and some bases changed. Results of rules not in
 * `affected` are taken from `previous` when given (they cannot have changed). @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * sensitivity(cixi, { percent: '0', outputs: ['ambulances'] }).tables[0]?.base // => 200
 * ```
 */
export function runRules(
  runner: RuleRunner,
  bases: ReadonlyMap<string, NamedBase>,
  replaced: ReadonlyMap<string, Rule>,
  reuse?: {
    readonly previous: ReadonlyMap<string, RuleResult>
    readonly affected: ReadonlySet<string>
  },
): ReadonlyMap<string, RuleResult> {
  const results = new Map<string, RuleResult>()
  const ctx = { plan: runner.plan, bases, results }
  const run = (rule: Rule): void => {
    if (results.has(rule.id)) return
    const kept = reuse && !reuse.affected.has(rule.id) ? reuse.previous.get(rule.id) : undefined
    if (kept) {
      results.set(rule.id, kept)
      return
    }
    for (const dep of ruleDependencies(rule)) {
      const d = replaced.get(dep) ?? runner.byId.get(dep)
      if (d) run(d)
    }
    results.set(rule.id, evaluateRule(rule, ctx))
  }
  for (const r of runner.rules) run(replaced.get(r.id) ?? r)
  return results
}
