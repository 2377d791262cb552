/**
 * Sweeps: evaluating one plan under many variations (populations and rule values) fast
 * enough to try thousands of scenarios, or every county of a province. Only the outputs asked
 * for are evaluated again, and only where a case touches them or what they take from.
 */
import { decimalString, describe } from '../decimal.js'
import { fail } from '../errors.js'
import { throughExact } from '../kernel/arithmetic.js'
import { invalidOption, knownKeys, optionsObject } from '../options.js'
import { populationValue } from '../population/base.js'
import { type NamedBase, resolveBases } from './bases.js'
import { loadPlan } from './load.js'
import { affectedRules, ruleRunner, runRules } from './runner.js'
import type { Rule } from './schema.js'
import { withLevel } from './with-level.js'

/**
 * One variation: base id → population, rule id → value (a share's value is written as in a
 * plan: "20%" or the fraction "0.2").
 */
export interface SweepCase {
  readonly populations?: Readonly<Record<string, string | number>>
  readonly values?: Readonly<Record<string, string | number>>
}

/** Evaluates one case and returns the counts of the chosen outputs, in order. */
export type Sweep = (c: SweepCase) => readonly (number | null)[]

const idMap = (value: unknown, path: (string | number)[]): [string, string | number][] => {
  if (value === undefined) return []
  const o = optionsObject(value, path)
  return Object.entries(o).map(([k, v]) => {
    if (typeof v !== 'string' && typeof v !== 'number') {
      invalidOption([...path, k], `expected a number or decimal string, got ${describe(v)}`)
    }
    return [k, v]
  })
}

/**
 * Prepares a sweep over a plan: the plan is loaded and evaluated once, and each case then
 * re-evaluates only what it changes. Returns a function from a case to the counts of
 * `outputs` (rule ids; default every rule), `null` where a rule has no count.
 *
 * @throws BedstaffError from `loadPlan`, `invalid-options` (an unknown option or case key);
 *   when called: `unknown-reference` for an unknown base or rule id, `invalid-level`, and the
 *   number errors for a bad value
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
 * sweep({ populaton: {} } as never) // throws invalid-options
 * ```
 */
export function createSweep(
  input: unknown,
  options: { readonly outputs?: readonly string[] } = {},
): Sweep {
  const plan = loadPlan(input)
  const o = optionsObject(options)
  knownKeys(o, ['outputs'], ['options'])
  const runner = ruleRunner(plan)
  const bases = resolveBases(plan)
  const baseline = runRules(runner, { bases })
  let outputs: readonly string[] = runner.rules.map((r) => r.id)
  if (o.outputs !== undefined) {
    if (!Array.isArray(o.outputs) || o.outputs.length > runner.rules.length + 1000) {
      invalidOption(
        ['options', 'outputs'],
        `expected a list of rule ids, got ${describe(o.outputs)}`,
      )
    }
    outputs = o.outputs.map((id, i) =>
      typeof id === 'string' && runner.byId.has(id)
        ? id
        : fail('unknown-reference', ['options', 'outputs', i], {
            id: String(id),
            what: 'rule',
            whatZh: '规则',
          }),
    )
  }
  // Who depends on whom: rules on a base, bases made from a base.
  const rulesOnBase = new Map<string, string[]>()
  for (const r of baseline.values()) {
    if (r.base) rulesOnBase.set(r.base.id, [...(rulesOnBase.get(r.base.id) ?? []), r.rule])
  }
  const basesFrom = new Map<string, string[]>()
  for (const b of plan.bases) {
    if (b.from) basesFrom.set(b.from, [...(basesFrom.get(b.from) ?? []), b.id])
  }

  return (c: SweepCase) => {
    const k = optionsObject(c, ['case'])
    knownKeys(k, ['populations', 'values'], ['case'])
    const changed = new Map<string, NamedBase>(bases)
    const touched = new Set<string>()
    const setBase = (id: string, value: ReturnType<typeof populationValue>) => {
      const b = changed.get(id)
      if (!b) return
      changed.set(id, Object.freeze({ ...b, value: decimalString(value) }))
      for (const r of rulesOnBase.get(id) ?? []) touched.add(r)
      for (const child of basesFrom.get(id) ?? []) {
        const cb = changed.get(child)
        // a base made from another: the population times its multiplier (300%)
        if (cb?.derivedFrom) setBase(child, throughExact(value, runner.dec(cb.derivedFrom.factor)))
      }
    }
    for (const [id, v] of idMap(k.populations, ['populations'])) {
      if (!bases.has(id))
        fail('unknown-reference', ['populations', id], { id, what: 'base', whatZh: '人口基数' })
      setBase(id, populationValue(v, ['populations', id]))
    }
    const replaced = new Map<string, Rule>()
    for (const [id, v] of idMap(k.values, ['values'])) {
      const rule = runner.byId.get(id)
      if (!rule)
        return fail('unknown-reference', ['values', id], { id, what: 'rule', whatZh: '规则' })
      replaced.set(id, withLevel(rule, v, ['values', id]))
      touched.add(id)
    }
    const reuse = { previous: baseline, affected: affectedRules(runner, touched) }
    const results = runRules(runner, { bases: changed, replaced, reuse, only: outputs })
    return outputs.map((id) => results.get(id)?.count ?? null)
  }
}
