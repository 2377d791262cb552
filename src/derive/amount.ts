/**
 * What derivations accept as an amount of a quantity: a stock, or the result of another
 * derivation (its count where it was rounded, else its exact value).
 */
import { type Dec, toDecimal } from '../decimal.js'
import type { Path } from '../errors.js'
import type { QuantityKind } from '../quantity/kinds.js'

/**
 * An amount of quantity `Q`: a {@link Stock} (`value`) or a derivation result (`exact`, `count`).
 *
 * @example
 * ```ts
 * import { type Amount, amountValue, stock } from 'bedstaff'
 *
 * const planned: Amount<'beds'> = { quantity: 'beds', value: '9160' }
 * const beds2020: Amount<'beds'> = stock('beds', 6855, { year: 2020 })
 * amountValue(planned).minus(amountValue(beds2020)).toString() // => "2305"
 * ```
 */
export type Amount<Q extends QuantityKind = QuantityKind> =
  | { readonly quantity: Q; readonly value: string }
  | { readonly quantity: Q; readonly exact: string; readonly count: number | null }

/**
 * The exact decimal of an amount: a derivation's count when it has one, else its exact value.
 *
 * @example
 * ```ts
 * import { amountValue, base, rate, totalFromRate } from 'bedstaff'
 *
 * const residents = base.resident(1_497_600, { year: 2020, vintage: 'projection' })
 * const psychiatrists = rate('psychiatrists', '3.8', { per: 100_000, base: 'resident' })
 * const t = totalFromRate(psychiatrists, residents, { rounding: 'ceil' })
 * amountValue(t).toString() // => "57"
 * amountValue({ ...t, count: null }).toString() // => "56.9088"
 * ```
 */
export function amountValue(a: Amount, path: Path = []): Dec {
  if ('value' in a) return toDecimal(a.value, [...path, 'value'])
  return a.count === null
    ? toDecimal(a.exact, [...path, 'exact'])
    : toDecimal(a.count, [...path, 'count'])
}
