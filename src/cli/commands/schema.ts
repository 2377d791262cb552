/**
 * `bedstaff schema [plan|scenario|norm-set]`: the JSON Schema of plan files (the default),
 * scenario files or norm-set files.
 */
import { normSetJsonSchema, planJsonSchema } from '../../plan/json-schema.js'
import { stableJson } from '../../report/json.js'
import { scenarioJsonSchema } from '../../scenario/json-schema.js'
import type { Parsed } from '../args.js'
import { badArgument } from '../failure.js'
import type { CommandResult } from './result.js'

/** The kinds of file whose JSON Schema the command prints, and where each comes from. */
const SCHEMAS = {
  plan: planJsonSchema,
  scenario: scenarioJsonSchema,
  'norm-set': normSetJsonSchema,
} as const

/** Prints the JSON Schema of one kind of file: `plan` when none is named. */
export function schemaCommand(p: Pick<Parsed, 'positionals'>): CommandResult {
  const [kind = 'plan'] = p.positionals
  if (!Object.hasOwn(SCHEMAS, kind)) {
    return badArgument(
      `schema prints plan, scenario or norm-set, got "${kind}"`,
      `schema 只能输出 plan、scenario 或 norm-set，收到「${kind}」`,
    )
  }
  return { text: stableJson(SCHEMAS[kind as keyof typeof SCHEMAS]()), code: 0 }
}
