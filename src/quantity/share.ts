/**
 * Shares of a total: "负压救护车比例不低于20%" is a share 0.2 of ambulances; "卫技人员占比不少于70%"
 * a share 0.7 of staff.
 */
import { Dec, decimalString, nonNegative } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { fractionOfPercent } from '../kernel/arithmetic.js'
import { type Bounds, pointBounds, scaleBounds } from '../kernel/bounds.js'
import { printedBounds, printedDecimals } from '../kernel/printed.js'
import { isSavedCall, madeBy, optionsOf, savedFields, type What } from '../made.js'
import { type Source, validSource } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'
import { checkPrinted } from './printed-check.js'

/** The shares the library made (module-private). */
const MADE = madeBy<Share>()
const SHARE: What = {
  en: 'a share (from share())',
  zh: '比例（由 share() 得到）',
}
const SHARE_KEYS = ['type', 'quantity', 'of', 'value', 'printed', 'source'] as const

/** A fraction from 0 to 1, read from a share's text. */
function shareValue(value: unknown, path: Path): Dec {
  const v = shareFraction(value, path)
  if (v.gt(1)) fail('invalid-share', path, { received: String(value).trim() })
  return v
}

/** A share from checked parts, frozen and recorded as made by the library. */
function made<Q extends QuantityKind, O extends QuantityKind>(
  quantity: Q,
  of: O,
  value: Dec,
  printed: string,
  source: Source | null,
): Share<Q, O> {
  const s: Share<Q, O> = Object.freeze({
    type: 'share',
    quantity,
    of,
    value: decimalString(value),
    printed,
    source,
  })
  return MADE.mark(s) as Share<Q, O>
}

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
 * `share(json)` reads a saved share back with the same checks; its printed form ("20%") must
 * still stand for its value (0.2).
 *
 * @throws BedstaffError `invalid-share`, `invalid-number`, `unknown-quantity-kind`,
 *   `invalid-options`; `share(json)` also `invalid-argument` (not a share, an unknown field, a
 *   printed form that is not the value)
 * @example
 * ```ts
 * import { share } from 'bedstaff'
 * import { stableJson } from 'bedstaff/report'
 *
 * share('health-technical-staff', 'staff', '70%').value // => "0.7"
 * share('negative-pressure-ambulances', 'ambulances', '20％').value // => "0.2"
 * share('negative-pressure-ambulances', 'ambulances', 0.2).printed // => "0.2"
 * share('beds', 'beds', '115%') // throws invalid-share
 * const saved = JSON.parse(stableJson(share('negative-pressure-ambulances', 'ambulances', '20%')))
 * share(saved).printed // => "20%"
 * share({ ...saved, value: '2' }) // throws invalid-share
 * share({ ...saved, value: '0.3' }) // throws invalid-argument   (20% is 0.2)
 * ```
 */
export function share<Q extends QuantityKind, O extends QuantityKind>(
  saved: Share<Q, O>,
): Share<Q, O>
export function share<Q extends QuantityKind, O extends QuantityKind>(
  quantity: Q,
  of: O,
  value: string | number,
  opts?: { readonly source?: Source },
): Share<Q, O>
export function share(quantity: unknown, of?: unknown, value?: unknown, opts?: unknown): Share {
  if (isSavedCall(quantity, of, value, opts)) return validShare(quantity, [])
  const q = assertQuantityKind(quantity, ['quantity'])
  const o = assertQuantityKind(of, ['of'])
  const v = shareValue(value, ['value'])
  const source = validSource(optionsOf(opts, ['source']).source, ['source'])
  return made(q, o, v, String(value).trim(), source)
}

/**
 * A share a function was given: the share itself when the library made it; anything else is
 * checked field by field as {@link share} checks its arguments. @internal
 *
 * @throws BedstaffError the errors of `share(json)`, at `path`
 */
export function validShare(value: unknown, path: Path): Share {
  if (MADE.has(value)) return value
  const o = savedFields(value, SHARE, SHARE_KEYS, path, 'share')
  const q = assertQuantityKind(o.quantity, [...path, 'quantity'])
  const of = assertQuantityKind(o.of, [...path, 'of'])
  const v = shareValue(o.value, [...path, 'value'])
  const printed = checkPrinted(o.printed, v, shareBounds, [...path, 'printed'])
  return made(q, of, v, printed, validSource(o.source, [...path, 'source']))
}

/**
 * The grammar of a share's text: a number, then `%` (or `％`) for a percent; without it, a
 * fraction. Group 1 is the number, group 2 the percent sign. @internal
 */
export const SHARE_TEXT = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?:([%％])\s*)?$/

/** What a share's printed text stands for: "20%" any fraction in [0.195, 0.205). */
function shareBounds(text: string, path: Path): Bounds {
  const m = SHARE_TEXT.exec(text)
  if (!m?.[1]) return pointBounds(nonNegative(text, path)) // throws the number error
  const b = printedBounds(nonNegative(m[1], path), printedDecimals(m[1]))
  return m[2] ? scaleBounds(b, fractionOfPercent(new Dec(1))) : b
}

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
