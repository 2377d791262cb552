/**
 * Two baselines for the benchmark, written by hand over the plan JSON without the library:
 * the same arithmetic in decimal.js (the floor for exact arithmetic), and in plain floats (for
 * reference only: floats get some answers wrong). Each returns rule id → count. The decimal one
 * also does the rest of the library's arithmetic (per-facility counts and their grade and table
 * sums, gaps against stocks, trajectories) but builds no result objects, keeps no provenance
 * and validates nothing.
 */
import Decimal from 'decimal.js'

const D = Decimal.clone({ precision: 40 })
type AnyRule = Record<string, unknown> & {
  id: string
  type: string
  rounding: string
  year: number
}
type Plan = {
  period: { targetYear: number }
  stocks: { value: string; rule?: string }[]
  bases: {
    id: string
    kind: string
    value?: string
    year?: number
    from?: string
    multiplier?: string
  }[]
  rules: AnyRule[]
  facilities: {
    grade: string
    category: string
    id: string
    table?: string
    openBeds: Record<string, string | null>
  }[]
}

const inScope = (
  f: Plan['facilities'][number],
  s: { grades?: string[]; categories?: string[]; facilities?: string[] },
) =>
  (!s.grades || s.grades.includes(f.grade)) &&
  (!s.categories || s.categories.includes(f.category)) &&
  (!s.facilities || s.facilities.includes(f.id))

/** The decimal.js floor: same rules, same rounding, no validation, no provenance, no result objects. */
export function handWrittenDecimal(plan: Plan): Map<string, number | null> {
  const pops = new Map<string, InstanceType<typeof D>>()
  const pop = (id: string): InstanceType<typeof D> | undefined => {
    const b = plan.bases.find((x) => x.id === id)
    if (!b) return undefined
    if (b.value) return new D(b.value)
    const from = b.from ? pop(b.from) : undefined
    return from?.times(b.multiplier ?? '1')
  }
  for (const b of plan.bases) {
    const p = pop(b.id)
    if (p) pops.set(b.id, p)
  }
  const round = (d: InstanceType<typeof D>, r: string) =>
    r === 'ceil'
      ? d.ceil()
      : r === 'floor'
        ? d.floor()
        : r === 'none'
          ? d
          : d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
  const out = new Map<string, number | null>()
  const gradeNeeds = new Map<string, InstanceType<typeof D>>()
  const run = (r: AnyRule): number | null => {
    if (out.has(r.id)) return out.get(r.id) ?? null
    let count: number | null = null
    if (r.type === 'per-capita' && typeof r.value === 'string') {
      const b = r.baseId
        ? plan.bases.find((x) => x.id === r.baseId)
        : plan.bases.find((x) => x.kind === r.base && x.year === r.year && !x.from)
      const p = b ? pops.get(b.id) : undefined
      if (p) count = round(new D(r.value).times(p).div(r.per as string), r.rounding).toNumber()
    } else if ((r.type === 'ratio' || r.type === 'share') && r.from && typeof r.from === 'object') {
      const from = r.from as { rule?: string; facilities?: Record<string, string[]>; beds?: string }
      const v =
        r.type === 'share' ? new D(r.percent as string).div(100) : new D((r.value as string) ?? '0')
      const per = new D((r.per as string) ?? '1')
      if (from.rule) {
        const dep = plan.rules.find((x) => x.id === from.rule)
        const amount = dep ? run(dep) : null
        if (amount !== null) {
          let c = round(new D(amount).times(v).div(per), r.rounding)
          if (r.floor) c = Decimal.max(c, r.floor as string) as InstanceType<typeof D>
          count = c.toNumber()
        }
      } else if (from.facilities && from.beds === 'open' && typeof r.value === 'string') {
        let sum = new D(0)
        for (const f of plan.facilities) {
          const beds = f.openBeds[String(r.year)]
          if (!inScope(f, from.facilities) || !beds) continue
          const exact = new D(beds).times(v).div(per)
          const c = round(exact, r.rounding)
          sum = sum.plus(c)
          // per grade: the exact sum and the sum of per-facility counts
          const k = `${f.grade}|${r.id}`
          gradeNeeds.set(k, (gradeNeeds.get(k) ?? new D(0)).plus(exact))
          gradeNeeds.set(`${k}|count`, (gradeNeeds.get(`${k}|count`) ?? new D(0)).plus(c))
        }
        count = sum.toNumber()
      }
    } else if (r.type === 'per-facility') {
      // a count per facility in scope: institutions present that year × the value (or range)
      const scope = r.scope as Record<string, string[]>
      let n = 0
      for (const f of plan.facilities)
        if (inScope(f, scope) && f.openBeds[String(r.year)] !== null) n++
      const range = r.range as { min: string; max: string } | undefined
      if (range) {
        round(new D(n).times(range.min), r.rounding)
        round(new D(n).times(range.max), r.rounding)
      } else if (typeof r.value === 'string')
        count = round(new D(n).times(r.value), r.rounding).toNumber()
    }
    if (r.type === 'per-capita' && r.range) {
      const range = r.range as { min: string; max: string }
      const b = plan.bases.find((x) => x.kind === r.base && x.year === r.year && !x.from)
      const p = b ? pops.get(b.id) : undefined
      if (p) {
        round(new D(range.min).times(p).div(r.per as string), r.rounding)
        round(new D(range.max).times(p).div(r.per as string), r.rounding)
      }
    }
    out.set(r.id, count)
    return count
  }
  for (const r of plan.rules) run(r)
  // The rest of the arithmetic: grade and table sums of open beds and of per-facility needs,
  // gaps against stocks, and trajectory points.
  const year = String(plan.period.targetYear)
  const grades = new Map<string, InstanceType<typeof D>>()
  const tables = new Map<string, InstanceType<typeof D>>()
  for (const f of plan.facilities) {
    const beds = f.openBeds[year]
    if (!beds) continue
    grades.set(f.grade, (grades.get(f.grade) ?? new D(0)).plus(beds))
    if (f.table) tables.set(f.table, (tables.get(f.table) ?? new D(0)).plus(beds))
  }
  for (const s of plan.stocks) {
    const c = s.rule ? out.get(s.rule) : null
    if (c !== null && c !== undefined) new D(s.value).minus(c).abs()
  }
  for (const r of plan.rules) {
    const t = r.trajectory as { fromYear: number; fromValue: string } | undefined
    if (!t || typeof r.value !== 'string') continue
    const step = new D(r.value).minus(t.fromValue).div(r.year - t.fromYear)
    for (let y = t.fromYear + 1; y <= r.year; y++)
      new D(t.fromValue).plus(step.times(y - t.fromYear)).toFixed()
  }
  return out
}

