/**
 * Bounds of counts and populations: the counts a rate within bounds asks of a population, the
 * populations at which a total and such a rate agree, and the whole counts a value can round to.
 */
import type { Dec } from '../decimal.js'
import type { Bounds } from './bounds.js'

/**
 * The populations at which a total and a rate within `rate` bounds agree: total × per / rate.
 * The population falls as the rate rises, so the rate's high end gives the low end. `null`
 * where the rate's bounds reach 0. 9160 beds at a printed 4.58 per 1,000 ([4.575, 4.585))
 * imply (1,997,818.97…, 2,002,185.79…].
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const b = kernels.impliedPopulationBounds(toDecimal(9160), toDecimal(1000), kernels.printedBounds(toDecimal('4.58'), 2))
 * b?.lo.toDecimalPlaces(2).toString() // => "1997818.97"
 * b?.loClosed // => false
 * ```
 */
export function impliedPopulationBounds(total: Dec, per: Dec, rate: Bounds): Bounds | null {
  if (rate.lo.lte(0)) return null
  const t = total.times(per)
  return {
    lo: t.div(rate.hi),
    hi: t.div(rate.lo),
    loClosed: rate.hiClosed,
    hiClosed: rate.loClosed,
  }
}

/**
 * The counts that a rate within `rate` bounds requires of a population: rate × population / per.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const b = kernels.totalBounds(kernels.printedBounds(toDecimal('3.00'), 2), toDecimal(2_000_000), toDecimal(1000))
 * kernels.boundsJson(b) // => {"lo":"5990","hi":"6010","loClosed":true,"hiClosed":false}
 * ```
 */
export function totalBounds(rate: Bounds, population: Dec, per: Dec): Bounds {
  return { ...rate, lo: rate.lo.times(population).div(per), hi: rate.hi.times(population).div(per) }
}

/**
 * The whole counts any rounding of a value within `b` can give: [floor(lo), ceil(hi)].
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const b = kernels.wholeCounts(kernels.pointBounds(toDecimal('5536.86')))
 * kernels.boundsJson(b) // => {"lo":"5536","hi":"5537","loClosed":true,"hiClosed":true}
 * ```
 */
export function wholeCounts(b: Bounds): Bounds {
  return { lo: b.lo.floor(), hi: b.hi.ceil(), loClosed: true, hiClosed: true }
}
