/**
 * The plan file format: one zod schema, from which both validation and the published JSON
 * Schema are generated. Numbers are decimal strings ("4.58", "2000000") so that nothing is lost
 * to floating point; years and line numbers are JSON integers.
 */
import { z } from 'zod'
import { BASE_KINDS, VINTAGES } from '../population/base.js'
import { COMPARATORS } from '../quantity/comparator.js'
import { QUANTITY_KIND_LIST, type QuantityKind } from '../quantity/kinds.js'
import { ROUNDINGS } from '../rounding.js'

/**
 * Limits that keep a hostile or broken plan from exhausting memory.
 *
 * @example
 * ```ts
 * import { PLAN_LIMITS } from 'bedstaff'
 *
 * PLAN_LIMITS.rules // => 2000
 * PLAN_LIMITS.facilities // => 5000
 * ```
 */
export const PLAN_LIMITS = Object.freeze({
  bases: 500,
  rules: 2000,
  facilities: 5000,
  stocks: 5000,
  figures: 5000,
  bands: 50,
  text: 4000,
  name: 300,
})

const decimalPattern = /^-?\d{1,20}(\.\d{1,20})?$/
/** A decimal number written as a string: "4.58", "2000000", "-421". */
export const DecimalString = z
  .string()
  .regex(decimalPattern, { error: 'expected a decimal string such as "4.58"' })
  .describe('A decimal number written as a string, e.g. "4.58"')
const NonNegativeDecimal = DecimalString.refine((s) => !s.startsWith('-'), {
  error: 'must not be negative',
})
const PositiveDecimal = NonNegativeDecimal.refine((s) => /[1-9]/.test(s), {
  error: 'must be greater than zero',
})
const Year = z.int().min(1900).max(2200)
const Id = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
  error: 'an id is lower-case letters, digits, ".", "_" or "-", at most 80 characters',
})
const Text = z.string().min(1).max(PLAN_LIMITS.text)
const Name = z.string().min(1).max(PLAN_LIMITS.name)

/** Where a figure comes from: document file, line, and the quoted text. */
export const SourceSchema = z
  .strictObject({
    document: Name,
    line: z.int().min(1).max(10_000_000).optional(),
    quote: Text.optional(),
    note: Text.optional(),
  })
  .describe('Provenance: the document file name, its 1-based line, and the quoted text')

const Label = z.strictObject({ zh: Name, en: Name.optional() })

/**
 * Hospital grades, with the Chinese the documents print.
 *
 * @example
 * ```ts
 * import { GRADES } from 'bedstaff'
 *
 * GRADES['III-A'] // => "三级甲等"
 * GRADES['managed-as-III'] // => "参照三级医院管理"
 * ```
 */
export const GRADES = Object.freeze({
  'III-A': '三级甲等',
  'III-B': '三级乙等',
  III: '三级',
  'II-A': '二级甲等',
  'II-B': '二级乙等',
  II: '二级',
  'I-A': '一级甲等',
  'I-B': '一级乙等',
  I: '一级',
  'managed-as-III': '参照三级医院管理',
  ungraded: '无等级',
} as const)
/** A hospital grade key. */
export type Grade = keyof typeof GRADES
const GradeSchema = z.enum(Object.keys(GRADES) as [Grade, ...Grade[]])

/**
 * Kinds of facility, for scoping rules ("三级甲等综合医院" is grade III-A and `general`).
 *
 * @example
 * ```ts
 * import { FACILITY_CATEGORIES } from 'bedstaff'
 *
 * FACILITY_CATEGORIES // => ["general","tcm","integrated","specialist","mch","psychiatric","rehabilitation","primary","public-health","other"]
 * ```
 */
export const FACILITY_CATEGORIES = [
  'general',
  'tcm',
  'integrated',
  'specialist',
  'mch',
  'psychiatric',
  'rehabilitation',
  'primary',
  'public-health',
  'other',
] as const
const CategorySchema = z.enum(FACILITY_CATEGORIES)

const Quantity = z.enum(QUANTITY_KIND_LIST as unknown as [QuantityKind, ...QuantityKind[]])
const BaseKind = z.enum(BASE_KINDS)

