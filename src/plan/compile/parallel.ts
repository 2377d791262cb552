/**
 * Parallel sweeps: one plan's cases, or whole plans with their scenarios, counted on worker
 * threads and streamed back in order, a few jobs in flight at a time, so that memory stays
 * flat however many there are. The worker threads are reached through
 * `process.getBuiltinModule`, so importing this module needs nothing of Node.js; where there
 * are none (a browser), or no built worker module to start (running from the TypeScript
 * source, unless `worker` names one), the jobs run in the calling thread, one at a time, with
 * the same results.
 */
import type * as NodeOs from 'node:os'
import type { Path } from '../../errors.js'
import { invalidOption, knownKeys, optionsObject } from '../../options.js'
import type { SweepCase } from './decimal-case.js'
import { builtin, runner } from './pool.js'
import { jobResult, type SweepJobResult } from './sweep-job.js'

/** Options of {@link sweepParallel} and {@link sweepPlansParallel}. */
export interface ParallelSweepOptions {
  /** Worker threads (1 to 64); default: the machine's available parallelism. */
  readonly threads?: number
  /** The rules counted, in order; default every rule. */
  readonly outputs?: readonly string[]
  /** Cases per job of {@link sweepParallel} (1 to 100,000); default 1,000. */
  readonly batch?: number
  /** {@link sweepPlansParallel}: per plan, percentiles of each output instead of every count. */
  readonly percentiles?: boolean
  /** The worker module to start (a built `sweep-worker.js`); default: the one beside this module. */
  readonly worker?: string | URL
}

/** A plan and its scenarios, for {@link sweepPlansParallel}. */
export interface PlanSweepJob {
  /** The plan, or its JSON text (parsed on the worker: `malformed-json` if it is not JSON). */
  readonly plan: unknown
  readonly cases: readonly SweepCase[]
}

/** One plan's sweep: its place among the jobs, and its counts or percentiles. */
export interface PlanSweepResult extends SweepJobResult {
  readonly job: number
}

/** One batch of {@link sweepParallel}: the index of its first case, and its counts. */
export interface CaseBatchResult extends SweepJobResult {
  readonly first: number
}

type Many<T> = Iterable<T> | AsyncIterable<T>
function whole(value: unknown, path: Path, lo: number, hi: number, otherwise: number): number {
  if (value === undefined) return otherwise
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    invalidOption(path, `expected a whole number from ${lo} to ${hi}`)
  }
  return value
}

function poolOptions(options: unknown) {
  const o = optionsObject(options)
  knownKeys(o, ['threads', 'outputs', 'batch', 'percentiles', 'worker'], ['options'])
  const cpus = builtin<typeof NodeOs>('node:os')?.availableParallelism() ?? 1
  if (o.worker !== undefined && typeof o.worker !== 'string' && !(o.worker instanceof URL)) {
    invalidOption(['options', 'worker'], 'expected the URL or path of a worker module')
  }
  if (o.percentiles !== undefined && typeof o.percentiles !== 'boolean') {
    invalidOption(['options', 'percentiles'], 'expected true or false')
  }
  if (o.outputs !== undefined && !Array.isArray(o.outputs)) {
    invalidOption(['options', 'outputs'], 'expected a list of rule ids')
  }
  return {
    threads: whole(o.threads, ['options', 'threads'], 1, 64, Math.min(cpus, 64)),
    worker: o.worker as string | URL | undefined,
    batch: whole(o.batch, ['options', 'batch'], 1, 100_000, 1000),
    job: {
      ...(o.outputs !== undefined ? { outputs: o.outputs as string[] } : {}),
      percentiles: o.percentiles === true,
    },
  }
}

/** Results in the order of their jobs, at most `window` jobs in flight. */
async function* inOrder<J, R>(
  jobs: Many<J>,
  window: number,
  start: (job: J, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const it = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]()
  const flying: Promise<R>[] = []
  let done = false
  let index = 0
  try {
    for (;;) {
      while (!done && flying.length < window) {
        const n = await it.next()
        if (n.done) done = true
        else {
          const p = start(n.value, index++)
          p.catch(() => {}) // awaited in turn below
          flying.push(p)
        }
      }
      const p = flying.shift()
      if (!p) return
      yield await p
    }
  } finally {
    if (!done) await it.return?.() // the caller stopped early, or a job failed: close the source
  }
}

