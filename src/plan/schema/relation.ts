/**
 * Relations between stated figures, so the auditor can recompute them.
 */
import * as z from 'zod/mini'
import { described, Id, PLAN_LIMITS, SourceSchema, Text } from './primitives.js'
import { ShareValue } from './rule.js'

const Ids = z.union([Id, z.array(Id).check(z.minLength(1), z.maxLength(20))])

/**
 * How stated figures relate, so the auditor can recompute them:
 * - `sum`: parts add to the total; `complete` for 合计 (parts = total), not for 其中 (parts ≤ total);
 * - `difference`: increment = target − from (新增);
 * - `ratio-of`: the 1:x ratio equals numerator / denominator (医护比 = nurses / physicians);
 * - `share-of`: the percentage equals part / total × 100 (31.56% = 2100 / 6653);
 * - `growth`: the percentage equals (to − from) / from × 100 (beds +9.1% since 2015);
 * - `average-of`: an average lies between the smallest and largest of its parts (an overall
 *   occupancy cannot exceed every hospital's);
 * - `includes`: ratio × times covers the parts (health-technical staff per bed × beds ≥
 *   physicians + nurses, since both are health-technical staff);
 * - `increment-target`: a target rate reached through an increment on a stock: the target
 *   count is stock + increment ("每千人口床位达到6.1张，需新增床位1.2万张").
 */
export const RelationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: Id,
    type: described(z.literal('sum'), 'Parts that add to a total'),
    total: Id,
    parts: described(
      z.array(Id).check(z.minLength(1), z.maxLength(PLAN_LIMITS.figures)),
      'The part figures',
    ),
    complete: described(
      z.boolean(),
      'true for 合计 (the parts make the total), false for 其中 (at most the total)',
    ),
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(z.literal('difference'), 'An increment: target − from'),
    target: Id,
    from: Id,
    increment: Id,
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(z.literal('share-of'), 'A percentage of part in total'),
    share: Id,
    part: Id,
    total: Id,
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(z.literal('growth'), 'A growth rate from one figure to another'),
    growth: Id,
    from: Id,
    to: Id,
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(z.literal('average-of'), 'An average among its parts'),
    average: Id,
    parts: described(z.array(Id).check(z.minLength(2), z.maxLength(50)), 'The figures averaged'),
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(z.literal('includes'), 'A ratio × amount that covers its parts'),
    ratio: Id,
    times: Id,
    parts: described(z.array(Id).check(z.minLength(1), z.maxLength(50)), 'The figures included'),
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(z.literal('ratio-of'), 'A 1:x ratio of two figures'),
    ratio: Id,
    numerator: described(Ids, 'The numerator figure, or figures printed apart and summed'),
    denominator: described(Ids, 'The denominator figure, or figures summed'),
    numeratorShare: described(z.optional(ShareValue), 'The share of the numerator used: 85%'),
    denominatorShare: described(z.optional(ShareValue), 'The share of the denominator used'),
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: described(
      z.literal('increment-target'),
      'A target rate reached by an increment on a stock',
    ),
    rate: described(Id, 'The target rate: 每千人口6.1张'),
    stock: described(Id, 'The stock the increment is added to'),
    increment: described(Id, 'The increment: 需新增1.2万张'),
    note: described(z.optional(Text), 'How the relation was read from the document'),
    source: SourceSchema,
  }),
])

/** The ids of a relation field that takes one figure or several summed. @internal */
export const idsOf = (x: string | readonly string[]): readonly string[] =>
  typeof x === 'string' ? [x] : x

/** A relation between stated figures. */
export type {
  AverageOfRelation,
  DifferenceRelation,
  GrowthRelation,
  IncludesRelation,
  IncrementTargetRelation,
  RatioOfRelation,
  Relation,
  RelationCommon,
  ShareOfRelation,
  SumRelation,
} from '../types/figure-types.js'
