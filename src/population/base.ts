/**
 * Population bases: the denominator of every per-capita rate, carried with its kind, year,
 * vintage and source so that no result hides which population it was computed on.
 */

import { Dec, decimalString, describe } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { madeBy, optionsOf, savedFields, type What, wrongType } from '../made.js'
import { validSource } from '../provenance.js'
import {
  ageBand,
  checkYear,
  derivation,
  factorOf,
  populationValue,
  scaledPopulation,
} from './base-parts.js'
import type { AgeBand, BaseDerivation, BaseOptions, PopulationBase } from './base-types.js'
import { BASE_KIND_ZH, BASE_KINDS, type BaseKind, VINTAGES, type Vintage } from './vocabulary.js'

export { populationValue } from './base-parts.js'

export {
  BASE_KIND_ZH,
  BASE_KINDS,
  type BaseKind,
  VINTAGES,
  type Vintage,
} from './vocabulary.js'

export type { AgeBand, BaseDerivation, BaseOptions, PopulationBase }

/**
 * Validates a base kind.
 *
 * @throws BedstaffError `unknown-base-kind`
 */
export function assertBaseKind(value: unknown, path: Path = ['kind']): BaseKind {
  if (typeof value === 'string' && (BASE_KINDS as readonly string[]).includes(value)) {
    return value as BaseKind
  }
  return fail('unknown-base-kind', path, {
    received: describe(value),
    expected: BASE_KINDS.join(', '),
  })
}

/**
 * Throws the typed error for a rate applied to a base of another kind, naming both kinds in
 * English and Chinese. @internal
 */
export function failBaseMismatch(expected: BaseKind, received: string, path: Path): never {
  return fail('base-mismatch', path, {
    expected,
    received,
    expectedZh: BASE_KIND_ZH[expected] ?? expected,
    receivedZh: BASE_KIND_ZH[received as BaseKind] ?? received,
  })
}

/** A vintage. @internal */
export function checkVintage(v: unknown, path: Path): Vintage {
  if (typeof v === 'string' && (VINTAGES as readonly string[]).includes(v)) return v as Vintage
  return fail('unknown-vintage', path, { received: describe(v), expected: VINTAGES.join(', ') })
}

/** The bases the library made (module-private). */
const MADE = madeBy<PopulationBase>()

/** Whether the library made this base (so that it can be used as it is). @internal */
export function isMadeBase(value: unknown): value is PopulationBase {
  return MADE.has(value)
}

/** The options of a base factory: an object with no key outside `keys`. */
function baseOptions(opts: unknown, keys: readonly string[]): Record<string, unknown> {
  if (opts === null || typeof opts !== 'object')
    fail('invalid-year', ['year'], { received: describe(opts) })
  return optionsOf(opts, keys)
}

const KEYS = ['year', 'vintage', 'source'] as const

/**
 * Builds a frozen base from checked parts (year, vintage and source are checked here), and
 * records it as made by the library. @internal
 */
export function make<K extends BaseKind>(
  kind: K,
  value: Dec,
  opts: { readonly year?: unknown; readonly vintage?: unknown; readonly source?: unknown },
  ages: AgeBand | null,
  derivedFrom: BaseDerivation | null,
  path: Path = [],
): PopulationBase<K> {
  const b: PopulationBase<K> = Object.freeze({
    kind,
    value: decimalString(value),
    year: checkYear(opts.year, [...path, 'year']),
    vintage: checkVintage(opts.vintage, [...path, 'vintage']),
    ages: ages === null ? null : Object.freeze({ min: ages.min, max: ages.max }),
    derivedFrom: derivedFrom === null ? null : Object.freeze({ ...derivedFrom }),
    source: validSource(opts.source, [...path, 'source']),
  })
  return MADE.mark(b) as PopulationBase<K>
}

const BASE: What = {
  en: 'a population base (from base.resident() and the other factories, or base(json))',
  zh: '人口基数（由 base.resident() 等或 base(json) 得到）',
}
const BASE_KEYS = ['kind', 'value', 'year', 'vintage', 'ages', 'derivedFrom', 'source', 'id']
/**
 * A base a function was given: the base itself when the library made it; anything else (read
 * back from JSON, spread, edited) is checked field by field as the factories check their
 * arguments; a derived base must equal `fromValue × factor`. An `id` (plans name their bases) is
 * accepted and not kept. @internal
 *
 * @throws BedstaffError `invalid-argument` and the errors of the factories, at `path`
 */
