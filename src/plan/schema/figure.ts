/**
 * Figures: the numbers a document states, kept as printed, for the auditor to recompute.
 */
import * as z from 'zod'
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
import { ShareValue } from './rule.js'

/**
 * How a figure bounds the true value, where the document does not print a plain number:
 * `approx` 约/左右 (the printed precision), `more-than` 多/余 ("600多万": above 600万, below
 * 700万), `over` 超过 (above, no upper end), `at-least` (a met standard, 以上: at or above),
 * `under` 不足/不到 (below), `at-most` (at or below).
 */
export const FIGURE_BOUNDS = Object.freeze([
  'approx',
  'more-than',
  'over',
  'at-least',
  'under',
  'at-most',
] as const)

/**
 * A figure the document states, kept as printed for the auditor. Figures of one `indicator`
 * (e.g. "beds", "physicians", "beds.general") are compared with each other: a count and a rate
 * of the same indicator, year and base imply a population.
 */
export const FigureSchema = z
  .strictObject({
    id: Id,
    label: Label,
    indicator: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/)
      .describe('What the figure measures; figures of one indicator are compared'),
    form: z
      .enum(['count', 'rate', 'ratio', 'share', 'increment', 'level'])
      .describe('count, rate (per `per` of a base), ratio (1:x), share (%), increment, level'),
    quantity: z.string().min(1).max(80).describe('What is counted: beds, physicians, …'),
    value: DecimalString.describe('The number, as an exact decimal: "12000" for 1.2万'),
    printed: Name.describe('The figure as the document prints it: "1.2万张", "4.58"'),
    year: Year.nullable().describe('The year it is of; null where the document prints none'),
    per: PositiveDecimal.optional().describe('A rate’s population scale: 1000 for 每千'),
    perPrinted: Name.optional().describe(
      'A rate’s scale as printed, where the document rounds it: "3万" in 每3万人口1辆 stands for [2.5万, 3.5万)',
    ),
    base: z
      .union([BaseKindSchema, z.literal('unknown')])
      .optional()
      .describe('A rate’s base kind; "unknown" where the document does not say'),
    vintage: z.enum(VINTAGES).optional().describe('Which population count the rate is on'),
    role: z
      .enum(['actual', 'target'])
      .optional()
      .describe('actual for a reached value (现状, 完成情况), target for a planned one (目标)'),
    bound: z
      .enum(FIGURE_BOUNDS)
      .optional()
      .describe(
        'How the figure bounds the value: approx, more-than (多/余), over, at-least, under, at-most',
      ),
    countShare: ShareValue.optional().describe(
      'A rate computed on a share of its count: "85%" for 按85%在岗计算',
    ),
    unit: Name.optional().describe('The unit as printed'),
    comparator: z.enum(COMPARATORS).optional().describe('The comparator the document writes'),
    rule: Id.optional().describe('The rule this figure states or applies'),
    table: Name.optional().describe('The table it is printed in'),
    column: z
      .enum(['open-base', 'open-target', 'new-built', 'new-opened'])
      .optional()
      .describe('The facility-table column it totals'),
    facilities: z
      .array(Id)
      .min(1)
      .max(PLAN_LIMITS.facilities)
      .optional()
      .describe('The facilities whose open beds in `year` this figure counts'),
    note: Text.optional().describe('How the figure was read'),
    source: SourceSchema,
  })
  .describe('A figure the document states, kept as printed')

/** A stated figure of a plan. */
export type { Figure, FigureBound } from '../types/figure-types.js'
