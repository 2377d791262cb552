/**
 * Sweep baselines for the benchmark: a plan counted case by case by hand, every rule's count
 * and nothing else, once in decimal.js (exact, as the library counts) and once in floats (for
 * reference only: floats get some counts wrong, 1.08 × 1,800,000 / 1,000 = 1944.0000000000002
 * among them). Each reads the plan once; a case then sets populations (a base made from
 * another follows it) and rule values (a share's "20%" or "0.2"). Version-2 plans without norm
 * sets or size bands, like Cixi 2021–2025. The evaluation baseline is baseline-decimal.ts.
 */
import Decimal from 'decimal.js'
import type { SweepCase } from '../../src/plan/compile/decimal-case.js'
import { inScope, type J } from './baseline-parts.js'

/** The arithmetic a baseline counts with. */
interface Arith<T> {
  read(text: string | number): T
  times(a: T, b: T): T
  div(a: T, b: T): T
  plus(a: T, b: T): T
  /** The count under a rounding, or null for `none`. */
  count(a: T, rounding: string): number | null
}

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })
type N = InstanceType<typeof D>
const MODES: Record<string, Decimal.Rounding> = {
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
}
const decimals: Arith<N> = {
  read: (t) => new D(t),
  times: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  plus: (a, b) => a.plus(b),
  count: (a, r) => (MODES[r] === undefined ? null : a.toDecimalPlaces(0, MODES[r]).toNumber()),
}
const halfEven = (x: number) => {
  const f = Math.floor(x)
  const d = x - f
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f
}
const floats: Arith<number> = {
  read: (t) => Number(t),
  times: (a, b) => a * b,
  div: (a, b) => a / b,
  plus: (a, b) => a + b,
  count: (a, r) =>
    r === 'ceil'
      ? Math.ceil(a)
      : r === 'floor'
        ? Math.floor(a)
        : r === 'half-up'
          ? Math.round(a)
          : r === 'half-even'
            ? halfEven(a)
            : null,
}

/** A rule as a baseline counts it, read once. */
interface Spec<T> {
  readonly id: string
  readonly type: string
  readonly rounding: string
  readonly value: T | null
  readonly per: T | null
  readonly base?: string
  readonly dep?: number
  readonly amount?: T
  readonly beds?: readonly T[]
  readonly floor?: number
  readonly share: boolean
}

/** A sweep by hand in the given arithmetic: case → every rule's count, in plan order. */
function sweepWith<T>(plan: J, a: Arith<T>): (c: SweepCase) => (number | null)[] {
  const index = new Map<string, number>(plan.rules.map((r: J, i: number) => [r.id, i]))
  const share = (v: string): T =>
    v.endsWith('%') ? a.div(a.read(v.slice(0, -1)), a.read(100)) : a.read(v)
  const given = new Map<string, T>()
  for (const b of plan.bases) if (b.value !== undefined) given.set(b.id, a.read(b.value))
  const made = plan.bases.filter((b: J) => b.from !== undefined)
  const pick = (r: J): string | undefined =>
    r.baseId ?? plan.bases.find((b: J) => b.kind === r.base && b.year === r.year && !b.from)?.id
  const specs: Spec<T>[] = plan.rules.map((r: J): Spec<T> => {
    const per = r.per === undefined ? null : a.read(r.per)
    const value =
      r.value === undefined ? null : r.type === 'share' ? share(r.value) : a.read(r.value)
    const s = {
      id: r.id,
      type: r.type,
      rounding: r.rounding,
      value,
      per,
      share: r.type === 'share',
    }
    if (r.type === 'per-capita') {
      const base = pick(r)
      return base === undefined ? { ...s, type: 'missing' } : { ...s, base }
    }
    if (r.type === 'per-facility') {
      const y = String(r.year)
      const n = plan.facilities.filter((f: J) => f.openBeds[y] !== null && inScope(f, r.scope))
      return { ...s, amount: a.read(n.length) }
    }
    if (r.from.kind === 'facilities') {
      const beds: T[] = []
      let missing = false
      for (const f of plan.facilities) {
        if (!inScope(f, r.from.scope)) continue
        const table = r.from.beds === 'open' ? f.openBeds : f.approvedBeds
        const b = table?.[String(r.year)]
        if (b === undefined)
          missing = true // beds not given: the input is missing
        else if (b !== null) beds.push(a.read(b))
      }
      return { ...s, type: missing ? 'missing' : 'facilities', beds }
    }
    const floor = r.floor === undefined ? {} : { floor: Number(r.floor) }
    if (r.from.kind === 'stock') {
      const stock = plan.stocks.find((x: J) => x.id === r.from.id)
      return { ...s, ...floor, amount: a.read(stock.value) }
    }
    return { ...s, ...floor, dep: index.get(r.from.id) as number }
  })
  const order: number[] = []
  const visit = (i: number) => {
    if (order.includes(i)) return
    const dep = specs[i]?.dep
    if (dep !== undefined) visit(dep)
    order.push(i)
  }
  for (let i = 0; i < specs.length; i++) visit(i)

  return (c) => {
    const pops = new Map(given)
    for (const [id, v] of Object.entries(c.populations ?? {})) pops.set(id, a.read(v))
    for (const b of made) pops.set(b.id, a.times(pops.get(b.from) as T, a.read(b.multiplier)))
    const values = c.values ?? {}
    const counts: (number | null)[] = new Array(specs.length).fill(null)
    const amounts: (T | null)[] = new Array(specs.length).fill(null)
    for (const i of order) {
      const s = specs[i] as Spec<T>
      const own = values[s.id]
      const v = own === undefined ? s.value : s.share ? share(String(own)) : a.read(own)
      if (v === null || s.type === 'missing') continue
      const through = (x: T) => (s.per === null ? a.times(x, v) : a.div(a.times(x, v), s.per))
      let exact: T | null = null
      if (s.type === 'facilities') {
        let sum = 0
        for (const b of s.beds ?? []) sum += a.count(through(b), s.rounding) ?? 0
        counts[i] = s.rounding === 'none' ? null : sum
        continue
      }
      const amount =
        s.base !== undefined ? pops.get(s.base) : s.dep !== undefined ? amounts[s.dep] : s.amount
      if (amount === undefined || amount === null) continue
      exact = through(amount)
      const count = s.floor === undefined ? a.count(exact, s.rounding) : a.count(exact, 'ceil')
      counts[i] = count === null || s.floor === undefined ? count : Math.max(count, s.floor)
      amounts[i] = counts[i] === null ? exact : a.read(counts[i] as number)
    }
    return counts
  }
}

/** The decimal.js sweep: exact, the same counts as the library. */
export const decimalJsSweep = (plan: J) => sweepWith(plan, decimals)
/** The float sweep: for reference only (some counts are wrong). */
export const floatSweep = (plan: J) => sweepWith(plan, floats)
