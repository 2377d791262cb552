/**
 * Comparators, as the documents write them: 不低于/不少于/以上 (≥), 不超过/以下/以内 (≤), 超过 (>),
 * 低于/小于 (<), 左右/约 (≈), and a bare target level (=).
 */
import { describe } from './decimal.js'
import { fail, type Path } from './errors.js'

/**
 * `ge` ≥, `le` ≤, `gt` >, `lt` <, `approx` ≈ (a level, no direction), `eq` a target level.
 *
 * @example
 * ```ts
 * import { COMPARATORS } from 'bedstaff'
 * import { parseNorm } from 'bedstaff/norm'
 *
 * COMPARATORS // => ["ge","le","gt","lt","approx","eq"]
 * parseNorm('不超过9.5').comparator // => "le"
 * ```
 */
export const COMPARATORS = Object.freeze(['ge', 'le', 'gt', 'lt', 'approx', 'eq'] as const)

/** A comparator. */
export type Comparator = (typeof COMPARATORS)[number]

/**
 * The symbols shown in tables.
 *
 * @example
 * ```ts
 * import { COMPARATOR_SYMBOL, COMPARATORS } from 'bedstaff'
 *
 * COMPARATORS.map((c) => COMPARATOR_SYMBOL[c]).join(' ') // => "≥ ≤ > < ≈ ="
 * ```
 */
export const COMPARATOR_SYMBOL: Readonly<Record<Comparator, string>> = Object.freeze({
  ge: '≥',
  le: '≤',
  gt: '>',
  lt: '<',
  approx: '≈',
  eq: '=',
})

/**
 * Validates a comparator.
 *
 * @throws BedstaffError `invalid-comparator`
 */
export function assertComparator(value: unknown, path: Path = ['comparator']): Comparator {
  if (typeof value === 'string' && (COMPARATORS as readonly string[]).includes(value)) {
    return value as Comparator
  }
  return fail('invalid-comparator', path, {
    received: describe(value),
    expected: COMPARATORS.join(', '),
  })
}
