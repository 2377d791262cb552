/**
 * The summaries of an evaluation for one year: each facility's requirements, totals by
 * hospital grade (the sum of per-facility counts beside the exact sum counted once), and beds
 * by table of the plan (表2, 表3, 表4). Sums are made from the decimals the evaluators made,
 * not from the strings the results show.
 */
import { Dec, decimalString } from '../decimal.js'
import { countOf, type Rounding } from '../rounding.js'
import { type RequirementDecimals, requirementDecimals } from './evaluators/facility-sum.js'
import { openBeds } from './evaluators/statics.js'
import type { Counted, FacilityResult, GradeTotal, RuleResult, TableTotal } from './result.js'
import { GRADES, type Grade, type Plan } from './schema.js'

type Requirement = FacilityResult['requirements'][number]

/** Summaries of rule results for one year. @internal */
export interface Summaries {
  readonly facilities: readonly FacilityResult[]
  readonly grades: readonly GradeTotal[]
  readonly tables: readonly TableTotal[]
}

/** An exact value and its count, as decimals. */
type Part = readonly [exact: Dec, count: Dec | null]

/** A sum of counted values: the exact sum, and the sum of the counts (null if any is null). */
function sumParts(parts: readonly (Part | null)[]): { counted: Counted; exact: Dec } | null {
  let exact: Dec | null = null
  let count: Dec | null = new Dec(0)
  for (const p of parts) {
    if (p === null) continue
    exact = exact === null ? p[0] : exact.plus(p[0])
    count = count === null || p[1] === null ? null : count.plus(p[1])
  }
  if (exact === null) return null
  const counted = Object.freeze({
    exact: decimalString(exact),
    count: count === null ? null : countOf(count, 'floor'),
  })
  return { counted, exact }
}

/** The decimals of a requirement, read back from its strings only if it was not made here. */
function decimalsOf(
  q: Pick<Requirement, 'exact' | 'count' | 'min' | 'max'>,
  dec: (t: string) => Dec,
): RequirementDecimals {
  const own = requirementDecimals(q)
  if (own) return own
  const count = (c: number | null) => (c === null ? null : new Dec(c))
  return {
    exact: q.exact === null ? null : dec(q.exact),
    count: count(q.count),
    min: q.min && dec(q.min.exact),
    minCount: count(q.min?.count ?? null),
    max: q.max && dec(q.max.exact),
    maxCount: count(q.max?.count ?? null),
  }
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
  const decimals = new Map<Requirement, RequirementDecimals>()
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
      decimals.set(req, decimalsOf(x, dec))
      const list = byFacility.get(x.facility)
      if (list) list.push(req)
      else byFacility.set(x.facility, [req])
    }
  }
  const beds = openBeds(plan.facilities, year, dec)
  const facilities: FacilityResult[] = plan.facilities.map((f, i) =>
    Object.freeze({
      facility: f.id,
      name: f.name,
      table: f.table ?? null,
      category: f.category,
      grade: f.grade,
      gradePrinted: f.gradePrinted,
      openBeds: beds.texts[i] ?? null,
      requirements: Object.freeze(byFacility.get(f.id) ?? []),
    }),
  )
  const rounding = new Map<string, Rounding>()
  const quantity = new Map<string, string>()
  for (const r of rules) {
    rounding.set(r.rule, r.rounding)
    quantity.set(r.rule, r.quantity)
  }
  const members = new Map<Grade, number[]>()
  facilities.forEach((f, i) => {
    if (f.openBeds === null) return
    const list = members.get(f.grade)
    if (list) list.push(i)
    else members.set(f.grade, [i])
  })
  const grades: GradeTotal[] = []
  for (const grade of Object.keys(GRADES) as Grade[]) {
    const list = members.get(grade)
    if (!list) continue
    const perRule = new Map<string, RequirementDecimals[]>()
    let open = new Dec(0)
    for (const i of list) {
      open = open.plus(beds.decimals[i] as Dec)
      for (const q of (facilities[i] as FacilityResult).requirements) {
        const d = decimals.get(q) ?? decimalsOf(q, dec)
        const all = perRule.get(q.rule)
        if (all) all.push(d)
        else perRule.set(q.rule, [d])
      }
    }
    const requirements = [...perRule].map(([id, reqs]) => {
      const own = sumParts(reqs.map((q) => (q.exact === null ? null : [q.exact, q.count])))
      const sum = (which: 'min' | 'max') =>
        sumParts(
          reqs.map((q) => {
            const e = which === 'min' ? q.min : q.max
            return e === null ? null : [e, which === 'min' ? q.minCount : q.maxCount]
          }),
        )?.counted ?? null
      return Object.freeze({
        rule: id,
        quantity: quantity.get(id) ?? '',
        count: own?.counted.count ?? null,
        aggregate:
          own === null
            ? null
            : Object.freeze({
                exact: own.counted.exact,
                count: countOf(own.exact, rounding.get(id) ?? 'none'),
              }),
        min: sum('min'),
        max: sum('max'),
      })
    })
    grades.push(
      Object.freeze({
        grade,
        gradeZh: GRADES[grade],
        facilities: list.length,
        openBeds: decimalString(open),
        requirements: Object.freeze(requirements),
      }),
    )
  }
  const tables: TableTotal[] = []
  const byTable = new Map<string, { count: number; beds: Dec }>()
  plan.facilities.forEach((f, i) => {
    if (!f.table) return
    const t = byTable.get(f.table) ?? { count: 0, beds: new Dec(0) }
    const b = beds.decimals[i]
    byTable.set(f.table, { count: t.count + 1, beds: b ? t.beds.plus(b) : t.beds })
  })
  for (const [table, t] of byTable) {
    tables.push(Object.freeze({ table, facilities: t.count, openBeds: decimalString(t.beds) }))
  }
  return {
    facilities: Object.freeze(facilities),
    grades: Object.freeze(grades),
    tables: Object.freeze(tables),
  }
}
