/**
 * The shapes of population bases: the base itself, its age band and how it was derived.
 */
import type { Source } from '../provenance.js'
import type { BaseKind, Vintage } from './vocabulary.js'

/** An age band; `null` at either end means unbounded (or unstated, see the source). */
export interface AgeBand {
  readonly min: number | null
  readonly max: number | null
}

/** How a base was produced from another: `value = from.value × factor`. */
export interface BaseDerivation {
  readonly fromKind: BaseKind
  readonly fromValue: string
  readonly factor: string
}

/**
 * A population base. Plain, frozen and JSON-ready: `value` is an exact decimal string.
 *
 * @example
 * ```ts
 * import { base, type PopulationBase } from 'bedstaff'
 *
 * const p: PopulationBase<'resident'> = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * p // => {"kind":"resident","value":"2000000","year":2025,"vintage":"derived","ages":null,"derivedFrom":null,"source":null}
 * ```
 */
export interface PopulationBase<K extends BaseKind = BaseKind> {
  readonly kind: K
  readonly value: string
  readonly year: number
  readonly vintage: Vintage
  /** Ages covered, for `elderly` and `children`; `null` for other kinds. */
  readonly ages: AgeBand | null
  /** Set when the base was made from another by a factor (service population, conversions). */
  readonly derivedFrom: BaseDerivation | null
  readonly source: Source | null
}

/** Options every base takes: when, which vintage, and (recommended) the source. */
export interface BaseOptions {
  readonly year: number
  readonly vintage: Vintage
  readonly source?: Source
}
