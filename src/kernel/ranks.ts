/**
 * Ranks among sorted counts: which of n sorted values a nearest-rank percentile is. Integer
 * arithmetic on small whole numbers, exact.
 */

/**
 * The index (from 0) of the nearest-rank `percent` percentile among `n` sorted values: the
 * ⌈percent × n / 100⌉-th value, the first for a rank of 0. `percent` is a whole number from 0
 * to 100 and `n` a whole number of at least 1 and at most 2^40; for these the quotient is
 * exact (`percent × n` is a safe integer and a fraction of a hundredth never rounds onto a
 * whole number). Of 20 runs, p5 is the 1st, p50 the 10th and p95 the 19th.
 *
 * @example
 * ```ts
 * import { kernels } from 'bedstaff'
 *
 * [5, 50, 95].map((p) => kernels.nearestRankIndex(20, p)) // => [0, 9, 18]
 * kernels.nearestRankIndex(1, 95) // => 0
 * ```
 */
export function nearestRankIndex(n: number, percent: number): number {
  return Math.max(Math.ceil((percent * n) / 100), 1) - 1
}
