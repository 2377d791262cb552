/**
 * The types of the figures a document states, and of the relations between them, which the
 * auditor recomputes.
 */

import type { Comparator } from '../../comparator.js'
import type { BaseKind, Vintage } from '../../population/base.js'
import type { Source } from '../../provenance.js'
import type { FIGURE_BOUNDS } from '../vocabulary.js'
import type { Label } from './common.js'

/**
 * How a figure bounds the true value, where the document does not print a plain number:
 * `approx` 约/左右, `more-than` 多/余, `over` 超过, `at-least` 以上, `under` 不足/不到, `at-most`.
 */
export type FigureBound = (typeof FIGURE_BOUNDS)[number]

/**
 * A figure the document states, kept as printed for the auditor. Figures of one `indicator`
 * are compared with each other: a count and a rate of one indicator, year and base imply a
 * population.
 */
export interface Figure {
  /** The figure's id. */
  id: string
  /** What the document calls it. */
  label: Label
  /** What the figure measures ("beds", "beds.general"); figures of one indicator are compared. */
  indicator: string
  /** `count`, `rate` (per `per` of a base), `ratio` (1:x), `share` (%), `increment`, `level`. */
  form: 'count' | 'rate' | 'ratio' | 'share' | 'increment' | 'level'
  /** What is counted: beds, physicians, … */
  quantity: string
  /** The number, as an exact decimal string: "12000" for 1.2万. */
  value: string
  /** The figure as the document prints it: "1.2万张", "4.58". */
  printed: string
  /** The year it is of; `null` where the document prints none. */
  year: number | null
  /** A rate's population scale: "1000" for 每千. */
  per?: string | undefined
  /** A rate's scale as printed, where the document rounds it: "3万" stands for [2.5万, 3.5万). */
  perPrinted?: string | undefined
  /** A rate's base kind; `unknown` where the document does not say. */
  base?: BaseKind | 'unknown' | undefined
  /** Which population count the rate is on. */
  vintage?: Vintage | undefined
  /** `actual` for a reached value (现状), `target` for a planned one (目标). */
  role?: 'actual' | 'target' | undefined
  /** How the figure bounds the value, where it is not a plain number. */
  bound?: FigureBound | undefined
  /** A rate computed on a share of its count: "85%" for 按85%在岗计算. */
  countShare?: string | undefined
  /** The unit as printed. */
  unit?: string | undefined
  /** The comparator the document writes. */
  comparator?: Comparator | undefined
  /** The rule this figure states or applies. */
  rule?: string | undefined
  /** The table it is printed in. */
  table?: string | undefined
  /** The facility-table column it totals. */
  column?: 'open-base' | 'open-target' | 'new-built' | 'new-opened' | undefined
  /** The facilities whose open beds in `year` this figure counts. */
  facilities?: string[] | undefined
  /** How the figure was read. */
  note?: string | undefined
  /** Where the document prints it. */
  source: Source
}

/** What every relation has. */
export interface RelationCommon {
  /** The relation's id. */
  id: string
  /** How the relation was read from the document. */
  note?: string | undefined
  /** Where the document states it. */
  source: Source
}

/** Parts that add to a total: 合计 (`complete`, parts = total) or 其中 (parts ≤ total). */
export interface SumRelation extends RelationCommon {
  type: 'sum'
  /** The total figure. */
  total: string
  /** The part figures. */
  parts: string[]
  /** `true` for 合计 (the parts make the total), `false` for 其中 (at most the total). */
  complete: boolean
}

/** An increment: 新增 = target − from. */
export interface DifferenceRelation extends RelationCommon {
  type: 'difference'
  /** The target figure. */
  target: string
  /** The figure the increment starts from. */
  from: string
  /** The increment figure. */
  increment: string
}

/** A percentage of a part in a total: 31.56% = 2100 / 6653. */
export interface ShareOfRelation extends RelationCommon {
  type: 'share-of'
  /** The percentage figure. */
  share: string
  /** The part figure. */
  part: string
  /** The total figure. */
  total: string
}

/** A growth rate from one figure to another: (to − from) / from × 100. */
export interface GrowthRelation extends RelationCommon {
  type: 'growth'
  /** The growth figure, a percentage. */
  growth: string
  /** The earlier figure. */
  from: string
  /** The later figure. */
  to: string
}

/** An average, which lies between the smallest and largest of its parts. */
export interface AverageOfRelation extends RelationCommon {
  type: 'average-of'
  /** The average figure. */
  average: string
  /** The figures averaged. */
  parts: string[]
}

/** A ratio × an amount that covers its parts (staff per bed × beds ≥ physicians + nurses). */
export interface IncludesRelation extends RelationCommon {
  type: 'includes'
  /** The ratio figure. */
  ratio: string
  /** The amount it multiplies. */
  times: string
  /** The figures included. */
  parts: string[]
}

/** A 1:x ratio of two figures (医护比 = nurses / physicians). */
export interface RatioOfRelation extends RelationCommon {
  type: 'ratio-of'
  /** The ratio figure. */
  ratio: string
  /** The numerator figure, or figures printed apart and summed. */
  numerator: string | string[]
  /** The denominator figure, or figures summed. */
  denominator: string | string[]
  /** The share of the numerator used: "85%". */
  numeratorShare?: string | undefined
  /** The share of the denominator used. */
  denominatorShare?: string | undefined
}

/** A target rate reached through an increment on a stock: target count = stock + increment. */
export interface IncrementTargetRelation extends RelationCommon {
  type: 'increment-target'
  /** The target rate: 每千人口6.1张. */
  rate: string
  /** The stock the increment is added to. */
  stock: string
  /** The increment: 需新增1.2万张. */
  increment: string
}

/** How stated figures relate, so the auditor can recompute them; `type` tells which. */
export type Relation =
  | SumRelation
  | DifferenceRelation
  | ShareOfRelation
  | GrowthRelation
  | AverageOfRelation
  | IncludesRelation
  | RatioOfRelation
  | IncrementTargetRelation
