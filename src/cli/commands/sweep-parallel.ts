/**
 * `bedstaff sweep --threads N`: the rows of the cases file counted on N worker threads by
 * `sweepParallel`, a batch at a time, and given back in order. A batch that fails is counted
 * again in this thread, row by row, so that the error names its row exactly as without
 * `--threads`.
 */
import { BedstaffError } from '../../errors.js'
import { sweepParallel } from '../../plan/compile/parallel.js'
import type { SweepCase } from '../../plan/sweep.js'
import { CliFailure } from '../failure.js'
import type { CaseRow, SweepInput } from './sweep-input.js'

/** Cases per batch sent to a worker. */
const BATCH = 1000

/**
 * The counts of every row of the cases file, in order, counted on `threads` worker threads.
 *
 * @throws CliFailure (while iterating) for a row that cannot be read or counted, at its row
 */
export async function* parallelRows(s: SweepInput, threads: number): AsyncGenerator<CaseRow> {
  const names: string[] = []
  function* cases(): Generator<SweepCase> {
    for (let k = 0; k < s.rows; k++) {
      const { name, sweepCase } = s.caseAt(k)
      names.push(name)
      yield sweepCase
    }
  }
  const width = s.outputs.length
  let done = 0
  try {
    const batches = sweepParallel(s.plan, cases(), { threads, outputs: s.outputs, batch: BATCH })
    for await (const b of batches) {
      const counts = b.counts ?? []
      for (let i = 0; i < b.cases; i++) {
        yield [names[b.first + i] ?? '', counts.slice(i * width, (i + 1) * width)]
      }
      done = b.first + b.cases
    }
  } catch (e) {
    if (!(e instanceof BedstaffError) && !(e instanceof CliFailure)) throw e
    // the rows not given yet, in this thread: the first that fails throws at its row
    for (let k = done; k < s.rows; k++) s.countAt(k)
    throw e
  }
}
