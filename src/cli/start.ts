/**
 * `npm start`: `bedstaff evaluate` and then `bedstaff audit` on the Cixi 2021–2025 plan (see
 * start-run.ts). The audit of that plan has error findings (exit status 1); that is its
 * result, not a failure of `npm start`, which fails only on exit status 2 or 3.
 */
import { nodeIo } from './io.js'
import { startRun } from './start-run.js'

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
})

process.exitCode = startRun(nodeIo)
