/**
 * A whole plan file, format version 2: bases, derivable rules, stated levels, facilities,
 * stocks, figures and their relations. The schema checks shapes; `loadPlan` also checks
 * references and cycles, migrates version 1, and freezes the result.
 */
import * as z from 'zod'
import { BaseSchema } from './base.js'
import { FacilitySchema } from './facility.js'
import { FigureSchema } from './figure.js'
import {
  Id,
  Label,
  Name,
  NonNegativeDecimal,
  PLAN_LIMITS,
  RangeSchema,
  SourceSchema,
  Year,
} from './primitives.js'
import { RelationSchema } from './relation.js'
import { LevelSchema, QuantitySchema, RuleSchema, ShareValue } from './rule.js'

/**
 * The plan format version this library reads and writes; files without a `version` are
 * version 1 and are migrated when loaded.
 *
 * @example
 * ```ts
 * import { PLAN_VERSION } from 'bedstaff/plan'
 *
 * PLAN_VERSION // => 2
 * ```
 */
export const PLAN_VERSION = 2

/** An existing count (2020 beds, current nurses), or an input a rule needs (tonnes of blood). */
export const StockSchema = z
  .strictObject({
    id: Id,
    quantity: QuantitySchema,
    value: NonNegativeDecimal.describe('The count, e.g. "6855"'),
    year: Year.describe('The year the count is of'),
    rule: Id.optional().describe('The rule this stock is compared with (its gap)'),
    label: Label.optional(),
    source: SourceSchema,
  })
  .describe('An existing count, compared with the rule it names')

/** A reference to a norm set, with rule overrides (a share's value is written "40%"). */
export const NormRefSchema = z
  .strictObject({
    set: Id.describe('The norm set id, e.g. gangyao-2015-2020'),
    year: Year.optional().describe('The year its rules are for'),
    overrides: z
      .array(
        z
          .strictObject({
            rule: Id.describe('The norm set’s rule id'),
            value: z.union([NonNegativeDecimal, ShareValue]).optional().describe('A new value'),
            range: RangeSchema.optional(),
          })
          .describe('A rule of the set given another value or range'),
      )
      .max(PLAN_LIMITS.rules)
      .optional()
      .describe('Rules of the set given another value or range'),
  })
  .describe('A norm set the plan is held against')

const unique = (p: Record<string, readonly { id: string }[] | undefined>, ctx: z.RefinementCtx) => {
  for (const [name, list] of Object.entries(p)) {
    const seen = new Set<string>()
    list?.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [name, i, 'id'],
          message: `duplicate id "${item.id}"`,
        })
      }
      seen.add(item.id)
    })
  }
}

/**
 * A whole plan file (version 2). Internal: `loadPlan` validates with it, and `planJsonSchema()`
 * publishes it as JSON Schema. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { loadPlan } from 'bedstaff/plan'
 *
 * const file = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * loadPlan(file).period.targetYear // => 2025
 * loadPlan({ ...file, period: { start: 2021, end: 2025 } }) // throws invalid-plan
 * ```
 */
export const PlanSchema = z
  .strictObject({
    $schema: z.string().max(500).optional().describe('The JSON Schema this file follows'),
    version: z.literal(PLAN_VERSION).describe('The plan format version: 2'),
    id: Id,
    title: Label,
    jurisdiction: Label.describe('The city or district the plan is for'),
    period: z
      .strictObject({
        start: Year.describe('First year of the plan period'),
        end: Year.describe('Last year of the plan period'),
        baseYear: Year.describe('The year of the baseline (现状)'),
        targetYear: Year.describe('The year of the targets'),
      })
      .describe('The plan period'),
    document: z
      .strictObject({
        file: Name.describe('The document file'),
        title: Name.describe('The document title'),
        issuer: Name.nullable().describe('Who issued it; null if not stated'),
        date: Name.nullable().describe('When; null if not stated'),
      })
      .describe('The document the plan encodes'),
    bases: z.array(BaseSchema).max(PLAN_LIMITS.bases).describe('Population bases'),
    norms: z.array(NormRefSchema).max(20).optional().describe('Norm sets referenced'),
    rules: z.array(RuleSchema).max(PLAN_LIMITS.rules).describe('Rules from which counts derive'),
    levels: z
      .array(LevelSchema)
      .max(PLAN_LIMITS.rules)
      .default([])
      .describe('Stated levels: nothing derives from them'),
    facilities: z.array(FacilitySchema).max(PLAN_LIMITS.facilities).describe('Facilities'),
    stocks: z.array(StockSchema).max(PLAN_LIMITS.stocks).describe('Existing counts'),
    figures: z.array(FigureSchema).max(PLAN_LIMITS.figures).describe('Figures as stated'),
    relations: z
      .array(RelationSchema)
      .max(PLAN_LIMITS.figures)
      .optional()
      .describe('How stated figures relate'),
  })
  .superRefine((p, ctx) => {
    unique({ bases: p.bases, facilities: p.facilities, stocks: p.stocks, figures: p.figures }, ctx)
    unique({ relations: p.relations }, ctx)
    // rules and levels share one id space: stocks and figures name either
    unique({ rules: [...p.rules, ...p.levels] }, ctx)
  })
  .describe('A health-resource plan (bedstaff plan format, version 2)')

/** A validated plan, as the library sees it. */
export type {
  NormOverride,
  NormRef,
  Plan,
  PlanDocument,
  PlanPeriod,
  StockEntry,
} from '../types/plan-types.js'
