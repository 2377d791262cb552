/**
 * The JSON Schema of plan files, generated from the same zod schema that validates them.
 */
import { z } from 'zod'
import { PlanSchema } from './schema.js'

/**
 * The JSON Schema (draft 2020-12) of a plan file, for editors and other languages' validators.
 *
 * @example
 * ```ts
 * import { planJsonSchema } from 'bedstaff'
 *
 * const schema = planJsonSchema()
 * schema.$schema // => "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(schema.properties as object).slice(1, 4) // => ["version","id","title"]
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
}
