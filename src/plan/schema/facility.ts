/**
 * Facilities, grades and categories, and the scopes that pick facilities for a rule.
 */
import * as z from 'zod/mini'
import { FACILITY_CATEGORIES, GRADES, type Grade } from '../vocabulary.js'
import {
  described,
  Id,
  Name,
  NonNegativeDecimal,
  PLAN_LIMITS,
  SourceSchema,
  Text,
} from './primitives.js'

export { FACILITY_CATEGORIES, GRADES, type Grade } from '../vocabulary.js'

export const GradeSchema = described(
  z.enum(Object.keys(GRADES) as [Grade, ...Grade[]]),
  'A hospital grade: III-A 三级甲等, III-B 三级乙等, II 二级, …',
)

export const CategorySchema = described(
  z.enum(FACILITY_CATEGORIES),
  'A kind of facility: general 综合, tcm 中医, specialist 专科, primary 基层, …',
)

/** Which facilities a rule applies to. Every listed condition must hold. */
export const ScopeSchema = described(
  z.strictObject({
    grades: described(
      z.optional(z.array(GradeSchema).check(z.minLength(1), z.maxLength(20))),
      'Facilities of these grades',
    ),
    categories: described(
      z.optional(z.array(CategorySchema).check(z.minLength(1), z.maxLength(20))),
      'Facilities of these categories',
    ),
    facilities: described(
      z.optional(z.array(Id).check(z.minLength(1), z.maxLength(PLAN_LIMITS.facilities))),
      'These facilities, by id',
    ),
  }),
  'Which facilities: every condition given must hold',
)

const BedsByYear = described(
  z.record(z.string().check(z.regex(/^\d{4}$/)), z.nullable(NonNegativeDecimal)),
  'Beds by year ("2025": "1000"); null where the table prints "-" or leaves it blank',
)

/** A facility of the plan's tables. `openBeds` maps a year to its open beds. */
export const FacilitySchema = described(
  z.strictObject({
    id: Id,
    name: described(Name, 'The facility name, as printed'),
    table: described(z.optional(Name), 'The table of the document that lists it (表2)'),
    category: CategorySchema,
    grade: GradeSchema,
    gradePrinted: described(Name, 'The grade as the document prints it'),
    owner: described(
      z.nullable(z.enum(['public', 'private'])),
      'Public or private; null if not stated',
    ),
    group: described(z.optional(Name), 'A group it belongs to (a 医共体)'),
    openBeds: described(BedsByYear, 'Actually open beds (实际开放床位) by year'),
    approvedBeds: described(z.optional(BedsByYear), 'Approved beds (编制床位) by year'),
    newBuilt: described(
      z.optional(z.nullable(NonNegativeDecimal)),
      'Beds newly built in the period',
    ),
    newOpened: described(
      z.optional(z.nullable(NonNegativeDecimal)),
      'Beds newly opened in the period',
    ),
    note: described(z.optional(Text), 'A note on how the row was read'),
    source: SourceSchema,
  }),
  'A facility of the plan’s tables, with its beds by year',
)

/** A facility of a plan. */
/** Which facilities a rule covers. */
export type { BedsByYear, Facility, FacilityCategory, Scope } from '../types/facility-types.js'
