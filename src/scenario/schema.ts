/**
 * The scenario file format: a plan plus overrides, as plain JSON that can be saved and reloaded.
 * Numbers are decimal strings, as in plan files; years are JSON integers.
 */
import * as z from 'zod/mini'
import {
  described,
  Id,
  NonNegativeDecimal,
  PositiveDecimal,
  RangeSchema,
  ShareValue,
  Year,
} from '../plan/schema.js'
import { ROUNDINGS } from '../rounding.js'
import { growthFraction } from './growth-rate.js'

/**
 * Limits that keep a hostile or broken scenario from exhausting memory.
 *
 * @example
 * ```ts
 * import { SCENARIO_LIMITS } from 'bedstaff/scenario'
 *
 * SCENARIO_LIMITS.populations // => 500
 * ```
 */
export const SCENARIO_LIMITS = Object.freeze({
  populations: 500,
  rules: 2000,
  rounding: 2000,
  /** Years in one series or one growth path. */
  years: 201,
  label: 300,
})

/** Growth beyond this many percent a year is refused unless the scenario allows it. */
export const PLAUSIBLE_GROWTH_PERCENT = 20

/**
 * A yearly growth rate: "2%" is two percent, "0.02" the same as a fraction, "-0.5%" a fall.
 * Within ±20% a year unless the scenario says `allowImplausible`.
 */
const GrowthRate = described(
  z.string().check(
    z.maxLength(64),
    z.superRefine((s, ctx) => {
      try {
        const f = growthFraction(s)
        if (f.lte(-1)) ctx.addIssue({ code: 'custom', message: 'a fall of 100% or more' })
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : 'not a rate' })
      }
    }),
  ),
  'A yearly growth rate: "2%" (a percent) or "0.02" (a fraction)',
)

const GrowthSchema = described(
  z.strictObject({
    fromYear: described(Year, 'The year the growth starts from'),
    fromValue: described(PositiveDecimal, 'The population in fromYear'),
    toYear: described(z.optional(Year), 'The last year grown to (default: the base’s own year)'),
    rate: z.optional(GrowthRate),
  }),
  'A growth path from fromValue in fromYear: at a yearly rate, or (no rate) geometric toward the base',
)

/**
 * One population override. Exactly one of:
 * - `value`: the base's own value;
 * - `series`: one value per year (`{ "2021": "1850000" }`); a year other than the base's adds
 *   (or overrides) a base of the same kind for that year;
 * - `growth`: values for each year from `fromYear` to `toYear` (default: the base's year), either
 *   `fromValue × (1 + rate)^(year − fromYear)` or, without a rate, geometric interpolation from
 *   `fromValue` to the base's own value.
 *
 * @example
 * ```ts
 * import { loadScenario } from 'bedstaff/scenario'
 *
 * const series = { base: 'resident-2025', series: { '2021': '1850000' } }
 * loadScenario({ id: 's', populations: [series] }).populations?.length // => 1
 * const both = { base: 'resident-2025', value: '1', series: { '2021': '1' } }
 * loadScenario({ id: 's', populations: [both] }) // throws invalid-scenario
 * ```
 * @internal
 */
export const PopulationOverrideSchema = z
  .strictObject({
    base: described(Id, 'The plan base overridden'),
    value: described(z.optional(PositiveDecimal), 'The base’s new value, e.g. "1950000"'),
    series: described(
      z.optional(z.record(z.string().check(z.regex(/^\d{4}$/)), PositiveDecimal)),
      'One population per year: { "2021": "1850000" }',
    ),
    growth: z.optional(GrowthSchema),
  })
  .check(
    z.superRefine((o, ctx) => {
      const given = (['value', 'series', 'growth'] as const).filter((k) => o[k] !== undefined)
      if (given.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: given.length > 1 ? [given[1] ?? 'value'] : [],
          message: 'give exactly one of "value", "series" and "growth"',
        })
      }
      if (o.series !== undefined) {
        const years = Object.keys(o.series)
        if (years.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['series'], message: 'a series needs a year' })
        }
        if (years.length > SCENARIO_LIMITS.years) {
          ctx.addIssue({
            code: 'custom',
            path: ['series'],
            message: `a series holds at most ${SCENARIO_LIMITS.years} years`,
          })
        }
        for (const y of years) {
          const n = Number(y)
          if (n < 1900 || n > 2200) {
            ctx.addIssue({
              code: 'custom',
              path: ['series', y],
              message: 'a year is between 1900 and 2200',
            })
          }
        }
      }
    }),
  )

