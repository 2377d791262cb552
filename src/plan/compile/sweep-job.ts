/**
 * One job of a parallel sweep, run where it lands (a worker thread, or the caller's thread):
 * a plan compiled and counted on a list of cases, the result either every count or, per
 * output, nearest-rank percentiles over the cases.
 */
import { nearestRank } from '../../scenario/monte-carlo.js'
import { compilePlan, outputsOption } from './compile-plan.js'
import type { SweepCase } from './decimal-case.js'

/** What a job returns when asked for percentiles: one entry per output with a count. */
export interface SweepPercentiles {
  readonly rule: string
  /** How many cases gave the rule a count. */
  readonly runs: number
  readonly p5: number
  readonly p50: number
  readonly p95: number
  readonly min: number
  readonly max: number
}

/** The result of one job: the plan's id, its outputs, and counts or percentiles. */
export interface SweepJobResult {
  readonly plan: string
  readonly outputs: readonly string[]
  /** How many cases were counted. */
  readonly cases: number
  /** `cases × outputs` counts, case by case (NaN: no count); absent when percentiles were asked. */
  readonly counts?: Float64Array
  /** Per output with a count in some case, in output order; only when asked for. */
  readonly percentiles?: readonly SweepPercentiles[]
}

/** Options of a job. @internal */
export interface SweepJobOptions {
  readonly outputs?: readonly string[]
  readonly percentiles?: boolean
}

/** Percentiles of each output's counts over the cases (NaN counts left out). */
function percentilesOf(
  outputs: readonly string[],
  counts: Float64Array,
  cases: number,
): SweepPercentiles[] {
  const out: SweepPercentiles[] = []
  const k = outputs.length
  const column = new Float64Array(cases)
  outputs.forEach((rule, j) => {
    let n = 0
    for (let i = 0; i < cases; i++) {
      const c = counts[i * k + j] as number
      if (!Number.isNaN(c)) column[n++] = c
    }
    if (n === 0) return
    const sorted = Array.from(column.subarray(0, n).sort())
    out.push({
      rule,
      runs: n,
      p5: nearestRank(sorted, 5),
      p50: nearestRank(sorted, 50),
      p95: nearestRank(sorted, 95),
      min: sorted[0] as number,
      max: sorted[n - 1] as number,
    })
  })
  return out
}

/**
 * Counts a plan on a list of cases, as a worker of `sweepParallel` does. @internal
 *
 * @throws BedstaffError from `compilePlan` and from counting a case
 */
export function sweepJob(
  plan: unknown,
  cases: readonly SweepCase[],
  options: SweepJobOptions = {},
): SweepJobResult {
  const compiled = compilePlan(plan)
  const outputs = outputsOption(compiled.rules, { outputs: options.outputs })
  const count = compiled.evaluator({ outputs })
  const k = outputs.length
  const counts = new Float64Array(cases.length * k)
  const one = new Float64Array(k)
  cases.forEach((c, i) => {
    counts.set(count(c, one), i * k)
  })
  if (options.percentiles) {
    const percentiles = percentilesOf(outputs, counts, cases.length)
    return { plan: compiled.plan, outputs, cases: cases.length, percentiles }
  }
  return { plan: compiled.plan, outputs, cases: cases.length, counts }
}
