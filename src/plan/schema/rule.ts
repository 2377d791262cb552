/**
 * Rules: what a plan requires. Derivable rules (per-capita, ratio, share, per-facility,
 * banded-ratio) turn bases, stocks and facilities into counts; stated levels (a radius, a
 * length of stay, a coverage rate) are kept apart in `levels`, since nothing is derived from
 * them.
 */
import * as z from 'zod/mini'
import { COMPARATORS } from '../../comparator.js'
import { toDecimal } from '../../decimal.js'
import { QUANTITY_KIND_LIST, type QuantityKind } from '../../quantity/kinds.js'
import { SHARE_TEXT } from '../../quantity/share.js'
import { ROUNDINGS } from '../../rounding.js'
import { BaseKindSchema } from './base.js'
import { ScopeSchema } from './facility.js'
import {
  described,
  Id,
  Label,
  Name,
  NonNegativeDecimal,
  PLAN_LIMITS,
  PositiveDecimal,
  RangeSchema,
  SourceSchema,
  Text,
  Year,
} from './primitives.js'

/** A quantity kind the library counts: beds, physicians, nurses, ambulances, … */
export const QuantitySchema = described(
  z.enum(QUANTITY_KIND_LIST as unknown as [QuantityKind, ...QuantityKind[]]),
  'What is counted: beds, physicians, nurses, health-technical-staff, ambulances, …',
)

const TrajectorySchema = described(
  z.strictObject({
    fromYear: described(Year, 'The year the trajectory starts'),
    fromValue: described(NonNegativeDecimal, 'The value in that year'),
    method: described(z.literal('linear'), 'How the years between are filled: linear'),
    source: z.optional(SourceSchema),
  }),
  '逐步达到: a linear path from a starting value to the rule’s value in its year',
)

const Nature = described(
  z.enum(['binding', 'expected', 'guiding']),
  '约束性 binding, 预期性 expected, 指导性 guiding; absent when the document does not say',
)

const common = {
  id: Id,
  label: Label,
  comparator: described(
    z.enum(COMPARATORS),
    'ge ≥ 不低于, le ≤ 不超过, gt >, lt <, approx ≈ 左右, eq a bare target',
  ),
  nature: z.optional(Nature),
  year: described(Year, 'The year the rule is for'),
  aspirational: described(z.optional(z.boolean()), '力争/争取: a goal rather than a requirement'),
  exact: described(
    z.optional(z.boolean()),
    'The value is an exact standard to apply (按每万人口3名配置), not a ratio printed from totals: the auditor does not widen it to its printed interval',
  ),
  printed: described(z.optional(Name), 'The rule as the document prints it'),
  note: described(z.optional(Text), 'How the rule was read from the document'),
  source: SourceSchema,
}
const Rounding = described(
  z.enum(ROUNDINGS),
  'How the exact value becomes a count: ceil for a minimum, floor for a cap, or none',
)
const valueOrRange = {
  value: described(z.optional(NonNegativeDecimal), 'The rule’s value, e.g. "4.58"'),
  range: z.optional(RangeSchema),
}

/** Where the amount a ratio or share multiplies comes from. */
export const FromSchema = described(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: described(z.literal('rule'), 'The amount is another rule’s count'),
      id: described(Id, 'The rule whose count is taken'),
    }),
    z.strictObject({
      kind: described(z.literal('stock'), 'The amount is a stock’s value'),
      id: described(Id, 'The stock whose value is taken'),
    }),
    z.strictObject({
      kind: described(z.literal('facilities'), 'The amount is the beds of the facilities in scope'),
      scope: ScopeSchema,
      beds: described(z.enum(['open', 'approved']), 'Which beds: open 实际开放, approved 编制'),
    }),
  ]),
  'What the rule multiplies: another rule’s count, a stock, or facilities’ beds',
)

/** A share written as "20%" (a percent) or "0.2" (a fraction). */
export const ShareValue = described(
  z.string().check(
    z.maxLength(64),
    z.superRefine((s, ctx) => {
      const m = SHARE_TEXT.exec(s)
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: 'a share is a percent ("20%") or a fraction ("0.2")',
        })
        return
      }
      try {
        if (toDecimal(m[1]).isNegative())
          ctx.addIssue({ code: 'custom', message: 'must not be negative' })
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : 'not a number' })
      }
    }),
  ),
  'A share: "20%" is twenty percent, "0.2" the same as a fraction',
)

/** 每千常住人口4.58张: `value` per `per` people of base `base` (or the base named by `baseId`). */
const PerCapitaRule = z.strictObject({
  ...common,
  type: described(z.literal('per-capita'), 'A rate: `value` per `per` people of the base'),
  quantity: QuantitySchema,
  rounding: Rounding,
  ...valueOrRange,
  per: described(PositiveDecimal, 'The population scale: 1000 for 每千, 30000 for 每3万人口1辆'),
  base: BaseKindSchema,
  baseId: described(z.optional(Id), 'The plan base to use, where more than one fits'),
  trajectory: z.optional(TrajectorySchema),
})

