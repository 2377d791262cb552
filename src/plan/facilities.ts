/**
 * Facility helpers: which facilities a rule's scope covers, and their beds in a year.
 */
import { Dec } from '../decimal.js'
import type { Facility, Scope } from './schema.js'

/**
 * Whether a facility is covered by a scope: every condition given (grades, categories, ids)
 * must hold.
 *
 * @example
 * ```ts
 * inScope(facility, { grades: ['III-A'], categories: ['general'] }) // true for 慈溪市人民医院
 * ```
 */
export function inScope(f: Facility, scope: Scope): boolean {
  if (scope.grades && !scope.grades.includes(f.grade)) return false
  if (scope.categories && !scope.categories.includes(f.category)) return false
  if (scope.facilities && !scope.facilities.includes(f.id)) return false
  return true
}

/**
 * A facility's beds of one kind in one year: a decimal, `null` where the table prints "-" or
 * leaves the cell blank (the facility does not exist then), or `undefined` where the plan does
 * not say.
 *
 * @example
 * ```ts
 * bedsIn(facility, 'open', 2025)?.toString() // '1000'
 * ```
 */
export function bedsIn(
  f: Facility,
  kind: 'open' | 'approved',
  year: number,
): Dec | null | undefined {
  const table = kind === 'open' ? f.openBeds : f.approvedBeds
  if (!table) return undefined
  const key = String(year)
  if (!Object.hasOwn(table, key)) return undefined
  const v = table[key]
  return v === null || v === undefined ? null : new Dec(v)
}
