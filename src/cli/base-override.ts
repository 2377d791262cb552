/**
 * `--base ID=VALUE`: replaces the value of a plan base for one run, as an extra base entry for
 * `evaluatePlan`. It copies the plan's entry and sets the new value; no arithmetic.
 */
import type { BaseEntry, Plan } from '../plan/schema.js'
import { BaseSchema } from '../plan/schema.js'
import { keyValue } from './args.js'
import { badArgument } from './failure.js'

function yearOf(plan: Plan, entry: BaseEntry): number | undefined {
  let cur: BaseEntry | undefined = entry
  const seen = new Set<string>()
  while (cur !== undefined && !seen.has(cur.id)) {
    if (cur.year !== undefined) return cur.year
    seen.add(cur.id)
    const from: string | undefined = cur.from
    cur = from === undefined ? undefined : plan.bases.find((b) => b.id === from)
  }
  return undefined
}

/**
 * The base entries that `--base ID=VALUE` options give: each is the plan's base `ID` with the
 * new value, vintage `estimate`, and a source saying it came from the command line. A base
 * computed `from` another becomes a direct value.
 *
 * @throws CliFailure `invalid-argument` for an unknown id or a value the plan schema refuses
 */
export function baseOverrides(plan: Plan, specs: readonly string[]): BaseEntry[] {
  return specs.map((spec) => {
    const [id, value] = keyValue('base', spec)
    const entry = plan.bases.find((b) => b.id === id)
    if (entry === undefined) {
      const ids = plan.bases.map((b) => b.id).join(', ')
      return badArgument(
        `--base ${spec}: the plan has no base "${id}" (its bases: ${ids})`,
        `--base ${spec}：规划中没有人口基数「${id}」（现有：${ids}）`,
      )
    }
    const { from: _from, multiplier: _multiplier, ...rest } = entry
    const candidate = {
      ...rest,
      value,
      year: yearOf(plan, entry),
      vintage: 'estimate',
      source: { document: 'command line', note: `--base ${id}=${value}` },
    }
    const parsed = BaseSchema.safeParse(candidate)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue?.path.join('.') ?? ''
      const problem = `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid'}`
      return badArgument(`--base ${spec}: ${problem}`, `--base ${spec}：${problem}`)
    }
    return parsed.data
  })
}