/** The same in plain floats: shown for reference only. */
export function plainFloats(plan: Plan): Map<string, number | null> {
  const pop = (id: string): number | undefined => {
    const b = plan.bases.find((x) => x.id === id)
    if (!b) return undefined
    if (b.value) return Number(b.value)
    const from = b.from ? pop(b.from) : undefined
    return from === undefined ? undefined : from * Number(b.multiplier ?? '1')
  }
  const round = (d: number, r: string) =>
    r === 'ceil' ? Math.ceil(d) : r === 'floor' ? Math.floor(d) : Math.round(d)
  const out = new Map<string, number | null>()
  const run = (r: AnyRule): number | null => {
    if (out.has(r.id)) return out.get(r.id) ?? null
    let count: number | null = null
    if (r.type === 'per-capita' && typeof r.value === 'string') {
      const b = r.baseId
        ? plan.bases.find((x) => x.id === r.baseId)
        : plan.bases.find((x) => x.kind === r.base && x.year === r.year && !x.from)
      const p = b ? pop(b.id) : undefined
      if (p !== undefined) count = round((Number(r.value) * p) / Number(r.per), r.rounding)
    } else if ((r.type === 'ratio' || r.type === 'share') && r.from && typeof r.from === 'object') {
      const from = r.from as { rule?: string; facilities?: Record<string, string[]>; beds?: string }
      const v = r.type === 'share' ? Number(r.percent) / 100 : Number(r.value ?? 0)
      const per = Number(r.per ?? 1)
      if (from.rule) {
        const dep = plan.rules.find((x) => x.id === from.rule)
        const amount = dep ? run(dep) : null
        if (amount !== null)
          count = Math.max(round((amount * v) / per, r.rounding), Number(r.floor ?? 0))
      } else if (from.facilities && from.beds === 'open' && typeof r.value === 'string') {
        let sum = 0
        for (const f of plan.facilities) {
          const beds = f.openBeds[String(r.year)]
          if (inScope(f, from.facilities) && beds)
            sum += round((Number(beds) * v) / per, r.rounding)
        }
        count = sum
      }
    }
    out.set(r.id, count)
    return count
  }
  for (const r of plan.rules) run(r)
  return out
}
