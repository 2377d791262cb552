/**
 * What {@link yearlyTable} takes and returns.
 */
import type { NormSet } from '../plan/norm-set.js'
import type { Counted, RuleStatus } from '../plan/result.js'
import type { BaseKind } from '../population/base.js'

/** Options of {@link yearlyTable}. */
export interface YearlyTableOptions {
  /** First year of the table. */
  readonly fromYear: number
  /** Last year of the table (inclusive); at most 200 years after `fromYear`. */
  readonly toYear: number
  /** Norm sets the plan may reference (the built-in ones are always available). */
  readonly norms?: readonly NormSet[]
}

/** The population a cell was computed on. */
export interface YearlyPopulation {
  /** The base the rule uses in its own year (e.g. `ambulance-base-2025`). */
  readonly base: string
  readonly kind: BaseKind
  readonly year: number
  /** The population used, an exact decimal string. */
  readonly value: string
  /** The applied plan's base that gave this year's value (e.g. `resident-2025.2021`). */
  readonly from: string
  /** The multiplier applied to that base's value (a service base of 300%: "3"), or `null`. */
  readonly factor: string | null
  /** `scenario` when the value comes from the scenario's overrides, `plan` otherwise. */
  readonly origin: 'scenario' | 'plan'
  /** `false` when the scenario's projected value was rounded (see `PROJECTION_DECIMALS`). */
  readonly exact: boolean
}

/** One per-capita rule in one year. */
export interface YearlyCell {
  readonly rule: string
  readonly quantity: string
  readonly status: RuleStatus
  readonly missing: string | null
  /** The rule value used that year ("4.58"; "5-6" for a range). */
  readonly value: string
  /** `trajectory` for a year before the rule's year on a rule with a trajectory (held at its start value before its start year), else `target`. */
  readonly valueFrom: 'trajectory' | 'target'
  readonly population: YearlyPopulation | null
  readonly exact: string | null
  readonly count: number | null
  readonly min: Counted | null
  readonly max: Counted | null
}

/** One year of the table. */
export interface YearlyRow {
  readonly year: number
  readonly rules: readonly YearlyCell[]
}

/** What {@link yearlyTable} returns. */
export interface YearlyTable {
  readonly plan: string
  readonly scenario: string
  readonly fromYear: number
  readonly toYear: number
  readonly rows: readonly YearlyRow[]
}
