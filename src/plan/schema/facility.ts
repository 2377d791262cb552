/**
 * Facilities, grades and categories, and the scopes that pick facilities for a rule.
 */
import * as z from 'zod'
import { Id, Name, NonNegativeDecimal, PLAN_LIMITS, SourceSchema, Text } from './primitives.js'

/**
 * Hospital grades, with the Chinese the documents print.
 *
 * @example
 * ```ts
 * import { GRADES } from 'bedstaff/plan'
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
export const GradeSchema = z
  .enum(Object.keys(GRADES) as [Grade, ...Grade[]])
  .describe('A hospital grade: III-A 三级甲等, III-B 三级乙等, II 二级, …')

/**
 * Kinds of facility, for scoping rules ("三级甲等综合医院" is grade III-A and `general`).
 *
 * @example
 * ```ts
 * import { FACILITY_CATEGORIES } from 'bedstaff/plan'
 *
 * FACILITY_CATEGORIES // => ["general","tcm","integrated","specialist","mch","psychiatric","rehabilitation","primary","public-health","other"]
 * ```
 */
export const FACILITY_CATEGORIES = Object.freeze([
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
] as const)
export const CategorySchema = z
  .enum(FACILITY_CATEGORIES)
  .describe('A kind of facility: general 综合, tcm 中医, specialist 专科, primary 基层, …')

/** Which facilities a rule applies to. Every listed condition must hold. */
export const ScopeSchema = z
  .strictObject({
    grades: z.array(GradeSchema).min(1).max(20).optional().describe('Facilities of these grades'),
    categories: z
      .array(CategorySchema)
      .min(1)
      .max(20)
      .optional()
      .describe('Facilities of these categories'),
    facilities: z
      .array(Id)
      .min(1)
      .max(PLAN_LIMITS.facilities)
      .optional()
      .describe('These facilities, by id'),
  })
  .describe('Which facilities: every condition given must hold')

const BedsByYear = z
  .record(z.string().regex(/^\d{4}$/), NonNegativeDecimal.nullable())
  .describe('Beds by year ("2025": "1000"); null where the table prints "-" or leaves it blank')

/** A facility of the plan's tables. `openBeds` maps a year to its open beds. */
export const FacilitySchema = z
  .strictObject({
    id: Id,
    name: Name.describe('The facility name, as printed'),
    table: Name.optional().describe('The table of the document that lists it (表2)'),
    category: CategorySchema,
    grade: GradeSchema,
    gradePrinted: Name.describe('The grade as the document prints it'),
    owner: z
      .enum(['public', 'private'])
      .nullable()
      .describe('Public or private; null if not stated'),
    group: Name.optional().describe('A group it belongs to (a 医共体)'),
    openBeds: BedsByYear.describe('Actually open beds (实际开放床位) by year'),
    approvedBeds: BedsByYear.optional().describe('Approved beds (编制床位) by year'),
    newBuilt: NonNegativeDecimal.nullable().optional().describe('Beds newly built in the period'),
    newOpened: NonNegativeDecimal.nullable().optional().describe('Beds newly opened in the period'),
    note: Text.optional().describe('A note on how the row was read'),
    source: SourceSchema,
  })
  .describe('A facility of the plan’s tables, with its beds by year')

/** A facility of a plan. */
/** Which facilities a rule covers. */
export type { BedsByYear, Facility, FacilityCategory, Scope } from '../types/facility-types.js'
