/**
 * The types of facilities and of the scopes that pick facilities for a rule.
 */
import type { Source } from '../../provenance.js'
import type { FACILITY_CATEGORIES, Grade } from '../vocabulary.js'

/** A kind of facility: `general` 综合, `tcm` 中医, `specialist` 专科, `primary` 基层, … */
export type FacilityCategory = (typeof FACILITY_CATEGORIES)[number]

/** Which facilities a rule applies to. Every condition given must hold. */
export interface Scope {
  /** Facilities of these grades. */
  grades?: Grade[] | undefined
  /** Facilities of these categories. */
  categories?: FacilityCategory[] | undefined
  /** These facilities, by id. */
  facilities?: string[] | undefined
}

/**
 * Beds by year (`{ "2025": "1000" }`): decimal strings, `null` where the table prints "-" or
 * leaves the cell blank.
 */
export type BedsByYear = Record<string, string | null>

/** A facility of the plan's tables, with its beds by year. */
export interface Facility {
  /** Its id: lower-case letters, digits, ".", "_" or "-". */
  id: string
  /** The facility name, as printed. */
  name: string
  /** The table of the document that lists it (表2). */
  table?: string | undefined
  /** The kind of facility. */
  category: FacilityCategory
  /** Its hospital grade. */
  grade: Grade
  /** The grade as the document prints it (三级甲等). */
  gradePrinted: string
  /** Public or private; `null` if not stated. */
  owner: 'public' | 'private' | null
  /** A group it belongs to (a 医共体). */
  group?: string | undefined
  /** Actually open beds (实际开放床位) by year. */
  openBeds: BedsByYear
  /** Approved beds (编制床位) by year. */
  approvedBeds?: BedsByYear | undefined
  /** Beds newly built in the plan period. */
  newBuilt?: string | null | undefined
  /** Beds newly opened in the plan period. */
  newOpened?: string | null | undefined
  /** A note on how the row was read. */
  note?: string | undefined
  /** Where the row is printed. */
  source: Source
}
