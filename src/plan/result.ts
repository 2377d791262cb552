/**
 * The shapes evaluation returns: plain, frozen, JSON-ready objects with decimal strings.
 */

import type { Comparator } from '../comparator.js'
import type { Gap } from '../derive/gap.js'
import type { AgeBand, BaseDerivation, BaseKind, Vintage } from '../population/base.js'
import type { Source } from '../provenance.js'
import type { Rounding } from '../rounding.js'
import type { Grade } from './schema.js'

/** Why a rule has a result or not. */
export type RuleStatus = 'ok' | 'base-missing' | 'base-ambiguous' | 'input-missing'

/** An exact value and its count under the rule's rounding (`null` for `none`). */
export interface Counted {
  readonly exact: string
  readonly count: number | null
}

/** The base a result was computed on. */
export interface BaseUsed {
  readonly id: string
  readonly kind: BaseKind
  readonly value: string
  readonly year: number
  readonly vintage: Vintage
  readonly ages: AgeBand | null
  readonly derivedFrom: BaseDerivation | null
}

/** Where the amount a ratio or share multiplied came from. */
export interface FromUsed {
  readonly kind: 'rule' | 'stock' | 'facilities'
  readonly id: string | null
  readonly quantity: string
  readonly value: string
}

/** One facility's requirement under one rule (`exact` and `count` are `null` for a range rule). */
export interface FacilityRequirement {
  readonly exact: string | null
  readonly count: number | null
  readonly facility: string
  readonly name: string
  readonly grade: Grade
  /** The amount the rule multiplied (beds), or the band chosen for banded rules. */
  readonly from: string
  readonly band: string | null
  readonly min: Counted | null
  readonly max: Counted | null
}

/** One year of a trajectory (逐步达到). */
export interface TrajectoryPoint {
  readonly year: number
  readonly value: string
  readonly exact: string | null
  readonly count: number | null
}

/** The evaluation of one rule. */
export interface RuleResult {
  readonly rule: string
  readonly label: { readonly zh: string; readonly en: string | null }
  readonly type: string
  readonly quantity: string
  readonly comparator: Comparator
  readonly nature: 'binding' | 'expected' | 'guiding' | null
  readonly rounding: Rounding
  readonly year: number
  readonly aspirational: boolean
  readonly status: RuleStatus
  /** What is missing, in words, when the status is not `ok`. */
  readonly missing: string | null
  /** The rule's value as used (after overrides): "4.58", or "5-6" for a range. */
  readonly value: string
  readonly exact: string | null
  readonly count: number | null
  /** For range rules: the two ends. */
  readonly min: Counted | null
  readonly max: Counted | null
  /** For compound minimums: which term binds, share or floor. */
  readonly binding: 'share' | 'floor' | 'both' | null
  /** For per-facility rules: the count if rounded once on the aggregate, not per facility. */
  readonly aggregate: Counted | null
  readonly base: BaseUsed | null
  readonly from: FromUsed | null
  readonly facilities: readonly FacilityRequirement[] | null
  readonly stock: { readonly id: string; readonly value: string; readonly year: number } | null
  readonly gap: Gap | null
  readonly trajectory: readonly TrajectoryPoint[] | null
  readonly source: Source
}

/** A facility's beds and its requirements by rule, in the evaluated year. */
export interface FacilityResult {
  readonly facility: string
  readonly name: string
  readonly table: string | null
  readonly category: string
  readonly grade: Grade
  readonly gradePrinted: string
  readonly openBeds: string | null
  readonly requirements: readonly {
    readonly rule: string
    readonly quantity: string
    /** `null` for a range rule, whose ends are `min` and `max`. */
    readonly exact: string | null
    readonly count: number | null
    readonly min: Counted | null
    readonly max: Counted | null
  }[]
}

/** Totals for one hospital grade. */
export interface GradeTotal {
  readonly grade: Grade
  readonly gradeZh: string
  readonly facilities: number
  readonly openBeds: string
  readonly requirements: readonly {
    readonly rule: string
    readonly quantity: string
    /** Sum of per-facility counts (each facility rounded on its own). */
    readonly count: number | null
    /** Sum of the exact values, and that sum rounded once; `null` for a range rule. */
    readonly aggregate: Counted | null
    /** For a range rule (or bands): the sums of the facilities' lower and upper ends. */
    readonly min: Counted | null
    readonly max: Counted | null
  }[]
}

/** Beds summed over one table of the plan (表2, 表3, 表4). */
export interface TableTotal {
  readonly table: string
  readonly facilities: number
  readonly openBeds: string
}

/** A stated level (a radius, a length of stay, a coverage rate): nothing is derived from it. */
export interface LevelResult {
  readonly rule: string
  readonly label: { readonly zh: string; readonly en: string | null }
  readonly type: 'level'
  readonly quantity: string
  readonly unit: string
  readonly comparator: Comparator
  readonly nature: 'binding' | 'expected' | 'guiding' | null
  readonly year: number
  readonly aspirational: boolean
  /** "3.5", or "5-6" for a range. */
  readonly value: string
  readonly source: Source
}

/** What `evaluatePlan` returns. */
export interface Evaluation {
  readonly plan: string
  readonly year: number
  /** Every rule from which a count derives (the plan's, then its norm sets'). */
  readonly rules: readonly RuleResult[]
  /** The stated levels, apart: nothing derives from them. */
  readonly levels: readonly LevelResult[]
  readonly facilities: readonly FacilityResult[]
  readonly grades: readonly GradeTotal[]
  readonly tables: readonly TableTotal[]
}
