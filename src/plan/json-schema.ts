/**
 * The JSON Schemas of plan and norm-set files, generated from the same zod schemas that
 * validate them. zod itself stays internal: these schemas are the published shapes.
 */
import * as z from 'zod/mini'
import { NormSetSchema } from './norm-set.js'
import { PlanSchema } from './schema.js'

/** A JSON Schema document (draft 2020-12), as plain JSON data. */
export type JsonSchema = { readonly [key: string]: unknown }

/** The JSON Schema of a zod schema, as its input is written in a file. @internal */
export function jsonSchemaOf(schema: z.ZodMiniType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

/**
 * The JSON Schema (draft 2020-12) of a plan file, for editors and other languages' validators.
 * Every property has a description.
 *
 * @example
 * ```ts
 * import { planJsonSchema } from 'bedstaff/plan'
 *
 * const schema = planJsonSchema()
 * schema.$schema // => "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(schema.properties as object).slice(1, 4) // => ["version","id","title"]
 * ```
 */
export function planJsonSchema(): JsonSchema {
  return jsonSchemaOf(PlanSchema)
}

/**
 * The JSON Schema (draft 2020-12) of a norm-set file (fixtures/norms/*.json).
 *
 * @example
 * ```ts
 * import { normSetJsonSchema } from 'bedstaff/plan'
 *
 * const schema = normSetJsonSchema()
 * schema.required // => ["id","title","source","caveat","rules"]
 * ```
 */
export function normSetJsonSchema(): JsonSchema {
  return jsonSchemaOf(NormSetSchema)
}
