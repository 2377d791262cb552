/**
 * Comparing scenarios of one plan rule by rule, against the first scenario.
 */
import { Dec, decimalString } from '../decimal.js'
import { atPath, fail } from '../errors.js'
import { invalidOption } from '../options.js'
import type { EvaluateOptions } from '../plan/evaluate.js'
import { loadPlan } from '../plan/load.js'
import type { Counted, RuleResult, RuleStatus } from '../plan/result.js'
import { deepFreeze } from '../plan/schema-error.js'
import { countOf } from '../rounding.js'
import { evaluateScenario } from './evaluate.js'
import { loadScenario } from './load.js'

/**
 * Most scenarios compared at once.
 *
 * @example
 * ```ts
 * import { MAX_COMPARED_SCENARIOS } from 'bedstaff/scenario'
 *
 * MAX_COMPARED_SCENARIOS // => 50
 * ```
 */
export const MAX_COMPARED_SCENARIOS = 50

/** One scenario's result for one rule, with its difference from the first scenario. */
export interface ScenarioRuleValue {
  readonly scenario: string
  readonly status: RuleStatus
  /** The rule's value as used, e.g. "4.58" or "5-6". */
  readonly value: string
  readonly exact: string | null
  readonly count: number | null
  readonly min: Counted | null
  readonly max: Counted | null
  /** `exact` minus the first scenario's `exact` (a decimal string), or `null` if either is missing. */
  readonly exactDifference: string | null
  /** `count` minus the first scenario's `count`, or `null` if either is missing. */
  readonly countDifference: number | null
}

/** One rule across scenarios. */
export interface ComparisonRow {
  readonly rule: string
  readonly quantity: string
  /**
   * Whether any scenario differs from the first: in status, in count (or, for a rule without a
   * count, in its exact value), or in the counts of a range's ends.
   */
  readonly changed: boolean
  readonly values: readonly ScenarioRuleValue[]
}

/** What {@link compareScenarios} returns. */
export interface ScenarioComparison {
  readonly plan: string
  /** The scenario ids, in the order given; differences are against the first. */
  readonly scenarios: readonly string[]
  /** One row per rule, in plan order. */
  readonly rows: readonly ComparisonRow[]
}

const diff = (a: string | null, b: string | null): Dec | null =>
  a === null || b === null ? null : new Dec(a).minus(new Dec(b))

const sameCounted = (a: Counted | null, b: Counted | null): boolean =>
  a === null || b === null
    ? a === b
    : a.count === b.count && (a.count !== null || a.exact === b.exact)

function differs(r: RuleResult, first: RuleResult): boolean {
  if (r.status !== first.status) return true
  if (r.count !== first.count) return true
  if (r.count === null && r.exact !== first.exact) return true
  return !sameCounted(r.min, first.min) || !sameCounted(r.max, first.max)
}

/**
 * Evaluates a plan under each scenario and lists every rule, in plan order, with each scenario's
 * exact value and count and their differences from the first scenario. Rules that no scenario
 * changes are listed too, with `changed: false`. A scenario with no overrides (`{ id: 'plan' }`)
 * stands for the plan as written.
 *
 * @throws BedstaffError `invalid-options` (not a list, empty, more than 50), `invalid-scenario`
 *   (two scenarios with one id; path `['scenarios', i, 'id']`), and the errors of
 *   `evaluateScenario`, with paths prefixed by `['scenarios', i]`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { compareScenarios } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const cmp = compareScenarios(cixi, [
 *   { id: 'plan' },
 *   { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] },
 * ])
 * const beds = cmp.rows.find((r) => r.rule === 'beds-per-1000')
 * beds?.values.map((v) => v.count) // => [9160, 8931]
 * beds?.values[1]?.countDifference // => -229
 * cmp.rows.find((r) => r.rule === 'hts-per-bed-iii-a')?.changed // => false
 * ```
 */
export function compareScenarios(
  plan: unknown,
  scenarios: readonly unknown[],
  options: EvaluateOptions = {},
): ScenarioComparison {
  const p = loadPlan(plan)
  if (!Array.isArray(scenarios)) invalidOption(['scenarios'], 'expected a list of scenarios')
  if (scenarios.length === 0) invalidOption(['scenarios'], 'give at least one scenario')
  if (scenarios.length > MAX_COMPARED_SCENARIOS) {
    invalidOption(['scenarios'], `at most ${MAX_COMPARED_SCENARIOS} scenarios`)
  }
  const seen = new Map<string, number>()
  const evaluations = scenarios.map((input, i) =>
    atPath(['scenarios', i], () => {
      const s = loadScenario(input)
      const before = seen.get(s.id)
      if (before !== undefined) {
        fail('invalid-scenario', ['id'], {
          problem: `two scenarios are called "${s.id}" (also scenarios[${before}])`,
        })
      }
      seen.set(s.id, i)
      return { id: s.id, evaluation: evaluateScenario(p, s, options) }
    }),
  )
  const [head] = evaluations
  const rows: ComparisonRow[] = (head?.evaluation.rules ?? []).map((firstResult, k) => {
    const results = evaluations.map((e) => e.evaluation.rules[k] ?? firstResult)
    const values = results.map((r, j): ScenarioRuleValue => {
      const ex = diff(r.exact, firstResult.exact)
      const ct =
        r.count === null || firstResult.count === null
          ? null
          : countOf(new Dec(r.count).minus(new Dec(firstResult.count)), 'floor')
      return {
        scenario: evaluations[j]?.id ?? '',
        status: r.status,
        value: r.value,
        exact: r.exact,
        count: r.count,
        min: r.min,
        max: r.max,
        exactDifference: ex === null ? null : decimalString(ex),
        countDifference: ct,
      }
    })
    return {
      rule: firstResult.rule,
      quantity: firstResult.quantity,
      changed: results.some((r) => differs(r, firstResult)),
      values,
    }
  })
  return deepFreeze({
    plan: p.id,
    scenarios: evaluations.map((e) => e.id),
    rows,
  })
}
