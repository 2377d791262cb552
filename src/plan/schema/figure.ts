/**
 * Figures: the numbers a document states, kept as printed, for the auditor to recompute.
 */
import * as z from 'zod/mini'
import { COMPARATORS } from '../../comparator.js'
import { VINTAGES } from '../../population/base.js'
import { FIGURE_BOUNDS } from '../vocabulary.js'
import { BaseKindSchema } from './base.js'
import {
  DecimalString,
  described,
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

export { FIGURE_BOUNDS } from '../vocabulary.js'

/**
 * A figure the document states, kept as printed for the auditor. Figures of one `indicator`
 * (e.g. "beds", "physicians", "beds.general") are compared with each other: a count and a rate
 * of the same indicator, year and base imply a population.
 */
export const FigureSchema = described(
  z.strictObject({
    id: Id,
    label: Label,
    indicator: described(
      z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/)),
      'What the figure measures; figures of one indicator are compared',
    ),
    form: described(
      z.enum(['count', 'rate', 'ratio', 'share', 'increment', 'level']),
      'count, rate (per `per` of a base), ratio (1:x), share (%), increment, level',
    ),
    quantity: described(
      z.string().check(z.minLength(1), z.maxLength(80)),
      'What is counted: beds, physicians, …',
    ),
    value: described(DecimalString, 'The number, as an exact decimal: "12000" for 1.2万'),
    printed: described(Name, 'The figure as the document prints it: "1.2万张", "4.58"'),
    year: described(z.nullable(Year), 'The year it is of; null where the document prints none'),
    per: described(z.optional(PositiveDecimal), 'A rate’s population scale: 1000 for 每千'),
    perPrinted: described(
      z.optional(Name),
      'A rate’s scale as printed, where the document rounds it: "3万" in 每3万人口1辆 stands for [2.5万, 3.5万)',
    ),
    base: described(
      z.optional(z.union([BaseKindSchema, z.literal('unknown')])),
      'A rate’s base kind; "unknown" where the document does not say',
    ),
    vintage: described(z.optional(z.enum(VINTAGES)), 'Which population count the rate is on'),
    role: described(
      z.optional(z.enum(['actual', 'target'])),
      'actual for a reached value (现状, 完成情况), target for a planned one (目标)',
    ),
    bound: described(
      z.optional(z.enum(FIGURE_BOUNDS)),
      'How the figure bounds the value: approx, more-than (多/余), over, at-least, under, at-most',
    ),
    countShare: described(
      z.optional(ShareValue),
      'A rate computed on a share of its count: "85%" for 按85%在岗计算',
    ),
    unit: described(z.optional(Name), 'The unit as printed'),
    comparator: described(z.optional(z.enum(COMPARATORS)), 'The comparator the document writes'),
    rule: described(z.optional(Id), 'The rule this figure states or applies'),
    table: described(z.optional(Name), 'The table it is printed in'),
    column: described(
      z.optional(z.enum(['open-base', 'open-target', 'new-built', 'new-opened'])),
      'The facility-table column it totals',
    ),
    facilities: described(
      z.optional(z.array(Id).check(z.minLength(1), z.maxLength(PLAN_LIMITS.facilities))),
      'The facilities whose open beds in `year` this figure counts',
    ),
    note: described(z.optional(Text), 'How the figure was read'),
    source: SourceSchema,
  }),
  'A figure the document states, kept as printed',
)

/** A stated figure of a plan. */
export type { Figure, FigureBound } from '../types/figure-types.js'
