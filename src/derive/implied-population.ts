/**
 * Implied population: which population a total and a rate imply. 9160 beds at 4.58 per 1,000
 * imply 2,000,000; since "4.58" is itself rounded, they imply any population in
 * (1,997,818.97…, 2,002,185.79…].
 */
import { Dec, decimalString, nonNegative, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { populationOf } from '../kernel/arithmetic.js'
import { impliedPopulationBounds, printedBounds, printedDecimals } from '../kernel/bounds.js'
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
 * ```
 */
export function impliedPopulation<K extends BaseKind>(
  total: string | number,
  r: Rate<QuantityKind, K>,
): ImpliedPopulation<K> {
  const t = nonNegative(total, ['total'])
  if (t.isZero()) fail('non-positive-value', ['total'], { received: '0' })
  const rr = validRate(r, ['rate']) as Rate<QuantityKind, K>
  const value = new Dec(rr.value)
  if (value.isZero()) fail('zero-denominator', ['rate', 'value'], { what: 'the rate' })
  const per = new Dec(rr.per)
  const exact = populationOf(t, value, per)
  const printed = printedBounds(toDecimal(rr.printed), printedDecimals(rr.printed))
  const bounds = impliedPopulationBounds(t, per, printed)
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
