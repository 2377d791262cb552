/**
 * Norm sets: national and classic norms as reusable rule sets that a plan references by id and
 * may override rule by rule.
 */
import { z } from 'zod'
import { fail } from '../errors.js'
import { guardInput } from './guard.js'
import { deepFreeze, throwSchemaError } from './load.js'
import { PLAN_LIMITS, type Plan, type Rule, RuleSchema, SourceSchema } from './schema.js'

/**
 * A norm set file (fixtures/norms/*.json).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { NormSetSchema } from 'bedstaff'
 *
 * const file = JSON.parse(readFileSync('fixtures/norms/bianzhi-1978.json', 'utf8'))
 * NormSetSchema.safeParse(file).success // => true
 * NormSetSchema.safeParse({ ...file, id: 'Bianzhi 1978' }).success // => false
 * ```
 */
export const NormSetSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/),
  title: z.strictObject({ zh: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
  source: SourceSchema,
  caveat: z.string().max(4000).nullable(),
  rules: z.array(RuleSchema).min(1).max(PLAN_LIMITS.rules),
})

/** A validated norm set. */
export type NormSet = z.infer<typeof NormSetSchema>

/**
 * Validates a norm set and returns a frozen copy.
 *
 * @throws BedstaffError `invalid-plan`, `forbidden-key`, `input-too-deep`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { loadNormSet } from 'bedstaff'
 *
 * const set = loadNormSet(JSON.parse(readFileSync('fixtures/norms/ambulance-standards.json', 'utf8')))
 * set.rules.map((r) => r.id) // => ["ambulances-per-50000-1994","ambulances-per-30000-2020","negative-pressure-share-2020"]
 * loadNormSet({ id: 'empty', rules: [] }) // throws invalid-plan
 * ```
 */
export function loadNormSet(input: unknown): NormSet {
  guardInput(input)
  const parsed = NormSetSchema.safeParse(input)
  if (!parsed.success) throwSchemaError(parsed.error)
  return deepFreeze(parsed.data)
}

/**
 * The rules a plan evaluates: its own, plus those of every norm set it references, named
 * `<set>.<rule>` and with the plan's overrides applied. A plan rule with the same full id
 * replaces the norm's rule.
 *
 * A plan referencing `gangyao-2015-2020` gets, besides its own, rules such as
 * `gangyao-2015-2020.beds-per-1000`.
 *
 * @throws BedstaffError `unknown-norm-set`, `unknown-reference`
 */
export function planRules(plan: Plan, sets: readonly NormSet[]): readonly Rule[] {
  const own = new Set(plan.rules.map((r) => r.id))
  const out: Rule[] = [...plan.rules]
  for (const [i, ref] of (plan.norms ?? []).entries()) {
    const set = sets.find((s) => s.id === ref.set)
    if (!set) return fail('unknown-norm-set', ['norms', i, 'set'], { id: ref.set })
    const ids = new Set(set.rules.map((r) => r.id))
    ref.overrides?.forEach((o, j) => {
      if (!ids.has(o.rule)) {
        fail('unknown-reference', ['norms', i, 'overrides', j, 'rule'], {
          id: o.rule,
          what: 'rule',
          whatZh: '规则',
        })
      }
    })
    for (const r of set.rules) {
      const id = `${set.id}.${r.id}`
      if (own.has(id)) continue
      const o = ref.overrides?.find((x) => x.rule === r.id)
      let rule = { ...r, id, ...(ref.year !== undefined ? { year: ref.year } : {}) } as Rule
      if ((rule.type === 'ratio' || rule.type === 'share') && 'rule' in rule.from) {
        rule = { ...rule, from: { rule: `${set.id}.${rule.from.rule}` } }
      }
      if (o && rule.type === 'share' && o.value !== undefined) rule = { ...rule, percent: o.value }
      else if (o && rule.type !== 'banded-ratio') {
        if (o.value !== undefined) rule = { ...rule, value: o.value, range: undefined } as Rule
        if (o.range !== undefined) rule = { ...rule, range: o.range, value: undefined } as Rule
      }
      out.push(stripUndefined(rule))
    }
  }
  return out
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
