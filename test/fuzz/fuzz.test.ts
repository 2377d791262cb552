import { describe, expect, it } from 'vitest'
import { FUZZ_PROPERTIES, runFuzz } from './properties.js'

/** At least 10,000 cases in CI; a fixed seed per run of the suite would hide nothing new, so it varies. */
const RUNS = 10_000
const SEED = Date.now() % 2_147_483_647

describe('fuzz: whatever bedstaff is fed, it answers or refuses clearly', () => {
  it(`runs ${RUNS} cases over ${FUZZ_PROPERTIES.length} entry points with 0 failures (seed ${SEED})`, () => {
    const cases = runFuzz(RUNS, SEED)
    console.log(`fuzz: ${cases} cases, 0 failures, seed ${SEED}`)
    expect(cases).toBeGreaterThanOrEqual(RUNS)
  }, 300_000)
})
