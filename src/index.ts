/**
 * bedstaff: exact, explicit, checkable arithmetic for health-resource planning.
 *
 * Everything here is a pure function or a constant; importing the library does nothing.
 * @packageDocumentation
 */

export { type Audit, auditPlan } from './audit/audit.js'
export {
  type Explanation,
  FINDING_CODES,
  FINDINGS,
  type Finding,
  type FindingCode,
  type FindingNumbers,
  type Severity,
} from './audit/finding.js'
export { Dec, type DecimalInput, decimalString, toDecimal } from './decimal.js'
export { type Amount, amountValue } from './derive/amount.js'
export { type CompoundMinimum, compoundMinimum } from './derive/compound-minimum.js'
export { type Gap, type GapStatus, gap, increment } from './derive/gap.js'
export { type ImpliedPopulation, impliedPopulation } from './derive/implied-population.js'
export { type RateFromTotal, rateFromTotal } from './derive/rate-from-total.js'
export { type ComponentSum, sumComponents, sumRates } from './derive/sum.js'
export { ratioOf, type ThroughRatio, throughRatio } from './derive/through-ratio.js'
export { type TotalFromRate, totalFromRate } from './derive/total-from-rate.js'
export {
  BedstaffError,
  ERROR_CODES,
  type ErrorCode,
  formatPath,
  isBedstaffError,
  type Path,
} from './errors.js'
export type { Binding, Bounds, CompoundMinimumParts } from './kernel/index.js'
export * as kernels from './kernel/index.js'
export type { NormForm, NormValue, ParsedNorm, PrintedNumber } from './norm/norm.js'
export { MAX_NORM_TEXT, normalizeNormText, parseNorm } from './norm/parse-norm.js'
export { WORK_LIMIT } from './options.js'
export { builtInNormSets } from './plan/built-in-norms.js'
export { type EvaluateOptions, evaluatePlan } from './plan/evaluate.js'
export { pickBand } from './plan/evaluators/banded.js'
export { planJsonSchema } from './plan/json-schema.js'
export { loadPlan } from './plan/load.js'
export { loadNormSet, type NormSet, NormSetSchema } from './plan/norm-set.js'
export type * from './plan/result.js'
export type { BaseEntry } from './plan/schema/base.js'
export {
  FACILITY_CATEGORIES,
  type Facility,
  GRADES,
  type Grade,
  type Scope,
} from './plan/schema/facility.js'
export type { Figure } from './plan/schema/figure.js'
export {
  type NormRef,
  PLAN_VERSION,
  type Plan,
  PlanSchema,
  type StockEntry,
} from './plan/schema/plan.js'
export { PLAN_LIMITS } from './plan/schema/primitives.js'
export type { Relation } from './plan/schema/relation.js'
export type { From, LevelRule, Rule } from './plan/schema/rule.js'
export { createSweep, type Sweep, type SweepCase } from './plan/sweep.js'
export { linearTrajectory } from './plan/trajectory.js'
export { type Level, withLevel } from './plan/with-level.js'
export {
  type AgeBand,
  BASE_KIND_ZH,
  BASE_KINDS,
  type BaseKind,
  type BaseOptions,
  base,
  type PopulationBase,
  VINTAGES,
  type Vintage,
} from './population/base.js'
export { convertBase } from './population/convert-base.js'
export type { Source } from './provenance.js'
export { COMPARATOR_SYMBOL, COMPARATORS, type Comparator } from './quantity/comparator.js'
export {
  contains,
  type Interval,
  intersect,
  interval,
  printedInterval,
} from './quantity/interval.js'
export { QUANTITY_KIND_LIST, QUANTITY_KINDS, type QuantityKind } from './quantity/kinds.js'
export { perCapita, type Rate, rate, rescale } from './quantity/rate.js'
export { type Ratio, ratio } from './quantity/ratio.js'
export { type Share, share, shareFraction } from './quantity/share.js'
export { type Stock, stock } from './quantity/stock.js'
export { findingsGrid } from './report/audit-grid.js'
export { comparisonGrid } from './report/comparison-grid.js'
export { csvTable } from './report/csv.js'
export { basesFromCsv, facilitiesFromCsv } from './report/csv-import.js'
export {
  EVALUATION_TABLES,
  type EvaluationTable,
  evaluationGrid,
} from './report/evaluation-grids.js'
export {
  type Column,
  type ColumnUse,
  type Grid,
  type Lang,
  REPORT_FORMATS,
  type ReportFormat,
} from './report/grid.js'
export { stableJson } from './report/json.js'
export { markdownTable } from './report/markdown.js'
export {
  type RenderOptions,
  renderAudit,
  renderComparison,
  renderEvaluation,
  renderGrids,
  renderTotal,
} from './report/render.js'
export { textTable } from './report/text-table.js'
export { totalGrid } from './report/total-grid.js'
export { countOf, ROUNDINGS, type Rounding, roundTo } from './rounding.js'
export { applyScenario, projectedBaseId } from './scenario/apply.js'
export {
  type ComparisonRow,
  compareScenarios,
  MAX_COMPARED_SCENARIOS,
  type ScenarioComparison,
  type ScenarioRuleValue,
} from './scenario/compare.js'
export { evaluateScenario } from './scenario/evaluate.js'
export { checkGrowthPlausible, growthFraction } from './scenario/growth-rate.js'
export { loadScenario } from './scenario/load.js'
export {
  MAX_RUNS,
  type MonteCarlo,
  type MonteCarloOptions,
  type MonteCarloRule,
  monteCarlo,
  type PopulationRange,
} from './scenario/monte-carlo.js'
export { PROJECTION_DECIMALS } from './scenario/projection.js'
export {
  type PopulationOverride,
  type RoundingOverride,
  type RuleOverride,
  SCENARIO_LIMITS,
  type Scenario,
  ScenarioSchema,
} from './scenario/schema.js'
export {
  type Sensitivity,
  type SensitivityOptions,
  type SensitivityRow,
  type SensitivityTable,
  sensitivity,
} from './scenario/sensitivity.js'
export {
  type YearlyCell,
  type YearlyPopulation,
  type YearlyRow,
  type YearlyTable,
  type YearlyTableOptions,
  yearlyTable,
} from './scenario/yearly-table.js'
