/**
 * 1:x ratios and per-unit rules. "医护比 1:1.15" is 1.15 nurses per physician; "床人比 1:1.25" is
 * 1.25 health-technical staff per bed; "每床不少于0.7人" is 0.7 nurses per bed; "每辆救护车医师1名"
 * is 1 physician per ambulance. All are `value` units of `to` per one unit of `from`.
 */
import { type Dec, decimalString, nonNegative } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { isSavedCall, madeBy, optionsOf, savedFields, type What } from '../made.js'
import { type Source, validSource } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'
import { checkPrinted, printedDecimalBounds } from './printed-check.js'

/** The ratios the library made (module-private). */
const MADE = madeBy<Ratio>()
const RATIO: What = {
  en: 'a ratio (from ratio())',
  zh: '比值（由 ratio() 得到）',
}
const RATIO_KEYS = ['type', 'from', 'to', 'value', 'printed', 'source'] as const

/** The value of a 1:x ratio: a decimal greater than 0. */
function ratioValue(value: unknown, path: Path): Dec {
  const v = nonNegative(value, path)
  if (v.isZero()) fail('non-positive-value', path, { received: '0' })
  return v
}

/** A ratio from checked parts, frozen and recorded as made by the library. */
function made<F extends QuantityKind, T extends QuantityKind>(
  from: F,
  to: T,
  value: Dec,
  printed: string,
  source: Source | null,
): Ratio<F, T> {
  const r: Ratio<F, T> = Object.freeze({
    type: 'ratio',
    from,
    to,
    value: decimalString(value),
    printed,
    source,
  })
  return MADE.mark(r) as Ratio<F, T>
}

/**
 * `value` units of `to` per one unit of `from`.
 *
 * @example
 * ```ts
 * import { type Ratio, ratio } from 'bedstaff'
 *
 * const nursesPerBed: Ratio<'beds', 'nurses'> = ratio('beds', 'nurses', '0.7') // 每床不少于0.7人
 * nursesPerBed.value // => "0.7"
 * ```
 */
export interface Ratio<
  F extends QuantityKind = QuantityKind,
  T extends QuantityKind = QuantityKind,
> {
  readonly type: 'ratio'
  readonly from: F
  readonly to: T
  readonly value: string
  readonly printed: string
  readonly source: Source | null
}

/**
 * Makes a ratio: `value` units of `to` per one `from`. For "1:1.25" pass `'1.25'`.
 * `ratio(json)` reads a saved ratio back with the same checks.
 *
 * @throws BedstaffError `unknown-quantity-kind`, `invalid-number`, `negative-value`,
 *   `non-positive-value` (a 1:0 ratio), `invalid-options`; `ratio(json)` also
 *   `invalid-argument` (not a ratio, an unknown field, a printed form that is not the value)
 * @example
 * ```ts
 * import { ratio } from 'bedstaff'
 * import { stableJson } from 'bedstaff/report'
 *
 * ratio('physicians', 'nurses', '1.15') // => {"type":"ratio","from":"physicians","to":"nurses","value":"1.15","printed":"1.15","source":null}   (医护比 1:1.15)
 * ratio('beds', 'health-technical-staff', '1.25').to // => "health-technical-staff"   (床人比 1:1.25)
 * ratio('physicians', 'nurses', 0) // throws non-positive-value
 * const saved = JSON.parse(stableJson(ratio('physicians', 'nurses', '1.15')))
 * ratio(saved).value // => "1.15"
 * ratio({ ...saved, value: '0', printed: '0' }) // throws non-positive-value
 * ratio({ ...saved, to: 'wards' }) // throws unknown-quantity-kind
 * ```
 */
export function ratio<F extends QuantityKind, T extends QuantityKind>(
  saved: Ratio<F, T>,
): Ratio<F, T>
export function ratio<F extends QuantityKind, T extends QuantityKind>(
  from: F,
  to: T,
  value: string | number,
  opts?: { readonly source?: Source },
): Ratio<F, T>
export function ratio(from: unknown, to?: unknown, value?: unknown, opts?: unknown): Ratio {
  if (isSavedCall(from, to, value, opts)) return validRatio(from, [])
  const f = assertQuantityKind(from, ['from'])
  const t = assertQuantityKind(to, ['to'])
  const v = ratioValue(value, ['value'])
  const o = optionsOf(opts, ['source'])
  return made(f, t, v, String(value).trim(), validSource(o.source, ['source']))
}

/**
 * A ratio a function was given: the ratio itself when the library made it; anything else is
 * checked field by field as {@link ratio} checks its arguments. @internal
 *
 * @throws BedstaffError the errors of `ratio(json)`, at `path`
 */
export function validRatio(value: unknown, path: Path): Ratio {
  if (MADE.has(value)) return value
  const o = savedFields(value, RATIO, RATIO_KEYS, path, 'ratio')
  const f = assertQuantityKind(o.from, [...path, 'from'])
  const t = assertQuantityKind(o.to, [...path, 'to'])
  const v = ratioValue(o.value, [...path, 'value'])
  const printed = checkPrinted(o.printed, v, printedDecimalBounds, [...path, 'printed'])
  return made(f, t, v, printed, validSource(o.source, [...path, 'source']))
}
