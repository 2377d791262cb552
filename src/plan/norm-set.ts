/**
 * Norm sets: national and classic norms as reusable rule sets that a plan references by id and
 * may override rule by rule.
 */
import * as z from 'zod/mini'
import { fail } from '../errors.js'
import { guardInput } from './guard.js'
import { migrateRule } from './migrate.js'
import {
  described,
  Id,
  Name,
  PLAN_LIMITS,
  type Plan,
  type Rule,
  RuleSchema,
  SourceSchema,
  Text,
} from './schema.js'
import { deepFreeze, ENGLISH, throwSchemaError } from './schema-error.js'
import { withLevel } from './with-level.js'

/**
 * A norm set file (fixtures/norms/*.json). Internal: `loadNormSet` validates with it, and
 * `normSetJsonSchema()` publishes it as JSON Schema. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { loadNormSet } from 'bedstaff/plan'
 *
 * const file = JSON.parse(readFileSync('fixtures/norms/bianzhi-1978.json', 'utf8'))
 * loadNormSet(file).id // => "bianzhi-1978"
 * loadNormSet({ ...file, id: 'Bianzhi 1978' }) // throws invalid-plan
 * ```
 */
export const NormSetSchema = described(
  z.strictObject({
    $schema: described(
      z.optional(z.string().check(z.maxLength(500))),
      'The JSON Schema this file follows',
    ),
    id: described(Id, 'The norm set id that plans reference, e.g. gangyao-2015-2020'),
    title: described(
      z.strictObject({
        zh: described(Name, 'The title in Chinese'),
        en: described(Name, 'The title in English'),
      }),
      'The norm set title',
    ),
    source: SourceSchema,
    caveat: described(z.nullable(Text), 'What to check before relying on it; null if nothing'),
    rules: described(
      z.array(RuleSchema).check(z.minLength(1), z.maxLength(PLAN_LIMITS.rules)),
      'Its rules',
    ),
  }),
  'A set of national or classic norms that plans are held against',
)

/** A validated norm set. */
import type { NormSet } from './types/plan-types.js'

export type { NormSet }

/**
 * Validates a norm set and returns a frozen copy.
 *
 * @throws BedstaffError `invalid-plan`, `forbidden-key`, `input-too-deep`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { loadNormSet } from 'bedstaff/plan'
 *
 * const set = loadNormSet(JSON.parse(readFileSync('fixtures/norms/ambulance-standards.json', 'utf8')))
 * set.rules.map((r) => r.id) // => ["ambulances-per-50000-1994","ambulances-per-30000-2020","negative-pressure-share-2020"]
 * loadNormSet({ id: 'empty', rules: [] }) // throws invalid-plan
 * ```
 */
export function loadNormSet(input: unknown): NormSet {
  guardInput(input)
  const parsed = NormSetSchema.safeParse(migrateNormSet(input), ENGLISH)
  if (!parsed.success) throwSchemaError(parsed.error)
  return deepFreeze(parsed.data)
}

/** A norm set whose rules are in plan format version 1 gets them migrated (see `loadPlan`). */
function migrateNormSet(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input
  const rules = (input as { rules?: unknown }).rules
  return Array.isArray(rules) ? { ...input, rules: rules.map(migrateRule) } : input
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
      const at = ref.overrides?.findIndex((x) => x.rule === r.id) ?? -1
      const o = at < 0 ? undefined : ref.overrides?.[at]
      let rule: Rule = { ...r, id, ...(ref.year !== undefined ? { year: ref.year } : {}) }
      if ((rule.type === 'ratio' || rule.type === 'share') && rule.from.kind === 'rule') {
        rule = { ...rule, from: { kind: 'rule', id: `${set.id}.${rule.from.id}` } }
      }
      const level = o?.value !== undefined ? o.value : o?.range
      if (level !== undefined) {
        rule = withLevel(rule, level, ['norms', i, 'overrides', at])
      }
      out.push(rule)
    }
  }
  return out
}
