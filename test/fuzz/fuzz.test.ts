import { describe, expect, inject, it } from 'vitest'
import { FUZZ_PROPERTIES, runFuzz } from './properties.js'

/**
 * At least 10,000 cases in CI, with the suite's fixed seed (printed; FAST_CHECK_SEED changes it)
 * so a failure replays; `npm run fuzz` runs random seeds.
 */
const RUNS = 10_000
const SEED = inject('fastCheckSeed')

describe('fuzz: whatever bedstaff is fed, it answers or refuses clearly', () => {
  it(`runs ${RUNS} cases over ${FUZZ_PROPERTIES.length} entry points with 0 failures (seed ${SEED})`, () => {
    const cases = runFuzz(RUNS, SEED)
    console.log(`fuzz: ${cases} cases, 0 failures, seed ${SEED}`)
    expect(cases).toBeGreaterThanOrEqual(RUNS)
  }, 300_000)
})
