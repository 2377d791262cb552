/**
 * What `npm start` shows: `bedstaff evaluate` and then `bedstaff audit` on the Cixi 2021–2025
 * plan, as the command runs them, each line at most {@link START_WIDTH} columns wide.
 */
import type { Io } from './io.js'
import { run } from './run.js'

/** The plan `npm start` shows. */
export const START_PLAN = 'fixtures/cixi-2021-2025.json'

/** The widest line `npm start` prints, in display columns (a Chinese character takes two). */
export const START_WIDTH = 120

/**
 * Runs `bedstaff evaluate` and `bedstaff audit` on {@link START_PLAN}, each command line echoed
 * first, and returns 0 unless either failed with bad input or an internal error: the audit's
 * exit status 1 (it found errors) is its result, not a failure.
 */
export function startRun(io: Io): number {
  const width = String(Math.min(io.columns?.() ?? START_WIDTH, START_WIDTH))
  const show = (argv: string[]): number => {
    io.stdout(`$ bedstaff ${argv.join(' ')}\n`)
    const code = run([...argv, '--width', width], io)
    // evaluate and audit finish before they return: only `sweep --threads` gives a promise
    return typeof code === 'number' ? code : 3
  }
  const evaluated = show(['evaluate', START_PLAN])
  io.stdout('\n')
  const audited = show(['audit', START_PLAN])
  io.stdout(`\n(bedstaff audit exit status ${audited}: 1 means the audit found errors)\n`)
  return evaluated === 0 && audited <= 1 ? 0 : 1
}
