/**
 * `npm start`: `bedstaff evaluate` and then `bedstaff audit` on the Cixi 2021–2025 plan, as
 * the command runs them. The audit of that plan has error findings (exit status 1); that is
 * its result, not a failure of `npm start`, which fails only on exit status 2 or 3.
 */
import { nodeIo } from './io.js'
import { run } from './run.js'

const plan = 'fixtures/cixi-2021-2025.json'
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
})

const show = (argv: string[]): number => {
  nodeIo.stdout(`$ bedstaff ${argv.join(' ')}\n`)
  return run(argv, nodeIo)
}
const evaluated = show(['evaluate', plan])
nodeIo.stdout('\n')
const audited = show(['audit', plan])
nodeIo.stdout(`\n(bedstaff audit exit status ${audited}: 1 means the audit found errors)\n`)
process.exitCode = evaluated === 0 && audited <= 1 ? 0 : 1
