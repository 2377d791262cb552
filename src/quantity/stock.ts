/**
 * Stocks: counts that exist (2020 beds, current nurses), to measure requirements against.
 */
import { decimalString, nonNegative } from '../decimal.js'
import type { Source } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'

/**
 * An existing count of a quantity in a year.
 *
 * @example
 * ```ts
 * import { type Stock, stock } from 'bedstaff'
 *
 * const beds2020: Stock<'beds'> = stock('beds', 6855, { year: 2020 })
 * beds2020.year // => 2020
 * ```
 */
export interface Stock<Q extends QuantityKind = QuantityKind> {
  readonly type: 'stock'
  readonly quantity: Q
  readonly value: string
  readonly year: number | null
  readonly source: Source | null
}

/**
 * Makes a stock (a non-negative count).
 *
 * @throws BedstaffError `unknown-quantity-kind`, `invalid-number`, `negative-value`
 * @example
 * ```ts
 * import { stock } from 'bedstaff'
 *
 * stock('beds', 6855, { year: 2020 }) // => {"type":"stock","quantity":"beds","value":"6855","year":2020,"source":null}
 * stock('beds', -1) // throws negative-value
 * ```
 */
export function stock<Q extends QuantityKind>(
  quantity: Q,
  value: string | number,
  opts: { readonly year?: number; readonly source?: Source } = {},
): Stock<Q> {
  return Object.freeze({
    type: 'stock',
    quantity: assertQuantityKind(quantity) as Q,
    value: decimalString(nonNegative(value, ['value'])),
    year: opts.year ?? null,
    source: opts.source ? Object.freeze({ ...opts.source }) : null,
  })
}
