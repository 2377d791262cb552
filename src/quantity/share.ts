/**
 * Shares of a total: "负压救护车比例不低于20%" is a share 0.2 of ambulances; "卫技人员占比不少于70%"
 * a share 0.7 of staff.
 */
import { decimalString } from '../decimal.js'
import { fail } from '../errors.js'
import type { Source } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'
import { nonNegative } from './rate.js'

/**
 * `value` (a fraction from 0 to 1) of a total of `of` that is `quantity`.
 *
 * @example
 * ```ts
 * import { type Share, share } from 'bedstaff'
 *
 * const s: Share<'negative-pressure-ambulances', 'ambulances'> =
 *   share('negative-pressure-ambulances', 'ambulances', '20%')
 * s.value // => "0.2"
 * s.printed // => "20%"
 * ```
 */
export interface Share<
  Q extends QuantityKind = QuantityKind,
  O extends QuantityKind = QuantityKind,
> {
  readonly type: 'share'
  readonly quantity: Q
  readonly of: O
  readonly value: string
  readonly printed: string
  readonly source: Source | null
}

/**
 * Makes a share. Accepts a fraction (`0.2`, `'0.2'`) or a percentage string (`'20%'`, `'20％'`).
 *
 * @throws BedstaffError `invalid-share`, `invalid-number`, `unknown-quantity-kind`
 * @example
 * ```ts
 * import { share } from 'bedstaff'
 *
 * share('health-technical-staff', 'staff', '70%').value // => "0.7"
 * share('negative-pressure-ambulances', 'ambulances', '20％').value // => "0.2"
 * share('negative-pressure-ambulances', 'ambulances', 0.2).printed // => "0.2"
 * share('beds', 'beds', '115%') // throws invalid-share
 * ```
 */
export function share<Q extends QuantityKind, O extends QuantityKind>(
  quantity: Q,
  of: O,
  value: string | number,
  opts: { readonly source?: Source } = {},
): Share<Q, O> {
  const q = assertQuantityKind(quantity, ['quantity']) as Q
  const o = assertQuantityKind(of, ['of']) as O
  const text = String(value).trim()
  const percent = /[%％]$/.test(text)
  const raw = nonNegative(percent ? text.slice(0, -1) : value, ['value'])
  const v = percent ? raw.div(100) : raw
  if (v.gt(1)) fail('invalid-share', ['value'], { received: text })
  return Object.freeze({
    type: 'share',
    quantity: q,
    of: o,
    value: decimalString(v),
    printed: text,
    source: opts.source ? Object.freeze({ ...opts.source }) : null,
  })
}
