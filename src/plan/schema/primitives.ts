/**
 * The building blocks of the plan format: limits, the one number grammar, ids, texts, labels
 * and provenance. Numbers are decimal strings ("4.58", "2000000") so nothing is lost to floating
 * point; years and line numbers are JSON integers.
 */
import * as z from 'zod'
import { toDecimal } from '../../decimal.js'
import { BedstaffError } from '../../errors.js'

/**
 * Limits that keep a hostile or broken plan from exhausting memory.
 *
 * @example
 * ```ts
 * import { PLAN_LIMITS } from 'bedstaff/plan'
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

/** The core's own number check (`toDecimal`), as a zod check: same grammar, range and digits. */
function numberCheck(ctx: z.RefinementCtx, value: string) {
  try {
    return toDecimal(value)
  } catch (e) {
    ctx.addIssue({
      code: 'custom',
      message: e instanceof BedstaffError ? e.message : 'not a decimal number',
    })
    return null
  }
}

/**
 * A decimal number written as a string: "4.58", "2000000", "-421". The grammar, range
 * ([1e-15, 1e15] or 0) and digit limit are those of `toDecimal`.
 */
export const DecimalString = z
  .string()
  .max(64)
  .superRefine((s, ctx) => {
    numberCheck(ctx, s)
  })
  .describe('A decimal number written as a string, e.g. "4.58"')

/** A decimal string that is 0 or more. */
export const NonNegativeDecimal = z
  .string()
  .max(64)
  .superRefine((s, ctx) => {
    const d = numberCheck(ctx, s)
    if (d?.isNegative() && !d.isZero())
      ctx.addIssue({ code: 'custom', message: 'must not be negative' })
  })
  .describe('A decimal number of 0 or more, written as a string, e.g. "4.58"')

/** A decimal string above 0. */
export const PositiveDecimal = z
  .string()
  .max(64)
  .superRefine((s, ctx) => {
    const d = numberCheck(ctx, s)
    if (d !== null && !d.gt(0))
      ctx.addIssue({ code: 'custom', message: 'must be greater than zero' })
  })
  .describe('A decimal number above 0, written as a string, e.g. "1000"')

/** A year from 1900 to 2200. */
export const Year = z.int().min(1900).max(2200).describe('A calendar year, e.g. 2025')

/** An id: lower-case letters, digits, ".", "_" or "-", at most 80 characters. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    error: 'an id is lower-case letters, digits, ".", "_" or "-", at most 80 characters',
  })
  .describe('An identifier: lower-case letters, digits, ".", "_" or "-"')

/** Free text (notes, quotes). */
export const Text = z.string().min(1).max(PLAN_LIMITS.text)
/** A short name. */
export const Name = z.string().min(1).max(PLAN_LIMITS.name)

/** Where a figure comes from: document file, line, and the quoted text. */
export const SourceSchema = z
  .strictObject({
    document: Name.describe('The document file name'),
    line: z.int().min(1).max(10_000_000).optional().describe('The 1-based line in the document'),
    quote: Text.optional().describe('The text as the document prints it'),
    note: Text.optional().describe('How the value was read from the document'),
  })
  .describe('Provenance: the document file name, its 1-based line, and the quoted text')

/** A label in Chinese, with an optional English one. */
export const Label = z
  .strictObject({
    zh: Name.describe('The label in Chinese, as the document prints it'),
    en: Name.optional().describe('The label in English'),
  })
  .describe('A bilingual label')

/** A range "5-6": both ends, min ≤ max. */
export const RangeSchema = z
  .strictObject({
    min: NonNegativeDecimal.describe('The lower end'),
    max: NonNegativeDecimal.describe('The upper end'),
  })
  .superRefine((r, ctx) => {
    try {
      if (toDecimal(r.min).gt(toDecimal(r.max))) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'a range runs upward: min ≤ max' })
      }
    } catch {
      // the ends' own checks report a malformed number
    }
  })
  .describe('A range such as "5-6": min ≤ max')
