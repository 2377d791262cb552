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
 * planJsonSchema().properties.rules.type // 'array'
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >
}
