/**
 * The types of a scenario file: a plan's overrides of populations, rule values and rounding,
 * as `loadScenario` returns them (validated, deeply frozen). Its JSON Schema is
 * `scenarioJsonSchema()`.
 */
import type { Range } from '../plan/types/common.js'
import type { Rounding } from '../rounding.js'

/**
 * A growth path from `fromValue` in `fromYear` to each year up to `toYear`: at a yearly `rate`,
 * or, without one, geometric toward the base's own value.
 */
export interface PopulationGrowth {
  /** The year the growth starts from. */
  fromYear: number
  /** The population in `fromYear`, a decimal string. */
  fromValue: string
  /** The last year grown to (default: the base's own year). */
  toYear?: number | undefined
  /** A yearly growth rate: "2%" (a percent) or "0.02" (a fraction), within ±20% a year. */
  rate?: string | undefined
}

/** A population base given another value: exactly one of `value`, `series` and `growth`. */
export interface PopulationOverride {
  /** The plan base overridden. */
  base: string
  /** The base's new value, e.g. "1950000". */
  value?: string | undefined
  /** One population per year: `{ "2021": "1850000" }`. */
  series?: Record<string, string> | undefined
  /** A growth path. */
  growth?: PopulationGrowth | undefined
}

/** A rule given another level: exactly one of `value`, `range` and `percent`. */
export interface RuleOverride {
  /** The rule overridden. */
  rule: string
  /** The rule's new value; a share's as "20%" or "0.2". */
  value?: string | undefined
  /** A new range. */
  range?: Range | undefined
  /** A share's value in percent, as the first scenario format wrote it: "20" is 20%. */
  percent?: string | undefined
}

/** A rule counted with another rounding mode. */
export interface RoundingOverride {
  /** The rule whose rounding changes. */
  rule: string
  /** The rounding mode. */
  rounding: Rounding
}

/** A scenario: a plan plus overrides, plain JSON that can be saved and reloaded. */
export interface Scenario {
  /** The scenario id, shown in comparisons. */
  id: string
  /** A label for the scenario. */
  label?: string | undefined
  /** Population bases given other values: a value, a yearly series or growth. */
  populations?: PopulationOverride[] | undefined
  /** Rules given another value or range. */
  rules?: RuleOverride[] | undefined
  /** Rules counted with another rounding mode. */
  rounding?: RoundingOverride[] | undefined
  /** Keep values beyond their plausible range (growth beyond ±20% a year). */
  allowImplausible?: boolean | undefined
}
