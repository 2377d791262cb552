/**
 * Per-capita rates at any scale: 每千 (per 1,000), 每万 (per 10,000), 每10万 (per 100,000),
 * 每3万人口1辆 (one per 30,000), ‰. A rate names its quantity kind and its population base kind.
 */
import { Dec, decimalString, nonNegative, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { perCapitaExact } from '../kernel/arithmetic.js'
import { assertBaseKind, type BaseKind } from '../population/base.js'
import type { Source } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'

/**
 * `value` units of `quantity` per `per` people of base `base`. `printed` keeps the value as the
 * document wrote it ("4.20" keeps its two decimals), for the interval it stands for.
 *
 * @example
 * ```ts
 * import { type Rate, rate } from 'bedstaff'
 *
 * const nurses: Rate<'nurses', 'resident'> = rate('nurses', '4.20', { per: 1000, base: 'resident' })
 * nurses.value // => "4.2"
 * nurses.printed // => "4.20"
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
 * import { rate } from 'bedstaff'
 *
 * rate('beds', '4.58', { per: 1000, base: 'resident' }) // => {"type":"rate","quantity":"beds","value":"4.58","printed":"4.58","per":"1000","base":"resident","source":null}
 * rate('ambulances', 1, { per: 30_000, base: 'service' }).per // => "30000"   (每3万人口1辆)
 * rate('beds', '-4.58', { per: 1000, base: 'resident' }) // throws negative-value
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

/**
 * The same rate at another scale, exactly: 4.58 per 1,000 is 45.8 per 10,000. The printed form
 * becomes the rescaled exact value.
 *
 * @example
 * ```ts
 * import { rate, rescale } from 'bedstaff'
 *
 * const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
 * rescale(beds, 10_000).value // => "45.8"
 * rescale(beds, 100).printed // => "0.458"
 * ```
 */
export function rescale<Q extends QuantityKind, K extends BaseKind>(
  r: Rate<Q, K>,
  per: string | number,
): Rate<Q, K> {
  const to = toDecimal(per, ['per'])
  if (to.lte(0)) fail('non-positive-value', ['per'], { received: decimalString(to) })
  const v = perCapitaExact(new Dec(r.value), to, new Dec(r.per))
  return Object.freeze({
    ...r,
    value: decimalString(v),
    printed: decimalString(v),
    per: decimalString(to),
  })
}

/**
 * Units per single person (`value / per`), to 40 significant digits (exact where the quotient
 * ends); the scale-free form used to compare rates.
 *
 * @example
 * ```ts
 * import { perCapita, rate } from 'bedstaff'
 *
 * perCapita(rate('beds', '4.58', { per: 1000, base: 'resident' })).toString() // => "0.00458"
 * perCapita(rate('beds', '45.8', { per: 10_000, base: 'resident' })).toString() // => "0.00458"
 * ```
 */
export function perCapita(r: Rate): Dec {
  return perCapitaExact(new Dec(r.value), new Dec(1), new Dec(r.per))
}
