/**
 * Parallel sweeps: on worker threads (the worker module bundled here, dependencies and all)
 * or in the calling thread, every count is the one `compilePlan` gives, in the order given,
 * and a case refused is refused with the same error.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import { nearestRankIndex } from '../src/kernel/ranks.js'
import { compilePlan } from '../src/plan/compile/compile-plan.js'
import { csvCases } from '../src/plan/compile/csv-cases.js'
import type { SweepCase } from '../src/plan/compile/decimal-case.js'
import { sweepParallel, sweepPlansParallel } from '../src/plan/compile/parallel.js'
import { sweepJob } from '../src/plan/compile/sweep-job.js'

/** The nearest-rank percentile of sorted counts. */
const nearestRank = (sorted: readonly number[], p: number) =>
  sorted[nearestRankIndex(sorted.length, p)] as number

const root = join(import.meta.dirname, '..')
// Seed 003: Cixi 2021–2025
const cixi = JSON.parse(readFileSync(join(root, 'fixtures', 'cixi-2021-2025.json'), 'utf8'))
const outputs = [
  'beds-per-1000',
  'nurses-per-1000',
  'hts-per-bed-iii-a',
  'negative-pressure-ambulances',
]
const cases: SweepCase[] = Array.from({ length: 2500 }, (_, i) => ({
  populations: { 'resident-2025': String(1_500_000 + ((i * 7919) % 1_000_000)) },
  values: { 'beds-per-1000': (4 + (i % 150) / 100).toFixed(2) },
}))
const compiled = compilePlan(cixi).evaluator({ outputs })
const expected = cases.flatMap((c) => compiled(c))

