/**
 * The parts of the hand-written decimal.js baseline (baseline-decimal.ts): a rule over
 * facilities, a rule's result with its stock and gap, the stated levels, and the summaries.
 */
import Decimal from 'decimal.js'

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 50,
})
export type N = InstanceType<typeof D>
// biome-ignore lint/suspicious/noExplicitAny: a hand-written baseline reads the plan JSON as it is
export type J = any
const MODE: Partial<Record<string, Decimal.Rounding>> = {
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
}
const GRADES: [string, string][] = [
  ['III-A', '三级甲等'],
  ['III-B', '三级乙等'],
  ['III', '三级'],
  ['II-A', '二级甲等'],
  ['II-B', '二级乙等'],
  ['II', '二级'],
  ['I-A', '一级甲等'],
  ['I-B', '一级乙等'],
  ['I', '一级'],
  ['managed-as-III', '参照三级医院管理'],
  ['ungraded', '无等级'],
]
export const str = (d: N) => (d.isZero() ? '0' : d.toFixed())
export const count = (d: N, r: string) =>
  r === 'none' ? null : d.toDecimalPlaces(0, MODE[r] ?? Decimal.ROUND_HALF_UP).toNumber()
export const counted = (d: N | null, r: string) =>
  d === null ? null : { exact: str(d), count: count(d, r) }
export const inScope = (f: J, s: J) =>
  (!s.grades || s.grades.includes(f.grade)) &&
  (!s.categories || s.categories.includes(f.category)) &&
  (!s.facilities || s.facilities.includes(f.id))

export function facilities(
  plan: J,
  n: (s: string | number) => N,
  r: J,
  o: J,
  v: N | null,
  through: (a: N, x: N | null) => N | null,
) {
  const list: J[] = []
  const noData: string[] = []
  let beds = new D(0)
  let exact = new D(0)
  let sum = new D(0)
  let mins = new D(0)
  let maxs = new D(0)
  for (const f of plan.facilities) {
    if (!inScope(f, r.from.scope)) continue
    const table = r.from.beds === 'open' ? f.openBeds : f.approvedBeds
    if (table && table[String(r.year)] === null) continue
    const b = table?.[String(r.year)]
    if (b === undefined) {
      noData.push(f.id)
      continue
    }
    const bd = n(b)
    beds = beds.plus(bd)
    const e = through(bd, v)
    const own = counted(e, r.rounding)
    if (e) exact = exact.plus(e)
    if (own?.count != null) sum = sum.plus(own.count)
    const mn = r.range ? through(bd, n(r.range.min)) : null
    const mx = r.range ? through(bd, n(r.range.max)) : null
    if (mn && mx) {
      mins = mins.plus(mn)
      maxs = maxs.plus(mx)
    }
    list.push({
      facility: f.id,
      name: f.name,
      grade: f.grade,
      from: str(bd),
      band: null,
      exact: own?.exact ?? null,
      count: own?.count ?? null,
      min: counted(mn, r.rounding),
      max: counted(mx, r.rounding),
    })
  }
  o.facilities = list
  o.from = { kind: 'facilities', id: null, quantity: 'beds', value: str(beds) }
  if (noData.length > 0) {
    o.status = 'input-missing'
    o.missing = `${r.from.beds} beds for ${r.year} of ${noData.join(', ')}`
    return
  }
  o.exact = r.range ? null : exact
  o.count = o.exact === null || r.rounding === 'none' ? null : sum.toNumber()
  o.aggregate = o.exact
  if (r.range) {
    o.min = mins
    o.max = maxs
  }
}

