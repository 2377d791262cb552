/**
 * The seed of every fast-check property in the test suite: fixed, so that a property test gives
 * the same cases on every machine and every run, and a failure replays. `FAST_CHECK_SEED=<n>`
 * explores another; `npm run fuzz` draws a random one.
 *
 * vitest.config.ts provides the seed to the tests (test/support/fast-check-setup.ts applies it)
 * and runs this module's default export as global setup, which prints it once.
 */
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheckSeed: number
  }
}

/** The seed unless FAST_CHECK_SEED names another. */
export const DEFAULT_SEED = 20_212_025

/** The seed of this run: FAST_CHECK_SEED if set, else {@link DEFAULT_SEED}. */
export function fastCheckSeed(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.FAST_CHECK_SEED
  if (text === undefined || text.trim() === '') return DEFAULT_SEED
  const seed = Number(text)
  if (!Number.isSafeInteger(seed)) throw new Error(`FAST_CHECK_SEED must be an integer: ${text}`)
  return seed
}

const PRINTED = Symbol.for('bedstaff.fastCheckSeedPrinted')

/** Global setup: says which seed the run uses. Every project runs it; the first one prints. */
export default function printSeed(project: TestProject): void {
  const g = globalThis as { [PRINTED]?: boolean }
  if (g[PRINTED]) return
  g[PRINTED] = true
  const seed = project.getProvidedContext().fastCheckSeed
  console.log(`fast-check seed ${seed} (replay with FAST_CHECK_SEED=${seed})`)
}
