/**
 * Compound minimums: "负压救护车比例不低于20%且不少于2辆" means both floors hold, so the count is
 * max(ceil(20% × n), 2).
 */
import { Dec, decimalString, nonNegative } from '../decimal.js'
import { fail } from '../errors.js'
import { compoundMinimumOf } from '../kernel/arithmetic.js'
import type { QuantityKind } from '../quantity/kinds.js'
import { sameKind } from '../quantity/kinds.js'
import { type Share, validShare } from '../quantity/share.js'
import { countOf } from '../rounding.js'
import { type Amount, validAmount } from './amount.js'

/**
 * The result of a compound minimum: the share term (exact and ceiled), the absolute floor, the
 * count (the larger), and which term binds.
 *
 * @example
 * ```ts
 * import { type CompoundMinimum, compoundMinimum, share } from 'bedstaff'
 *
 * const np = share('negative-pressure-ambulances', 'ambulances', '20%')
 * const m: CompoundMinimum = compoundMinimum({ quantity: 'ambulances', value: '200' }, np, 2)
 * m // => {"type":"compound-minimum","quantity":"negative-pressure-ambulances","of":"200","shareExact":"40","shareCount":40,"floor":2,"count":40,"binding":"share","rounding":"ceil"}
 * ```
 */
export interface CompoundMinimum<Q extends QuantityKind = QuantityKind> {
  readonly type: 'compound-minimum'
  readonly quantity: Q
  readonly of: string
  readonly shareExact: string
  readonly shareCount: number
  readonly floor: number
  readonly count: number
  readonly binding: 'share' | 'floor' | 'both'
  readonly rounding: 'ceil'
}

/**
 * `max(ceil(share × n), floor)`: both minimums hold, each rounded up.
 *
 * @throws BedstaffError `kind-mismatch`, `not-an-integer` (floor), `negative-value`, the errors
 *   of `amountValue` at `total` and of `share(json)` at `share`
 * @example
 * ```ts
 * import { compoundMinimum, share } from 'bedstaff'
 *
 * const np = share('negative-pressure-ambulances', 'ambulances', '20%') // 不低于20%且不少于2辆
 * compoundMinimum({ quantity: 'ambulances', value: '200' }, np, 2).count // => 40
 * compoundMinimum({ quantity: 'ambulances', value: '4' }, np, 2).count // => 2
 * compoundMinimum({ quantity: 'ambulances', value: '4' }, np, 2).binding // => "floor"
 * compoundMinimum({ quantity: 'ambulances', value: '200' }, np, 2.5) // throws not-an-integer
 * compoundMinimum({ quantity: 'ambulances', value: '200' }, { ...np, value: '2' }, 2) // throws invalid-share
 * ```
 */
export function compoundMinimum<Q extends QuantityKind, O extends QuantityKind>(
  total: Amount<NoInfer<O>>,
  s: Share<Q, O>,
  floor: string | number,
): CompoundMinimum<Q> {
  const sh = validShare(s, ['share'])
  const t = validAmount(total, ['total'])
  sameKind(sh.of, t.quantity, ['total', 'quantity'])
  const n = t.value
  const f = nonNegative(floor, ['floor'])
  if (!f.isInteger()) fail('not-an-integer', ['floor'], { received: decimalString(f) })
  const m = compoundMinimumOf(n, new Dec(sh.value), f)
  return Object.freeze({
    type: 'compound-minimum',
    quantity: sh.quantity as Q,
    of: decimalString(n),
    shareExact: decimalString(m.shareExact),
    shareCount: countOf(m.shareCount, 'ceil', ['total']) ?? 0,
    floor: countOf(f, 'ceil', ['floor']) ?? 0,
    count: countOf(m.count, 'ceil', ['total']) ?? 0,
    binding: m.binding,
    rounding: 'ceil',
  })
}
