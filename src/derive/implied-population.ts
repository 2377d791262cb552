/**
 * Implied population: which population a total and a rate imply. 9160 beds at 4.58 per 1,000
 * imply 2,000,000; since "4.58" is itself rounded, they imply any population in
 * (1,997,818.97…, 2,002,185.79…].
 */

import { assertComparator, type Comparator } from '../comparator.js'
import { Dec, decimalString, MAX_MAGNITUDE, nonNegative, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { populationOf } from '../kernel/arithmetic.js'
import { type Bounds, divBounds, pointBounds, timesBounds } from '../kernel/bounds.js'
import { impliedPopulationBounds } from '../kernel/counts.js'
import { printedBounds, printedDecimals, printedNumberBounds } from '../kernel/printed.js'
import { optionsOf } from '../made.js'
import type { BaseKind } from '../population/base.js'
import { type Interval, madeInterval } from '../quantity/interval.js'
import type { QuantityKind } from '../quantity/kinds.js'
import { type Rate, validRate } from '../quantity/rate.js'

/**
 * The population a total and a rate imply: `exact` from the rate's value, and `interval` from the
 * interval its printed form stands for (half-up rounding at the printed decimals).
 *
 * @example
 * ```ts
 * import { type ImpliedPopulation, impliedPopulation, rate } from 'bedstaff'
 *
 * const physicians = rate('physicians', '3.65', { per: 1000, base: 'resident' })
 * const p: ImpliedPopulation<'resident'> = impliedPopulation(7300, physicians)
 * p.exact // => "2000000"
 * ```
 */
export interface ImpliedPopulation<K extends BaseKind = BaseKind> {
  readonly type: 'implied-population'
  readonly base: K
  readonly total: string
  readonly exact: string
  readonly interval: Interval
  readonly rate: Rate<QuantityKind, K>
}

/**
 * The populations a total and a rate within its printed bounds agree on: over the interval
 * of the printed value; or, where the scale is printed rounded ("1 per 4.5万"), with the value
 * exact and the scale over its interval.
 */
function impliedBounds(t: Dec, r: Rate, value: Dec, per: Dec): Bounds | null {
  if (r.perPrinted === undefined) {
    const printed = printedBounds(toDecimal(r.printed), printedDecimals(r.printed))
    return impliedPopulationBounds(t, per, printed)
  }
  const perBounds = printedNumberBounds(r.perPrinted, per) ?? pointBounds(per)
  return divBounds(timesBounds(pointBounds(t), perBounds), pointBounds(value))
}

/**
 * A rate stated as met (`ge`: at least one per N) bounds the population from above only; one
 * stated as not exceeded (`le`) from below only. The other end is the supported range (0 or
 * 10^15). A level (`eq`, `approx`) keeps both ends.
 */
function boundedBy(b: Bounds, cmp: Comparator): Bounds {
  if (cmp === 'ge' || cmp === 'gt') return { ...b, lo: new Dec(0), loClosed: false }
  if (cmp === 'le' || cmp === 'lt') return { ...b, hi: MAX_MAGNITUDE, hiClosed: true }
  return b
}

/**
 * The population implied by a total at a rate, as a point and as an interval.
 *
 * @throws BedstaffError `zero-denominator` (a zero rate, or a printed rate whose interval
 *   reaches 0), `non-positive-value` (a zero total), `negative-value`, `invalid-number`, and
 *   the errors of `rate(json)` at `rate`
 * @example
 * ```ts
 * import { impliedPopulation, rate } from 'bedstaff'
 *
 * const p = impliedPopulation(9160, rate('beds', '4.58', { per: 1000, base: 'resident' }))
 * p.exact // => "2000000"
 * p.interval // => {"lo":"1997818.974918211559432933478735005452563","hi":"2002185.792349726775956284153005464480874","loClosed":false,"hiClosed":true}
 * impliedPopulation(9160, rate('beds', 0, { per: 1000, base: 'resident' })) // throws zero-denominator
 * impliedPopulation(9160, { ...p.rate, per: '0' }) // throws non-positive-value   (at rate.per)
 * // 平均每4.5万人口配置1辆: the scale is rounded, not the 1; 200 vehicles imply [8.9M, 9.1M)
 * const oneIn45k = rate('ambulances', '1', { per: 45000, perPrinted: '4.5万', base: 'resident' })
 * impliedPopulation(200, oneIn45k).interval // => {"lo":"8900000","hi":"9100000","loClosed":true,"hiClosed":false}
 * // 已实现每4万人口1个急救站的标准, 80 stations: a bound, at most 80 × 4万 (80 × 4.5万 as 4万 is rounded)
 * const oneIn40k = rate('ambulances', '1', { per: 40000, perPrinted: '4万', base: 'resident' })
 * impliedPopulation(80, oneIn40k, { comparator: 'ge' }).interval.hi // => "3600000"
 * ```
 */
export function impliedPopulation<K extends BaseKind>(
  total: string | number,
  r: Rate<QuantityKind, K>,
  opts: { readonly comparator?: Comparator } = {},
): ImpliedPopulation<K> {
  const t = nonNegative(total, ['total'])
  if (t.isZero()) fail('non-positive-value', ['total'], { received: '0' })
  const rr = validRate(r, ['rate']) as Rate<QuantityKind, K>
  const o = optionsOf(opts, ['comparator'])
  const cmp =
    o.comparator === undefined ? 'eq' : assertComparator(o.comparator, ['options', 'comparator'])
  const value = new Dec(rr.value)
  if (value.isZero()) fail('zero-denominator', ['rate', 'value'], { what: 'the rate' })
  const per = new Dec(rr.per)
  const exact = populationOf(t, value, per)
  const point = impliedBounds(t, rr, value, per)
  const bounds = point === null ? null : boundedBy(point, cmp)
  if (bounds === null) {
    return fail('zero-denominator', ['rate', 'printed'], {
      what: `the lower end of printed "${rr.printed}"`,
    })
  }
  return Object.freeze({
    type: 'implied-population',
    base: rr.base,
    total: decimalString(t),
    exact: decimalString(exact),
    interval: madeInterval(bounds),
    rate: rr,
  })
}
