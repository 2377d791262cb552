/**
 * Population growth kernels: a year of growth at a rate, and the geometric path between two
 * populations.
 */
import { Dec } from '../decimal.js'

/**
 * One year of growth: `v × (1 + rate)`, the rate a fraction (0.02 for 2 %).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.grownBy(toDecimal(1_000_000), toDecimal('0.02')).toString() // => "1020000"
 * ```
 */
export function grownBy(v: Dec, rate: Dec): Dec {
  return v.times(new Dec(1).plus(rate))
}

/**
 * The geometric path from `a` in year `t0` to `b` in year `t1`, at year `t`:
 * `a × (b / a)^((t − t0) / (t1 − t0))`, to 40 significant digits (irrational in general).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.geometricBetween(toDecimal(100), toDecimal(400), 2020, 2022, 2021).toString() // => "200"
 * ```
 */
export function geometricBetween(a: Dec, b: Dec, t0: number, t1: number, t: number): Dec {
  if (t === t0) return a
  if (t === t1) return b
  return a.times(b.div(a).pow(new Dec(t - t0).div(t1 - t0)))
}
