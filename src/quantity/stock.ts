/**
 * Stocks: counts that exist (2020 beds, current nurses), to measure requirements against.
 */
import { type Dec, decimalString, describe, nonNegative } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { isSavedCall, madeBy, optionsOf, savedFields, type What } from '../made.js'
import { type Source, validSource } from '../provenance.js'
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

/** The stocks the library made (module-private). */
const MADE = madeBy<Stock>()
const STOCK: What = {
  en: 'a stock (from stock())',
  zh: '现有数量（由 stock() 得到）',
}
const STOCK_KEYS = ['type', 'quantity', 'value', 'year', 'source'] as const

/** A stock's year: `null` (not stated) or a whole number from 1900 to 2200. */
function stockYear(year: unknown, path: Path): number | null {
  if (year === undefined || year === null) return null
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    fail('invalid-year', path, { received: describe(year) })
  }
  return year
}

/** A stock from checked parts, frozen and recorded as made by the library. */
function made<Q extends QuantityKind>(
  quantity: Q,
  value: Dec,
  year: number | null,
  source: Source | null,
): Stock<Q> {
  const s: Stock<Q> = Object.freeze({
    type: 'stock',
    quantity,
    value: decimalString(value),
    year,
    source,
  })
  return MADE.mark(s) as Stock<Q>
}

/**
 * Makes a stock (a non-negative count). `stock(json)` reads a saved stock back with the same
 * checks.
 *
 * @throws BedstaffError `unknown-quantity-kind`, `invalid-number`, `negative-value`,
 *   `invalid-year`, `invalid-options`; `stock(json)` also `invalid-argument` (not a stock, an
 *   unknown field)
 * @example
 * ```ts
 * import { stock } from 'bedstaff'
 * import { stableJson } from 'bedstaff/report'
 *
 * stock('beds', 6855, { year: 2020 }) // => {"type":"stock","quantity":"beds","value":"6855","year":2020,"source":null}
 * stock('beds', -1) // throws negative-value
 * stock('beds', 6855, { year: Number.NaN }) // throws invalid-year
 * const saved = JSON.parse(stableJson(stock('beds', 6855, { year: 2020 })))
 * stock(saved).value // => "6855"
 * stock({ ...saved, value: '-6855' }) // throws negative-value
 * stock({ ...saved, type: 'rate' }) // throws invalid-argument
 * ```
 */
export function stock<Q extends QuantityKind>(saved: Stock<Q>): Stock<Q>
export function stock<Q extends QuantityKind>(
  quantity: Q,
  value: string | number,
  opts?: { readonly year?: number; readonly source?: Source },
): Stock<Q>
export function stock(quantity: unknown, value?: unknown, opts?: unknown): Stock {
  if (isSavedCall(quantity, value, opts)) return validStock(quantity, [])
  const q = assertQuantityKind(quantity)
  const v = nonNegative(value, ['value'])
  const o = optionsOf(opts, ['year', 'source'])
  return made(q, v, stockYear(o.year, ['year']), validSource(o.source, ['source']))
}

/**
 * A stock a function was given: the stock itself when the library made it; anything else is
 * checked field by field as {@link stock} checks its arguments. @internal
 *
 * @throws BedstaffError the errors of `stock(json)`, at `path`
 */
export function validStock(value: unknown, path: Path): Stock {
  if (MADE.has(value)) return value
  const o = savedFields(value, STOCK, STOCK_KEYS, path, 'stock')
  const q = assertQuantityKind(o.quantity, [...path, 'quantity'])
  const v = nonNegative(o.value, [...path, 'value'])
  return made(
    q,
    v,
    stockYear(o.year, [...path, 'year']),
    validSource(o.source, [...path, 'source']),
  )
}

/**
 * Whether the library made this stock (so that it can be used as it is). @internal
 */
export function isMadeStock(value: unknown): value is Stock {
  return MADE.has(value)
}
