/**
 * Resolving a plan's named bases into core population bases, and choosing the base a rule uses.
 */
import { atPath } from '../errors.js'
import { type BaseKind, base, type PopulationBase } from '../population/base.js'
import type { BaseEntry, Plan } from './schema.js'

/** A resolved base with the plan's id for it. */
export type NamedBase = PopulationBase & { readonly id: string }

/**
 * Resolves every base of a plan (and extra bases given by the caller, which replace plan bases
 * of the same id) into exact population bases; bases made `from` another are multiplied out.
 *
 * In Cixi 2021–2025, `ambulance-base-2025` (300% of `resident-2025`) resolves to 6000000.
 *
 * @throws BedstaffError from the base factories, with the path of the bad base
 */
export function resolveBases(
  plan: Plan,
  extra: readonly BaseEntry[] = [],
): ReadonlyMap<string, NamedBase> {
  const entries = new Map<string, { entry: BaseEntry; path: (string | number)[] }>()
  plan.bases.forEach((b, i) => {
    entries.set(b.id, { entry: b, path: ['bases', i] })
  })
  extra.forEach((b, i) => {
    entries.set(b.id, { entry: b, path: ['options', 'bases', i] })
  })
  const out = new Map<string, NamedBase>()
  const resolve = (id: string): NamedBase | undefined => {
    const done = out.get(id)
    if (done) return done
    const item = entries.get(id)
    if (!item) return undefined
    const { entry: e, path } = item
    const made = atPath(path, (): PopulationBase => {
      const source = e.source
      if (e.from !== undefined) {
        const from = resolve(e.from)
        if (!from) return base.resident('0', { year: 2000, vintage: 'derived' }) // unreachable: load checks refs
        const opts = {
          ...(e.year !== undefined ? { year: e.year } : {}),
          ...(e.vintage !== undefined ? { vintage: e.vintage } : {}),
          source,
        }
        return { ...base.serviceFrom(from, e.multiplier ?? '1', opts), kind: e.kind }
      }
      const opts = { year: e.year ?? 0, vintage: e.vintage ?? 'derived', source } as const
      const value = e.value ?? '0'
      switch (e.kind) {
        case 'elderly':
          return base.elderly(value, { ...opts, ageMin: e.ageMin ?? null })
        case 'children':
          return base.children(value, { ...opts, ageMin: e.ageMin ?? 0, ageMax: e.ageMax ?? null })
        default:
          return { ...base.resident(value, opts), kind: e.kind }
      }
    })
    const named = Object.freeze({ ...made, id })
    out.set(id, named)
    return named
  }
  for (const id of entries.keys()) resolve(id)
  return out
}

/**
 * The result of choosing a base for a rule: the base, or why there is none. A rule never falls
 * back to another kind or year.
 */
export type BaseChoice =
  | { readonly status: 'ok'; readonly base: NamedBase }
  | { readonly status: 'base-missing'; readonly wanted: string }
  | { readonly status: 'base-ambiguous'; readonly candidates: readonly string[] }

/**
 * Chooses the base for a per-capita rule: the one it names, else the only base of its kind and
 * year given directly. A base made `from` another (300% of residents for ambulances) is used
 * only by the rules that name it: it was built for them, and "服务人口" elsewhere means
 * something else. A plan with no registered base for 2025 gives
 * `{ status: 'base-missing', wanted: 'registered population for 2025' }` for a per-registered
 * rule of 2025.
 */
export function chooseBase(
  bases: ReadonlyMap<string, NamedBase>,
  kind: BaseKind,
  year: number,
  baseId: string | undefined,
): BaseChoice {
  if (baseId !== undefined) {
    const b = bases.get(baseId)
    return b && b.kind === kind
      ? { status: 'ok', base: b }
      : { status: 'base-missing', wanted: `base "${baseId}" (${kind})` }
  }
  const found = [...bases.values()].filter(
    (b) => b.kind === kind && b.year === year && b.derivedFrom === null,
  )
  const [only] = found
  if (found.length === 1 && only) return { status: 'ok', base: only }
  if (found.length > 1) return { status: 'base-ambiguous', candidates: found.map((b) => b.id) }
  return { status: 'base-missing', wanted: `${kind} population for ${year}` }
}
