/**
 * Conversions through a 1:x ratio or a per-unit rule: 7300 physicians at 医护比 1:1.15 need
 * 8395 nurses; 1000 beds at 1:1.25 need 1250 health-technical staff; 200 ambulances need 400
 * aides at 2 per vehicle.
 */
import { Dec, decimalString } from '../decimal.js'
import { fail } from '../errors.js'
import { ratioValue, throughExact } from '../kernel/arithmetic.js'
import { optionsOf } from '../made.js'
import { type QuantityKind, sameKind } from '../quantity/kinds.js'
import { type Ratio, validRatio } from '../quantity/ratio.js'
import { assertDecimals, assertRounding, countOf, type Rounding, roundTo } from '../rounding.js'
import { type Amount, validAmount } from './amount.js'

/**
 * The amount of `to` a ratio gives for an amount of `from`.
 *
 * @example
 * ```ts
 * import { ratio, type ThroughRatio, throughRatio } from 'bedstaff'
 *
 * const nursesPerBed = ratio('beds', 'nurses', '0.7') // 每床不少于0.7人
 * const n: ThroughRatio<'beds', 'nurses'> = throughRatio({ quantity: 'beds', value: '1000' }, nursesPerBed, { rounding: 'ceil' })
 * n.count // => 700
 * ```
 */
export interface ThroughRatio<
  F extends QuantityKind = QuantityKind,
  T extends QuantityKind = QuantityKind,
> {
  readonly type: 'through-ratio'
  readonly quantity: T
  readonly from: string
  readonly exact: string
  readonly count: number | null
  readonly rounding: Rounding
  readonly ratio: Ratio<F, T>
}

/**
 * Multiplies an amount of the ratio's `from` quantity by the ratio: `from × value`, then counts.
 *
 * @throws BedstaffError `kind-mismatch` (beds through a physician:nurse ratio), `invalid-rounding`,
 *   `invalid-options`, and the errors of `amountValue` at `from` and of `ratio(json)` at `ratio`
 * @example
 * ```ts
 * import { ratio, throughRatio } from 'bedstaff'
 *
 * const physicians = { quantity: 'physicians', value: '7300' } as const
 * throughRatio(physicians, ratio('physicians', 'nurses', '1.15'), { rounding: 'ceil' }).count // => 8395
 * const beds = { quantity: 'beds', value: '1000' } as const
 * throughRatio(beds, ratio('beds', 'health-technical-staff', '1.25'), { rounding: 'ceil' }).count // => 1250
 * // @ts-expect-error: beds through a physician:nurse ratio does not compile
 * throughRatio(beds, ratio('physicians', 'nurses', '1.15'), { rounding: 'ceil' }) // throws kind-mismatch
 * ```
 */
export function throughRatio<F extends QuantityKind, T extends QuantityKind>(
  from: Amount<NoInfer<F>>,
  r: Ratio<F, T>,
  opts: { readonly rounding: Rounding },
): ThroughRatio<F, T> {
  const rr = validRatio(r, ['ratio']) as Ratio<F, T>
  const amount = validAmount(from, ['from'])
  sameKind(rr.from, amount.quantity, ['from', 'quantity'])
  const rounding = assertRounding(optionsOf(opts, ['rounding']).rounding)
  const f = amount.value
  const exact = throughExact(f, new Dec(rr.value))
  return Object.freeze({
    type: 'through-ratio',
    quantity: rr.to,
    from: decimalString(f),
    exact: decimalString(exact),
    count: countOf(exact, rounding),
    rounding,
    ratio: rr,
  })
}

/**
 * The 1:x ratio between two amounts, as a document prints it: 7300 physicians and 8400 nurses
 * give 1:1.1507 → "1:1.15" at 2 decimals.
 *
 * @throws BedstaffError `zero-denominator`, `invalid-decimals`, `invalid-rounding`,
 *   `invalid-options`, and the errors of `amountValue` at `from` and `to`
 * @example
 * ```ts
 * import { ratioOf } from 'bedstaff'
 *
 * const physicians = { quantity: 'physicians', value: '7300' } as const
 * const nurses = { quantity: 'nurses', value: '8400' } as const
 * ratioOf(physicians, nurses, { decimals: 2, rounding: 'half-up' }).display // => "1:1.15"
 * ratioOf(physicians, nurses, { decimals: 4, rounding: 'half-up' }).value // => "1.1507"
 * ```
 */
export function ratioOf<F extends QuantityKind, T extends QuantityKind>(
  from: Amount<F>,
  to: Amount<T>,
  opts: { readonly decimals: number; readonly rounding: Rounding },
): {
  readonly type: 'ratio-of'
  readonly from: F
  readonly to: T
  readonly exact: string
  readonly value: string
  readonly display: string
} {
  const fa = validAmount(from, ['from'])
  const ta = validAmount(to, ['to'])
  const f = fa.value
  const t = ta.value
  if (f.isZero()) fail('zero-denominator', ['from'], { what: fa.quantity })
  const o = optionsOf(opts, ['decimals', 'rounding'])
  const decimals = assertDecimals(o.decimals)
  const rounding = assertRounding(o.rounding)
  const exact = ratioValue(f, t)
  const value =
    rounding === 'none'
      ? decimalString(exact)
      : roundTo(exact, decimals, rounding).toFixed(decimals)
  return Object.freeze({
    type: 'ratio-of',
    from: fa.quantity as F,
    to: ta.quantity as T,
    exact: decimalString(exact),
    value,
    display: `1:${value}`,
  })
}
