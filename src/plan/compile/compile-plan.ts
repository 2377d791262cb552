/**
 * `compilePlan`: a loaded plan compiled once (and cached on it) into integer arrays, and
 * evaluators that count a case's outputs at near-float speed, exactly.
 */
import { describe } from '../../decimal.js'
import { fail } from '../../errors.js'
import { invalidOption, knownKeys, optionsObject } from '../../options.js'
import { loadPlan } from '../load.js'
import { runRules } from '../runner.js'
import type { Plan } from '../schema.js'
import { baseChildren, decimalCase, type SweepCase } from './decimal-case.js'
import { readCase } from './inputs.js'
import { buildProgram, FROM_RULE, type Program } from './program.js'
import { CaseState, runCase } from './run.js'

/**
 * Counts a case's outputs, in order, into an array (a new one, or `into`, reused so that a long
 * sweep allocates nothing per case): each a whole number, or `null` where the rule has no count
 * (rounding `none`, a range, a missing base or input).
 */
export type CompiledSweep = (c: SweepCase, into?: (number | null)[]) => (number | null)[]

/** The library's own evaluator: counts into a typed array, NaN where a rule has none. */
type CountsInto = (c: SweepCase, into?: Float64Array) => Float64Array

/** Options of {@link CompiledPlan.evaluator}. */
export interface CompiledSweepOptions {
  /** The rules whose counts are returned, in this order; default every rule. */
  readonly outputs?: readonly string[]
}

/** A plan compiled for sweeps. */
export interface CompiledPlan {
  readonly plan: string
  /** Every rule, in the order `evaluatePlan` lists them. */
  readonly rules: readonly string[]
  /** Every base a case may give a population. */
  readonly bases: readonly string[]
  /** An evaluator of cases: counts of `outputs` (default every rule). */
  evaluator(options?: CompiledSweepOptions): CompiledSweep
}

const compiled = new WeakMap<Plan, CompiledPlan>()
const programs = new WeakMap<Plan, Program>()

/** The compiled program of a loaded plan, made once per plan. @internal */
export function programOf(plan: Plan): Program {
  let p = programs.get(plan)
  if (!p) {
    p = buildProgram(plan)
    programs.set(plan, p)
  }
  return p
}

/** The checked `outputs` of an evaluator or sweep, as rule ids. @internal */
export function outputsOption(ruleIds: readonly string[], options: unknown): readonly string[] {
  const o = optionsObject(options)
  knownKeys(o, ['outputs'], ['options'])
  if (o.outputs === undefined) return ruleIds
  if (!Array.isArray(o.outputs) || o.outputs.length > ruleIds.length + 1000) {
    invalidOption(['options', 'outputs'], `expected a list of rule ids, got ${describe(o.outputs)}`)
  }
  const known = new Set(ruleIds)
  return o.outputs.map((id, i) =>
    typeof id === 'string' && known.has(id)
      ? id
      : fail('unknown-reference', ['options', 'outputs', i], {
          id: String(id),
          what: 'rule',
          whatZh: '规则',
        }),
  )
}

/** The rules to run for `outputs`: each with what it reads, in dependency order. */
function neededOrder(p: Program, outputs: readonly number[]): Int32Array {
  const need = new Uint8Array(p.ruleIds.length)
  const mark = (i: number): void => {
    if (need[i]) return
    need[i] = 1
    if (p.from[i] === FROM_RULE && (p.src[i] as number) >= 0) mark(p.src[i] as number)
  }
  for (const i of outputs) mark(i)
  return p.order.filter((i) => need[i] === 1)
}

