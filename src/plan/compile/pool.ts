/**
 * Where the jobs of a parallel sweep run: a pool of worker threads, each keeping the plans it
 * was sent by key, or, where no worker can start, the calling thread.
 */
import type * as NodeFs from 'node:fs'
import type * as NodeUrl from 'node:url'
import type * as NodeWorkers from 'node:worker_threads'
import { BedstaffError, type ErrorCode, type Path } from '../../errors.js'
import { loadPlan } from '../load.js'
import type { SweepCase } from './decimal-case.js'
import { planOfJob, type SweepJobOptions, type SweepJobOutput, sweepJob } from './sweep-job.js'

type Builtin = (id: string) => unknown

/** A Node.js built-in module, or undefined where there is none (a browser). @internal */
export function builtin<T>(id: string): T | undefined {
  const get = (globalThis as { process?: { getBuiltinModule?: Builtin } }).process?.getBuiltinModule
  return get?.(id) as T | undefined
}

/** The worker module beside this one when it is built (`sweep-worker.js` is there), else none. */
function workerBeside(): URL | undefined {
  const url = import.meta.url as string | undefined
  const file = typeof __filename === 'string' ? __filename : undefined
  const toUrl = builtin<typeof NodeUrl>('node:url')
  const here = url ?? (file && toUrl?.pathToFileURL(file).href)
  if (!here || here.endsWith('.ts') || !toUrl) return undefined
  const worker = new URL('./sweep-worker.js', here)
  const exists = builtin<typeof NodeFs>('node:fs')?.existsSync(toUrl.fileURLToPath(worker))
  return exists ? worker : undefined
}

/** Runs jobs: on worker threads, or in the calling thread. @internal */
export interface Runner {
  run(
    key: number,
    plan: unknown,
    cases: readonly SweepCase[],
    options: SweepJobOptions,
  ): Promise<SweepJobOutput>
  close(): Promise<void>
}

/** The calling thread: each plan as first given for its key (compiled once, on the plan). */
class Inline implements Runner {
  private readonly plans = new Map<number, unknown>()
  async run(key: number, plan: unknown, cases: readonly SweepCase[], options: SweepJobOptions) {
    let loaded = this.plans.get(key)
    if (loaded === undefined) {
      loaded = loadPlan(planOfJob(plan))
      this.plans.set(key, loaded)
    }
    return sweepJob(loaded, cases, options)
  }
  async close(): Promise<void> {}
}

/** A pool of worker threads, or the calling thread where none can start. @internal */
export function runner(threads: number, worker: string | URL | undefined): Runner {
  const threadsModule = builtin<typeof NodeWorkers>('node:worker_threads')
  const script = worker ?? workerBeside()
  return threadsModule && script ? new Pool(threadsModule.Worker, threads, script) : new Inline()
}

type Waiting = { resolve: (r: SweepJobOutput) => void; reject: (e: Error) => void }
interface Slot {
  readonly worker: NodeWorkers.Worker
  readonly waiting: Map<number, Waiting>
  readonly seen: Set<number>
}

/** Worker threads, each with the jobs it was given and the plans it has seen. */
class Pool implements Runner {
  private readonly slots: Slot[] = []
  private next = 0

  constructor(Worker: typeof NodeWorkers.Worker, threads: number, script: string | URL) {
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script)
      const slot: Slot = { worker, waiting: new Map(), seen: new Set() }
      worker.on('message', (m: { id: number; result?: SweepJobOutput; error?: never }) => {
        const w = slot.waiting.get(m.id)
        slot.waiting.delete(m.id)
        if (m.error) w?.reject(errorOf(m.error))
        else if (m.result) w?.resolve(m.result)
      })
      const fail = (e: Error) => {
        for (const w of slot.waiting.values()) w.reject(e)
        slot.waiting.clear()
      }
      worker.on('error', fail)
      worker.on('exit', () => fail(new Error('a sweep worker stopped')))
      this.slots.push(slot)
    }
  }

  /** Runs a job on the least busy worker (sending the plan only to a worker new to it). */
  run(key: number, plan: unknown, cases: readonly SweepCase[], options: SweepJobOptions) {
    let slot = this.slots[0] as Slot
    for (const s of this.slots) if (s.waiting.size < slot.waiting.size) slot = s
    const id = this.next++
    const first = !slot.seen.has(key)
    slot.seen.add(key)
    return new Promise<SweepJobOutput>((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject })
      slot.worker.postMessage({ id, key, cases, options, ...(first ? { plan } : {}) })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}

function errorOf(e: { code?: ErrorCode; path?: Path; params?: never; message?: string }): Error {
  return e.code ? new BedstaffError(e.code, e.path ?? [], e.params) : new Error(e.message)
}
