/**
 * One job of a parallel sweep, run where it lands (a worker thread, or the caller's thread):
 * a plan compiled and counted on a list of cases, the result either every count or, per
 * output, nearest-rank percentiles over the cases.
 */
import { fail } from '../../errors.js'
import { nearestRankIndex } from '../../kernel/ranks.js'
import { loadPlan } from '../load.js'
import { compiledEvaluator, countOrNull, outputsOption, programOf } from './compile-plan.js'
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
  /** `cases × outputs` counts, case by case (`null`: no count); absent when percentiles were asked. */
  readonly counts?: readonly (number | null)[]
  /** Per output with a count in some case, in output order; only when asked for. */
  readonly percentiles?: readonly SweepPercentiles[]
}

/** A job's result as a worker sends it: counts in a typed array (NaN: no count), which a
 * thread hands over without copying. @internal */
export interface SweepJobOutput extends Omit<SweepJobResult, 'counts'> {
  readonly counts?: Float64Array
}

/** A job's result as the library gives it: `null` where a rule has no count. @internal */
export function jobResult(output: SweepJobOutput): SweepJobResult {
  const { counts, ...rest } = output
  if (counts === undefined) return rest
  return { ...rest, counts: Array.from(counts, countOrNull) }
}

/** Options of a job. @internal */
export interface SweepJobOptions {
  readonly outputs?: readonly string[]
  readonly percentiles?: boolean
}

/** Reorders `a[lo..hi]` so that `a[k]` holds the value a full sort would put there. */
function select(a: Float64Array, k: number, lo: number, hi: number): number {
  let l = lo
  let h = hi
  while (l < h) {
    const pivot = a[(l + h) >>> 1] as number
    let i = l
    let j = h
    while (i <= j) {
      while ((a[i] as number) < pivot) i++
      while ((a[j] as number) > pivot) j--
      if (i <= j) {
        const t = a[i] as number
        a[i++] = a[j] as number
        a[j--] = t
      }
    }
    if (k <= j) h = j
    else if (k >= i) l = i
    else break
  }
  return a[k] as number
}

/**
 * Nearest-rank percentiles of each output's counts over the cases (NaN counts left out): the
 * counts at the ranks `nearestRankIndex` picks, found by selection rather than a full sort.
 */
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
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (let i = 0; i < cases; i++) {
      const c = counts[i * k + j] as number
      if (Number.isNaN(c)) continue
      column[n++] = c
      if (c < min) min = c
      if (c > max) max = c
    }
    if (n === 0) return
    const at = (p: number) => (min === max ? min : select(column, nearestRankIndex(n, p), 0, n - 1))
    out.push({ rule, runs: n, p5: at(5), p50: at(50), p95: at(95), min, max })
  })
  return out
}

/**
 * A job's plan: the plan itself, or its JSON text (read here, where the job runs, so that
 * plans read from files are parsed on the workers). @internal
 *
 * @throws BedstaffError `malformed-json`
 */
export function planOfJob(plan: unknown): unknown {
  if (typeof plan !== 'string') return plan
  try {
    return JSON.parse(plan)
  } catch (e) {
    return fail('malformed-json', [], { reason: e instanceof Error ? e.message : String(e) })
  }
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
): SweepJobOutput {
  const loaded = loadPlan(plan)
  const outputs = outputsOption(programOf(loaded).ruleIds, { outputs: options.outputs })
  const count = compiledEvaluator(loaded, { outputs })
  const k = outputs.length
  const counts = new Float64Array(cases.length * k)
  const one = new Float64Array(k)
  cases.forEach((c, i) => {
    counts.set(count(c, one), i * k)
  })
  if (options.percentiles) {
    const percentiles = percentilesOf(outputs, counts, cases.length)
    return { plan: loaded.id, outputs, cases: cases.length, percentiles }
  }
  return { plan: loaded.id, outputs, cases: cases.length, counts }
}
