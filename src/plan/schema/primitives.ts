/**
 * The building blocks of the plan format: limits, the one number grammar, ids, texts, labels
 * and provenance. Numbers are decimal strings ("4.58", "2000000") so nothing is lost to floating
 * point; years and line numbers are JSON integers.
 */
import * as z from 'zod/mini'
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

/**
 * `schema` described for the JSON Schema: a copy registered with its description, as zod's
 * `.describe()` does, so that validation runs no extra check. @internal
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = z.clone(schema)
  z.globalRegistry.add(copy, { description })
  return copy
}

/** The core's own number check (`toDecimal`), as a zod check: same grammar, range and digits. */
function numberCheck(ctx: z.core.$RefinementCtx<string>, value: string) {
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
export const DecimalString = described(
  z.string().check(
    z.maxLength(64),
    z.superRefine((s, ctx) => {
      numberCheck(ctx, s)
    }),
  ),
  'A decimal number written as a string, e.g. "4.58"',
)

/** A decimal string that is 0 or more. */
export const NonNegativeDecimal = described(
  z.string().check(
    z.maxLength(64),
    z.superRefine((s, ctx) => {
      const d = numberCheck(ctx, s)
      if (d?.isNegative() && !d.isZero())
        ctx.addIssue({ code: 'custom', message: 'must not be negative' })
    }),
  ),
  'A decimal number of 0 or more, written as a string, e.g. "4.58"',
)

/** A decimal string above 0. */
export const PositiveDecimal = described(
  z.string().check(
    z.maxLength(64),
    z.superRefine((s, ctx) => {
      const d = numberCheck(ctx, s)
      if (d !== null && !d.gt(0))
        ctx.addIssue({ code: 'custom', message: 'must be greater than zero' })
    }),
  ),
  'A decimal number above 0, written as a string, e.g. "1000"',
)

/** A year from 1900 to 2200. */
export const Year = described(
  z.int().check(z.minimum(1900), z.maximum(2200)),
  'A calendar year, e.g. 2025',
)

/** An id: lower-case letters, digits, ".", "_" or "-", at most 80 characters. */
export const Id = described(
  z.string().check(
    z.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
      error: 'an id is lower-case letters, digits, ".", "_" or "-", at most 80 characters',
    }),
  ),
  'An identifier: lower-case letters, digits, ".", "_" or "-"',
)

/** Free text (notes, quotes). */
export const Text = z.string().check(z.minLength(1), z.maxLength(PLAN_LIMITS.text))
/** A short name. */
export const Name = z.string().check(z.minLength(1), z.maxLength(PLAN_LIMITS.name))

/** Where a figure comes from: document file, line, and the quoted text. */
export const SourceSchema = described(
  z.strictObject({
    document: described(Name, 'The document file name'),
    line: described(
      z.optional(z.int().check(z.minimum(1), z.maximum(10_000_000))),
      'The 1-based line in the document',
    ),
    quote: described(z.optional(Text), 'The text as the document prints it'),
    note: described(z.optional(Text), 'How the value was read from the document'),
  }),
  'Provenance: the document file name, its 1-based line, and the quoted text',
)

/** A label in Chinese, with an optional English one. */
export const Label = described(
  z.strictObject({
    zh: described(Name, 'The label in Chinese, as the document prints it'),
    en: described(z.optional(Name), 'The label in English'),
  }),
  'A bilingual label',
)

/** A range "5-6": both ends, min ≤ max. */
export const RangeSchema = described(
  z
    .strictObject({
      min: described(NonNegativeDecimal, 'The lower end'),
      max: described(NonNegativeDecimal, 'The upper end'),
    })
    .check(
      z.superRefine((r, ctx) => {
        try {
          if (toDecimal(r.min).gt(toDecimal(r.max))) {
            ctx.addIssue({
              code: 'custom',
              path: ['max'],
              message: 'a range runs upward: min ≤ max',
            })
          }
        } catch {
          // the ends' own checks report a malformed number
        }
      }),
    ),
  'A range such as "5-6": min ≤ max',
)
