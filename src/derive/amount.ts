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
 * const a: Amount<'beds'> = { quantity: 'beds', value: '9160' }
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
 * amountValue({ quantity: 'beds', exact: '56.9088', count: 57 }).toString() // '57'
 * ```
 */
export function amountValue(a: Amount, path: Path = []): Dec {
  if ('value' in a) return toDecimal(a.value, [...path, 'value'])
  return a.count === null
    ? toDecimal(a.exact, [...path, 'exact'])
    : toDecimal(a.count, [...path, 'count'])
}