export function validBase(value: unknown, path: Path): PopulationBase {
  if (MADE.has(value)) return value
  const o = savedFields(value, BASE, BASE_KEYS, path)
  if (o.id !== undefined && typeof o.id !== 'string') {
    wrongType({ en: 'an id', zh: '编号' }, o.id, [...path, 'id'])
  }
  const kind = assertBaseKind(o.kind, [...path, 'kind'])
  const v = populationValue(o.value, [...path, 'value'])
  let ages: AgeBand | null = null
  if (o.ages !== undefined && o.ages !== null) {
    const a = savedFields(
      o.ages,
      { en: 'an age band { min, max }', zh: '年龄段' },
      ['min', 'max'],
      [...path, 'ages'],
    )
    ages = ageBand(a.min, a.max, [...path, 'ages'], ['min', 'max'])
  }
  const d = derivation(o.derivedFrom, v, [...path, 'derivedFrom'], [...path, 'value'])
  const from = d && {
    ...d,
    fromKind: assertBaseKind(d.fromKind, [...path, 'derivedFrom', 'fromKind']),
  }
  return make(kind, v, { year: o.year, vintage: o.vintage, source: o.source }, ages, from, path)
}

/** Reads a base back from its JSON form: `base(json)`. */
const readBase = <K extends BaseKind = BaseKind>(saved: PopulationBase<K>): PopulationBase<K> =>
  validBase(saved, []) as PopulationBase<K>

/**
 * Factories for population bases, one per kind; `base(json)` reads a saved base back with every
 * check the factories make (a base edited to `value: "0"` or `year: 1850` is refused, and a
 * derived base must still equal `fromValue × factor`).
 *
 * @throws BedstaffError `non-positive-population`, `invalid-number`, `non-finite-number`,
 *   `invalid-year`, `unknown-vintage`, `invalid-options`; `base(json)` also `invalid-argument`
 *   and `unknown-base-kind`
 * @example
 * ```ts
 * import { base } from 'bedstaff'
 * import { stableJson } from 'bedstaff/report'
 *
 * const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * const ambulanceBase = base.serviceFrom(residents, 3) // 根据市域人口的300%估算人口基数
 * ambulanceBase.value // => "6000000"
 * ambulanceBase.derivedFrom // => {"fromKind":"resident","fromValue":"2000000","factor":"3"}
 * base.resident(0, { year: 2025, vintage: 'derived' }) // throws non-positive-population
 * const saved = JSON.parse(stableJson(ambulanceBase))
 * base(saved).value // => "6000000"
 * base({ ...saved, value: '7000000' }) // throws invalid-argument   (not 2000000 × 3)
 * base({ ...saved, year: 1850 }) // throws invalid-year
 * ```
 */
export const base = Object.freeze(
  Object.assign(readBase, {
    /** 常住人口: resident population. */
    resident(value: string | number, opts: BaseOptions): PopulationBase<'resident'> {
      const v = populationValue(value, ['value'])
      return make('resident', v, baseOptions(opts, KEYS), null, null)
    },
    /** 户籍人口: registered (hukou) population. */
    registered(value: string | number, opts: BaseOptions): PopulationBase<'registered'> {
      const v = populationValue(value, ['value'])
      return make('registered', v, baseOptions(opts, KEYS), null, null)
    },
    /** 老年人口: elderly population; `ageMin` is 60 or 65 (or `null` where the document is silent). */
    elderly(
      value: string | number,
      opts: BaseOptions & { readonly ageMin: number | null },
    ): PopulationBase<'elderly'> {
      const v = populationValue(value, ['value'])
      const o = baseOptions(opts, [...KEYS, 'ageMin'])
      return make('elderly', v, o, ageBand(o.ageMin, null, []), null)
    },
    /** 儿童: children in an age band, e.g. 0–14 (`ageMax` inclusive) or under 3 (`ageMax: 2`). */
    children(
      value: string | number,
      opts: BaseOptions & { readonly ageMin: number; readonly ageMax: number | null },
    ): PopulationBase<'children'> {
      const v = populationValue(value, ['value'])
      const o = baseOptions(opts, [...KEYS, 'ageMin', 'ageMax'])
      return make('children', v, o, ageBand(o.ageMin, o.ageMax, []), null)
    },
    /** 服务人口: service population given directly. */
    service(value: string | number, opts: BaseOptions): PopulationBase<'service'> {
      const v = populationValue(value, ['value'])
      return make('service', v, baseOptions(opts, KEYS), null, null)
    },
    /**
     * 服务人口 as a multiple of another base: "根据市域人口的300%估算人口基数" is
     * `base.serviceFrom(residents, 3)`. Year, vintage and source are inherited unless given.
     */
    serviceFrom(
      from: PopulationBase,
      multiplier: string | number,
      opts?: Partial<BaseOptions>,
    ): PopulationBase<'service'> {
      const f = validBase(from, ['from'])
      const factor = factorOf(multiplier, ['multiplier'])
      const o = optionsOf(opts, KEYS)
      const value = scaledPopulation(new Dec(f.value), factor, ['multiplier'])
      const opt = {
        year: o.year ?? f.year,
        vintage: o.vintage ?? f.vintage,
        source: o.source ?? f.source,
      }
      const d = { fromKind: f.kind, fromValue: f.value, factor: decimalString(factor) }
      return make('service', value, opt, null, d)
    },
  }),
)
