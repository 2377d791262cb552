/**
 * The comparator status kernel: whether a difference (stock − required) meets a comparator.
 */

import type { Comparator } from '../comparator.js'
import type { Dec } from '../decimal.js'

/**
 * `meets`: the stock satisfies the comparator; `short`: below a floor or a level; `over`: above
 * a cap or a level.
 */
export type GapStatus = 'meets' | 'short' | 'over'

/**
 * The status of `difference = stock − required` under a comparator: `ge` meets at 0 and above,
 * `gt` only above 0, `le` at 0 and below, `lt` only below 0; a level (`eq`, `approx`) only at 0.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.comparatorStatus(toDecimal(0), 'ge') // => "meets"
 * kernels.comparatorStatus(toDecimal(0), 'gt') // => "short"
 * kernels.comparatorStatus(toDecimal(1), 'le') // => "over"
 * ```
 */
export function comparatorStatus(difference: Dec, comparator: Comparator): GapStatus {
  switch (comparator) {
    case 'ge':
      return difference.gte(0) ? 'meets' : 'short'
    case 'gt':
      return difference.gt(0) ? 'meets' : 'short'
    case 'le':
      return difference.lte(0) ? 'meets' : 'over'
    case 'lt':
      return difference.lt(0) ? 'meets' : 'over'
    default:
      return difference.isZero() ? 'meets' : difference.lt(0) ? 'short' : 'over'
  }
}
