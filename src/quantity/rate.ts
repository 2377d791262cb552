/**
 * Per-capita rates at any scale: 每千 (per 1,000), 每万 (per 10,000), 每10万 (per 100,000),
 * 每3万人口1辆 (one per 30,000), ‰. A rate names its quantity kind and its population base kind.
 */
import { Dec, decimalString, describe, nonNegative, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { perCapitaExact } from '../kernel/arithmetic.js'
import { printedNumberBounds } from '../kernel/printed.js'
import { isSavedCall, madeBy, optionsOf, savedFields, type What } from '../made.js'
import { assertBaseKind, type BaseKind } from '../population/base.js'
import { type Source, validSource } from '../provenance.js'
import { assertQuantityKind, type QuantityKind } from './kinds.js'
import { checkPrinted, printedDecimalBounds } from './printed-check.js'

/** The rates the library made (module-private). */
const MADE = madeBy<Rate>()
const RATE: What = {
  en: 'a rate (from rate())',
  zh: '按人口配置标准（由 rate() 得到）',
}
const RATE_KEYS = [
  'type',
  'quantity',
  'value',
  'printed',
  'per',
  'perPrinted',
  'base',
  'source',
] as const

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
  /**
   * The scale as the document prints it, where it is rounded and the value is exact: "4.5万"
   * in 平均每4.5万人口配置1辆 stands for [44,500, 45,500). Absent where the scale is exact.
   */
  readonly perPrinted?: string
  readonly base: K
  readonly source: Source | null
}

/** A rate from checked parts, frozen and recorded as made by the library. */
function made<Q extends QuantityKind, K extends BaseKind>(
  quantity: Q,
  value: Dec,
  printed: string,
  per: Dec,
  base: K,
  source: Source | null,
  perPrinted: string | null = null,
): Rate<Q, K> {
  const r: Rate<Q, K> = Object.freeze({
    type: 'rate',
    quantity,
    value: decimalString(value),
    printed,
    per: decimalString(per),
    ...(perPrinted === null ? {} : { perPrinted }),
    base,
    source,
  })
  return MADE.mark(r) as Rate<Q, K>
}

/** A population scale: a decimal greater than 0. */
function scale(value: unknown, path: Path): Dec {
  const per = toDecimal(value, path)
  if (per.lte(0)) fail('non-positive-value', path, { received: decimalString(per) })
  return per
}

/** Options of {@link rate}: the population scale and base kind are always named. */
export interface RateOptions<K extends BaseKind> {
  /** Population scale: 1000 for 每千, 10000 for 每万, 30000 for 每3万人口1辆. */
  readonly per: string | number
  /** Which population the rate is per. */
  readonly base: K
  /** The scale as printed where the document rounds it: "4.5万" (must stand for `per`). */
  readonly perPrinted?: string
  readonly source?: Source
}

/**
 * Makes a per-capita rate. `rate(json)` reads a saved rate back (what `stableJson` or
 * `JSON.stringify` wrote) with the same checks, and its printed form must still stand for its
 * value: a rate edited to `per: "0"` or `value: "NaN"` is refused.
 *
 * @throws BedstaffError `unknown-quantity-kind`, `unknown-base-kind`, `invalid-number`,
 *   `negative-value`, `non-positive-value`, `invalid-options`; `rate(json)` also
 *   `invalid-argument` (not a rate, an unknown field, a printed form that is not the value)
 * @example
 * ```ts
 * import { rate } from 'bedstaff'
 * import { stableJson } from 'bedstaff/report'
 *
 * rate('beds', '4.58', { per: 1000, base: 'resident' }) // => {"type":"rate","quantity":"beds","value":"4.58","printed":"4.58","per":"1000","base":"resident","source":null}
 * rate('ambulances', 1, { per: 30_000, base: 'service' }).per // => "30000"   (每3万人口1辆)
 * rate('beds', '-4.58', { per: 1000, base: 'resident' }) // throws negative-value
 * const saved = JSON.parse(stableJson(rate('beds', '4.58', { per: 1000, base: 'resident' })))
 * rate(saved).per // => "1000"
 * rate({ ...saved, per: '0' }) // throws non-positive-value   (at per)
 * rate({ ...saved, printed: '4.60' }) // throws invalid-argument
 * ```
 */
