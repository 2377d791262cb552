/**
 * Per-capita rates at any scale: 每千 (per 1,000), 每万 (per 10,000), 每10万 (per 100,000),
 * 每3万人口1辆 (one per 30,000), ‰. A rate names its quantity kind and its population base kind.
 */
import { Dec, decimalString, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { assertBaseKind, type BaseKind } from '../population/base.js'
import type { Source } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'

/**
 * `value` units of `quantity` per `per` people of base `base`. `printed` keeps the value as the
 * document wrote it ("4.20" keeps its two decimals), for the interval it stands for.
 *
 * @example
 * ```ts
 * const beds: Rate<'beds', 'resident'> = rate('beds', '4.58', { per: 1000, base: 'resident' })
 * ```
 */
export interface Rate<Q extends QuantityKind = QuantityKind, K extends BaseKind = BaseKind> {
  readonly type: 'rate'
  readonly quantity: Q
  readonly value: string
  readonly printed: string
  readonly per: string
  readonly base: K
  readonly source: Source | null
}

/** Options of {@link rate}: the population scale and base kind are always named. */
export interface RateOptions<K extends BaseKind> {
  /** Population scale: 1000 for 每千, 10000 for 每万, 30000 for 每3万人口1辆. */
  readonly per: string | number
  /** Which population the rate is per. */
  readonly base: K
  readonly source?: Source
}

/**
 * Makes a per-capita rate.
 *
 * @throws BedstaffError `unknown-quantity-kind`, `unknown-base-kind`, `invalid-number`,
 *   `negative-value`, `non-positive-value`
 * @example
 * ```ts
 * rate('beds', '4.58', { per: 1000, base: 'resident' })
 * // { type: 'rate', quantity: 'beds', value: '4.58', printed: '4.58', per: '1000', base: 'resident', source: null }
 * ```
 */
export function rate<Q extends QuantityKind, K extends BaseKind>(
  quantity: Q,
  value: string | number,
  opts: RateOptions<K>,
): Rate<Q, K> {
  const q = assertQuantityKind(quantity) as Q
  const v = nonNegative(value, ['value'])
  const per = toDecimal(opts?.per, ['per'])
  if (per.lte(0)) fail('non-positive-value', ['per'], { received: decimalString(per) })
  const b = assertBaseKind(opts.base, ['base']) as K
  return Object.freeze({
    type: 'rate',
    quantity: q,
    value: decimalString(v),
    printed: String(value).trim(),
    per: decimalString(per),
    base: b,
    source: opts.source ? Object.freeze({ ...opts.source }) : null,
  })
}

/** @internal */
export function nonNegative(value: unknown, path: Path): Dec {
  const v = toDecimal(value, path)
  if (v.isNegative() && !v.isZero()) fail('negative-value', path, { received: decimalString(v) })
  return v
}

/**
 * The same rate at another scale, exactly: 4.58 per 1,000 is 45.8 per 10,000. The printed form
 * becomes the rescaled exact value.
 *
 * @example
 * ```ts
 * rescale(rate('beds', '4.58', { per: 1000, base: 'resident' }), 10000).value // '45.8'
 * ```
 */
export function rescale<Q extends QuantityKind, K extends BaseKind>(
  r: Rate<Q, K>,
  per: string | number,
): Rate<Q, K> {
  const to = toDecimal(per, ['per'])
  if (to.lte(0)) fail('non-positive-value', ['per'], { received: decimalString(to) })
  const v = new Dec(r.value).times(to).div(new Dec(r.per))
  return Object.freeze({
    ...r,
    value: decimalString(v),
    printed: decimalString(v),
    per: decimalString(to),
  })
}

/**
 * Units per single person (`value / per`), exactly; the scale-free form used to compare rates.
 *
 * @example
 * ```ts
 * perCapita(rate('beds', '4.58', { per: 1000, base: 'resident' })).toString() // '0.00458'
 * ```
 */
export function perCapita(r: Rate): Dec {
  return new Dec(r.value).div(new Dec(r.per))
}
