/**
 * The one rule runner: evaluates a plan's rules in dependency order (a rule taking its amount
 * from another runs after it), optionally with some rules replaced, the bases changed, results
 * of unaffected rules reused, and only some rules (and what they take from) evaluated.
 * `evaluatePlan`, `createSweep`, `sensitivity`, `monteCarlo` and `yearlyTable` all run through it.
 */
import { type Dec, decimalReader } from '../decimal.js'
import type { NamedBase } from './bases.js'
import { builtInNormSets } from './built-in-norms.js'
import { evaluateRule } from './evaluate-rule.js'
import type { RequirementDecimals } from './evaluators/outcome.js'
import { ruleDependencies } from './load.js'
import { type NormSet, planRules } from './norm-set.js'
import type { RuleResult } from './result.js'
import type { Plan, Rule } from './schema.js'

/** A loaded plan's rules, ready to run many times. @internal */
export interface RuleRunner {
  readonly plan: Plan
  /** Every rule evaluated, in the order `evaluatePlan` lists them. */
  readonly rules: readonly Rule[]
  readonly byId: ReadonlyMap<string, Rule>
  /** Rule id → the ids of the rules that take an amount from it. */
  readonly dependents: ReadonlyMap<string, readonly string[]>
  /** Rule id → the ids of the rules it takes an amount from. */
  readonly dependencies: ReadonlyMap<string, readonly string[]>
  /** Reads the plan's decimal strings once (memoized across runs). */
  readonly dec: (text: string | number) => Dec
}

/**
 * Prepares a loaded plan for running: its own rules and those of the norm sets it references
 * (the built-in ones, and `norms` given by the caller, which come first). @internal
 *
 * @throws BedstaffError `unknown-norm-set`, `unknown-reference` (an override of no rule)
 */
export function ruleRunner(plan: Plan, norms: readonly NormSet[] = []): RuleRunner {
  const sets = plan.norms?.length ? [...norms, ...builtInNormSets()] : []
  const rules = planRules(plan, sets)
  const dependents = new Map<string, string[]>()
  const dependencies = new Map<string, readonly string[]>()
  for (const r of rules) {
    const deps = ruleDependencies(r)
    dependencies.set(r.id, deps)
    for (const dep of deps) {
      const list = dependents.get(dep) ?? []
      list.push(r.id)
      dependents.set(dep, list)
    }
  }
  return {
    plan,
    rules,
    byId: new Map(rules.map((r) => [r.id, r])),
    dependents,
    dependencies,
    dec: decimalReader(),
  }
}

/** The ids of the given rules and of every rule that depends on them, directly or not. @internal */
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

/** What one run changes and reuses. @internal */
export interface RunOptions {
  readonly bases: ReadonlyMap<string, NamedBase>
  /** Rules given another value (`withLevel`), by id. */
  readonly replaced?: ReadonlyMap<string, Rule>
  /** Results that cannot have changed: every rule not in `affected` is taken from `previous`. */
  readonly reuse?: {
    readonly previous: ReadonlyMap<string, RuleResult>
    readonly affected: ReadonlySet<string>
  }
  /** Evaluate only these rules (and what they take from); default every rule. */
  readonly only?: readonly string[]
  /** Collects the decimals of each facility requirement made (for `evaluatePlan`'s sums). */
  readonly decimals?: Map<object, RequirementDecimals>
}

/** Runs the rules once: rule id → result. @internal */
export function runRules(runner: RuleRunner, opts: RunOptions): ReadonlyMap<string, RuleResult> {
  const { replaced, reuse } = opts
  const results = new Map<string, RuleResult>()
  const ctx = {
    plan: runner.plan,
    bases: opts.bases,
    results,
    dec: runner.dec,
    ...(opts.decimals ? { decimals: opts.decimals } : {}),
  }
  const ruleOf = (id: string) => replaced?.get(id) ?? runner.byId.get(id)
  const run = (rule: Rule): void => {
    if (results.has(rule.id)) return
    const kept = reuse && !reuse.affected.has(rule.id) ? reuse.previous.get(rule.id) : undefined
    if (kept) {
      results.set(rule.id, kept)
      return
    }
    const deps = rule === runner.byId.get(rule.id) ? runner.dependencies.get(rule.id) : undefined
    for (const dep of deps ?? ruleDependencies(rule)) {
      const d = ruleOf(dep)
      if (d) run(d)
    }
    results.set(rule.id, evaluateRule(rule, ctx))
  }
  if (opts.only) {
    for (const id of opts.only) {
      const r = ruleOf(id)
      if (r) run(r)
    }
  } else for (const r of runner.rules) run(ruleOf(r.id) ?? r)
  return results
}

/**
 * The work of one full run, in rule evaluations: one per rule, plus one per facility for every
 * rule applied facility by facility. Monte Carlo and sensitivity tables multiply it by their
 * runs and refuse up front what would take too long (`checkWork`). @internal
 */
export function runWork(runner: RuleRunner): number {
  const facilities = runner.plan.facilities.length
  let work = 0
  for (const r of runner.rules) {
    const perFacility =
      r.type === 'banded-ratio' ||
      ((r.type === 'ratio' || r.type === 'share') && r.from.kind === 'facilities')
    work += perFacility ? 1 + facilities : 1
  }
  return work
}
