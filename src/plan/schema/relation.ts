/**
 * Relations between stated figures, so the auditor can recompute them.
 */
import * as z from 'zod'
import { Id, PLAN_LIMITS, SourceSchema, Text } from './primitives.js'
import { ShareValue } from './rule.js'

const Ids = z.union([Id, z.array(Id).min(1).max(20)])

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
    type: z.literal('sum').describe('Parts that add to a total'),
    total: Id,
    parts: z.array(Id).min(1).max(PLAN_LIMITS.figures).describe('The part figures'),
    complete: z
      .boolean()
      .describe('true for 合计 (the parts make the total), false for 其中 (at most the total)'),
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('difference').describe('An increment: target − from'),
    target: Id,
    from: Id,
    increment: Id,
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('share-of').describe('A percentage of part in total'),
    share: Id,
    part: Id,
    total: Id,
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('growth').describe('A growth rate from one figure to another'),
    growth: Id,
    from: Id,
    to: Id,
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('average-of').describe('An average among its parts'),
    average: Id,
    parts: z.array(Id).min(2).max(50).describe('The figures averaged'),
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('includes').describe('A ratio × amount that covers its parts'),
    ratio: Id,
    times: Id,
    parts: z.array(Id).min(1).max(50).describe('The figures included'),
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('ratio-of').describe('A 1:x ratio of two figures'),
    ratio: Id,
    numerator: Ids.describe('The numerator figure, or figures printed apart and summed'),
    denominator: Ids.describe('The denominator figure, or figures summed'),
    numeratorShare: ShareValue.optional().describe('The share of the numerator used: 85%'),
    denominatorShare: ShareValue.optional().describe('The share of the denominator used'),
    note: Text.optional().describe('How the relation was read from the document'),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z
      .literal('increment-target')
      .describe('A target rate reached by an increment on a stock'),
    rate: Id.describe('The target rate: 每千人口6.1张'),
    stock: Id.describe('The stock the increment is added to'),
    increment: Id.describe('The increment: 需新增1.2万张'),
    note: Text.optional().describe('How the relation was read from the document'),
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
