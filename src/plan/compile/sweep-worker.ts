/**
 * The worker thread of `sweepParallel` (its own entry: only a worker loads it). It keeps the
 * last few plans it was sent, loaded and compiled, by the key the caller gave them, and
 * answers each job with its result, or the error it met.
 */
import { parentPort } from 'node:worker_threads'
import { BedstaffError } from '../../errors.js'
import { loadPlan } from '../load.js'
import type { Plan } from '../schema.js'
import type { SweepCase } from './decimal-case.js'
import { planOfJob, type SweepJobOptions, sweepJob } from './sweep-job.js'

/** A job as the pool sends it: the plan itself only the first time this worker sees its key. */
interface JobMessage {
  readonly id: number
  readonly key: number
  readonly plan?: unknown
  readonly cases: readonly SweepCase[]
  readonly options: SweepJobOptions
}

const KEEP = 8
const plans = new Map<number, Plan | BedstaffError>()

parentPort?.on('message', (m: JobMessage) => {
  try {
    if (m.plan !== undefined) {
      let loaded: Plan | BedstaffError
      try {
        loaded = loadPlan(planOfJob(m.plan))
      } catch (e) {
        if (!(e instanceof BedstaffError)) throw e
        loaded = e
      }
      plans.set(m.key, loaded)
      if (plans.size > KEEP) plans.delete(plans.keys().next().value as number)
    }
    const plan = plans.get(m.key)
    if (plan === undefined) throw new Error(`sweep worker: no plan ${m.key}`)
    if (plan instanceof BedstaffError) throw plan
    const result = sweepJob(plan, m.cases, m.options)
    parentPort?.postMessage(
      { id: m.id, result },
      result.counts ? [result.counts.buffer as ArrayBuffer] : [],
    )
  } catch (e) {
    const error =
      e instanceof BedstaffError
        ? { code: e.code, path: [...e.path], params: { ...e.params } }
        : { message: e instanceof Error ? e.message : String(e) }
    parentPort?.postMessage({ id: m.id, error })
  }
})
