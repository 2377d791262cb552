/**
 * Evaluating a whole plan into requirement tables: per rule, per stated level, per facility,
 * per grade and per bed table.
 */
import * as z from 'zod/mini'
import { describe } from '../decimal.js'
import { fail } from '../errors.js'
import { invalidOption, knownKeys, optionsObject, yearOption } from '../options.js'
import { type NamedBase, resolveBases } from './bases.js'
import { levelResult } from './evaluate-rule.js'
import type { RequirementDecimals } from './evaluators/outcome.js'
import { loadPlan } from './load.js'
import { loadNormSet, type NormSet } from './norm-set.js'
import type { Evaluation, RuleResult } from './result.js'
import { type RuleRunner, ruleRunner, runRules } from './runner.js'
import { type BaseEntry, BaseSchema, PLAN_LIMITS, type Plan } from './schema.js'
import { ENGLISH, throwSchemaError } from './schema-error.js'
import { summaries } from './summaries.js'

/** Options of {@link evaluatePlan}. */
export interface EvaluateOptions {
  /** The year of the facility, grade and table summaries; default: the plan's target year. */
  readonly year?: number
  /** Bases to add, or to replace plan bases of the same id (e.g. a registered population). */
  readonly bases?: readonly BaseEntry[]
  /** Norm sets the plan may reference (the built-in ones are always available). */
  readonly norms?: readonly NormSet[]
}

const ExtraBases = z.array(BaseSchema).check(z.maxLength(PLAN_LIMITS.bases))
const OPTION_KEYS = ['year', 'bases', 'norms'] as const

/** The checked options of evaluatePlan. @internal */
export function evaluateOptions(options: unknown): {
  year: number | undefined
  bases: readonly BaseEntry[]
  norms: readonly NormSet[]
} {
  const o = optionsObject(options)
  knownKeys(o, OPTION_KEYS, ['options'])
  let bases: readonly BaseEntry[] = []
  if (o.bases !== undefined) {
    const parsed = ExtraBases.safeParse(o.bases, ENGLISH)
    if (!parsed.success) throwSchemaError(parsed.error, ['options', 'bases'])
    bases = parsed.data
  }
  let norms: readonly NormSet[] = []
  if (o.norms !== undefined) {
    if (!Array.isArray(o.norms) || o.norms.length > 20) {
      invalidOption(
        ['options', 'norms'],
        `expected a list of at most 20 norm sets, got ${describe(o.norms)}`,
      )
    }
    norms = o.norms.map((n, i) => {
      try {
        return loadNormSet(n)
      } catch (e) {
        if (e instanceof Error && 'path' in e) {
          const p = (e as { path: readonly (string | number)[] }).path
          return fail('invalid-plan', ['options', 'norms', i, ...p], { problem: e.message })
        }
        throw e
      }
    })
  }
  const year = o.year === undefined ? undefined : yearOption(o.year, ['options', 'year'])
  return { year, bases, norms }
}

/**
 * Evaluates a plan: every rule's exact value and count with the base it used, stock and gap;
 * every stated level apart; every facility's requirements by grade; totals by grade and by
 * bed table. A rule whose base or input is missing says so in its result; it never falls back
 * to another base.
 *
 * @throws BedstaffError from {@link loadPlan} for an invalid plan, `invalid-plan` for invalid
 *   extra bases or norm sets, `invalid-options` (an unknown option), `invalid-year`,
 *   `unknown-norm-set`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const ev = evaluatePlan(plan)
 * ev.rules.find((r) => r.rule === 'beds-per-1000')?.count // => 9160
 * ev.rules.find((r) => r.rule === 'negative-pressure-ambulances')?.count // => 40
 * ev.tables[0] // => {"table":"表2","facilities":17,"openBeds":"6005"}
 * evaluatePlan(plan, { base: [] } as never) // throws invalid-options
 * ```
 */
export function evaluatePlan(input: unknown, options: EvaluateOptions = {}): Evaluation {
  const plan = loadPlan(input)
  const o = evaluateOptions(options)
  const year = o.year ?? plan.period.targetYear
  const { runner, bases } = prepared(plan, o.norms, o.bases)
  const decimals = new Map<object, RequirementDecimals>()
  const results = runRules(runner, { bases, decimals })
  const rules: RuleResult[] = []
  for (const r of runner.rules) {
    const result = results.get(r.id)
    if (result) rules.push(result)
  }
  const s = summaries(plan, rules, year, runner.dec, decimals)
  return Object.freeze({
    plan: plan.id,
    year,
    rules: Object.freeze(rules),
    levels: Object.freeze(plan.levels.map(levelResult)),
    facilities: s.facilities,
    grades: s.grades,
    tables: s.tables,
  })
}

/** The runner (with its decimal reader) and bases of a loaded plan, made once per plan. */
const preparedPlans = new WeakMap<
  Plan,
  { runner: RuleRunner; bases: ReadonlyMap<string, NamedBase> }
>()

/** The runner and bases for one evaluation: the plan's own, kept, unless the caller adds some. */
function prepared(plan: Plan, norms: readonly NormSet[], extra: readonly BaseEntry[]) {
  const own = preparedPlans.get(plan)
  if (own && norms.length === 0 && extra.length === 0) return own
  const runner = norms.length === 0 && own ? own.runner : ruleRunner(plan, norms)
  const bases = extra.length === 0 && own ? own.bases : resolveBases(plan, extra)
  if (!own && norms.length === 0 && extra.length === 0) preparedPlans.set(plan, { runner, bases })
  return { runner, bases }
}
