/**
 * Loading a plan: guard the raw input, validate it against the schema, check that every
 * reference resolves and that rules do not refer to each other in a cycle, then freeze it.
 * The caller's object is never mutated.
 */
import { fail, type Path } from '../errors.js'
import { failBaseMismatch } from '../population/base.js'
import { isBuiltInShareRule } from './built-in-norms.js'
import { guardInput } from './guard.js'
import { migratePlan } from './migrate.js'
import { type Plan, PlanSchema, type Relation, type Rule, type Scope } from './schema.js'
import { deepFreeze, ENGLISH, throwSchemaError } from './schema-error.js'

const loaded = new WeakSet<object>()

/** The ids of rules a rule takes its amount from. @internal */
export function ruleDependencies(rule: Rule): string[] {
  if ((rule.type === 'ratio' || rule.type === 'share') && rule.from.kind === 'rule')
    return [rule.from.id]
  return []
}

/** The figure ids a relation names, with their paths inside it. @internal */
export function relationRefs(rel: Relation): [string, Path][] {
  const many = (ids: readonly string[], key: string) =>
    ids.map((id, j): [string, Path] => [id, [key, j]])
  switch (rel.type) {
    case 'sum':
      return [[rel.total, ['total']], ...many(rel.parts, 'parts')]
    case 'difference':
      return [
        [rel.target, ['target']],
        [rel.from, ['from']],
        [rel.increment, ['increment']],
      ]
    case 'share-of':
      return [
        [rel.share, ['share']],
        [rel.part, ['part']],
        [rel.total, ['total']],
      ]
    case 'growth':
      return [
        [rel.growth, ['growth']],
        [rel.from, ['from']],
        [rel.to, ['to']],
      ]
    case 'average-of':
      return [[rel.average, ['average']], ...many(rel.parts, 'parts')]
    case 'includes':
      return [[rel.ratio, ['ratio']], [rel.times, ['times']], ...many(rel.parts, 'parts')]
    case 'ratio-of': {
      const side = (x: string | readonly string[], key: string): [string, Path][] =>
        typeof x === 'string' ? [[x, [key]]] : many(x, key)
      return [
        [rel.ratio, ['ratio']],
        ...side(rel.numerator, 'numerator'),
        ...side(rel.denominator, 'denominator'),
      ]
    }
    case 'increment-target':
      return [
        [rel.rate, ['rate']],
        [rel.stock, ['stock']],
        [rel.increment, ['increment']],
      ]
  }
}

