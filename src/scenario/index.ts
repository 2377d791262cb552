/**
 * `bedstaff/scenario`: a plan plus overrides (populations, rule values, rounding), scenario
 * files and their JSON Schema, comparisons, yearly tables, sensitivity and Monte Carlo.
 *
 * @packageDocumentation
 * @module bedstaff/scenario
 */

export { applyScenario, projectedBaseId } from './apply.js'
export {
  type ComparisonRow,
  compareScenarios,
  MAX_COMPARED_SCENARIOS,
  type ScenarioComparison,
  type ScenarioRuleValue,
} from './compare.js'
export { evaluateScenario } from './evaluate.js'
export { checkGrowthPlausible, growthFraction } from './growth-rate.js'
export { scenarioJsonSchema } from './json-schema.js'
export { loadScenario } from './load.js'
export {
  MAX_RUNS,
  type MonteCarlo,
  type MonteCarloOptions,
  type MonteCarloRule,
  monteCarlo,
  type PopulationRange,
} from './monte-carlo.js'
export { PROJECTION_DECIMALS } from './projection.js'
export type {
  PopulationGrowth,
  PopulationOverride,
  RoundingOverride,
  RuleOverride,
  Scenario,
} from './scenario-types.js'
export { SCENARIO_LIMITS } from './schema.js'
export {
  type Sensitivity,
  type SensitivityOptions,
  type SensitivityRow,
  type SensitivityTable,
  sensitivity,
} from './sensitivity.js'
export {
  type YearlyCell,
  type YearlyPopulation,
  type YearlyRow,
  type YearlyTable,
  type YearlyTableOptions,
  yearlyTable,
} from './yearly-table.js'
