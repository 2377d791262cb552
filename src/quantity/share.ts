/**
 * Shares of a total: "负压救护车比例不低于20%" is a share 0.2 of ambulances; "卫技人员占比不少于70%"
 * a share 0.7 of staff.
 */
import { type Dec, decimalString, nonNegative } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { fractionOfPercent } from '../kernel/arithmetic.js'
import type { Source } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'

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
  const v = shareFraction(value, ['value'])
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

/**
 * The grammar of a share's text: a number, then `%` (or `％`) for a percent; without it, a
 * fraction. Group 1 is the number, group 2 the percent sign. @internal
 */
export const SHARE_TEXT = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?:([%％])\s*)?$/

/**
 * The one percent convention of the library: `"20%"` is twenty percent, `"0.2"` (or `0.2`) a
 * fraction; both give the fraction 0.2. No upper limit here (a cap may be 115%).
 *
 * @throws BedstaffError `invalid-number`, `negative-value`
 * @example
 * ```ts
 * import { shareFraction } from 'bedstaff'
 *
 * shareFraction('20%').toString() // => "0.2"
 * shareFraction('0.2').toString() // => "0.2"
 * shareFraction('115%').toString() // => "1.15"
 * shareFraction('20 percent') // throws invalid-number
 * ```
 */
export function shareFraction(value: unknown, path: Path = []): Dec {
  if (typeof value === 'number') return nonNegative(value, path)
  const m = typeof value === 'string' ? SHARE_TEXT.exec(value) : null
  if (!m) return nonNegative(value, path) // throws the number error
  const n = nonNegative(m[1], path)
  return m[2] ? fractionOfPercent(n) : n
}
