/**
 * The `bedstaff` command (bundled as `dist/cli-main.cjs`, started by `dist/cli.js`): wires
 * {@link run} to the process. A closed pipe on stdout (`bedstaff evaluate … | head -1`) ends
 * the process quietly.
 */
import { nodeIo } from './io.js'
import { run } from './run.js'

const quietOnPipe = (e: NodeJS.ErrnoException): void => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`bedstaff: output failed: ${e.code ?? e.message}\n`)
  process.exit(3)
}
process.stdout.on('error', quietOnPipe)
process.stderr.on('error', () => process.exit(process.exitCode ?? 2))
process.on('uncaughtException', (e) => {
  try {
    process.stderr.write(`bedstaff: internal error: ${String(e?.message ?? e).split('\n')[0]}\n`)
  } finally {
    process.exit(3)
  }
})

const code = run(process.argv.slice(2), nodeIo)
if (typeof code === 'number') process.exitCode = code
else
  void code.then((c) => {
    process.exitCode = c
  })