/** An evaluator of cases over a compiled program. */
function evaluatorOf(p: Program, options: unknown): CountsInto {
  const outputs = outputsOption(p.ruleIds, options)
  const index = Int32Array.from(outputs, (id) => p.ruleIndex.get(id) ?? 0)
  const order = neededOrder(p, [...index])
  const state = new CaseState(p)
  const children = baseChildren(p.plan)
  return (c, into) => {
    if (into !== undefined && (!(into instanceof Float64Array) || into.length < index.length)) {
      invalidOption(['into'], `expected a Float64Array of at least ${index.length} counts`)
    }
    const out = into ?? new Float64Array(index.length)
    state.reset(p)
    readCase(p, state, c)
    if (runCase(p, state, order)) {
      for (let j = 0; j < index.length; j++) out[j] = state.count[index[j] as number] as number
    } else {
      // only the decimal kernels can: the whole case, through the runner, no reuse
      const d = decimalCase(p.runner, p.bases, children, c)
      const results = runRules(p.runner, { bases: d.bases, replaced: d.replaced, only: outputs })
      outputs.forEach((id, j) => {
        out[j] = results.get(id)?.count ?? Number.NaN
      })
    }
    state.reset(p)
    return out
  }
}

/**
 * Compiles a plan for sweeps: its rules run once through the decimal kernels, then every base
 * becomes an index, every value and population an integer rational, and the dependency order
 * and each rule's facility beds are fixed. An evaluator then counts a case with integer
 * kernels only (safe integers below 2^53, then BigInt), allocating nothing per rule; a case
 * they cannot count exactly as the decimal kernels do (a count past 2^53 − 1, a value of more
 * than 40 digits) is evaluated by the decimal kernels instead. Never by floats. The result is
 * cached on the loaded plan: compiling it again costs nothing.
 *
 * @throws BedstaffError from `loadPlan`; from `evaluator`: `invalid-options`,
 *   `unknown-reference` (an output); when a case is counted: the errors of `createSweep`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { compilePlan, loadPlan } from 'bedstaff/plan'
 *
 * const plan = loadPlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const compiled = compilePlan(plan)
 * compilePlan(plan) === compiled // => true
 * const count = compiled.evaluator({ outputs: ['beds-per-1000', 'ambulances-per-30000'] })
 * count({}) // => [9160, 200]
 * count({ populations: { 'resident-2025': '1800000' } }) // => [8244, 180]
 * const specialist = compiled.evaluator({ outputs: ['beds-specialist-per-1000'] })
 * specialist({ populations: { 'resident-2025': 1_800_000 } })[0] // => 1944   (1.08 × 1800; floats say 1945)
 * const range = compiled.evaluator({ outputs: ['chc-physicians-per-10000'] })
 * range({}) // => [null]   (5–6 per 10,000: a range has no single count)
 * range({ values: { 'chc-physicians-per-10000': '5.5' } })[0] // => 1100
 * count({ populations: { 'resident-2026': '1' } }) // throws unknown-reference
 * ```
 */
export function compilePlan(input: unknown): CompiledPlan {
  const plan = loadPlan(input)
  const cached = compiled.get(plan)
  if (cached) return cached
  const p = programOf(plan)
  const out: CompiledPlan = Object.freeze({
    plan: plan.id,
    rules: Object.freeze([...p.ruleIds]),
    bases: Object.freeze([...p.baseIds]),
    evaluator: (options?: CompiledSweepOptions) => withNulls(evaluatorOf(p, options)),
  })
  compiled.set(plan, out)
  return out
}

/** A count as the library gives it: the number, or `null` for the NaN that marks none inside. @internal */
export const countOrNull = (n: number): number | null => (Number.isNaN(n) ? null : n)

/** The public evaluator: the typed counts read into an array, `null` where there is none. @internal */
export function withNulls(run: CountsInto): CompiledSweep {
  let counts: Float64Array | undefined
  return (c, into) => {
    if (into !== undefined && !Array.isArray(into)) {
      invalidOption(['into'], `expected an array to count into, got ${describe(into)}`)
    }
    counts = run(c, counts)
    const out = into ?? new Array<number | null>(counts.length)
    for (let j = 0; j < counts.length; j++) out[j] = countOrNull(counts[j] as number)
    out.length = counts.length
    return out
  }
}

/**
 * A compiled evaluator over a loaded plan, for the library's own sweeps: counts in a typed
 * array, NaN where a rule has none (never shown as such: callers read it as no count).
 * @internal
 */
export function compiledEvaluator(plan: Plan, options: unknown = {}): CountsInto {
  return evaluatorOf(programOf(plan), options)
}
