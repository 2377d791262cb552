/**
 * The summaries of an evaluation for one year: each facility's requirements, totals by
 * hospital grade (the sum of per-facility counts beside the exact sum counted once), and beds
 * by table of the plan (表2, 表3, 表4). Sums are made from the decimals the evaluators made,
 * not from the strings the results show.
 */
import { Dec, decimalString } from '../decimal.js'
import { countOf } from '../rounding.js'
import { sumOfCounts } from './evaluators/facility-sum.js'
import type { RequirementDecimals } from './evaluators/outcome.js'
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

/** A running sum of counted values: the exact sum, and the counts (null once one is null). */
class Sum {
  exact: Dec | null = null
  counts: number[] | null = []

  add(exact: Dec | null, count: number | null): void {
    if (exact === null) return
    this.exact = this.exact === null ? exact : this.exact.plus(exact)
    if (this.counts !== null && count !== null) this.counts.push(count)
    else this.counts = null
  }

  /** The sum as a result shows it (the sum of counts rounded down, as a count), or null. */
  counted(): Counted | null {
    if (this.exact === null) return null
    const counts = this.counts
    return Object.freeze({
      exact: decimalString(this.exact),
      count: counts === null ? null : countOf(sumOfCounts(counts), 'floor'),
    })
  }
}

/** The decimals of a requirement: as the evaluator made them, else read back from its strings. */
function decimalsOf(
  q: Pick<Requirement, 'exact' | 'min' | 'max'>,
  dec: (t: string) => Dec,
  made: ReadonlyMap<object, RequirementDecimals> | undefined,
): RequirementDecimals {
  const own = made?.get(q)
  if (own) return own
  return {
    exact: q.exact === null ? null : dec(q.exact),
    min: q.min && dec(q.min.exact),
    max: q.max && dec(q.max.exact),
  }
}

const GRADE_LIST = Object.keys(GRADES) as Grade[]

/** Builds the summaries of `rules` for `year`. @internal */
export function summaries(
  plan: Plan,
  rules: readonly RuleResult[],
  year: number,
  dec: (text: string) => Dec,
  made?: ReadonlyMap<object, RequirementDecimals>,
): Summaries {
  // Each facility's requirements (and their decimals, alongside), in one pass over the rules.
  const byFacility = new Map<string, Requirement[]>()
  const decimalsBy = new Map<string, RequirementDecimals[]>()
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
      const d = decimalsOf(x, dec, made)
      const list = byFacility.get(x.facility)
      if (list) {
        list.push(req)
        decimalsBy.get(x.facility)?.push(d)
      } else {
        byFacility.set(x.facility, [req])
        decimalsBy.set(x.facility, [d])
      }
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
  const ruleOf = new Map<string, RuleResult>()
  for (const r of rules) ruleOf.set(r.rule, r)
  const members = new Map<Grade, number[]>()
  facilities.forEach((f, i) => {
    if (f.openBeds === null) return
    const list = members.get(f.grade)
    if (list) list.push(i)
    else members.set(f.grade, [i])
  })
  const grades: GradeTotal[] = []
  for (const grade of GRADE_LIST) {
    const list = members.get(grade)
    if (!list) continue
    const perRule = new Map<string, { own: Sum; min: Sum; max: Sum }>()
    let open = new Dec(0)
    for (const i of list) {
      open = open.plus(beds.decimals[i] as Dec)
      const f = facilities[i] as FacilityResult
      const ds = decimalsBy.get(f.facility)
      f.requirements.forEach((q, j) => {
        const d = ds?.[j] ?? decimalsOf(q, dec, made)
        let sums = perRule.get(q.rule)
        if (!sums) {
          sums = { own: new Sum(), min: new Sum(), max: new Sum() }
          perRule.set(q.rule, sums)
        }
        sums.own.add(d.exact, q.count)
        sums.min.add(d.min, q.min?.count ?? null)
        sums.max.add(d.max, q.max?.count ?? null)
      })
    }
    const requirements = [...perRule].map(([id, sums]) => {
      const own = sums.own.counted()
      const rule = ruleOf.get(id)
      return Object.freeze({
        rule: id,
        quantity: rule?.quantity ?? '',
        count: own?.count ?? null,
        aggregate:
          own === null || sums.own.exact === null
            ? null
            : Object.freeze({
                exact: own.exact,
                count: countOf(sums.own.exact, rule?.rounding ?? 'none'),
              }),
        min: sums.min.counted(),
        max: sums.max.counted(),
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