export function rate<Q extends QuantityKind, K extends BaseKind>(saved: Rate<Q, K>): Rate<Q, K>
export function rate<Q extends QuantityKind, K extends BaseKind>(
  quantity: Q,
  value: string | number,
  opts: RateOptions<K>,
): Rate<Q, K>
export function rate(quantity: unknown, value?: unknown, opts?: unknown): Rate {
  if (isSavedCall(quantity, value, opts)) return validRate(quantity, [])
  const q = assertQuantityKind(quantity)
  const v = nonNegative(value, ['value'])
  const o = optionsOf(opts, ['per', 'base', 'perPrinted', 'source'])
  const per = scale(o.per, ['per'])
  const b = assertBaseKind(o.base, ['base'])
  const pp = checkPerPrinted(o.perPrinted, per, ['perPrinted'])
  return made(q, v, String(value).trim(), per, b, validSource(o.source, ['source']), pp)
}

/**
 * A rate a function was given: the rate itself when the library made it; anything else (read
 * back from JSON, spread, edited) is checked field by field as {@link rate} checks its arguments,
 * and the printed form must stand for the value. @internal
 *
 * @throws BedstaffError the errors of `rate(json)`, at `path`
 */
export function validRate(value: unknown, path: Path): Rate {
  if (MADE.has(value)) return value
  const o = savedFields(value, RATE, RATE_KEYS, path, 'rate')
  const q = assertQuantityKind(o.quantity, [...path, 'quantity'])
  const v = nonNegative(o.value, [...path, 'value'])
  const printed = checkPrinted(o.printed, v, printedDecimalBounds, [...path, 'printed'])
  const per = scale(o.per, [...path, 'per'])
  const b = assertBaseKind(o.base, [...path, 'base'])
  const pp = checkPerPrinted(o.perPrinted, per, [...path, 'perPrinted'])
  return made(q, v, printed, per, b, validSource(o.source, [...path, 'source']), pp)
}

/** A printed scale must print the scale: "4.5万" for 45000, "3万" for 30000. */
function checkPerPrinted(value: unknown, per: Dec, path: Path): string | null {
  if (value === undefined) return null
  if (typeof value !== 'string' || value.length > 40 || printedNumberBounds(value, per) === null) {
    return fail('invalid-argument', path, {
      problem: `the printed scale ${describe(value)} does not print ${decimalString(per)}`,
      problemZh: `印刷的人口单位 ${describe(value)} 与 ${decimalString(per)} 不符`,
    })
  }
  return value
}

/**
 * The same rate at another scale, exactly: 4.58 per 1,000 is 45.8 per 10,000. The printed form
 * becomes the rescaled exact value.
 *
 * @throws BedstaffError the errors of `rate(json)` at `rate` (a rate the library did not
 *   make is checked), `non-positive-value` and `number-out-of-range` at `per`
 * @example
 * ```ts
 * import { rate, rescale } from 'bedstaff'
 *
 * const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
 * rescale(beds, 10_000).value // => "45.8"
 * rescale(beds, 100).printed // => "0.458"
 * rescale({ ...beds, per: '0' }, 10_000) // throws non-positive-value   (at rate.per)
 * ```
 */
export function rescale<Q extends QuantityKind, K extends BaseKind>(
  r: Rate<Q, K>,
  per: string | number,
): Rate<Q, K> {
  const from = validRate(r, ['rate']) as Rate<Q, K>
  const to = scale(per, ['per'])
  // the rescaled value must be one rate() accepts, so that its JSON reads back
  const v = nonNegative(decimalString(perCapitaExact(new Dec(from.value), to, new Dec(from.per))), [
    'per',
  ])
  return made(from.quantity, v, decimalString(v), to, from.base, from.source)
}

/**
 * Units per single person (`value / per`), to 40 significant digits (exact where the quotient
 * ends); the scale-free form used to compare rates.
 *
 * @throws BedstaffError the errors of `rate(json)` at `rate`
 * @example
 * ```ts
 * import { perCapita, rate } from 'bedstaff'
 *
 * perCapita(rate('beds', '4.58', { per: 1000, base: 'resident' })).toString() // => "0.00458"
 * perCapita(rate('beds', '45.8', { per: 10_000, base: 'resident' })).toString() // => "0.00458"
 * perCapita({ type: 'rate', quantity: 'beds', value: 'NaN', printed: 'NaN', per: '1000', base: 'resident', source: null }) // throws non-finite-number
 * ```
 */
export function perCapita(r: Rate): Dec {
  const v = validRate(r, ['rate'])
  return perCapitaExact(new Dec(v.value), new Dec(1), new Dec(v.per))
}
