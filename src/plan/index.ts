/**
 * `bedstaff/plan`: plan files (format version 2) and what is done with them: `loadPlan`
 * (validation, references, migration from version 1), `evaluatePlan`, `createSweep`, norm sets,
 * and the JSON Schemas of plan and norm-set files. Validation runs through zod, which stays
 * internal: the types and JSON Schemas are the published shapes.
 *
 * @packageDocumentation
 * @module bedstaff/plan
 */

export { WORK_LIMIT } from '../options.js'
export { builtInNormSets } from './built-in-norms.js'
export {
  type CompiledPlan,
  type CompiledSweep,
  type CompiledSweepOptions,
  compilePlan,
} from './compile/compile-plan.js'
export { csvCases } from './compile/csv-cases.js'
export {
  type CaseBatchResult,
  type ParallelSweepOptions,
  type PlanSweepJob,
  type PlanSweepResult,
  sweepParallel,
  sweepPlansParallel,
} from './compile/parallel.js'
export type { SweepJobResult, SweepPercentiles } from './compile/sweep-job.js'
export { type EvaluateOptions, evaluatePlan } from './evaluate.js'
export { pickBand } from './evaluators/banded.js'
export { type JsonSchema, normSetJsonSchema, planJsonSchema } from './json-schema.js'
export { loadPlan } from './load.js'
export { loadNormSet, type NormSet } from './norm-set.js'
export type * from './result.js'
export type {
  BedsByYear,
  Facility,
  FacilityCategory,
  Scope,
} from './schema/facility.js'
export { PLAN_VERSION } from './schema/plan.js'
export { PLAN_LIMITS } from './schema/primitives.js'
export { createSweep, type Sweep, type SweepCase } from './sweep.js'
export { linearTrajectory } from './trajectory.js'
export type { Label, Range } from './types/common.js'
export type {
  AverageOfRelation,
  DifferenceRelation,
  Figure,
  FigureBound,
  GrowthRelation,
  IncludesRelation,
  IncrementTargetRelation,
  RatioOfRelation,
  Relation,
  RelationCommon,
  ShareOfRelation,
  SumRelation,
} from './types/figure-types.js'
export type {
  BaseEntry,
  NormOverride,
  NormRef,
  Plan,
  PlanDocument,
  PlanPeriod,
  StockEntry,
} from './types/plan-types.js'
export type {
  Band,
  BandedRatioRule,
  CountRule,
  From,
  LevelRule,
  Nature,
  PerCapitaRule,
  PerFacilityRule,
  RatioRule,
  Rule,
  RuleCommon,
  ShareRule,
  Trajectory,
} from './types/rule-types.js'
export { FACILITY_CATEGORIES, GRADES, type Grade } from './vocabulary.js'
export { type Level, withLevel } from './with-level.js'