const keys = new WeakMap<object, number>()
let lastKey = 0
const keyOf = (plan: unknown): number => {
  if (plan === null || typeof plan !== 'object') return ++lastKey
  let k = keys.get(plan)
  if (k === undefined) {
    k = ++lastKey
    keys.set(plan, k)
  }
  return k
}

/**
 * Counts many plans, each with its own cases (a county's scenarios), on worker threads, and
 * yields one result per plan in the order given: every count (`cases × outputs`, case by
 * case, `null` where a rule has no count), or with `percentiles: true` nearest-rank p5, p50, p95,
 * min and max of each output. Plans are read as they are needed, a few per thread in flight,
 * so memory stays flat for any number of plans. Each worker counts exactly as `compilePlan`.
 *
 * @throws BedstaffError `invalid-options`; while iterating: the errors of `loadPlan` and of
 *   counting a case, for the job that met them
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sweepPlansParallel } from 'bedstaff/plan'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const cases = [{}, { populations: { 'resident-2025': '1800000' } }]
 * const options = { threads: 1, outputs: ['beds-per-1000'] }
 * const got: (number | null)[] = []
 * for await (const r of sweepPlansParallel([{ plan, cases }], options)) got.push(...(r.counts ?? []))
 * got // => [9160, 8244]
 * ```
 */
export async function* sweepPlansParallel(
  jobs: Many<PlanSweepJob>,
  options: ParallelSweepOptions = {},
): AsyncGenerator<PlanSweepResult> {
  const o = poolOptions(options)
  const pool = runner(o.threads, o.worker)
  try {
    const start = async (j: PlanSweepJob, job: number) => {
      const r = await pool.run(keyOf(j.plan), j.plan, j.cases, o.job)
      return { job, ...jobResult(r) }
    }
    yield* inOrder(jobs, o.threads * 2, start)
  } finally {
    await pool.close()
  }
}

/** Cases in arrays of `size`, read as they are needed. */
async function* batches<T>(cases: Many<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = []
  for await (const c of cases) {
    batch.push(c)
    if (batch.length === size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/**
 * Counts one plan on many cases (an array, any iterable, or a stream such as the rows of a
 * CSV file through `csvCases`) on worker threads, in batches of `batch`, and yields each
 * batch's counts in order: `cases × outputs` numbers, case by case, `null` where a rule has
 * no count. Cases are read as they are needed, so memory stays flat for any number of them.
 *
 * @throws BedstaffError `invalid-options`; while iterating: the errors of `loadPlan` and of
 *   counting a case
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sweepParallel } from 'bedstaff/plan'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const cases = ['1800000', '1950000', '2000000'].map((p) => ({ populations: { 'resident-2025': p } }))
 * const got: (number | null)[] = []
 * const options = { threads: 2, batch: 2, outputs: ['beds-per-1000'] }
 * for await (const b of sweepParallel(plan, cases, options)) got.push(b.first, ...(b.counts ?? []))
 * got // => [0, 8244, 8931, 2, 9160]
 * ```
 */
export async function* sweepParallel(
  plan: unknown,
  cases: Many<SweepCase>,
  options: ParallelSweepOptions = {},
): AsyncGenerator<CaseBatchResult> {
  const o = poolOptions(options)
  const pool = runner(o.threads, o.worker)
  const key = keyOf(plan)
  let first = 0
  try {
    const start = async (batch: SweepCase[]) => {
      const at = first
      first += batch.length
      const r = await pool.run(key, plan, batch, { ...o.job, percentiles: false })
      return { first: at, ...jobResult(r) }
    }
    yield* inOrder(batches(cases, o.batch), o.threads * 2, start)
  } finally {
    await pool.close()
  }
}
