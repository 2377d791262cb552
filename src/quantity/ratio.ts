/**
 * 1:x ratios and per-unit rules. "医护比 1:1.15" is 1.15 nurses per physician; "床人比 1:1.25" is
 * 1.25 health-technical staff per bed; "每床不少于0.7人" is 0.7 nurses per bed; "每辆救护车医师1名"
 * is 1 physician per ambulance. All are `value` units of `to` per one unit of `from`.
 */
import { decimalString, nonNegative } from '../decimal.js'
import { fail } from '../errors.js'
import type { Source } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'

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
 *
 * @throws BedstaffError `unknown-quantity-kind`, `invalid-number`, `negative-value`,
 *   `non-positive-value` (a 1:0 ratio)
 * @example
 * ```ts
 * import { ratio } from 'bedstaff'
 *
 * ratio('physicians', 'nurses', '1.15') // => {"type":"ratio","from":"physicians","to":"nurses","value":"1.15","printed":"1.15","source":null}   (医护比 1:1.15)
 * ratio('beds', 'health-technical-staff', '1.25').to // => "health-technical-staff"   (床人比 1:1.25)
 * ratio('physicians', 'nurses', 0) // throws non-positive-value
 * ```
 */
export function ratio<F extends QuantityKind, T extends QuantityKind>(
  from: F,
  to: T,
  value: string | number,
  opts: { readonly source?: Source } = {},
): Ratio<F, T> {
  const f = assertQuantityKind(from, ['from']) as F
  const t = assertQuantityKind(to, ['to']) as T
  const v = nonNegative(value, ['value'])
  if (v.isZero()) fail('non-positive-value', ['value'], { received: '0' })
  return Object.freeze({
    type: 'ratio',
    from: f,
    to: t,
    value: decimalString(v),
    printed: String(value).trim(),
    source: opts.source ? Object.freeze({ ...opts.source }) : null,
  })
}
