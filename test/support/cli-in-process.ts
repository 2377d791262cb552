/**
 * The `bedstaff` command run in this process (`run` from src/cli/run.ts) against the real file
 * system, its output captured: what the command tests that need no child process share.
 */
import { type Io, nodeIo } from '../../src/cli/io.js'
import { run } from '../../src/cli/run.js'

/** What a command printed, its exit status, and how many writes its output took. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly writes: number
}

/** An Io on the real files that captures stdout and stderr; `columns` is the terminal's width. */
export function capturedIo(columns?: number): { io: Io; result: (code: number) => CliRun } {
  let stdout = ''
  let stderr = ''
  let writes = 0
  const io: Io = {
    ...nodeIo,
    stdout: (t) => {
      stdout += t
      writes++
    },
    stderr: (t) => {
      stderr += t
    },
    columns: () => columns,
  }
  return { io, result: (code) => ({ code, stdout, stderr, writes }) }
}

/** Runs `bedstaff ...argv`; the command must finish before it returns (all but `sweep --threads`). */
export function bedstaffInProcess(argv: readonly string[], columns?: number): CliRun {
  const { io, result } = capturedIo(columns)
  const code = run(argv, io)
  if (typeof code !== 'number') {
    throw new Error('a command run in process must finish before it returns')
  }
  return result(code)
}

/** Runs `bedstaff ...argv` to its end, whether it finishes at once or later. */
export async function bedstaffToEnd(argv: readonly string[]): Promise<CliRun> {
  const { io, result } = capturedIo()
  return result(await run(argv, io))
}
