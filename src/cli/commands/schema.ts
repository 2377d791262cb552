/**
 * `bedstaff schema`: the JSON Schema of plan files.
 */
import { planJsonSchema } from '../../plan/json-schema.js'
import { stableJson } from '../../report/json.js'
import type { CommandResult } from './result.js'

/** Prints the plan JSON Schema. */
export function schemaCommand(): CommandResult {
  return { text: stableJson(planJsonSchema()), code: 0 }
}
