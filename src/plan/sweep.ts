/**
 * Sweeps: evaluating one plan under many variations (populations and rule values) fast
 * enough to try thousands of scenarios, or every county of a province. Only the outputs asked
 * for are evaluated again, and only where a case touches them or what they take from.
 */
import { decimalReader, decimalString } from '../decimal.js'
import { fail } from '../errors.js'
import { populationValue } from '../population/base.js'
import { nonNegative } from '../quantity/rate.js'
import type { NamedBase } from './bases.js'
import { resolveBases } from './bases.js'
import { builtInNormSets } from './built-in-norms.js'
import { evaluateRule, type RuleContext } from './evaluate-rule.js'
import { loadPlan, ruleDependencies } from './load.js'
import { planRules } from './norm-set.js'
import type { RuleResult } from './result.js'
import type { Rule } from './schema.js'

/** One variation: base id → population, rule id → value (a share rule's value is its percent). */
export interface SweepCase {
  readonly populations?: Readonly<Record<string, string | number>>
  readonly values?: Readonly<Record<string, string | number>>
}

/** Evaluates one case and returns the counts of the chosen outputs, in order. */
export type Sweep = (c: SweepCase) => readonly (number | null)[]

/**
 * Prepares a sweep over a plan: the plan is loaded and evaluated once, and each case then
 * re-evaluates only what it changes. Returns a function from a case to the counts of
 * `outputs` (rule ids; default every rule), `null` where a rule has no count.
 *
 * @throws BedstaffError from `loadPlan`; when called: `unknown-reference` for an unknown base
 *   or rule id, and the number errors for a bad value
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { createSweep } from 'bedstaff'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const sweep = createSweep(plan, { outputs: ['beds-per-1000', 'ambulances-per-30000'] })
 * sweep({}) // => [9160,200]
 * sweep({ populations: { 'resident-2025': '1950000' } }) // => [8931,195]
 * sweep({ values: { 'beds-per-1000': '5' } }) // => [10000,200]
 * sweep({ populations: { 'resident-2026': '1950000' } }) // throws unknown-reference
 * ```
 */
export function createSweep(
  input: unknown,
  options: { readonly outputs?: readonly string[] } = {},
): Sweep {
  const plan = loadPlan(input)
  const rules = planRules(plan, plan.norms?.length ? builtInNormSets() : [])
  const byId = new Map(rules.map((r) => [r.id, r]))
  const bases = resolveBases(plan)
  const baseline = new Map<string, RuleResult>()
  const dec = decimalReader()
  const ctx0: RuleContext = { dec, plan, bases, results: baseline }
  const run = (
    rule: Rule,
    ctx: RuleContext,
    into: Map<string, RuleResult>,
    ruleOf: (id: string) => Rule | undefined = (id) => byId.get(id),
  ): RuleResult => {
    const done = into.get(rule.id)
    if (done) return done
    for (const dep of ruleDependencies(rule)) {
      const d = ruleOf(dep)
      if (d) run(d, ctx, into, ruleOf)
    }
    const r = evaluateRule(rule, ctx)
    into.set(rule.id, r)
    return r
  }
  for (const r of rules) run(r, ctx0, baseline)
  const outputs = options.outputs ?? rules.map((r) => r.id)
  outputs.forEach((id, i) => {
    if (!byId.has(id))
      fail('unknown-reference', ['outputs', i], { id, what: 'rule', whatZh: '规则' })
  })
  // Who depends on whom: rules on a base, bases made from a base, rules taking from a rule.
  const rulesOnBase = new Map<string, string[]>()
  for (const r of baseline.values()) {
    if (r.base) rulesOnBase.set(r.base.id, [...(rulesOnBase.get(r.base.id) ?? []), r.rule])
  }
  const basesFrom = new Map<string, string[]>()
  for (const b of plan.bases)
    if (b.from) basesFrom.set(b.from, [...(basesFrom.get(b.from) ?? []), b.id])
  const dependents = new Map<string, string[]>()
  for (const r of rules)
    for (const d of ruleDependencies(r)) dependents.set(d, [...(dependents.get(d) ?? []), r.id])

  return (c: SweepCase) => {
    const changedBases = new Map<string, NamedBase>(bases)
    const touched = new Set<string>()
    const setBase = (id: string, value: ReturnType<typeof populationValue>) => {
      const b = changedBases.get(id)
      if (!b) return
      changedBases.set(id, Object.freeze({ ...b, value: decimalString(value) }))
      for (const r of rulesOnBase.get(id) ?? []) touched.add(r)
      for (const child of basesFrom.get(id) ?? []) {
        const cb = changedBases.get(child)
        if (cb?.derivedFrom) setBase(child, value.times(cb.derivedFrom.factor))
      }
    }
    for (const [id, v] of Object.entries(c.populations ?? {})) {
      if (!bases.has(id))
        fail('unknown-reference', ['populations', id], { id, what: 'base', whatZh: '人口基数' })
      setBase(id, populationValue(v, ['populations', id]))
    }
    const overridden = new Map<string, Rule>()
    for (const [id, v] of Object.entries(c.values ?? {})) {
      const rule = byId.get(id)
      if (!rule)
        return fail('unknown-reference', ['values', id], { id, what: 'rule', whatZh: '规则' })
      const value = decimalString(nonNegative(v, ['values', id]))
      overridden.set(
        id,
        (rule.type === 'share'
          ? { ...rule, percent: value }
          : { ...rule, value, range: undefined }) as Rule,
      )
      touched.add(id)
    }
    // Everything downstream of a touched rule is evaluated again; the rest is reused.
    const stale = new Set<string>()
    const mark = (id: string) => {
      if (stale.has(id)) return
      stale.add(id)
      for (const d of dependents.get(id) ?? []) mark(d)
    }
    for (const id of touched) mark(id)
    const results = new Map<string, RuleResult>()
    for (const [id, r] of baseline) if (!stale.has(id)) results.set(id, r)
    const ctx: RuleContext = { dec, plan, bases: changedBases, results }
    // Only the outputs asked for, and what they take from, are evaluated.
    const ruleOf = (id: string) => overridden.get(id) ?? byId.get(id)
    for (const id of outputs) {
      const rule = ruleOf(id)
      if (rule) run(rule, ctx, results, ruleOf)
    }
    return outputs.map((id) => results.get(id)?.count ?? null)
  }
}
