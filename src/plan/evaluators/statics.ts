/**
 * What the evaluators read of a plan that no case or override changes, worked out once and
 * kept on the (frozen) objects it comes from: the facilities a scope covers with their beds in
 * a year, how many are present, and the base a rule's kind and year choose. The results are
 * those of `inScope`, `bedsIn` and `chooseBase`, called once instead of once per evaluation.
 */
import { type Dec, decimalString } from '../../decimal.js'
import { type BaseChoice, chooseBase, type NamedBase } from '../bases.js'
import { bedsIn, inScope } from '../facilities.js'
import type { Facility, Scope } from '../schema.js'

/**
 * The facilities of a scope that exist in a year, in plan order, with their beds as a decimal
 * and as results write them (`undefined` where the plan does not give them). @internal
 */
export interface ScopeBeds {
  readonly facilities: readonly Facility[]
  readonly beds: readonly (Dec | undefined)[]
  readonly froms: readonly (string | undefined)[]
}

type PerScope = Map<string, ScopeBeds | number>
const byFacilities = new WeakMap<readonly Facility[], WeakMap<Scope, PerScope>>()

function perScope(facilities: readonly Facility[], scope: Scope): PerScope | undefined {
  if (!Object.isFrozen(facilities) || !Object.isFrozen(scope)) return undefined
  let scopes = byFacilities.get(facilities)
  if (!scopes) {
    scopes = new WeakMap()
    byFacilities.set(facilities, scopes)
  }
  let cached = scopes.get(scope)
  if (!cached) {
    cached = new Map()
    scopes.set(scope, cached)
  }
  return cached
}

/**
 * The facilities in `scope` that exist in `year` (those whose table prints "-" or leaves the
 * year blank are left out), with their beds of one kind. @internal
 */
export function scopeBeds(
  facilities: readonly Facility[],
  scope: Scope,
  kind: 'open' | 'approved',
  year: number,
  dec: (text: string) => Dec,
): ScopeBeds {
  const cache = perScope(facilities, scope)
  const key = `${kind} ${year}`
  const hit = cache?.get(key)
  if (hit !== undefined && typeof hit !== 'number') return hit
  const list: Facility[] = []
  const beds: (Dec | undefined)[] = []
  const froms: (string | undefined)[] = []
  for (const f of facilities) {
    if (!inScope(f, scope)) continue
    const b = bedsIn(f, kind, year, dec)
    if (b === null) continue // the facility does not exist in that year
    list.push(f)
    beds.push(b)
    froms.push(b === undefined ? undefined : decimalString(b))
  }
  const out = Object.freeze({ facilities: list, beds, froms })
  cache?.set(key, out)
  return out
}

/**
 * How many facilities in `scope` are present in `year`: all but those whose open-beds table
 * prints "-" or leaves the year blank (null). @internal
 */
export function presentIn(facilities: readonly Facility[], scope: Scope, year: number): number {
  const cache = perScope(facilities, scope)
  const key = `present ${year}`
  const hit = cache?.get(key)
  if (typeof hit === 'number') return hit
  const y = String(year)
  let present = 0
  for (const f of facilities) {
    const absent = Object.hasOwn(f.openBeds, y) && f.openBeds[y] === null
    if (!absent && inScope(f, scope)) present++
  }
  cache?.set(key, present)
  return present
}

const choices = new WeakMap<ReadonlyMap<string, NamedBase>, Map<string, BaseChoice>>()

/** `chooseBase`, remembered for each map of bases (the choice depends on nothing else). @internal */
export function chosenBase(
  bases: ReadonlyMap<string, NamedBase>,
  kind: NamedBase['kind'],
  year: number,
  baseId: string | undefined,
): BaseChoice {
  let memo = choices.get(bases)
  if (!memo) {
    memo = new Map()
    choices.set(bases, memo)
  }
  const key = `${kind} ${year} ${baseId ?? ''} ${bases.size}`
  let c = memo.get(key)
  // a map changed since (a base given another value) chooses again
  if (!c || (c.status === 'ok' && bases.get(c.base.id) !== c.base)) {
    c = chooseBase(bases, kind, year, baseId)
    memo.set(key, c)
  }
  return c
}

/** Each facility's open beds in a year: as results write them, and as decimals (null: none). */
export interface OpenBeds {
  readonly texts: readonly (string | null)[]
  readonly decimals: readonly (Dec | null)[]
}
const openByFacilities = new WeakMap<readonly Facility[], Map<number, OpenBeds>>()

/** The open beds of every facility in `year`, in plan order (made once per frozen list). @internal */
export function openBeds(
  facilities: readonly Facility[],
  year: number,
  dec: (text: string) => Dec,
): OpenBeds {
  const frozen = Object.isFrozen(facilities)
  let byYear = frozen ? openByFacilities.get(facilities) : undefined
  const hit = byYear?.get(year)
  if (hit) return hit
  const decimals = facilities.map((f) => bedsIn(f, 'open', year, dec) ?? null)
  const out = Object.freeze({
    texts: decimals.map((d) => (d === null ? null : decimalString(d))),
    decimals,
  })
  if (frozen) {
    if (!byYear) {
      byYear = new Map()
      openByFacilities.set(facilities, byYear)
    }
    byYear.set(year, out)
  }
  return out
}
