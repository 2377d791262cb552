/**
 * Total from a rate and a base: 4.58 per 1,000 × 2,000,000 residents = 9160 beds.
 */
import { Dec, decimalString } from '../decimal.js'
import { perCapitaExact } from '../kernel/arithmetic.js'
import { type BaseKind, failBaseMismatch, type PopulationBase } from '../population/base.js'
import type { QuantityKind } from '../quantity/kinds.js'
import type { Rate } from '../quantity/rate.js'
import { assertRounding, countOf, type Rounding } from '../rounding.js'

/**
 * A total derived from a rate: the exact product, the count under the named rounding (`null`
 * for `none`), and the base and rate it came from.
 *
 * @example
 * ```ts
 * import { base, rate, type TotalFromRate, totalFromRate } from 'bedstaff'
 *
 * const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * const nurses = rate('nurses', '4.2', { per: 1000, base: 'resident' })
 * const t: TotalFromRate<'nurses', 'resident'> = totalFromRate(nurses, residents, { rounding: 'ceil' })
 * t.count // => 8400
 * ```
 */
export interface TotalFromRate<
  Q extends QuantityKind = QuantityKind,
  K extends BaseKind = BaseKind,
> {
  readonly type: 'total-from-rate'
  readonly quantity: Q
  readonly exact: string
  readonly count: number | null
  readonly rounding: Rounding
  readonly base: PopulationBase<K>
  readonly rate: Rate<Q, K>
}

/** Checks that a base is of the kind a rate is per. @internal */
export function checkBase(
  r: Rate,
  b: PopulationBase,
  path: readonly (string | number)[] = ['base'],
) {
  if (b === null || typeof b !== 'object' || r.base !== b.kind) {
    failBaseMismatch(r.base, b && typeof b === 'object' ? String(b.kind) : String(b), path)
  }
}

/**
 * The total a rate requires of a base: `value × population / per`, exactly, then counted with
 * the named rounding (`ceil` for a minimum, `floor` for a cap).
 *
 * @throws BedstaffError `base-mismatch` (a per-registered rate on a resident base),
 *   `invalid-rounding`, `count-too-large`
 * @example
 * ```ts
 * import { base, rate, totalFromRate } from 'bedstaff'
 *
 * const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * const beds = totalFromRate(rate('beds', '4.58', { per: 1000, base: 'resident' }), residents, { rounding: 'ceil' })
 * beds.count // => 9160
 * const ambulances = rate('ambulances', 1, { per: 30_000, base: 'service' })
 * totalFromRate(ambulances, base.serviceFrom(residents, 3), { rounding: 'ceil' }).count // => 200
 * // @ts-expect-error: a rate per service population on a resident base does not compile
 * totalFromRate(ambulances, residents, { rounding: 'ceil' }) // throws base-mismatch
 * ```
 */
export function totalFromRate<Q extends QuantityKind, K extends BaseKind>(
  r: Rate<Q, K>,
  b: PopulationBase<NoInfer<K>>,
  opts: { readonly rounding: Rounding },
): TotalFromRate<Q, K> {
  checkBase(r, b)
  const rounding = assertRounding(opts?.rounding)
  const exact = perCapitaExact(new Dec(r.value), new Dec(b.value), new Dec(r.per))
  return Object.freeze({
    type: 'total-from-rate',
    quantity: r.quantity,
    exact: decimalString(exact),
    count: countOf(exact, rounding),
    rounding,
    base: b,
    rate: r,
  })
}
