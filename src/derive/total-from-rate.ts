/**
 * Total from a rate and a base: 4.58 per 1,000 × 2,000,000 residents = 9160 beds.
 */
import { Dec, decimalString, describe } from '../decimal.js'
import { atPath, fail, type Path } from '../errors.js'
import { perCapitaExact } from '../kernel/arithmetic.js'
import { madeBy, optionsOf, savedFields } from '../made.js'
import {
  type BaseKind,
  failBaseMismatch,
  type PopulationBase,
  validBase,
} from '../population/base.js'
import type { QuantityKind } from '../quantity/kinds.js'
import { type Rate, validRate } from '../quantity/rate.js'
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

/** The totals the library made (module-private). */
const MADE = madeBy<TotalFromRate>()
const TOTAL_KEYS = ['type', 'quantity', 'exact', 'count', 'rounding', 'base', 'rate']

/**
 * A total a function was given (`renderTotal`): the total itself when the library made it;
 * anything else is recomputed from its rate, base and rounding, and refused unless its quantity,
 * exact value and count are what they give. @internal
 *
 * @throws BedstaffError `invalid-argument`, and the errors of {@link totalFromRate}, at `path`
 */
export function validTotal(value: unknown, path: Path): TotalFromRate {
  if (MADE.has(value)) return value
  const what = { en: 'a total (from totalFromRate())', zh: '推算总量（由 totalFromRate() 得到）' }
  const o = savedFields(value, what, TOTAL_KEYS, path, 'total-from-rate')
  const fresh = atPath(path, () =>
    totalFromRate(o.rate as Rate, o.base as PopulationBase, { rounding: o.rounding as Rounding }),
  )
  for (const key of ['quantity', 'exact', 'count'] as const) {
    if (o[key] !== fresh[key]) {
      const told = `${key} ${describe(o[key])} is not what its rate and base give (${String(fresh[key])})`
      fail('invalid-argument', [...path, key], {
        problem: told,
        problemZh: `${key} ${describe(o[key])} 与其配置标准和人口基数所得（${String(fresh[key])}）不符`,
      })
    }
  }
  return fresh
}

/** Checks that a base is of the kind a rate is per. @internal */
export function checkBase(
  r: Rate,
  b: PopulationBase,
  path: readonly (string | number)[] = ['base'],
) {
  if (b === null || typeof b !== 'object') {
    const shown = typeof b === 'string' || typeof b === 'number' ? String(b) : describe(b)
    failBaseMismatch(r.base, shown.slice(0, 40), path)
  }
  const kind: unknown = b.kind
  if (r.base !== kind) {
    failBaseMismatch(r.base, typeof kind === 'string' ? kind.slice(0, 40) : describe(kind), path)
  }
}

/**
 * The total a rate requires of a base: `value × population / per`, exactly, then counted with
 * the named rounding (`ceil` for a minimum, `floor` for a cap).
 *
 * @throws BedstaffError `base-mismatch` (a per-registered rate on a resident base),
 *   `invalid-rounding`, `count-too-large`, `invalid-options`, and the errors of `rate(json)` at
 *   `rate` and of `base(json)` at `base` (a value the library did not make is checked)
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
 * const saved = JSON.parse(JSON.stringify(beds.rate))
 * totalFromRate({ ...saved, per: '0' }, residents, { rounding: 'ceil' }) // throws non-positive-value   (at rate.per, not "Infinity")
 * ```
 */
export function totalFromRate<Q extends QuantityKind, K extends BaseKind>(
  r: Rate<Q, K>,
  b: PopulationBase<NoInfer<K>>,
  opts: { readonly rounding: Rounding },
): TotalFromRate<Q, K> {
  const rr = validRate(r, ['rate']) as Rate<Q, K>
  checkBase(rr, b) // a base that is not one is the wrong base
  const bb = validBase(b, ['base']) as PopulationBase<K>
  const rounding = assertRounding(optionsOf(opts, ['rounding']).rounding)
  const exact = perCapitaExact(new Dec(rr.value), new Dec(bb.value), new Dec(rr.per))
  return MADE.mark(
    Object.freeze({
      type: 'total-from-rate',
      quantity: rr.quantity,
      exact: decimalString(exact),
      count: countOf(exact, rounding),
      rounding,
      base: bb,
      rate: rr,
    }),
  ) as TotalFromRate<Q, K>
}
