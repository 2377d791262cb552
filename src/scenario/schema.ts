/**
 * The scenario file format: a plan plus overrides, as plain JSON that can be saved and reloaded.
 * Numbers are decimal strings, as in plan files; years are JSON integers.
 */
import { z } from 'zod'
import {
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
 * import { SCENARIO_LIMITS } from 'bedstaff'
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
const GrowthRate = z
  .string()
  .max(64)
  .superRefine((s, ctx) => {
    try {
      const f = growthFraction(s)
      if (f.lte(-1)) ctx.addIssue({ code: 'custom', message: 'a fall of 100% or more' })
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : 'not a rate' })
    }
  })
  .describe('A yearly growth rate: "2%" (a percent) or "0.02" (a fraction)')

const GrowthSchema = z
  .strictObject({
    fromYear: Year,
    fromValue: PositiveDecimal,
    toYear: Year.optional(),
    rate: GrowthRate.optional(),
  })
  .describe(
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
 * import { ScenarioSchema } from 'bedstaff'
 *
 * const series = { base: 'resident-2025', series: { '2021': '1850000' } }
 * ScenarioSchema.safeParse({ id: 's', populations: [series] }).success // => true
 * const both = { base: 'resident-2025', value: '1', series: { '2021': '1' } }
 * ScenarioSchema.safeParse({ id: 's', populations: [both] }).success // => false
 * ```
 */
export const PopulationOverrideSchema = z
  .strictObject({
    base: Id,
    value: PositiveDecimal.optional(),
    series: z.record(z.string().regex(/^\d{4}$/), PositiveDecimal).optional(),
    growth: GrowthSchema.optional(),
  })
  .superRefine((o, ctx) => {
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
  })

/**
 * One rule override: exactly one of `value` (a share's written "20%" or as a fraction "0.2"),
 * `range`, and `percent` (kept from the first scenario format: `percent: "20"` is `value: "20%"`).
 *
 * @example
 * ```ts
 * import { ScenarioSchema } from 'bedstaff'
 *
 * const rules = [{ rule: 'beds-per-1000', value: '4.8', percent: '20' }]
 * ScenarioSchema.safeParse({ id: 's', rules }).success // => false
 * ```
 */
export const RuleOverrideSchema = z
  .strictObject({
    rule: Id,
    value: z.union([NonNegativeDecimal, ShareValue]).optional(),
    range: RangeSchema.optional(),
    percent: NonNegativeDecimal.optional(),
  })
  .superRefine((o, ctx) => {
    const given = (['value', 'range', 'percent'] as const).filter((k) => o[k] !== undefined)
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: given.length > 1 ? [given[1] ?? 'value'] : [],
        message: 'give exactly one of "value", "range" and "percent"',
      })
    }
  })

/**
 * One rounding override: the rule's count is taken with another rounding mode.
 *
 * @example
 * ```ts
 * import { ScenarioSchema } from 'bedstaff'
 *
 * const rounding = [{ rule: 'physicians-per-1000', rounding: 'up' }]
 * ScenarioSchema.safeParse({ id: 's', rounding }).success // => false
 * ```
 */
export const RoundingOverrideSchema = z.strictObject({
  rule: Id,
  rounding: z.enum(ROUNDINGS),
})

/**
 * A whole scenario: an id, an optional label, and three lists of overrides. Unknown keys are
 * refused. The published shape is this schema; `loadScenario` validates against it.
 *
 * @example
 * ```ts
 * import { ScenarioSchema } from 'bedstaff'
 *
 * const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }
 * ScenarioSchema.safeParse(low).success // => true
 * ScenarioSchema.safeParse({ ...low, colour: 'red' }).success // => false
 * ```
 */
export const ScenarioSchema = z
  .strictObject({
    id: Id,
    label: z.string().min(1).max(SCENARIO_LIMITS.label).optional(),
    populations: z.array(PopulationOverrideSchema).max(SCENARIO_LIMITS.populations).optional(),
    rules: z.array(RuleOverrideSchema).max(SCENARIO_LIMITS.rules).optional(),
    rounding: z.array(RoundingOverrideSchema).max(SCENARIO_LIMITS.rounding).optional(),
    allowImplausible: z
      .boolean()
      .optional()
      .describe('Keep values beyond their plausible range (growth beyond ±20% a year)'),
  })
  .superRefine((s, ctx) => {
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
  })

/** A validated scenario. */
export type Scenario = z.infer<typeof ScenarioSchema>
/** A population override of a scenario. */
export type PopulationOverride = z.infer<typeof PopulationOverrideSchema>
/** A rule override of a scenario. */
export type RuleOverride = z.infer<typeof RuleOverrideSchema>
/** A rounding override of a scenario. */
export type RoundingOverride = z.infer<typeof RoundingOverrideSchema>
