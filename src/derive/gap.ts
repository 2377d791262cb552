/**
 * Increments and gaps: how far a stock is from what a rule requires.
 */

import { assertComparator, type Comparator } from '../comparator.js'
import { decimalString } from '../decimal.js'
import { comparatorStatus, type GapStatus } from '../kernel/status.js'
import { type QuantityKind, sameKind } from '../quantity/kinds.js'
import { type Amount, validAmount } from './amount.js'

export type { GapStatus } from '../kernel/status.js'

/**
 * The gap between a requirement and a stock: `difference = stock − required`, and `by`, how many
 * units it is short or over (0 when it meets).
 *
 * @example
 * ```ts
 * import { type Gap, gap, stock } from 'bedstaff'
 *
 * const g: Gap<'beds'> = gap({ quantity: 'beds', exact: '9160', count: 9160 }, stock('beds', 6855), 'ge')
 * g // => {"type":"gap","quantity":"beds","comparator":"ge","required":"9160","stock":"6855","difference":"-2305","status":"short","by":"2305"}
 * ```
 */
export interface Gap<Q extends QuantityKind = QuantityKind> {
  readonly type: 'gap'
  readonly quantity: Q
  readonly comparator: Comparator
  readonly required: string
  readonly stock: string
  readonly difference: string
  readonly status: GapStatus
  readonly by: string
}

/**
 * The increment from a stock to a target: `target − stock` (negative for a reduction).
 * 9160 planned beds less 6855 in 2020 is 2305.
 *
 * @throws BedstaffError `kind-mismatch`, and the errors of `amountValue` at `target` and `from`
 * @example
 * ```ts
 * import { increment, stock } from 'bedstaff'
 *
 * increment({ quantity: 'beds', value: '9160' }, stock('beds', 6855, { year: 2020 })) // => "2305"
 * increment({ quantity: 'beds', value: '6855' }, { quantity: 'beds', value: '9160' }) // => "-2305"
 * // @ts-expect-error: beds less nurses does not compile
 * increment({ quantity: 'beds', value: '9160' }, { quantity: 'nurses', value: '8400' }) // throws kind-mismatch
 * ```
 */
export function increment<Q extends QuantityKind>(
  target: Amount<Q>,
  from: Amount<NoInfer<Q>>,
): string {
  const t = validAmount(target, ['target'])
  const f = validAmount(from, ['from'])
  sameKind(t.quantity, f.quantity, ['from', 'quantity'])
  return decimalString(t.value.minus(f.value))
}

/**
 * Compares a stock with a requirement under a comparator (`ge` for a floor, `le` for a cap,
 * `eq`/`approx` for a level, met only exactly) and says whether it meets, and by how much it
 * misses.
 *
 * @throws BedstaffError `kind-mismatch`, `invalid-comparator`, and the errors of
 *   `amountValue` at `required` and `stock` (an unknown quantity kind, a negative value…)
 * @example
 * ```ts
 * import { gap } from 'bedstaff'
 *
 * const g = gap({ quantity: 'beds', value: '9160' }, { quantity: 'beds', value: '6855' }, 'ge')
 * g.status // => "short"
 * g.by // => "2305"
 * gap({ quantity: 'beds', value: '9160' }, { quantity: 'beds', value: '9200' }, 'le').status // => "over"
 * gap({ quantity: 'wards' as never, value: '3' }, { quantity: 'wards' as never, value: '2' }, 'ge') // throws unknown-quantity-kind
 * ```
 */
export function gap<Q extends QuantityKind>(
  required: Amount<Q>,
  have: Amount<NoInfer<Q>>,
  comparator: Comparator,
): Gap<Q> {
  const req = validAmount(required, ['required'])
  const had = validAmount(have, ['stock'])
  sameKind(req.quantity, had.quantity, ['stock', 'quantity'])
  const cmp = assertComparator(comparator)
  const r = req.value
  const s = had.value
  const diff = s.minus(r)
  const status = comparatorStatus(diff, cmp)
  const by = status === 'meets' ? '0' : decimalString(diff.abs())
  return Object.freeze({
    type: 'gap',
    quantity: req.quantity as Q,
    comparator: cmp,
    required: decimalString(r),
    stock: decimalString(s),
    difference: decimalString(diff),
    status,
    by,
  })
}