/** 1:x ratios and per-unit rules: `value` of `quantity` per `per` (default 1) of the `from` amount. */
const RatioRule = z.strictObject({
  ...common,
  type: described(z.literal('ratio'), 'A 1:x ratio or a per-unit rule on the `from` amount'),
  quantity: QuantitySchema,
  rounding: Rounding,
  from: FromSchema,
  fromQuantity: described(QuantitySchema, 'What the `from` amount counts'),
  ...valueOrRange,
  per: described(
    z.optional(PositiveDecimal),
    'Per how many of `from` (default 1): 1000 for 每千床',
  ),
  trajectory: z.optional(TrajectorySchema),
})

/** A share of another amount, with an optional absolute floor: ≥ 20% and ≥ 2; ≤ 115%. */
const ShareRule = z.strictObject({
  ...common,
  type: described(z.literal('share'), 'A share of the `from` amount, with an optional floor'),
  quantity: QuantitySchema,
  rounding: Rounding,
  from: FromSchema,
  fromQuantity: described(QuantitySchema, 'What the `from` amount counts'),
  value: ShareValue,
  floor: described(
    z.optional(
      z.string().check(z.regex(/^\d{1,15}$/, { error: 'a floor is a whole number such as "2"' })),
    ),
    'An absolute minimum beside the share, a whole count: "且不少于2辆"',
  ),
})

/** A fixed count per facility in scope: "二级以上医院公共卫生医生不少于5人". */
const PerFacilityRule = z.strictObject({
  ...common,
  type: described(z.literal('per-facility'), 'A fixed count per facility in scope'),
  quantity: QuantitySchema,
  rounding: Rounding,
  scope: ScopeSchema,
  ...valueOrRange,
})

const Band = described(
  z.strictObject({
    minFrom: described(z.nullable(NonNegativeDecimal), 'Smallest size in the band (null: none)'),
    maxFrom: described(z.nullable(NonNegativeDecimal), 'Largest size in the band (null: none)'),
    range: RangeSchema,
    printed: described(Name, 'The band as printed'),
  }),
  'A size band and its ratio range',
)

/** Ratios by facility size band (1978 编制原则: < 300 beds 1:1.30–1.40, …). */
const BandedRatioRule = z.strictObject({
  ...common,
  type: described(z.literal('banded-ratio'), 'Ratio ranges by facility size band'),
  quantity: QuantitySchema,
  rounding: Rounding,
  fromQuantity: described(QuantitySchema, 'What the band sizes count (beds)'),
  bands: described(
    z.array(Band).check(z.minLength(1), z.maxLength(PLAN_LIMITS.bands)),
    'The size bands, smallest first',
  ),
  edges: described(
    z.literal('first-band-wins'),
    'Where bands share an edge, the first listed wins',
  ),
  scope: z.optional(ScopeSchema),
})

/** Exactly one of value and range. */
function oneLevel(r: { value?: unknown; range?: unknown }, ctx: z.core.$RefinementCtx) {
  if ((r.value !== undefined) === (r.range !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'give exactly one of "value" and "range"',
    })
  }
}

/** Any rule from which a count is derived. */
export const RuleSchema = described(
  z
    .discriminatedUnion('type', [
      PerCapitaRule,
      RatioRule,
      ShareRule,
      PerFacilityRule,
      BandedRatioRule,
    ])
    .check(
      z.superRefine((r, ctx) => {
        if (r.type === 'share') {
          if (r.floor !== undefined && r.comparator !== 'ge') {
            ctx.addIssue({
              code: 'custom',
              path: ['floor'],
              message: 'an absolute floor makes a compound minimum: the comparator must be "ge"',
            })
          }
          if (r.floor !== undefined && r.rounding !== 'ceil') {
            ctx.addIssue({
              code: 'custom',
              path: ['rounding'],
              message: 'a compound minimum counts its share term up: the rounding must be "ceil"',
            })
          }
        } else if (r.type !== 'banded-ratio') oneLevel(r, ctx)
      }),
    ),
  'A rule from which a count is derived',
)

/** A stated level with no derivation (ALOS ≤ 7.0 days; service radius ≤ 3.5 km). */
export const LevelSchema = described(
  z
    .strictObject({
      ...common,
      type: described(z.literal('level'), 'A stated level: nothing derives from it'),
      quantity: described(
        z.string().check(z.minLength(1), z.maxLength(80)),
        'What the level measures',
      ),
      unit: described(Name, 'Its unit as printed: 天, 公里, %'),
      rounding: z.optional(Rounding),
      ...valueOrRange,
      scope: z.optional(ScopeSchema),
    })
    .check(z.superRefine(oneLevel)),
  'A stated level: nothing is derived from it',
)

/** A rule of a plan from which a count is derived. */
export type {
  Band,
  BandedRatioRule,
  CountRule,
  From,
  LevelRule,
  Nature,
  PerCapitaRule,
  PerFacilityRule,
  RatioRule,
  Rule,
  RuleCommon,
  ShareRule,
  Trajectory,
} from '../types/rule-types.js'