export function finish(plan: J, n: (s: string | number) => N, r: J, o: J): J {
  const ok = o.status === 'ok'
  const exact: N | null = ok ? o.exact : null
  const c = exact === null ? null : o.count !== undefined ? o.count : count(exact, r.rounding)
  let stock: J = null
  for (const s of plan.stocks)
    if (s.rule === r.id && s.year <= r.year && (!stock || s.year > stock.year)) stock = s
  const required = c !== null ? String(c) : exact !== null ? str(exact) : null
  let gap = null
  if (stock && required !== null && r.quantity === stock.quantity) {
    const d = n(stock.value).minus(n(required))
    const meets =
      r.comparator === 'ge'
        ? d.gte(0)
        : r.comparator === 'le'
          ? d.lte(0)
          : r.comparator === 'gt'
            ? d.gt(0)
            : r.comparator === 'lt'
              ? d.lt(0)
              : d.isZero()
    const status = meets
      ? 'meets'
      : ['ge', 'gt'].includes(r.comparator) || (!['le', 'lt'].includes(r.comparator) && d.lt(0))
        ? 'short'
        : 'over'
    gap = {
      type: 'gap',
      quantity: stock.quantity,
      comparator: r.comparator,
      required: str(n(required)),
      stock: str(n(stock.value)),
      difference: str(d),
      status,
      by: meets ? '0' : str(d.abs()),
    }
  }
  return {
    rule: r.id,
    label: { zh: r.label.zh, en: r.label.en ?? null },
    type: r.type,
    quantity: r.quantity,
    comparator: r.comparator,
    nature: r.nature ?? null,
    rounding: r.rounding,
    year: r.year,
    aspirational: r.aspirational ?? false,
    status: o.status,
    missing: ok ? null : o.missing,
    value: r.range ? `${r.range.min}-${r.range.max}` : (r.value ?? ''),
    exact: exact && str(exact),
    count: c,
    min: ok ? counted(o.min, r.rounding) : null,
    max: ok ? counted(o.max, r.rounding) : null,
    binding: ok ? o.binding : null,
    aggregate: ok ? counted(o.aggregate, r.rounding) : null,
    base: o.base,
    from: o.from,
    facilities: o.facilities,
    stock: stock ? { id: stock.id, value: stock.value, year: stock.year } : null,
    gap,
    trajectory: ok ? o.trajectory : null,
    source: r.source,
  }
}
export function level(l: J) {
  return {
    rule: l.id,
    label: { zh: l.label.zh, en: l.label.en ?? null },
    type: 'level',
    quantity: l.quantity,
    unit: l.unit,
    comparator: l.comparator,
    nature: l.nature ?? null,
    year: l.year,
    aspirational: l.aspirational ?? false,
    value: l.range ? `${l.range.min}-${l.range.max}` : (l.value ?? ''),
    source: l.source,
  }
}

/** Facilities, grades and tables, summed from the decimals as they are made. */
export function summaries(plan: J, rules: J[], year: number, n: (s: string | number) => N) {
  const byFacility = new Map<string, J[]>()
  for (const r of rules) {
    if (r.year !== year || !r.facilities) continue
    for (const x of r.facilities) {
      const req = {
        rule: r.rule,
        quantity: r.quantity,
        exact: x.exact,
        count: x.count,
        min: x.min,
        max: x.max,
      }
      const list = byFacility.get(x.facility)
      if (list) list.push(req)
      else byFacility.set(x.facility, [req])
    }
  }
  const facilities = plan.facilities.map((f: J) => {
    const b = f.openBeds[String(year)]
    return {
      facility: f.id,
      name: f.name,
      table: f.table ?? null,
      category: f.category,
      grade: f.grade,
      gradePrinted: f.gradePrinted,
      openBeds: b == null ? null : str(n(b)),
      requirements: byFacility.get(f.id) ?? [],
    }
  })
  const rounding = new Map<string, string>(rules.map((r) => [r.rule, r.rounding]))
  const sum = (items: J[]) => {
    const present = items.filter((c) => c !== null)
    if (present.length === 0) return null
    let exact = new D(0)
    let total = new D(0)
    let all = true
    for (const c of present) {
      exact = exact.plus(n(c.exact))
      if (c.count === null) all = false
      else total = total.plus(c.count)
    }
    return { exact: str(exact), count: all ? total.toNumber() : null, sum: exact }
  }
  const grades = []
  for (const [grade, gradeZh] of GRADES) {
    const members = facilities.filter((f: J) => f.grade === grade && f.openBeds !== null)
    if (members.length === 0) continue
    const perRule = new Map<string, J[]>()
    for (const f of members)
      for (const q of f.requirements) perRule.set(q.rule, [...(perRule.get(q.rule) ?? []), q])
    const requirements = [...perRule].map(([id, reqs]) => {
      const own = sum(reqs.map((q) => (q.exact === null ? null : q)))
      const mn = sum(reqs.map((q) => q.min))
      const mx = sum(reqs.map((q) => q.max))
      return {
        rule: id,
        quantity: reqs[0].quantity,
        count: own?.count ?? null,
        aggregate: own && { exact: own.exact, count: count(own.sum, rounding.get(id) ?? 'none') },
        min: mn && { exact: mn.exact, count: mn.count },
        max: mx && { exact: mx.exact, count: mx.count },
      }
    })
    let beds = new D(0)
    for (const f of members) beds = beds.plus(n(f.openBeds))
    grades.push({ grade, gradeZh, facilities: members.length, openBeds: str(beds), requirements })
  }
  const names = [...new Set<string>(plan.facilities.flatMap((f: J) => (f.table ? [f.table] : [])))]
  const tables = names.map((t) => {
    const members = facilities.filter((f: J) => f.table === t)
    let beds = new D(0)
    for (const f of members) beds = beds.plus(n(f.openBeds ?? '0'))
    return { table: t, facilities: members.length, openBeds: str(beds) }
  })
  return { facilities, grades, tables }
}
