/**
 * Figures: the numbers a document states, kept as printed, for the auditor to recompute.
 */
import { z } from 'zod'
import { VINTAGES } from '../../population/base.js'
import { COMPARATORS } from '../../quantity/comparator.js'
import { BaseKindSchema } from './base.js'
import {
  DecimalString,
  Id,
  Label,
  Name,
  PLAN_LIMITS,
  PositiveDecimal,
  SourceSchema,
  Text,
  Year,
} from './primitives.js'

/**
 * A figure the document states, kept as printed for the auditor. Figures of one `indicator`
 * (e.g. "beds", "physicians", "beds.general") are compared with each other: a count and a rate
 * of the same indicator, year and base imply a population.
 */
export const FigureSchema = z.strictObject({
  id: Id,
  label: Label,
  indicator: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/),
  form: z.enum(['count', 'rate', 'ratio', 'share', 'increment', 'level']),
  quantity: z.string().min(1).max(80),
  value: DecimalString,
  printed: Name,
  year: Year,
  per: PositiveDecimal.optional(),
  base: BaseKindSchema.optional(),
  vintage: z.enum(VINTAGES).optional(),
  /** `actual` for a reached value (现状, 完成情况), `target` for a planned one (目标, 规划). */
  role: z.enum(['actual', 'target']).optional(),
  unit: Name.optional(),
  comparator: z.enum(COMPARATORS).optional(),
  rule: Id.optional(),
  table: Name.optional(),
  column: z.enum(['open-base', 'open-target', 'new-built', 'new-opened']).optional(),
  /** The facilities whose open beds in `year` this figure counts (or rates, on the plan's base). */
  facilities: z.array(Id).min(1).max(PLAN_LIMITS.facilities).optional(),
  note: Text.optional(),
  source: SourceSchema,
})

/** A stated figure of a plan. */
export type Figure = z.infer<typeof FigureSchema>
