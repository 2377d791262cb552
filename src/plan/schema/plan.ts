/**
 * A whole plan file, format version 2: bases, derivable rules, stated levels, facilities,
 * stocks, figures and their relations. The schema checks shapes; `loadPlan` also checks
 * references and cycles, migrates version 1, and freezes the result.
 */
import * as z from 'zod/mini'
import { BaseSchema } from './base.js'
import { FacilitySchema } from './facility.js'
import { FigureSchema } from './figure.js'
import {
  described,
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
export const StockSchema = described(
  z.strictObject({
    id: Id,
    quantity: QuantitySchema,
    value: described(NonNegativeDecimal, 'The count, e.g. "6855"'),
    year: described(Year, 'The year the count is of'),
    rule: described(z.optional(Id), 'The rule this stock is compared with (its gap)'),
    label: z.optional(Label),
    source: SourceSchema,
  }),
  'An existing count, compared with the rule it names',
)

/** A reference to a norm set, with rule overrides (a share's value is written "40%"). */
export const NormRefSchema = described(
  z.strictObject({
    set: described(Id, 'The norm set id, e.g. gangyao-2015-2020'),
    year: described(z.optional(Year), 'The year its rules are for'),
    overrides: described(
      z.optional(
        z
          .array(
            described(
              z.strictObject({
                rule: described(Id, 'The norm set’s rule id'),
                value: described(
                  z.optional(z.union([NonNegativeDecimal, ShareValue])),
                  'A new value',
                ),
                range: z.optional(RangeSchema),
              }),
              'A rule of the set given another value or range',
            ),
          )
          .check(z.maxLength(PLAN_LIMITS.rules)),
      ),
      'Rules of the set given another value or range',
    ),
  }),
  'A norm set the plan is held against',
)

const unique = (
  p: Record<string, readonly { id: string }[] | undefined>,
  ctx: z.core.$RefinementCtx,
) => {
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
export const PlanSchema = described(
  z
    .strictObject({
      $schema: described(
        z.optional(z.string().check(z.maxLength(500))),
        'The JSON Schema this file follows',
      ),
      version: described(z.literal(PLAN_VERSION), 'The plan format version: 2'),
      id: Id,
      title: Label,
      jurisdiction: described(Label, 'The city or district the plan is for'),
      period: described(
        z.strictObject({
          start: described(Year, 'First year of the plan period'),
          end: described(Year, 'Last year of the plan period'),
          baseYear: described(Year, 'The year of the baseline (现状)'),
          targetYear: described(Year, 'The year of the targets'),
        }),
        'The plan period',
      ),
      document: described(
        z.strictObject({
          file: described(Name, 'The document file'),
          title: described(Name, 'The document title'),
          issuer: described(z.nullable(Name), 'Who issued it; null if not stated'),
          date: described(z.nullable(Name), 'When; null if not stated'),
        }),
        'The document the plan encodes',
      ),
      bases: described(
        z.array(BaseSchema).check(z.maxLength(PLAN_LIMITS.bases)),
        'Population bases',
      ),
      norms: described(
        z.optional(z.array(NormRefSchema).check(z.maxLength(20))),
        'Norm sets referenced',
      ),
      rules: described(
        z.array(RuleSchema).check(z.maxLength(PLAN_LIMITS.rules)),
        'Rules from which counts derive',
      ),
      levels: described(
        z._default(z.array(LevelSchema).check(z.maxLength(PLAN_LIMITS.rules)), []),
        'Stated levels: nothing derives from them',
      ),
      facilities: described(
        z.array(FacilitySchema).check(z.maxLength(PLAN_LIMITS.facilities)),
        'Facilities',
      ),
      stocks: described(
        z.array(StockSchema).check(z.maxLength(PLAN_LIMITS.stocks)),
        'Existing counts',
      ),
      figures: described(
        z.array(FigureSchema).check(z.maxLength(PLAN_LIMITS.figures)),
        'Figures as stated',
      ),
      relations: described(
        z.optional(z.array(RelationSchema).check(z.maxLength(PLAN_LIMITS.figures))),
        'How stated figures relate',
      ),
    })
    .check(
      z.superRefine((p, ctx) => {
        unique(
          { bases: p.bases, facilities: p.facilities, stocks: p.stocks, figures: p.figures },
          ctx,
        )
        unique({ relations: p.relations }, ctx)
        // rules and levels share one id space: stocks and figures name either
        unique({ rules: [...p.rules, ...p.levels] }, ctx)
      }),
    ),
  'A health-resource plan (bedstaff plan format, version 2)',
)

/** A validated plan, as the library sees it. */
export type {
  NormOverride,
  NormRef,
  Plan,
  PlanDocument,
  PlanPeriod,
  StockEntry,
} from '../types/plan-types.js'
