/**
 * The types of a plan file (format version 2) and of a norm set, as `loadPlan` and
 * `loadNormSet` return them: validated, references checked, deeply frozen. Their JSON Schemas
 * are `planJsonSchema()` and `normSetJsonSchema()`.
 */
import type { BaseKind, Vintage } from '../../population/base.js'
import type { Source } from '../../provenance.js'
import type { QuantityKind } from '../../quantity/kinds.js'
import type { Label, Range } from './common.js'
import type { Facility } from './facility-types.js'
import type { Figure, Relation } from './figure-types.js'
import type { LevelRule, Rule } from './rule-types.js'

/**
 * A population base: given directly (`value`, `year`, `vintage`), or as a multiple of another
 * base (`from`, `multiplier`: the ambulance base "市域人口的300%").
 */
export interface BaseEntry {
  /** The base's id, which rules name in `baseId` and scenarios override. */
  id: string
  /** Which population: resident 常住, registered 户籍, elderly 老年, children 儿童, service 服务. */
  kind: BaseKind
  /** What the document calls it. */
  label?: Label | undefined
  /** The population, e.g. "2000000"; absent for a base computed `from` another. */
  value?: string | undefined
  /** The year the population is of. */
  year?: number | undefined
  /** Which count: census-6, census-7, yearbook, estimate, projection, derived. */
  vintage?: Vintage | undefined
  /** Youngest age counted (60 for 60周岁以上). */
  ageMin?: number | undefined
  /** Oldest age counted. */
  ageMax?: number | undefined
  /** The base this one is a multiple of. */
  from?: string | undefined
  /** The multiple of `from`: "3" for 300%. */
  multiplier?: string | undefined
  /** Where the document states it. */
  source: Source
}

/** An existing count (2020 beds, current nurses), compared with the rule it names. */
export interface StockEntry {
  /** The stock's id. */
  id: string
  /** What is counted. */
  quantity: QuantityKind
  /** The count, e.g. "6855". */
  value: string
  /** The year the count is of. */
  year: number
  /** The rule this stock is compared with (its gap). */
  rule?: string | undefined
  /** What the document calls it. */
  label?: Label | undefined
  /** Where the document states it. */
  source: Source
}

/** A rule of a norm set given another value (a share's written "40%") or range. */
export interface NormOverride {
  /** The norm set's rule id. */
  rule: string
  /** A new value. */
  value?: string | undefined
  /** A new range. */
  range?: Range | undefined
}

/** A norm set the plan is held against, by id, with rule overrides. */
export interface NormRef {
  /** The norm set id, e.g. `gangyao-2015-2020`. */
  set: string
  /** The year its rules are for. */
  year?: number | undefined
  /** Rules of the set given another value or range. */
  overrides?: NormOverride[] | undefined
}

/** The plan period. */
export interface PlanPeriod {
  /** First year of the plan period. */
  start: number
  /** Last year of the plan period. */
  end: number
  /** The year of the baseline (现状). */
  baseYear: number
  /** The year of the targets. */
  targetYear: number
}

/** The document a plan encodes. */
export interface PlanDocument {
  /** The document file. */
  file: string
  /** The document title. */
  title: string
  /** Who issued it; `null` if not stated. */
  issuer: string | null
  /** When; `null` if not stated. */
  date: string | null
}

/**
 * A health-resource plan (plan format version 2): bases, derivable rules, stated levels,
 * facilities, stocks, the figures the document states and their relations.
 */
export interface Plan {
  /** The JSON Schema the file follows. */
  $schema?: string | undefined
  /** The plan format version: 2. */
  version: 2
  /** The plan's id. */
  id: string
  /** The plan's title. */
  title: Label
  /** The city or district the plan is for. */
  jurisdiction: Label
  /** The plan period. */
  period: PlanPeriod
  /** The document the plan encodes. */
  document: PlanDocument
  /** Population bases. */
  bases: BaseEntry[]
  /** Norm sets referenced. */
  norms?: NormRef[] | undefined
  /** Rules from which counts derive. */
  rules: Rule[]
  /** Stated levels: nothing derives from them. */
  levels: LevelRule[]
  /** Facilities of the plan's tables. */
  facilities: Facility[]
  /** Existing counts. */
  stocks: StockEntry[]
  /** Figures as the document states them. */
  figures: Figure[]
  /** How stated figures relate. */
  relations?: Relation[] | undefined
}

/** A set of national or classic norms that plans are held against (fixtures/norms/*.json). */
export interface NormSet {
  /** The JSON Schema the file follows. */
  $schema?: string | undefined
  /** The norm set id that plans reference, e.g. `gangyao-2015-2020`. */
  id: string
  /** The norm set title, in Chinese and English. */
  title: { zh: string; en: string }
  /** Where the norms are published. */
  source: Source
  /** What to check before relying on it; `null` if nothing. */
  caveat: string | null
  /** Its rules. */
  rules: Rule[]
}
