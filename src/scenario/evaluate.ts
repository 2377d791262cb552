/**
 * Evaluating a scenario: the plan's evaluation with the scenario's overrides applied.
 */
import { type EvaluateOptions, evaluatePlan } from '../plan/evaluate.js'
import type { Evaluation } from '../plan/result.js'
import { applyScenario } from './apply.js'

/**
 * Evaluates a plan under a scenario: {@link applyScenario}, then `evaluatePlan` with the given
 * options (whose extra `bases` replace bases of the same id after the scenario's overrides).
 *
 * @throws BedstaffError as `applyScenario` and `evaluatePlan`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluateScenario } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const ev = evaluateScenario(cixi, {
 *   id: 'low',
 *   populations: [{ base: 'resident-2025', value: '1950000' }],
 * })
 * ev.rules.find((r) => r.rule === 'beds-per-1000')?.count // => 8931   (4.58 × 1950)
 * ev.rules.find((r) => r.rule === 'ambulances-per-30000')?.count // => 195   (3 × 1,950,000 / 30,000)
 * ```
 */
export function evaluateScenario(
  plan: unknown,
  scenario: unknown,
  options: EvaluateOptions = {},
): Evaluation {
  return evaluatePlan(applyScenario(plan, scenario), options)
}
