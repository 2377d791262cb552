/**
 * A small deterministic pseudo-random generator for reproducible Monte Carlo runs: mulberry32 on
 * 32-bit integers, and the exact conversion of its draws to decimals.
 */

import { Dec } from '../decimal.js'
import { pointBetween } from '../kernel/arithmetic.js'

/** 2^32, the number of distinct draws. */
const TWO_TO_32 = new Dec(2).pow(32)

/** A source of 32-bit unsigned integers; each call advances its own state. */
export type Draw = () => number

/**
 * mulberry32: a generator of 32-bit unsigned integers from a 32-bit seed. The state lives in the
 * returned closure; the same seed always gives the same sequence.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const a = monteCarlo(cixi, { runs: 20, seed: 42 })
 * const b = monteCarlo(cixi, { runs: 20, seed: 42 })
 * JSON.stringify(a) === JSON.stringify(b) // => true
 * ```
 */
export function mulberry32(seed: number): Draw {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

/**
 * A draw as an exact decimal in [0, 1): k / 2^32, which always terminates (at most 32 places).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * // Seed 0 draws k = 1144304738 first: the 5–6 per 10,000 rule gets
 * // 5 + k / 2^32 = 5.2664292086847126483917236328125 exactly
 * const mc = monteCarlo(cixi, { runs: 1, seed: 0 })
 * mc.rules.find((r) => r.rule === 'chc-physicians-per-10000')?.p50 // => 1054   (5.266… × 200 = 1053.29 → 1054)
 * ```
 */
export function unitDecimal(k: number): Dec {
  return new Dec(k).div(TWO_TO_32)
}

/**
 * A uniform draw in [lo, hi): lo + (k / 2^32) × (hi − lo), in Dec.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * // A range of one value [lo, lo] always draws lo exactly.
 * const populations = [{ base: 'resident-2025', lo: '2000000', hi: '2000000' }]
 * const mc = monteCarlo(cixi, { runs: 5, seed: 9, populations })
 * mc.rules.find((r) => r.rule === 'beds-per-1000')?.max // => 9160
 * ```
 */
export function uniformDecimal(next: Draw, lo: Dec, hi: Dec): Dec {
  return pointBetween(lo, hi, unitDecimal(next()))
}
