/**
 * Population bases: the denominator of every per-capita rate, carried with its kind, year,
 * vintage and source so that no result hides which population it was computed on.
 */

import { type Dec, decimalString, describe, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { throughExact } from '../kernel/arithmetic.js'
import type { Source } from '../provenance.js'

/**
 * The kinds of population a rate can be expressed per.
 *
 * @example
 * ```ts
 * import { BASE_KINDS } from 'bedstaff'
 *
 * BASE_KINDS // => ["resident","registered","elderly","children","service"]
 * ```
 */
export const BASE_KINDS = Object.freeze([
  'resident',
  'registered',
  'elderly',
  'children',
  'service',
] as const)

/**
 * - `resident` 常住人口 (the default base of national norms)
 * - `registered` 户籍人口 (hukou)
 * - `elderly` 老年人口, with an age threshold
 * - `children` 儿童, with an age band
 * - `service` 服务人口, often a multiple of another base (ambulances: 300% of residents)
 */
export type BaseKind = (typeof BASE_KINDS)[number]

/**
 * Chinese names of the base kinds.
 *
 * @example
 * ```ts
 * import { BASE_KIND_ZH } from 'bedstaff'
 *
 * BASE_KIND_ZH.registered // => "户籍"
 * ```
 */
export const BASE_KIND_ZH: Readonly<Record<BaseKind, string>> = Object.freeze({
  resident: '常住',
  registered: '户籍',
  elderly: '老年',
  children: '儿童',
  service: '服务',
})

/**
 * Where a population figure comes from.
 *
 * @example
 * ```ts
 * import { VINTAGES } from 'bedstaff'
 *
 * VINTAGES // => ["census-6","census-7","yearbook","projection","derived","estimate"]
 * ```
 */
export const VINTAGES = Object.freeze([
  'census-6',
  'census-7',
  'yearbook',
  'projection',
  'derived',
  'estimate',
] as const)

/**
 * - `census-6`, `census-7`: the 2010 and 2020 national censuses
 * - `yearbook`: a statistical yearbook or bulletin estimate
 * - `projection`: a planning projection (预计)
 * - `derived`: recomputed from a document's own figures (e.g. 9160 / 4.58 × 1000)
 * - `estimate`: any other estimate, say which in the source note
 */
export type Vintage = (typeof VINTAGES)[number]

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

function checkYear(year: unknown, path: Path): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    fail('invalid-year', path, { received: describe(year) })
  }
  return year
}

function checkVintage(v: unknown, path: Path): Vintage {
  if (typeof v === 'string' && (VINTAGES as readonly string[]).includes(v)) return v as Vintage
  return fail('unknown-vintage', path, { received: describe(v), expected: VINTAGES.join(', ') })
}

function checkAge(a: unknown, path: Path): number | null {
  if (a === null) return null
  if (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 150) {
    fail('invalid-number', path, { received: describe(a) })
  }
  return a
}

/** Parses a population value: a finite decimal greater than zero. @internal */
export function populationValue(value: unknown, path: Path): Dec {
  const d = toDecimal(value, path)
  if (d.lte(0)) fail('non-positive-population', path, { received: decimalString(d) })
  return d
}

/** Builds a frozen base from checked parts. @internal */
export function make<K extends BaseKind>(
  kind: K,
  value: Dec,
  opts: BaseOptions,
  ages: AgeBand | null,
  derivedFrom: BaseDerivation | null,
): PopulationBase<K> {
  if (opts === null || typeof opts !== 'object')
    fail('invalid-year', ['year'], { received: describe(opts) })
  return Object.freeze({
    kind,
    value: decimalString(value),
    year: checkYear(opts.year, ['year']),
    vintage: checkVintage(opts.vintage, ['vintage']),
    ages: ages === null ? null : Object.freeze({ ...ages }),
    derivedFrom: derivedFrom === null ? null : Object.freeze({ ...derivedFrom }),
    source: opts.source === undefined ? null : Object.freeze({ ...opts.source }),
  })
}

/**
 * Factories for population bases, one per kind.
 *
 * @throws BedstaffError `non-positive-population`, `invalid-number`, `non-finite-number`,
 *   `invalid-year`, `unknown-vintage`
 * @example
 * ```ts
 * import { base } from 'bedstaff'
 *
 * const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
 * const ambulanceBase = base.serviceFrom(residents, 3) // 根据市域人口的300%估算人口基数
 * ambulanceBase.value // => "6000000"
 * ambulanceBase.derivedFrom // => {"fromKind":"resident","fromValue":"2000000","factor":"3"}
 * base.resident(0, { year: 2025, vintage: 'derived' }) // throws non-positive-population
 * ```
 */
export const base = Object.freeze({
  /** 常住人口: resident population. */
  resident(value: string | number, opts: BaseOptions): PopulationBase<'resident'> {
    return make('resident', populationValue(value, ['value']), opts, null, null)
  },
  /** 户籍人口: registered (hukou) population. */
  registered(value: string | number, opts: BaseOptions): PopulationBase<'registered'> {
    return make('registered', populationValue(value, ['value']), opts, null, null)
  },
  /** 老年人口: elderly population; `ageMin` is 60 or 65 (or `null` where the document is silent). */
  elderly(
    value: string | number,
    opts: BaseOptions & { readonly ageMin: number | null },
  ): PopulationBase<'elderly'> {
    const min = checkAge(opts.ageMin, ['ageMin'])
    return make('elderly', populationValue(value, ['value']), opts, { min, max: null }, null)
  },
  /** 儿童: children in an age band, e.g. 0–14 (`ageMax` inclusive) or under 3 (`ageMax: 2`). */
  children(
    value: string | number,
    opts: BaseOptions & { readonly ageMin: number; readonly ageMax: number | null },
  ): PopulationBase<'children'> {
    const min = checkAge(opts.ageMin, ['ageMin'])
    const max = checkAge(opts.ageMax, ['ageMax'])
    return make('children', populationValue(value, ['value']), opts, { min, max }, null)
  },
  /** 服务人口: service population given directly. */
  service(value: string | number, opts: BaseOptions): PopulationBase<'service'> {
    return make('service', populationValue(value, ['value']), opts, null, null)
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
    const factor = toDecimal(multiplier, ['multiplier'])
    if (factor.lte(0))
      fail('non-positive-value', ['multiplier'], { received: decimalString(factor) })
    const value = throughExact(populationValue(from.value, ['from', 'value']), factor)
    return make(
      'service',
      value,
      {
        year: opts?.year ?? from.year,
        vintage: opts?.vintage ?? from.vintage,
        ...((opts?.source ?? from.source)
          ? { source: (opts?.source ?? from.source) as Source }
          : {}),
      },
      null,
      { fromKind: from.kind, fromValue: from.value, factor: decimalString(factor) },
    )
  },
})