/** A population base: given directly, or as a multiple of another base (service population). */
export const BaseSchema = z
  .strictObject({
    id: Id,
    kind: BaseKind,
    label: Label.optional(),
    value: PositiveDecimal.optional(),
    year: Year.optional(),
    vintage: z.enum(VINTAGES).optional(),
    ageMin: z.int().min(0).max(150).optional(),
    ageMax: z.int().min(0).max(150).optional(),
    from: Id.optional(),
    multiplier: PositiveDecimal.optional(),
    source: SourceSchema,
  })
  .superRefine((b, ctx) => {
    if (b.from === undefined) {
      for (const key of ['value', 'year', 'vintage'] as const) {
        if (b[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a base without "from" needs "${key}"`,
          })
        }
      }
      if (b.multiplier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['multiplier'],
          message: '"multiplier" goes with "from"',
        })
      }
    } else {
      if (b.multiplier === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['multiplier'],
          message: 'a base with "from" needs "multiplier"',
        })
      }
      if (b.value !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'a base with "from" is computed; give no "value"',
        })
      }
    }
  })

/** Which facilities a per-facility rule applies to. Every listed condition must hold. */
export const ScopeSchema = z.strictObject({
  grades: z.array(GradeSchema).min(1).max(20).optional(),
  categories: z.array(CategorySchema).min(1).max(20).optional(),
  facilities: z.array(Id).min(1).max(PLAN_LIMITS.facilities).optional(),
})

const RangeSchema = z.strictObject({ min: NonNegativeDecimal, max: NonNegativeDecimal })

const TrajectorySchema = z.strictObject({
  fromYear: Year,
  fromValue: NonNegativeDecimal,
  method: z.literal('linear'),
  source: SourceSchema.optional(),
})

const common = {
  id: Id,
  label: Label,
  quantity: Quantity,
  comparator: z.enum(COMPARATORS),
  nature: z.enum(['binding', 'expected', 'guiding']).nullable(),
  rounding: z.enum(ROUNDINGS),
  year: Year,
  aspirational: z.boolean().optional(),
  printed: Name.optional(),
  note: Text.optional(),
  source: SourceSchema,
}

/** Where the amount a ratio or share multiplies comes from. */
const FromSchema = z.union([
  z.strictObject({ rule: Id }),
  z.strictObject({ stock: Id }),
  z.strictObject({ facilities: ScopeSchema, beds: z.enum(['open', 'approved']) }),
])

/** 每千常住人口4.58张: `value` per `per` people of base `base` (or the base named by `baseId`). */
const PerCapitaRule = z.strictObject({
  ...common,
  type: z.literal('per-capita'),
  value: NonNegativeDecimal.optional(),
  range: RangeSchema.optional(),
  per: PositiveDecimal,
  base: BaseKind,
  baseId: Id.optional(),
  trajectory: TrajectorySchema.optional(),
})

/** 1:x ratios and per-unit rules: `value` of `quantity` per `per` (default 1) of the `from` amount. */
const RatioRule = z.strictObject({
  ...common,
  type: z.literal('ratio'),
  from: FromSchema,
  fromQuantity: Quantity,
  value: NonNegativeDecimal.optional(),
  range: RangeSchema.optional(),
  per: PositiveDecimal.optional(),
  trajectory: TrajectorySchema.optional(),
})

/** A share of another amount, with an optional absolute floor: ≥ 20% and ≥ 2; ≤ 115%. */
const ShareRule = z.strictObject({
  ...common,
  type: z.literal('share'),
  from: FromSchema,
  fromQuantity: Quantity,
  percent: NonNegativeDecimal,
  /** An absolute floor beside the share, a whole count: "且不少于2辆". */
  floor: z
    .string()
    .regex(/^\d{1,15}$/, { error: 'a floor is a whole number such as "2"' })
    .optional(),
})

/** A fixed count per facility in scope: "二级以上医院公共卫生医生不少于5人". */
const PerFacilityRule = z.strictObject({
  ...common,
  type: z.literal('per-facility'),
  scope: ScopeSchema,
  value: NonNegativeDecimal.optional(),
  range: RangeSchema.optional(),
})

/** Ratios by facility size band (1978 编制原则: < 300 beds 1:1.30–1.40, …). */
const BandedRatioRule = z.strictObject({
  ...common,
  type: z.literal('banded-ratio'),
  fromQuantity: Quantity,
  bands: z
    .array(
      z.strictObject({
        minFrom: NonNegativeDecimal.nullable(),
        maxFrom: NonNegativeDecimal.nullable(),
        range: RangeSchema,
        printed: Name,
      }),
    )
    .min(1)
    .max(PLAN_LIMITS.bands),
  edges: z.literal('first-band-wins'),
  scope: ScopeSchema.optional(),
})

/** A level with no derivation (ALOS ≤ 7.0 days; service radius ≤ 3.5 km). */
const LevelRule = z.strictObject({
  ...common,
  type: z.literal('level'),
  quantity: z.string().min(1).max(80),
  unit: Name,
  value: NonNegativeDecimal.optional(),
  range: RangeSchema.optional(),
  scope: ScopeSchema.optional(),
})

/** Any rule. */
export const RuleSchema = z
  .discriminatedUnion('type', [
    PerCapitaRule,
    RatioRule,
    ShareRule,
    PerFacilityRule,
    BandedRatioRule,
    LevelRule,
  ])
  .superRefine((r, ctx) => {
    if ('value' in r || 'range' in r) {
      const hasValue = 'value' in r && r.value !== undefined
      const hasRange = 'range' in r && r.range !== undefined
      if (hasValue === hasRange) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'give exactly one of "value" and "range"',
        })
      }
    } else if (r.type !== 'share' && r.type !== 'banded-ratio') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give exactly one of "value" and "range"',
      })
    }
  })

/** A facility of the plan's tables. `openBeds` maps a year to its open beds (`null`: printed "-" or blank). */
export const FacilitySchema = z.strictObject({
  id: Id,
  name: Name,
  table: Name.optional(),
  category: CategorySchema,
  grade: GradeSchema,
  gradePrinted: Name,
  owner: z.enum(['public', 'private']).nullable(),
  group: Name.optional(),
  openBeds: z.record(z.string().regex(/^\d{4}$/), NonNegativeDecimal.nullable()),
  approvedBeds: z.record(z.string().regex(/^\d{4}$/), NonNegativeDecimal.nullable()).optional(),
  newBuilt: NonNegativeDecimal.nullable().optional(),
  newOpened: NonNegativeDecimal.nullable().optional(),
  note: Text.optional(),
  source: SourceSchema,
})

/** An existing count (2020 beds, current nurses), or an input a rule needs (tonnes of blood). */
export const StockSchema = z.strictObject({
  id: Id,
  quantity: Quantity,
  value: NonNegativeDecimal,
  year: Year,
  rule: Id.optional(),
  label: Label.optional(),
  source: SourceSchema,
})

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
  base: BaseKind.optional(),
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
 *   physicians + nurses, since both are health-technical staff).
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
    numerator: Id,
    denominator: Id,
    note: Text.optional(),
    source: SourceSchema,
  }),
])

/** A reference to a norm set with rule overrides. */
export const NormRefSchema = z.strictObject({
  set: Id,
  year: Year.optional(),
  overrides: z
    .array(
      z.strictObject({
        rule: Id,
        value: NonNegativeDecimal.optional(),
        range: RangeSchema.optional(),
      }),
    )
    .max(PLAN_LIMITS.rules)
    .optional(),
})

/**
 * A whole plan file. The schema checks shapes only; `loadPlan` also checks references
 * and cycles, and freezes the result.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { PlanSchema } from 'bedstaff'
 *
 * const file = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * PlanSchema.safeParse(file).success // => true
 * PlanSchema.safeParse({ ...file, period: { start: 2021, end: 2025 } }).success // => false
 * ```
 */
export const PlanSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    id: Id,
    title: Label,
    jurisdiction: Label,
    period: z.strictObject({ start: Year, end: Year, baseYear: Year, targetYear: Year }),
    document: z.strictObject({
      file: Name,
      title: Name,
      issuer: Name.nullable(),
      date: Name.nullable(),
    }),
    bases: z.array(BaseSchema).max(PLAN_LIMITS.bases),
    norms: z.array(NormRefSchema).max(20).optional(),
    rules: z.array(RuleSchema).max(PLAN_LIMITS.rules),
    facilities: z.array(FacilitySchema).max(PLAN_LIMITS.facilities),
    stocks: z.array(StockSchema).max(PLAN_LIMITS.stocks),
    figures: z.array(FigureSchema).max(PLAN_LIMITS.figures),
    relations: z.array(RelationSchema).max(PLAN_LIMITS.figures).optional(),
  })
  .superRefine((p, ctx) => {
    for (const [list, name] of [
      [p.bases, 'bases'],
      [p.rules, 'rules'],
      [p.facilities, 'facilities'],
      [p.stocks, 'stocks'],
      [p.figures, 'figures'],
      [p.relations ?? [], 'relations'],
    ] as const) {
      const seen = new Set<string>()
      list.forEach((item, i) => {
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
  })

/** A validated plan, as the library sees it. */
export type Plan = z.infer<typeof PlanSchema>
/** A rule of a plan. */
export type Rule = z.infer<typeof RuleSchema>
/** A population base entry of a plan. */
export type BaseEntry = z.infer<typeof BaseSchema>
/** A facility of a plan. */
export type Facility = z.infer<typeof FacilitySchema>
/** A stock of a plan. */
export type StockEntry = z.infer<typeof StockSchema>
/** A stated figure of a plan. */
export type Figure = z.infer<typeof FigureSchema>
/** A relation between stated figures. */
export type Relation = z.infer<typeof RelationSchema>
/** Which facilities a rule covers. */
export type Scope = z.infer<typeof ScopeSchema>
