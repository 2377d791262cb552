/**
 * Facility helpers: which facilities a rule's scope covers, and their beds in a year.
 */
import { Dec } from '../decimal.js'
import type { Facility, Scope } from './schema.js'

/**
 * Whether a facility is covered by a scope: every condition given (grades, categories, ids)
 * must hold: 慈溪市人民医院 (III-A, general) is in `{ grades: ['III-A'], categories: ['general'] }`.
 */
export function inScope(f: Facility, scope: Scope): boolean {
  if (scope.grades && !scope.grades.includes(f.grade)) return false
  if (scope.categories && !scope.categories.includes(f.category)) return false
  if (scope.facilities && !idSet(scope.facilities).has(f.id)) return false
  return true
}

/** Sets of facility ids, made once per (frozen) list: scopes may list dozens of facilities. */
const idSets = new WeakMap<readonly string[], ReadonlySet<string>>()
function idSet(ids: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(ids)
  if (!set) {
    set = new Set(ids)
    if (Object.isFrozen(ids)) idSets.set(ids, set)
  }
  return set
}

/**
 * A facility's beds of one kind in one year: a decimal, `null` where the table prints "-" or
 * leaves the cell blank (the facility does not exist then), or `undefined` where the plan does
 * not say. 慈溪市人民医院 has 1000 open beds in 2025.
 */
export function bedsIn(
  f: Facility,
  kind: 'open' | 'approved',
  year: number,
  dec: (text: string) => Dec = (t) => new Dec(t),
): Dec | null | undefined {
  const table = kind === 'open' ? f.openBeds : f.approvedBeds
  if (!table) return undefined
  const key = String(year)
  if (!Object.hasOwn(table, key)) return undefined
  const v = table[key]
  return v === null || v === undefined ? null : dec(v)
}
