/**
 * Evaluating a whole plan into requirement tables: per rule, per facility, per grade and per
 * bed table.
 */
import { z } from 'zod'
import { Dec, decimalReader, decimalString } from '../decimal.js'
import { countOf } from '../rounding.js'
import { resolveBases } from './bases.js'
import { builtInNormSets } from './built-in-norms.js'
import { evaluateRule, type RuleContext } from './evaluate-rule.js'
import { bedsIn } from './facilities.js'
import { loadPlan, ruleDependencies, throwSchemaError } from './load.js'
import { type NormSet, planRules } from './norm-set.js'
import type { Evaluation, FacilityResult, GradeTotal, RuleResult, TableTotal } from './result.js'
import { type BaseEntry, BaseSchema, GRADES, type Grade, type Rule } from './schema.js'

/** Options of {@link evaluatePlan}. */
export interface EvaluateOptions {
  /** The year of the facility, grade and table summaries; default: the plan's target year. */
  readonly year?: number
  /** Bases to add, or to replace plan bases of the same id (e.g. a registered population). */
  readonly bases?: readonly BaseEntry[]
  /** Norm sets the plan may reference (the built-in ones are always available). */
  readonly norms?: readonly NormSet[]
}

const ExtraBases = z.array(BaseSchema).max(500)

/**
 * Evaluates a plan: every rule's exact value and count with the base it used, stock and gap;
 * every facility's requirements by grade; totals by grade and by bed table. A rule whose base
 * or input is missing says so in its result; it never falls back to another base.
 *
 * @throws BedstaffError from {@link loadPlan} for an invalid plan, `invalid-plan` for invalid
 *   extra bases, `unknown-norm-set`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const ev = evaluatePlan(plan)
 * ev.rules.find((r) => r.rule === 'beds-per-1000')?.count // => 9160
 * ev.rules.find((r) => r.rule === 'negative-pressure-ambulances')?.count // => 40
 * ev.tables[0] // => {"table":"表2","facilities":17,"openBeds":"6005"}
 * ```
 */
export function evaluatePlan(input: unknown, options: EvaluateOptions = {}): Evaluation {
  const plan = loadPlan(input)
  let extra: readonly BaseEntry[] = []
  if (options.bases !== undefined) {
    const parsed = ExtraBases.safeParse(options.bases)
    if (!parsed.success) throwSchemaError(parsed.error, ['options', 'bases'])
    extra = parsed.data
  }
  const year = options.year ?? plan.period.targetYear
  const bases = resolveBases(plan, extra)
  const sets = plan.norms?.length ? [...(options.norms ?? []), ...builtInNormSets()] : []
  const rules = planRules(plan, sets)
  const byId = new Map(rules.map((r) => [r.id, r]))
  const results = new Map<string, RuleResult>()
  const ctx: RuleContext = { dec: decimalReader(), plan, bases, results }
  const run = (rule: Rule): RuleResult => {
    const done = results.get(rule.id)
    if (done) return done
    for (const dep of ruleDependencies(rule)) {
      const d = byId.get(dep)
      if (d) run(d)
    }
    const r = evaluateRule(rule, ctx)
    results.set(rule.id, r)
    return r
  }
  const ruleResults = rules.map(run)
  return Object.freeze({
    plan: plan.id,
    year,
    rules: Object.freeze(ruleResults),
    ...summaries(plan, ruleResults, year, ctx.dec ?? decimalReader()),
  })
}

function summaries(
  plan: ReturnType<typeof loadPlan>,
  rules: readonly RuleResult[],
  year: number,
  dec: (text: string | number) => Dec,
): {
  facilities: readonly FacilityResult[]
  grades: readonly GradeTotal[]
  tables: readonly TableTotal[]
} {
  // Each facility's requirements, gathered in one pass over the rules.
  type Requirement = FacilityResult['requirements'][number]
  const byFacility = new Map<string, Requirement[]>()
  for (const r of rules) {
    if (r.year !== year || !r.facilities) continue
    for (const x of r.facilities) {
      const req = Object.freeze({
        rule: r.rule,
        quantity: r.quantity,
        exact: x.exact,
        count: x.count,
      })
      const list = byFacility.get(x.facility)
      if (list) list.push(req)
      else byFacility.set(x.facility, [req])
    }
  }
  const facilities: FacilityResult[] = plan.facilities.map((f) => {
    const beds = bedsIn(f, 'open', year, dec)
    return Object.freeze({
      facility: f.id,
      name: f.name,
      table: f.table ?? null,
      category: f.category,
      grade: f.grade,
      gradePrinted: f.gradePrinted,
      openBeds: beds === null || beds === undefined ? null : decimalString(beds),
      requirements: Object.freeze(byFacility.get(f.id) ?? []),
    })
  })
  const roundingOf = new Map(rules.map((r) => [r.rule, r]))
  const grades: GradeTotal[] = []
  for (const grade of Object.keys(GRADES) as Grade[]) {
    const members = facilities.filter((f) => f.grade === grade && f.openBeds !== null)
    if (members.length === 0) continue
    const openBeds = members.reduce((a, f) => a.plus(dec(f.openBeds ?? '0')), new Dec(0))
    // Per rule: the sum of the facilities' own counts, and the sum of their exact values.
    const perRule = new Map<string, { exact: Dec; count: Dec | null }>()
    for (const f of members) {
      for (const q of f.requirements) {
        const acc = perRule.get(q.rule) ?? { exact: new Dec(0), count: new Dec(0) }
        acc.exact = acc.exact.plus(dec(q.exact))
        acc.count = acc.count === null || q.count === null ? null : acc.count.plus(q.count)
        perRule.set(q.rule, acc)
      }
    }
    const requirements = [...perRule].map(([id, acc]) => {
      const rule = roundingOf.get(id)
      return Object.freeze({
        rule: id,
        quantity: rule?.quantity ?? '',
        count: acc.count === null ? null : countOf(acc.count, 'floor'),
        aggregate: Object.freeze({
          exact: decimalString(acc.exact),
          count: countOf(acc.exact, rule?.rounding ?? 'none'),
        }),
      })
    })
    grades.push(
      Object.freeze({
        grade,
        gradeZh: GRADES[grade],
        facilities: members.length,
        openBeds: decimalString(openBeds),
        requirements: Object.freeze(requirements),
      }),
    )
  }
  const tables: TableTotal[] = []
  for (const t of [
    ...new Set(plan.facilities.map((f) => f.table).filter((x): x is string => !!x)),
  ]) {
    const members = facilities.filter((f) => f.table === t)
    const beds = members.reduce((a, f) => a.plus(dec(f.openBeds ?? '0')), new Dec(0))
    tables.push(
      Object.freeze({ table: t, facilities: members.length, openBeds: decimalString(beds) }),
    )
  }
  return {
    facilities: Object.freeze(facilities),
    grades: Object.freeze(grades),
    tables: Object.freeze(tables),
  }
}