let dir = ''
let worker = ''
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bedstaff-worker-'))
  worker = join(dir, 'sweep-worker.mjs')
  await build({
    entryPoints: [join(root, 'src', 'plan', 'compile', 'sweep-worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: worker,
    logLevel: 'silent',
  })
}, 120_000)
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('parallel sweeps', () => {
  for (const where of ['worker threads', 'the calling thread'] as const) {
    it(`on ${where}, yields every case's counts in order, each the count compilePlan gives`, async () => {
      const options = {
        threads: 2,
        batch: 300,
        outputs,
        ...(where === 'worker threads' ? { worker } : {}),
      }
      const batches = await collect(sweepParallel(cixi, cases, options))
      expect(batches.map((b) => b.first)).toEqual([0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400])
      expect(batches.flatMap((b) => Array.from(b.counts ?? []))).toEqual(expected)
    })
  }

  it('for plans × scenarios, gives each plan its counts, or nearest-rank percentiles of them', async () => {
    const jobs = [0, 1, 2].map((k) => ({ plan: cixi, cases: cases.slice(k * 800, k * 800 + 800) }))
    const counts = await collect(sweepPlansParallel(jobs, { threads: 2, outputs, worker }))
    expect(counts.map((r) => r.job)).toEqual([0, 1, 2])
    expect(counts.flatMap((r) => Array.from(r.counts ?? []))).toEqual(expected.slice(0, 2400 * 4))
    const summary = await collect(
      sweepPlansParallel(jobs, { threads: 2, outputs, worker, percentiles: true }),
    )
    const beds = summary[1]?.percentiles?.[0]
    const column = expected
      .slice(800 * 4, 1600 * 4)
      .filter((c, i): c is number => i % 4 === 0 && c !== null)
      .sort((a, b) => a - b)
    expect(beds).toEqual({
      rule: 'beds-per-1000',
      runs: 800,
      p5: nearestRank(column, 5),
      p50: nearestRank(column, 50),
      p95: nearestRank(column, 95),
      min: column[0],
      max: column[799],
    })
  })

  it('gives every output nearest-rank percentiles of its counts: the p-th of the sorted counts, for any cases', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: cases.length - 1 }), { minLength: 1, maxLength: 200 }),
        (picks) => {
          const list = picks.map((i) => cases[i] as SweepCase)
          const all = sweepJob(cixi, list)
          const summary = sweepJob(cixi, list, { percentiles: true })
          const k = all.outputs.length
          const want = all.outputs.flatMap((rule, j) => {
            const column = list
              .map((_, i) => all.counts?.[i * k + j])
              .filter((c): c is number => typeof c === 'number' && !Number.isNaN(c))
              .sort((a, b) => a - b)
            if (column.length === 0) return []
            const [p5, p50, p95] = [5, 50, 95].map((p) => nearestRank(column, p))
            return [{ rule, runs: column.length, p5, p50, p95, min: column[0], max: column.at(-1) }]
          })
          expect(summary.percentiles).toEqual(want)
        },
      ),
      { numRuns: 30 },
    )
  })

  it('reads jobs only as they are needed, and closes the source when the caller stops early', async () => {
    let read = 0
    let closed = false
    function* jobs() {
      try {
        for (;;) {
          read++
          yield { plan: cixi, cases: cases.slice(0, 10) }
        }
      } finally {
        closed = true
      }
    }
    for await (const r of sweepPlansParallel(jobs(), { threads: 2, outputs, worker })) {
      expect(r.job).toBe(0)
      break
    }
    expect(closed).toBe(true)
    expect(read).toBeLessThanOrEqual(5) // at most two jobs per thread in flight, and the next one
  })

  it('takes a plan as its JSON text, parsed where the job runs, and refuses text that is not JSON', async () => {
    const text = JSON.stringify(cixi)
    const jobs = [{ plan: text, cases: cases.slice(0, 50) }]
    for (const options of [
      { threads: 1, outputs, worker },
      { threads: 1, outputs },
    ]) {
      const [r] = await collect(sweepPlansParallel(jobs, options))
      expect(Array.from(r?.counts ?? [])).toEqual(expected.slice(0, 50 * 4))
      await expect(
        collect(sweepPlansParallel([{ plan: '{"id": ', cases: [{}] }], options)),
      ).rejects.toMatchObject({ code: 'malformed-json' })
    }
  })

  it('raises the BedstaffError a refused case raises, on worker threads as in the calling thread', async () => {
    const bad = [{ plan: cixi, cases: [{}, { values: { nowhere: '1' } }] }]
    for (const options of [{ threads: 1, worker }, { threads: 1 }]) {
      const run = collect(sweepPlansParallel(bad, options))
      await expect(run).rejects.toBeInstanceOf(BedstaffError)
      await expect(collect(sweepPlansParallel(bad, options))).rejects.toMatchObject({
        code: 'unknown-reference',
        path: ['values', 'nowhere'],
      })
    }
    await expect(collect(sweepParallel(cixi, [], { threads: 0 }))).rejects.toMatchObject({
      code: 'invalid-options',
    })
  })

  it('reads cases from CSV records: a header of populations.<base> and values.<rule>, an empty cell left as planned', async () => {
    const records = [
      ['populations.resident-2025', 'values.beds-per-1000'],
      ['1800000', ''],
      ['', '5'],
    ]
    const read = await collect(csvCases(records))
    expect(read).toEqual([
      { populations: { 'resident-2025': '1800000' } },
      { values: { 'beds-per-1000': '5' } },
    ])
    const counts = await collect(
      sweepParallel(cixi, csvCases(records), { threads: 1, outputs: ['beds-per-1000'], worker }),
    )
    expect(Array.from(counts[0]?.counts ?? [])).toEqual([8244, 10000])
    await expect(collect(csvCases([['resident-2025']]))).rejects.toMatchObject({
      code: 'invalid-options',
      path: ['header', 0],
    })
    await expect(collect(csvCases([['values.x'], ['1', '2']]))).rejects.toMatchObject({
      code: 'csv-malformed',
      path: ['rows', 2],
    })
  })
})