function checkReferences(plan: Plan): void {
  const baseIds = new Map(plan.bases.map((b, i) => [b.id, i]))
  const ruleIds = new Map(plan.rules.map((r, i) => [r.id, i]))
  const stockIds = new Set(plan.stocks.map((s) => s.id))
  const facilityIds = new Set(plan.facilities.map((f) => f.id))
  const missing = (id: string, what: string, whatZh: string, path: Path): never =>
    fail('unknown-reference', path, { id, what, whatZh })

  plan.bases.forEach((b, i) => {
    if (b.from !== undefined && !baseIds.has(b.from))
      missing(b.from, 'base', '人口基数', ['bases', i, 'from'])
  })
  // A base made from another base may not loop back to itself.
  plan.bases.forEach((b, i) => {
    const seen = new Set([b.id])
    let cur = b
    while (cur.from !== undefined) {
      if (seen.has(cur.from))
        fail('reference-cycle', ['bases', i, 'from'], { cycle: [...seen, cur.from].join(' → ') })
      seen.add(cur.from)
      const next = plan.bases[baseIds.get(cur.from) ?? -1]
      if (next === undefined) break
      cur = next
    }
  })
  const allRules = new Set([...ruleIds.keys(), ...plan.levels.map((l) => l.id)])
  const checkScope = (scope: Scope | undefined, path: Path) => {
    scope?.facilities?.forEach((f, j) => {
      if (!facilityIds.has(f)) missing(f, 'facility', '机构', [...path, 'facilities', j])
    })
  }
  plan.rules.forEach((r, i) => {
    if (r.type === 'per-capita' && r.baseId !== undefined) {
      const b = plan.bases[baseIds.get(r.baseId) ?? -1]
      if (b === undefined) missing(r.baseId, 'base', '人口基数', ['rules', i, 'baseId'])
      else if (b.kind !== r.base) {
        failBaseMismatch(r.base, b.kind, ['rules', i, 'baseId'])
      }
    }
    if (r.type === 'per-facility' || r.type === 'banded-ratio') {
      checkScope(r.scope, ['rules', i, 'scope'])
    }
    if (r.type === 'ratio' || r.type === 'share') {
      const from = r.from
      if (from.kind === 'rule') {
        const dep = plan.rules[ruleIds.get(from.id) ?? -1]
        if (dep === undefined) missing(from.id, 'rule', '规则', ['rules', i, 'from', 'id'])
        else if (dep.quantity !== r.fromQuantity) {
          fail('kind-mismatch-reference', ['rules', i, 'fromQuantity'], {
            id: r.id,
            ref: dep.id,
            expected: r.fromQuantity,
            received: dep.quantity,
          })
        }
      }
      if (from.kind === 'stock' && !stockIds.has(from.id)) {
        missing(from.id, 'stock', '存量', ['rules', i, 'from', 'id'])
      }
      if (from.kind === 'facilities') checkScope(from.scope, ['rules', i, 'from', 'scope'])
    }
  })
  plan.levels.forEach((l, i) => {
    checkScope(l.scope, ['levels', i, 'scope'])
  })
  plan.stocks.forEach((s, i) => {
    if (s.rule !== undefined && !allRules.has(s.rule))
      missing(s.rule, 'rule', '规则', ['stocks', i, 'rule'])
  })
  plan.figures.forEach((f, i) => {
    if (f.rule !== undefined && !allRules.has(f.rule))
      missing(f.rule, 'rule', '规则', ['figures', i, 'rule'])
    f.facilities?.forEach((id, j) => {
      if (!facilityIds.has(id)) missing(id, 'facility', '机构', ['figures', i, 'facilities', j])
    })
  })
  const figureIds = new Set(plan.figures.map((f) => f.id))
  plan.relations?.forEach((rel, i) => {
    const refs = relationRefs(rel)
    for (const [id, sub] of refs) {
      if (!figureIds.has(id)) missing(id, 'figure', '数据', ['relations', i, ...sub])
    }
  })
  // Rules may take amounts from other rules, but never in a cycle.
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return
    const idx = ruleIds.get(id)
    if (state.get(id) === 'visiting') {
      fail('reference-cycle', ['rules', idx ?? 0, 'from'], { cycle: [...trail, id].join(' → ') })
    }
    state.set(id, 'visiting')
    const rule = plan.rules[idx ?? -1]
    if (rule) for (const dep of ruleDependencies(rule)) visit(dep, [...trail, id])
    state.set(id, 'done')
  }
  for (const r of plan.rules) visit(r.id, [])
}

/**
 * Validates a plan (parsed JSON or YAML) and returns a frozen copy. The input is not mutated.
 * A plan in format version 1 (no `version` field) is migrated to version 2 first, with the
 * same results (see the README's plan section).
 *
 * @throws BedstaffError `invalid-plan` (with the path of the first bad field), `forbidden-key`,
 *   `input-too-deep`, `unknown-reference`, `reference-cycle`, `base-mismatch`,
 *   `kind-mismatch-reference`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { loadPlan } from 'bedstaff/plan'
 *
 * const plan = loadPlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * plan.period // => {"start":2021,"end":2025,"baseYear":2020,"targetYear":2025}
 * Object.isFrozen(plan.rules) // => true
 * loadPlan({ ...plan, rules: [{ ...plan.rules[0], baseId: 'nowhere' }] }) // throws unknown-reference
 * loadPlan(JSON.parse('{"__proto__": {}}')) // throws forbidden-key
 * ```
 */
export function loadPlan(input: unknown): Plan {
  if (input !== null && typeof input === 'object' && loaded.has(input)) return input as Plan
  guardInput(input)
  const parsed = PlanSchema.safeParse(migratePlan(input, isBuiltInShareRule), ENGLISH)
  if (!parsed.success) throwSchemaError(parsed.error)
  const plan = parsed.data
  checkReferences(plan)
  deepFreeze(plan)
  loaded.add(plan)
  return plan
}
