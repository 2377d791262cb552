/**
 * `npm run fuzz -- --runs N [--seed S] [--compiled C]`: the fuzz properties with as many cases
 * as asked for, then the compiled differential until C cases (default 1,000,000) have been
 * compared. Prints the seed first, so a failure can be replayed with the same `--seed`.
 */
import { parseArgs } from 'node:util'
import { runCompiledFuzz } from './compiled-plans.js'
import { runFuzz } from './properties.js'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    compiled: { type: 'string', default: '1000000' },
  },
  strict: true,
})
const runs = Number.parseInt(values.runs, 10)
const compiled = Number.parseInt(values.compiled, 10)
const seed =
  values.seed === undefined ? Date.now() % 2_147_483_647 : Number.parseInt(values.seed, 10)
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed) || !(compiled >= 0)) {
  console.error('usage: npm run fuzz -- --runs N [--seed S] [--compiled C]')
  process.exit(2)
}
console.log(`fuzz: ${runs} cases, seed ${seed} (replay with --seed ${seed})`)
const started = performance.now()
try {
  const cases = runFuzz(runs, seed, (line) => console.log(line))
  const compared = runCompiledFuzz(compiled, seed, (line) => console.log(line))
  console.log(`fuzz: compiled differential, ${compared} cases compared, 0 mismatches`)
  console.log(
    `fuzz: ${cases} cases, 0 failures, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
} catch (e) {
  console.error(e instanceof Error ? e.message : e)
  console.error(`fuzz: FAILED, seed ${seed} (replay with --seed ${seed})`)
  process.exit(1)
}
