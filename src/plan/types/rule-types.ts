/**
 * The types of a plan's rules: the derivable rules (per-capita, ratio, share, per-facility,
 * banded-ratio), from which counts derive, and the stated levels, from which nothing does.
 */

import type { Comparator } from '../../comparator.js'
import type { BaseKind } from '../../population/base.js'
import type { Source } from '../../provenance.js'
import type { QuantityKind } from '../../quantity/kinds.js'
import type { Rounding } from '../../rounding.js'
import type { Label, Range } from './common.js'
import type { Scope } from './facility-types.js'

/** 约束性 `binding`, 预期性 `expected`, 指导性 `guiding`. */
export type Nature = 'binding' | 'expected' | 'guiding'

/** 逐步达到: a linear path from a starting value to the rule's value in its year. */
export interface Trajectory {
  /** The year the trajectory starts. */
  fromYear: number
  /** The value in that year, a decimal string. */
  fromValue: string
  /** How the years between are filled: linear. */
  method: 'linear'
  /** Where the starting value is printed. */
  source?: Source | undefined
}

/** What a ratio or share rule multiplies: another rule's count, a stock, or facilities' beds. */
export type From =
  | {
      /** The amount is another rule's count. */
      kind: 'rule'
      /** The rule whose count is taken. */
      id: string
    }
  | {
      /** The amount is a stock's value. */
      kind: 'stock'
      /** The stock whose value is taken. */
      id: string
    }
  | {
      /** The amount is the beds of the facilities in scope. */
      kind: 'facilities'
      /** Which facilities. */
      scope: Scope
      /** Which beds: `open` 实际开放, `approved` 编制. */
      beds: 'open' | 'approved'
    }

/** What every rule and stated level has. */
export interface RuleCommon {
  /** The rule's id, unique among the plan's rules and levels. */
  id: string
  /** The rule's name, as the document prints it. */
  label: Label
  /** `ge` ≥ 不低于, `le` ≤ 不超过, `gt` >, `lt` <, `approx` ≈ 左右, `eq` a bare target. */
  comparator: Comparator
  /** 约束性, 预期性 or 指导性; absent when the document does not say. */
  nature?: Nature | undefined
  /** The year the rule is for. */
  year: number
  /** 力争/争取: a goal rather than a requirement. */
  aspirational?: boolean | undefined
  /**
   * The value is an exact standard to apply (按每万人口3名配置), not a ratio printed from
   * totals: the auditor does not widen it to its printed interval.
   */
  exact?: boolean | undefined
  /** The rule as the document prints it. */
  printed?: string | undefined
  /** How the rule was read from the document. */
  note?: string | undefined
  /** Where the document states it. */
  source: Source
}

/** What every derivable rule has: a quantity counted and a rounding. */
export interface CountRule extends RuleCommon {
  /** What is counted: beds, physicians, nurses, ambulances, … */
  quantity: QuantityKind
  /** How the exact value becomes a count: `ceil` for a minimum, `floor` for a cap, or `none`. */
  rounding: Rounding
}

/** 每千常住人口4.58张: `value` per `per` people of base `base` (or of the base `baseId`). */
export interface PerCapitaRule extends CountRule {
  /** A rate per population. */
  type: 'per-capita'
  /** The rule's value, e.g. "4.58"; or give `range`. */
  value?: string | undefined
  /** A range of values ("5-6"), instead of `value`. */
  range?: Range | undefined
  /** The population scale: "1000" for 每千, "30000" for 每3万人口1辆. */
  per: string
  /** The kind of population base. */
  base: BaseKind
  /** The plan base to use, where more than one fits. */
  baseId?: string | undefined
  /** A path toward the value over the years (逐步达到). */
  trajectory?: Trajectory | undefined
}

/** 1:x ratios and per-unit rules: `value` of `quantity` per `per` (default 1) of the `from` amount. */
export interface RatioRule extends CountRule {
  /** A 1:x ratio or a per-unit rule. */
  type: 'ratio'
  /** What the rule multiplies. */
  from: From
  /** What the `from` amount counts. */
  fromQuantity: QuantityKind
  /** The rule's value, e.g. "1.15" for 医护比 1:1.15; or give `range`. */
  value?: string | undefined
  /** A range of values, instead of `value`. */
  range?: Range | undefined
  /** Per how many of `from` (default 1): "1000" for 每千床. */
  per?: string | undefined
  /** A path toward the value over the years (逐步达到). */
  trajectory?: Trajectory | undefined
}

/** A share of another amount, with an optional absolute floor: ≥ 20% and ≥ 2; ≤ 115%. */
export interface ShareRule extends CountRule {
  /** A share of the `from` amount. */
  type: 'share'
  /** What the share is taken of. */
  from: From
  /** What the `from` amount counts. */
  fromQuantity: QuantityKind
  /** The share: "20%" is twenty percent, "0.2" the same as a fraction. */
  value: string
  /** An absolute minimum beside the share, a whole count: "且不少于2辆". */
  floor?: string | undefined
}

/** A fixed count per facility in scope: "二级以上医院公共卫生医生不少于5人". */
export interface PerFacilityRule extends CountRule {
  /** A fixed count per facility. */
  type: 'per-facility'
  /** Which facilities. */
  scope: Scope
  /** The count per facility; or give `range`. */
  value?: string | undefined
  /** A range of counts, instead of `value`. */
  range?: Range | undefined
}

/** A size band of a banded-ratio rule, and its ratio range. */
export interface Band {
  /** Smallest size in the band (`null`: none). */
  minFrom: string | null
  /** Largest size in the band (`null`: none). */
  maxFrom: string | null
  /** The ratio range of the band. */
  range: Range
  /** The band as printed. */
  printed: string
}

/** Ratios by facility size band (1978 编制原则: < 300 beds 1:1.30–1.40, …). */
export interface BandedRatioRule extends CountRule {
  /** Ratio ranges by facility size band. */
  type: 'banded-ratio'
  /** What the band sizes count (beds). */
  fromQuantity: QuantityKind
  /** The size bands, smallest first. */
  bands: Band[]
  /** Where bands share an edge, the first listed wins. */
  edges: 'first-band-wins'
  /** Which facilities; all when absent. */
  scope?: Scope | undefined
}

/** A rule of a plan from which a count is derived; `type` tells which. */
export type Rule = PerCapitaRule | RatioRule | ShareRule | PerFacilityRule | BandedRatioRule

/** A stated level with no derivation (ALOS ≤ 7.0 days; service radius ≤ 3.5 km). */
export interface LevelRule extends RuleCommon {
  /** A stated level. */
  type: 'level'
  /** What the level measures. */
  quantity: string
  /** Its unit as printed: 天, 公里, %. */
  unit: string
  /** A rounding, where the level is a count. */
  rounding?: Rounding | undefined
  /** The level's value; or give `range`. */
  value?: string | undefined
  /** A range, instead of `value`. */
  range?: Range | undefined
  /** Which facilities it applies to. */
  scope?: Scope | undefined
}
