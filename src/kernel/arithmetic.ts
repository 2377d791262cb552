/**
 * The arithmetic kernels: `Dec` in, `Dec` out, no validation, no formatting. Every public
 * derivation, the plan evaluators, the sweeps, the scenarios and the auditor compute through
 * these functions and nowhere else, so that one rule of arithmetic has one implementation.
 *
 * Callers validate first: the kernels trust their arguments (finite, and where a divisor is
 * taken, non-zero).
 */
import { Dec } from '../decimal.js'

/**
 * `value × population / per`: what a per-capita rate requires of a population, exactly.
 * 4.58 per 1,000 of 2,000,000 is 9160.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.perCapitaExact(toDecimal('4.58'), toDecimal(2_000_000), toDecimal(1000)).toString() // => "9160"
 * ```
 */
export function perCapitaExact(value: Dec, population: Dec, per: Dec): Dec {
  return value.times(population).div(per)
}

/**
 * `amount × value / per` (per defaults to 1): an amount through a 1:x ratio or a per-unit rule.
 * 7300 physicians at 1:1.15 need 8395 nurses; 1000 beds at 4 per 1,000 beds need 4.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.throughExact(toDecimal(7300), toDecimal('1.15')).toString() // => "8395"
 * kernels.throughExact(toDecimal(2500), toDecimal(4), toDecimal(1000)).toString() // => "10"
 * ```
 */
export function throughExact(amount: Dec, value: Dec, per: Dec | null = null): Dec {
  const product = amount.times(value)
  return per === null ? product : product.div(per)
}

/**
 * `total × per / population`: the rate a total stands for. 6005 beds of 2,000,000 is 3.0025
 * per 1,000.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.rateOfTotal(toDecimal(6005), toDecimal(2_000_000), toDecimal(1000)).toString() // => "3.0025"
 * ```
 */
export function rateOfTotal(total: Dec, population: Dec, per: Dec): Dec {
  return total.times(per).div(population)
}

/**
 * `total × per / rate`: the population at which a rate gives a total. 9160 beds at 4.58 per
 * 1,000 imply 2,000,000.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.populationOf(toDecimal(9160), toDecimal('4.58'), toDecimal(1000)).toString() // => "2000000"
 * ```
 */
export function populationOf(total: Dec, rate: Dec, per: Dec): Dec {
  return total.times(per).div(rate)
}

/**
 * `to / from`: the x of a 1:x ratio between two amounts. 8400 nurses to 7300 physicians is
 * 1:1.1507….
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.ratioValue(toDecimal(7300), toDecimal(8400)).toDecimalPlaces(4).toString() // => "1.1507"
 * ```
 */
export function ratioValue(from: Dec, to: Dec): Dec {
  return to.div(from)
}

/** Which term of a compound minimum decides the count. */
export type Binding = 'share' | 'floor' | 'both'

/** What {@link compoundMinimumOf} computes. */
export interface CompoundMinimumParts {
  /** The share term, exact: `fraction × of`. */
  readonly shareExact: Dec
  /** The share term as the smallest whole count that meets it (ceil). */
  readonly shareCount: Dec
  /** The larger of the share count and the floor. */
  readonly count: Dec
  readonly binding: Binding
}

/**
 * The compound minimum "不低于20%且不少于2辆": `max(ceil(fraction × of), floor)`.
 *
 * Decided once for the whole library: both terms are minimums, so the share term always
 * rounds up (the smallest whole count that meets it, whatever rounding a plan names for
 * display), and the absolute floor always applies. A compound minimum is a floor, so a plan
 * rule with an absolute floor must have the comparator `ge`.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const m = kernels.compoundMinimumOf(toDecimal(6), toDecimal('0.2'), toDecimal(2))
 * m.shareExact.toString() // => "1.2"
 * m.count.toString() // => "2"
 * m.binding // => "both"
 * ```
 */
export function compoundMinimumOf(of: Dec, fraction: Dec, floor: Dec): CompoundMinimumParts {
  const shareExact = of.times(fraction)
  const shareCount = shareExact.ceil()
  const binding: Binding = shareCount.eq(floor) ? 'both' : shareCount.gt(floor) ? 'share' : 'floor'
  return { shareExact, shareCount, count: Dec.max(shareCount, floor), binding }
}

/**
 * The sum of exact values (0 for none).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.sumOf([toDecimal(6005), toDecimal(2151), toDecimal(1004)]).toString() // => "9160"
 * ```
 */
export function sumOf(values: Iterable<Dec>): Dec {
  let sum = new Dec(0)
  for (const v of values) sum = sum.plus(v)
  return sum
}

/**
 * A percent as a fraction: 20 → 0.2.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.fractionOfPercent(toDecimal(20)).toString() // => "0.2"
 * ```
 */
export function fractionOfPercent(percent: Dec): Dec {
  return percent.div(100)
}

/**
 * A fraction as a percent: 0.2 → 20.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.percentOfFraction(toDecimal('0.3156')).toString() // => "31.56"
 * ```
 */
export function percentOfFraction(fraction: Dec): Dec {
  return fraction.times(100)
}

/**
 * The value in year `t` on the straight line from `a` in year `t0` to `b` in year `t1`
 * (逐步达到): `a + (b − a) × (t − t0) / (t1 − t0)`; exactly `b` at `t1`.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.interpolate(toDecimal('0.95'), toDecimal('1.15'), 2020, 2025, 2022).toString() // => "1.03"
 * ```
 */
export function interpolate(a: Dec, b: Dec, t0: number, t1: number, t: number): Dec {
  if (t === t1) return b
  return a.plus(
    b
      .minus(a)
      .times(t - t0)
      .div(t1 - t0),
  )
}

/**
 * `v × (1 + percent / 100)`: a value moved by a percent of itself (negative to move down).
 * 4.58 moved by −10% is 4.122.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.movedByPercent(toDecimal('4.58'), toDecimal(-10)).toString() // => "4.122"
 * ```
 */
export function movedByPercent(v: Dec, percent: Dec): Dec {
  return v.times(new Dec(1).plus(fractionOfPercent(percent)))
}

/**
 * The point a fraction `u` of the way from `lo` to `hi`: `lo + u × (hi − lo)`.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.pointBetween(toDecimal(4), toDecimal(5), toDecimal('0.25')).toString() // => "4.25"
 * ```
 */
export function pointBetween(lo: Dec, hi: Dec, u: Dec): Dec {
  return lo.plus(u.times(hi.minus(lo)))
}

/**
 * The product of factors (1 for none): a base made from a base made from another, 300% of
 * 110% of residents.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.productOf([toDecimal(3), toDecimal('1.1')]).toString() // => "3.3"
 * ```
 */
export function productOf(factors: Iterable<Dec>): Dec {
  let p = new Dec(1)
  for (const f of factors) p = p.times(f)
  return p
}

/**
 * A value truncated to a whole multiple of `step`: 18,456,200 to whole 万 (10,000) is
 * 18,450,000 — what a document does when it multiplies "1845万" instead of 1845.62万.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.truncateTo(toDecimal(18_456_200), toDecimal(10_000)).toString() // => "18450000"
 * ```
 */
export function truncateTo(value: Dec, step: Dec): Dec {
  return value.minus(value.mod(step))
}
