/**
 * The JSON Schema of scenario files, generated from the zod schema that validates them.
 */
import { type JsonSchema, jsonSchemaOf } from '../plan/json-schema.js'
import { ScenarioSchema } from './schema.js'

/**
 * The JSON Schema (draft 2020-12) of a scenario file: a plan's overrides of populations, rule
 * values and rounding. Every property has a description.
 *
 * @example
 * ```ts
 * import { scenarioJsonSchema } from 'bedstaff/scenario'
 *
 * const schema = scenarioJsonSchema()
 * Object.keys(schema.properties as object) // => ["id","label","populations","rules","rounding","allowImplausible"]
 * schema.additionalProperties // => false
 * ```
 */
export function scenarioJsonSchema(): JsonSchema {
  return jsonSchemaOf(ScenarioSchema)
}