/**
 * One rule override: exactly one of `value` (a share's written "20%" or as a fraction "0.2"),
 * `range`, and `percent` (kept from the first scenario format: `percent: "20"` is `value: "20%"`).
 *
 * @example
 * ```ts
 * import { loadScenario } from 'bedstaff/scenario'
 *
 * const rules = [{ rule: 'beds-per-1000', value: '4.8', percent: '20' }]
 * loadScenario({ id: 's', rules }) // throws invalid-scenario
 * ```
 * @internal
 */
export const RuleOverrideSchema = z
  .strictObject({
    rule: described(Id, 'The rule overridden'),
    value: described(
      z.optional(z.union([NonNegativeDecimal, ShareValue])),
      'The rule’s new value; a share’s as "20%" or "0.2"',
    ),
    range: z.optional(RangeSchema),
    percent: described(
      z.optional(NonNegativeDecimal),
      'A share’s value in percent, as the first scenario format wrote it: "20" is 20%',
    ),
  })
  .check(
    z.superRefine((o, ctx) => {
      const given = (['value', 'range', 'percent'] as const).filter((k) => o[k] !== undefined)
      if (given.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: given.length > 1 ? [given[1] ?? 'value'] : [],
          message: 'give exactly one of "value", "range" and "percent"',
        })
      }
    }),
  )

/**
 * One rounding override: the rule's count is taken with another rounding mode.
 *
 * @example
 * ```ts
 * import { loadScenario } from 'bedstaff/scenario'
 *
 * const rounding = [{ rule: 'physicians-per-1000', rounding: 'up' }]
 * loadScenario({ id: 's', rounding }) // throws invalid-scenario
 * ```
 * @internal
 */
export const RoundingOverrideSchema = z.strictObject({
  rule: described(Id, 'The rule whose rounding changes'),
  rounding: described(
    z.enum(ROUNDINGS),
    'The rounding mode: ceil, floor, half-up, half-even or none',
  ),
})

/**
 * A whole scenario: an id, an optional label, and three lists of overrides. Unknown keys are
 * refused. Internal: `loadScenario` validates against it, and `scenarioJsonSchema()` publishes
 * it as JSON Schema.
 *
 * @example
 * ```ts
 * import { loadScenario } from 'bedstaff/scenario'
 *
 * const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }
 * loadScenario(low).id // => "low"
 * loadScenario({ ...low, colour: 'red' }) // throws invalid-scenario
 * ```
 * @internal
 */
export const ScenarioSchema = z
  .strictObject({
    id: described(Id, 'The scenario id, shown in comparisons'),
    label: described(
      z.optional(z.string().check(z.minLength(1), z.maxLength(SCENARIO_LIMITS.label))),
      'A label for the scenario',
    ),
    populations: described(
      z.optional(z.array(PopulationOverrideSchema).check(z.maxLength(SCENARIO_LIMITS.populations))),
      'Population bases given other values: a value, a yearly series or growth',
    ),
    rules: described(
      z.optional(z.array(RuleOverrideSchema).check(z.maxLength(SCENARIO_LIMITS.rules))),
      'Rules given another value or range',
    ),
    rounding: described(
      z.optional(z.array(RoundingOverrideSchema).check(z.maxLength(SCENARIO_LIMITS.rounding))),
      'Rules counted with another rounding mode',
    ),
    allowImplausible: described(
      z.optional(z.boolean()),
      'Keep values beyond their plausible range (growth beyond ±20% a year)',
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const lists = [
        [s.populations ?? [], 'populations', 'base'],
        [s.rules ?? [], 'rules', 'rule'],
        [s.rounding ?? [], 'rounding', 'rule'],
      ] as const
      for (const [list, name, key] of lists) {
        const seen = new Map<string, number>()
        list.forEach((item, i) => {
          const id = (item as Record<typeof key, string>)[key]
          const first = seen.get(id)
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [name, i, key],
              message: `"${id}" is overridden twice (also at ${name}[${first}])`,
            })
          } else seen.set(id, i)
        })
      }
    }),
  )

/** A validated scenario. */
export type {
  PopulationGrowth,
  PopulationOverride,
  RoundingOverride,
  RuleOverride,
  Scenario,
} from './scenario-types.js'
