/**
 * The gap kernel: how far a stock is from a requirement under a comparator, from decimals the
 * caller has already checked. `gap` (derive) and the plan evaluator compute through it.
 */

import type { Comparator } from '../comparator.js'
import type { Dec } from '../decimal.js'
import { comparatorStatus, type GapStatus } from './status.js'

/** What {@link gapOf} computes. */
export interface GapParts {
  /** `stock − required`. */
  readonly difference: Dec
  readonly status: GapStatus
  /** How many units it is short or over: |difference|, or 0 when it meets. */
  readonly by: Dec
}

/**
 * `stock − required`, whether that meets the comparator, and by how much it misses: 6855 beds
 * against 9160 required (≥) are short by 2305. @internal
 */
export function gapOf(required: Dec, stock: Dec, comparator: Comparator): GapParts {
  const difference = stock.minus(required)
  const status = comparatorStatus(difference, comparator)
  const by = status === 'meets' ? difference.minus(difference) : difference.abs()
  return { difference, status, by }
}
