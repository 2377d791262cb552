/**
 * The fair baseline of the benchmark: a plan evaluated by hand with decimal.js, without the
 * library. It parses each number of the plan once (cached on the plan, as the library caches
 * its reader), and builds the same evaluation `evaluatePlan` returns (every rule with its
 * base, amount, facilities, stock, gap and trajectory; the stated levels; each facility's
 * requirements; totals by grade and by table), as plain objects: the bench checks that the two
 * are deeply equal. It validates nothing, freezes nothing and names no error. Version-2 plans
 * without norm sets or size bands (Cixi 2021–2025).
 */
import {
  count,
  D,
  facilities,
  finish,
  inScope,
  type J,
  level,
  type N,
  str,
  summaries,
} from './baseline-parts.js'

const parsed = new WeakMap<object, Map<string | number, N>>()

/** Evaluates a plan's rules and summaries by hand; the same shape as `evaluatePlan`. */
export function handWrittenDecimal(plan: J) {
  let memo = parsed.get(plan)
  if (!memo) {
    memo = new Map()
    parsed.set(plan, memo)
  }
  const numbers = memo
  const n = (s: string | number): N => {
    let d = numbers.get(s)
    if (!d) {
      d = new D(s)
      numbers.set(s, d)
    }
    return d
  }
  const year = plan.period.targetYear
  // Bases: the plan's own, and those made from them.
  const bases = new Map<string, J>()
  const base = (b: J): J => {
    const done = bases.get(b.id)
    if (done) return done
    let out: J
    if (b.from) {
      const from = base(plan.bases.find((x: J) => x.id === b.from))
      const derivedFrom = {
        fromKind: from.kind,
        fromValue: from.value,
        factor: str(n(b.multiplier)),
      }
      out = {
        id: b.id,
        kind: b.kind,
        value: str(n(from.value).times(n(b.multiplier))),
        year: b.year ?? from.year,
        vintage: b.vintage ?? from.vintage,
        ages: null,
        derivedFrom,
      }
    } else
      out = {
        id: b.id,
        kind: b.kind,
        value: str(n(b.value)),
        year: b.year,
        vintage: b.vintage,
        ages: null,
        derivedFrom: null,
      }
    bases.set(b.id, out)
    return out
  }
  for (const b of plan.bases) base(b)
  const choose = (kind: string, y: number, id?: string) => {
    if (id !== undefined) {
      const b = bases.get(id)
      return b && b.kind === kind ? b : `base "${id}" (${kind})`
    }
    const found = [...bases.values()].filter(
      (b) => b.kind === kind && b.year === y && !b.derivedFrom,
    )
    if (found.length === 1) return found[0]
    return found.length > 1 ? found : `${kind} population for ${y}`
  }
  const results = new Map<string, J>()
  const ruleOf = new Map<string, J>(plan.rules.map((r: J) => [r.id, r]))
  const run = (r: J): J => {
    const done = results.get(r.id)
    if (done) return done
    const o: J = {
      status: 'ok',
      missing: null,
      exact: null,
      count: undefined,
      min: null,
      max: null,
      binding: null,
      aggregate: null,
      base: null,
      from: null,
      facilities: null,
      trajectory: null,
    }
    const per = r.per === undefined ? null : n(r.per)
    const v =
      r.type === 'share'
        ? r.value.endsWith('%')
          ? n(r.value.slice(0, -1)).div(100)
          : n(r.value)
        : r.value === undefined
          ? null
          : n(r.value)
    const through = (a: N, x: N | null) =>
      x === null ? null : per === null ? a.times(x) : a.times(x).div(per)
    const range = (a: N) => {
      if (!r.range) return
      o.min = through(a, n(r.range.min))
      o.max = through(a, n(r.range.max))
    }
    if (r.type === 'per-capita') {
      const b = choose(r.base, r.year, r.baseId)
      if (typeof b === 'string' || Array.isArray(b)) {
        o.status = typeof b === 'string' ? 'base-missing' : 'base-ambiguous'
        o.missing =
          typeof b === 'string'
            ? b
            : `one ${r.base} base for ${r.year}, found ${b.map((x: J) => x.id).join(', ')}`
      } else {
        o.base = b
        o.exact = through(n(b.value), v)
        range(n(b.value))
        const t = r.trajectory
        if (t && r.value !== undefined) {
          const a = n(t.fromValue)
          o.trajectory = []
          for (let y = t.fromYear + 1; y <= r.year; y++) {
            const pv =
              y === r.year
                ? v
                : a.plus(
                    n(r.value)
                      .minus(a)
                      .times(y - t.fromYear)
                      .div(r.year - t.fromYear),
                  )
            const yb = y === b.year ? b : choose(r.base, y)
            const e = typeof yb === 'string' || Array.isArray(yb) ? null : through(n(yb.value), pv)
            o.trajectory.push({
              year: y,
              value: str(pv as N),
              exact: e && str(e),
              count: e && count(e, r.rounding),
            })
          }
        }
      }
    } else if (r.type === 'per-facility') {
      let k = 0
      for (const f of plan.facilities)
        if (f.openBeds[String(r.year)] !== null && inScope(f, r.scope)) k++
      o.from = { kind: 'facilities', id: null, quantity: 'institutions', value: String(k) }
      o.exact = through(n(k), v)
      range(n(k))
    } else if (r.from.kind === 'facilities') {
      facilities(plan, n, r, o, v, through)
    } else {
      let amount: N | null = null
      if (r.from.kind === 'stock') {
        const s = plan.stocks.find((x: J) => x.id === r.from.id)
        amount = n(s.value)
        o.from = { kind: 'stock', id: s.id, quantity: s.quantity, value: s.value }
      } else {
        const dep = run(ruleOf.get(r.from.id))
        if (dep.status !== 'ok') o.missing = `rule "${r.from.id}" has no result (${dep.missing})`
        else if (dep.count === null && dep.exact === null)
          o.missing = `rule "${r.from.id}" gives a range, not one amount`
        else {
          amount = n(dep.count ?? dep.exact)
          o.from = { kind: 'rule', id: r.from.id, quantity: dep.quantity, value: str(amount) }
        }
      }
      if (amount === null) o.status = 'input-missing'
      else if (r.type === 'share' && r.floor !== undefined) {
        o.exact = amount.times(v as N)
        const c = o.exact.ceil()
        o.count = D.max(c, n(r.floor)).toNumber()
        o.binding = c.eq(n(r.floor)) ? 'both' : c.gt(n(r.floor)) ? 'share' : 'floor'
      } else {
        o.exact = through(amount, v)
        range(amount)
        if (r.trajectory && r.value !== undefined) {
          const a = n(r.trajectory.fromValue)
          o.trajectory = []
          for (let y = r.trajectory.fromYear + 1; y <= r.year; y++) {
            const pv = a.plus(
              n(r.value)
                .minus(a)
                .times(y - r.trajectory.fromYear)
                .div(r.year - r.trajectory.fromYear),
            )
            o.trajectory.push({ year: y, value: str(pv), exact: null, count: null })
          }
        }
      }
    }
    const res = finish(plan, n, r, o)
    results.set(r.id, res)
    return res
  }
  const rules = plan.rules.map(run)
  return {
    plan: plan.id,
    year,
    rules,
    levels: plan.levels.map(level),
    ...summaries(plan, rules, year, n),
  }
}
