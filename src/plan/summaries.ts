/**
 * The summaries of an evaluation for one year: each facility's requirements, totals by
 * hospital grade (the sum of per-facility counts beside the exact sum counted once), and beds
 * by table of the plan (表2, 表3, 表4).
 */
import { type Dec, decimalString } from '../decimal.js'
import { sumOf } from '../kernel/arithmetic.js'
import { countOf } from '../rounding.js'
import { bedsIn } from './facilities.js'
import type { Counted, FacilityResult, GradeTotal, RuleResult, TableTotal } from './result.js'
import { GRADES, type Grade, type Plan } from './schema.js'

type Requirement = FacilityResult['requirements'][number]

/** Summaries of rule results for one year. @internal */
export interface Summaries {
  readonly facilities: readonly FacilityResult[]
  readonly grades: readonly GradeTotal[]
  readonly tables: readonly TableTotal[]
}

/** A sum of counted values: the exact sum, and the sum of the counts (null if any is null). */
function sumCounted(items: readonly (Counted | null)[], dec: (t: string) => Dec): Counted | null {
  const present = items.filter((c): c is Counted => c !== null)
  if (present.length === 0) return null
  const counts = present.map((c) => c.count)
  const allCounted = counts.every((c) => c !== null)
  return Object.freeze({
    exact: decimalString(sumOf(present.map((c) => dec(c.exact)))),
    count: allCounted ? countOf(sumOf(counts.map((c) => dec(String(c)))), 'floor') : null,
  })
}

/** Builds the summaries of `rules` for `year`. @internal */
export function summaries(
  plan: Plan,
  rules: readonly RuleResult[],
  year: number,
  dec: (text: string) => Dec,
): Summaries {
  // Each facility's requirements, gathered in one pass over the rules.
  const byFacility = new Map<string, Requirement[]>()
  for (const r of rules) {
    if (r.year !== year || !r.facilities) continue
    for (const x of r.facilities) {
      const req: Requirement = Object.freeze({
        rule: r.rule,
        quantity: r.quantity,
        exact: x.exact,
        count: x.count,
        min: x.min,
        max: x.max,
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
  const ruleOf = new Map(rules.map((r) => [r.rule, r]))
  const grades: GradeTotal[] = []
  for (const grade of Object.keys(GRADES) as Grade[]) {
    const members = facilities.filter((f) => f.grade === grade && f.openBeds !== null)
    if (members.length === 0) continue
    const perRule = new Map<string, Requirement[]>()
    for (const f of members) {
      for (const q of f.requirements) perRule.set(q.rule, [...(perRule.get(q.rule) ?? []), q])
    }
    const requirements = [...perRule].map(([id, reqs]) => {
      const rule = ruleOf.get(id)
      const own = sumCounted(
        reqs.map((q) => (q.exact === null ? null : { exact: q.exact, count: q.count })),
        dec,
      )
      const aggregate =
        own === null
          ? null
          : Object.freeze({
              exact: own.exact,
              count: countOf(dec(own.exact), rule?.rounding ?? 'none'),
            })
      return Object.freeze({
        rule: id,
        quantity: rule?.quantity ?? '',
        count: own?.count ?? null,
        aggregate,
        min: sumCounted(
          reqs.map((q) => q.min),
          dec,
        ),
        max: sumCounted(
          reqs.map((q) => q.max),
          dec,
        ),
      })
    })
    grades.push(
      Object.freeze({
        grade,
        gradeZh: GRADES[grade],
        facilities: members.length,
        openBeds: decimalString(sumOf(members.map((f) => dec(f.openBeds ?? '0')))),
        requirements: Object.freeze(requirements),
      }),
    )
  }
  const tableNames = [...new Set(plan.facilities.flatMap((f) => (f.table ? [f.table] : [])))]
  const tables: TableTotal[] = tableNames.map((t) => {
    const members = facilities.filter((f) => f.table === t)
    const beds = sumOf(members.map((f) => dec(f.openBeds ?? '0')))
    return Object.freeze({ table: t, facilities: members.length, openBeds: decimalString(beds) })
  })
  return {
    facilities: Object.freeze(facilities),
    grades: Object.freeze(grades),
    tables: Object.freeze(tables),
  }
}
