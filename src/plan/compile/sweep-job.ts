/**
 * One job of a parallel sweep, run where it lands (a worker thread, or the caller's thread):
 * a plan compiled and counted on a list of cases, the result either every count or, per
 * output, nearest-rank percentiles over the cases.
 */
import { fail } from '../../errors.js'
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

/** 0, 1, …, n − 1: the ranks `nearestRank` picks from, found by giving it these. */
const identities = new Map<number, number[]>()
function rankOf(n: number, percent: number): number {
  let identity = identities.get(n)
  if (!identity) {
    identity = Array.from({ length: n }, (_, i) => i)
    if (identities.size > 16) identities.clear()
    identities.set(n, identity)
  }
  return nearestRank(identity, percent)
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
 * counts at the ranks `nearestRank` picks, found by selection rather than a full sort.
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
    const at = (p: number) => (min === max ? min : select(column, rankOf(n, p), 0, n - 1))
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
