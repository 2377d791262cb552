/**
 * What the benchmark measures, in one module that load.ts bundles with esbuild (as the package
 * is built): the library's functions and the hand-written baselines, compiled alike.
 */
export { auditPlan } from '../../src/audit/index.js'
export {
  compilePlan,
  createSweep,
  evaluatePlan,
  loadPlan,
  sweepPlansParallel,
} from '../../src/plan/index.js'
export { decimalSweep } from '../../src/plan/sweep.js'
export { handWrittenDecimal } from './baseline-decimal.js'
export { decimalJsSweep, floatSweep } from './baselines.js'
