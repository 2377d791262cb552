/**
 * What derivations accept as an amount of a quantity: a stock, or the result of another
 * derivation (its count where it was rounded, else its exact value).
 */
import { checkPath, Dec, decimalString, nonNegative } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { type What, wrongType } from '../made.js'
import { assertQuantityKind, type QuantityKind } from '../quantity/kinds.js'
import { isMadeStock } from '../quantity/stock.js'

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

const AMOUNT: What = {
  en: 'an amount { quantity, value } or { quantity, exact, count } (a stock or a result)',
  zh: '数量 { quantity, value } 或 { quantity, exact, count }（现有数量或推算结果）',
}

/** A count of a result: a whole number from 0. */
function countValue(count: unknown, path: Path): Dec {
  const c = nonNegative(count, path)
  if (!c.isInteger()) fail('not-an-integer', path, { received: decimalString(c) })
  return c
}

/**
 * An amount a function was given, checked: its quantity kind, and a value (or a count, else an
 * exact value) of 0 or more; a count must be whole. A stock the library made is read as it is.
 * @internal
 *
 * @throws BedstaffError `invalid-argument` (not an amount), `unknown-quantity-kind`,
 *   `invalid-number`, `negative-value`, `not-an-integer`, at `path`
 */
export function validAmount(a: unknown, path: Path): { quantity: QuantityKind; value: Dec } {
  if (isMadeStock(a)) return { quantity: a.quantity, value: new Dec(a.value) }
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return wrongType(AMOUNT, a, path)
  const o = a as Readonly<Record<string, unknown>>
  const quantity = assertQuantityKind(o.quantity, [...path, 'quantity'])
  if ('value' in o) return { quantity, value: nonNegative(o.value, [...path, 'value']) }
  const count = o.count === null ? null : countValue(o.count, [...path, 'count'])
  const exact = nonNegative(o.exact, [...path, 'exact'])
  return { quantity, value: count ?? exact }
}

/**
 * The exact decimal of an amount: a derivation's count when it has one, else its exact value.
 *
 * @throws BedstaffError `invalid-argument` (not an amount), `unknown-quantity-kind`,
 *   `invalid-number`, `non-finite-number`, `negative-value`, `not-an-integer`
 * @example
 * ```ts
 * import { amountValue, base, rate, totalFromRate } from 'bedstaff'
 *
 * const residents = base.resident(1_497_600, { year: 2020, vintage: 'projection' })
 * const psychiatrists = rate('psychiatrists', '3.8', { per: 100_000, base: 'resident' })
 * const t = totalFromRate(psychiatrists, residents, { rounding: 'ceil' })
 * amountValue(t).toString() // => "57"
 * amountValue({ ...t, count: null }).toString() // => "56.9088"
 * amountValue({ ...t, count: -57 }) // throws negative-value
 * amountValue({ quantity: 'wards' as never, value: '3' }) // throws unknown-quantity-kind
 * ```
 */
export function amountValue(a: Amount, path: Path = []): Dec {
  return validAmount(a, checkPath(path)).value
}
