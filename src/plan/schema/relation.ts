/**
 * Relations between stated figures, so the auditor can recompute them.
 */
import { z } from 'zod'
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
    type: z.literal('sum'),
    total: Id,
    parts: z.array(Id).min(1).max(PLAN_LIMITS.figures),
    complete: z.boolean(),
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('difference'),
    target: Id,
    from: Id,
    increment: Id,
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('share-of'),
    share: Id,
    part: Id,
    total: Id,
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('growth'),
    growth: Id,
    from: Id,
    to: Id,
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('average-of'),
    average: Id,
    parts: z.array(Id).min(2).max(50),
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('includes'),
    ratio: Id,
    times: Id,
    parts: z.array(Id).min(1).max(50),
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('ratio-of'),
    ratio: Id,
    numerator: Ids.describe('The numerator figure, or figures printed apart and summed'),
    denominator: Ids.describe('The denominator figure, or figures summed'),
    numeratorShare: ShareValue.optional().describe('The share of the numerator used: 85%'),
    denominatorShare: ShareValue.optional().describe('The share of the denominator used'),
    note: Text.optional(),
    source: SourceSchema,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('increment-target'),
    rate: Id.describe('The target rate: 每千人口6.1张'),
    stock: Id.describe('The stock the increment is added to'),
    increment: Id.describe('The increment: 需新增1.2万张'),
    note: Text.optional(),
    source: SourceSchema,
  }),
])

/** The ids of a relation field that takes one figure or several summed. @internal */
export const idsOf = (x: string | readonly string[]): readonly string[] =>
  typeof x === 'string' ? [x] : x

/** A relation between stated figures. */
export type Relation = z.infer<typeof RelationSchema>
