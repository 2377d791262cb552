/**
 * Rate from a total and a base, the way plans derive their printed ratios: 6005 beds over
 * 2,000,000 residents is 3.0025 per 1,000, printed "3.00".
 */
import { Dec, decimalString, nonNegative } from '../decimal.js'
import { fail } from '../errors.js'
import { rateOfTotal } from '../kernel/arithmetic.js'
import { optionsOf } from '../made.js'
import { type BaseKind, type PopulationBase, validBase } from '../population/base.js'
import { assertDecimals, assertRounding, type Rounding, roundTo } from '../rounding.js'

/**
 * A rate computed from a total: exact, and as displayed at `decimals` places with `rounding`.
 *
 * @example
 * ```ts
 * import { base, type RateFromTotal, rateFromTotal } from 'bedstaff'
 *
 * const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * const r: RateFromTotal<'resident'> = rateFromTotal(2151, residents, { per: 1000, decimals: 2, rounding: 'half-up' })
 * r.display // => "1.08"   (表3: 2151 beds, printed 1.08 per 1,000)
 * ```
 */
export interface RateFromTotal<K extends BaseKind = BaseKind> {
  readonly type: 'rate-from-total'
  readonly total: string
  readonly per: string
  readonly exact: string
  /** The rate as a document would print it: fixed decimals, trailing zeros kept. */
  readonly display: string
  readonly decimals: number
  readonly rounding: Rounding
  readonly base: PopulationBase<K>
}

/**
 * The rate a total represents per `per` of a base, exact and rounded for display.
 *
 * @throws BedstaffError `invalid-decimals`, `invalid-rounding`, `negative-value`,
 *   `non-positive-value` (a zero scale), `invalid-options`, and the errors of `base(json)` at
 *   `base`
 * @example
 * ```ts
 * import { base, rateFromTotal } from 'bedstaff'
 *
 * const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * const r = rateFromTotal(6005, residents, { per: 1000, decimals: 2, rounding: 'half-up' })
 * r.exact // => "3.0025"
 * r.display // => "3.00"
 * rateFromTotal(6005, residents, { per: 1000, decimals: 2, rounding: 'none' }).display // => "3.0025"
 * ```
 */
export function rateFromTotal<K extends BaseKind>(
  total: string | number,
  b: PopulationBase<K>,
  opts: { readonly per: string | number; readonly decimals: number; readonly rounding: Rounding },
): RateFromTotal<K> {
  const t = nonNegative(total, ['total'])
  const base = validBase(b, ['base']) as PopulationBase<K>
  const pop = new Dec(base.value)
  const o = optionsOf(opts, ['per', 'decimals', 'rounding'])
  const per = nonNegative(o.per, ['per'])
  if (per.isZero()) fail('non-positive-value', ['per'], { received: '0' })
  const decimals = assertDecimals(o.decimals)
  const rounding = assertRounding(o.rounding)
  const exact = rateOfTotal(t, pop, per)
  const shown = roundTo(exact, decimals, rounding)
  return Object.freeze({
    type: 'rate-from-total',
    total: decimalString(t),
    per: decimalString(per),
    exact: decimalString(exact),
    display: rounding === 'none' ? decimalString(exact) : shown.toFixed(decimals),
    decimals,
    rounding,
    base,
  })
}
