/**
 * Compiling a loaded plan: bases resolved to indices, rule values and populations turned into
 * integer rationals, the dependency order and each rule's facility bed vector fixed, and the
 * plan's own results (from the runner, once) kept as the baseline every case starts from.
 */
import { decimalString } from '../../decimal.js'
import { NONE, roundingCode } from '../../kernel/integer.js'
import { shareFraction } from '../../quantity/share.js'
import { chooseBase, type NamedBase, resolveBases } from '../bases.js'
import { pickStock } from '../evaluate-rule.js'
import { inScope } from '../facilities.js'
import type { RuleResult } from '../result.js'
import { type RuleRunner, ruleRunner, runRules } from '../runner.js'
import type { Facility, Plan, Rule } from '../schema.js'
import { over, type Rational, Rationals, rationalOf } from './rational.js'

/** Rule kinds: a count that never changes; `amount × coefficient`; a compound minimum; a sum
 * over facilities. @internal */
export const CONSTANT = 0
/** @internal */
export const PRODUCT = 1
/** @internal */
export const COMPOUND = 2
/** @internal */
export const FACILITIES = 3

/** Where the amount of a product or compound minimum comes from. @internal */
export const FROM_BASE = 0
/** @internal */
export const FROM_RULE = 1
/** @internal */
export const FROM_CONSTANT = 2

/** A compiled plan: arrays indexed by rule (in `ruleIds` order) and by base. @internal */
export interface Program {
  readonly plan: Plan
  readonly runner: RuleRunner
  readonly bases: ReadonlyMap<string, NamedBase>
  readonly ruleIds: readonly string[]
  readonly ruleIndex: ReadonlyMap<string, number>
  readonly baseIds: readonly string[]
  readonly baseIndex: ReadonlyMap<string, number>
  /** The plan's populations, and the multiplier of each base made from another. */
  readonly pops: Rationals
  readonly factors: Rationals
  readonly children: readonly (readonly number[])[]
  readonly kind: Uint8Array
  readonly mode: Uint8Array
  /** How many times the decimal kernels may round on the way: 2 for value × amount / per. */
  readonly roundings: Uint8Array
  readonly from: Uint8Array
  /** The base (FROM_BASE) or rule (FROM_RULE) a rule takes its amount from. */
  readonly src: Int32Array
  readonly share: Uint8Array
  readonly per: readonly (Rational | null)[]
  readonly hasValue: Uint8Array
  /** value / per (a share's fraction), and the upper end of a range over per. */
  readonly coef: Rationals
  readonly rangeMax: Rationals
  /** A stock's value, or the number of facilities of a per-facility rule. */
  readonly constant: Rationals
  readonly floor: Float64Array
  readonly facStart: Int32Array
  readonly facEnd: Int32Array
  readonly beds: Rationals
  /** 1 where a facility in scope has no beds given: no count, but each other's is still made. */
  readonly noData: Uint8Array
  /** The bases of a trajectory's years, and its starting value over per. */
  readonly trajStart: Int32Array
  readonly trajEnd: Int32Array
  readonly trajBases: Int32Array
  readonly trajFrom: Rationals
  /** 1 where a stock is compared with the rule (its gap takes the count as a number). */
  readonly gap: Uint8Array
  /** 1 where another rule takes its amount from the rule. */
  readonly read: Uint8Array
  /** Every rule, each after the rule it takes its amount from. */
  readonly order: Int32Array
  readonly baseCount: Float64Array
  readonly baseAmount: Rationals
  readonly baseAmountOk: Uint8Array
}

/** A facility's beds as written (what `bedsIn` reads): null absent, undefined unknown. */
function bedsText(f: Facility, kind: 'open' | 'approved', year: number): string | null | undefined {
  const table = kind === 'open' ? f.openBeds : f.approvedBeds
  const key = String(year)
  if (!table || !Object.hasOwn(table, key)) return undefined
  return table[key] ?? null
}

/** The amount a rule's result gives the rules that read it: its count, else its exact value. */
function amountOf(r: RuleResult | undefined): Rational | null {
  if (r?.status !== 'ok') return null
  if (r.count !== null) return [r.count, 1]
  return r.exact === null ? null : rationalOf(r.exact)
}

/** Compiles a loaded plan (its rules run once through the runner for the baseline). @internal */
export function buildProgram(plan: Plan): Program {
  const runner = ruleRunner(plan)
  const bases = resolveBases(plan)
  const baseline = runRules(runner, { bases })
  const rules = runner.rules
  const size = rules.length
  const ruleIds = rules.map((r) => r.id)
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
  const baseIds = [...bases.keys()]
  const baseIndex = new Map(baseIds.map((id, i) => [id, i]))

  const pops = new Rationals(baseIds.length)
  const factors = new Rationals(baseIds.length)
  const children: number[][] = baseIds.map(() => [])
  baseIds.forEach((id, i) => {
    const b = bases.get(id) as NamedBase
    pops.set(i, rationalOf(b.value))
    const parent = plan.bases.find((e) => e.id === id)?.from
    const p = parent === undefined ? undefined : baseIndex.get(parent)
    if (p !== undefined && b.derivedFrom) {
      factors.set(i, rationalOf(b.derivedFrom.factor))
      children[p]?.push(i)
    }
  })

  const p = {
    kind: new Uint8Array(size),
    mode: new Uint8Array(size),
    roundings: new Uint8Array(size),
    from: new Uint8Array(size),
    src: new Int32Array(size).fill(-1),
    share: new Uint8Array(size),
    per: new Array<Rational | null>(size).fill(null),
    hasValue: new Uint8Array(size),
    coef: new Rationals(size),
    rangeMax: new Rationals(size),
    constant: new Rationals(size),
    floor: new Float64Array(size),
    facStart: new Int32Array(size),
    facEnd: new Int32Array(size),
    noData: new Uint8Array(size),
    trajStart: new Int32Array(size),
    trajEnd: new Int32Array(size),
    trajFrom: new Rationals(size),
    gap: new Uint8Array(size),
    read: new Uint8Array(size),
    baseCount: new Float64Array(size),
    baseAmount: new Rationals(size),
    baseAmountOk: new Uint8Array(size),
  }
  const beds: Rational[] = []
  const trajBases: number[] = []

  rules.forEach((rule, i) => {
    const result = baseline.get(rule.id)
    p.baseCount[i] = result?.count ?? Number.NaN
    const amount = amountOf(result)
    if (amount) {
      p.baseAmount.set(i, amount)
      p.baseAmountOk[i] = 1
    }
    p.mode[i] = roundingCode(rule.rounding)
    if ((runner.dependents.get(rule.id)?.length ?? 0) > 0) p.read[i] = 1
    const stock = pickStock(rule.id, rule.year, plan)
    if (stock && stock.quantity === rule.quantity) p.gap[i] = 1
    p.kind[i] = kindOf(rule, i)
    if (p.mode[i] === NONE && p.read[i] === 0 && p.gap[i] === 0) p.kind[i] = CONSTANT
  })

  /** Fills the rule's arrays and returns its kind. */
  function kindOf(rule: Rule, i: number): number {
    if (rule.type === 'banded-ratio') return CONSTANT
    const per = 'per' in rule && rule.per !== undefined ? rationalOf(rule.per) : null
    const value =
      rule.type === 'share' ? rationalOf(decimalString(shareFraction(rule.value))) : rule.value
    const level = (v: string | Rational) => {
      const q = typeof v === 'string' ? rationalOf(v) : v
      return per ? over(q, per) : q
    }
    p.per[i] = per
    p.share[i] = rule.type === 'share' ? 1 : 0
    p.roundings[i] = per ? 2 : 1
    if (value !== undefined) {
      p.hasValue[i] = 1
      p.coef.set(i, level(value))
    }
    if ('range' in rule && rule.range) p.rangeMax.set(i, level(rule.range.max))
    if (rule.type === 'per-capita') {
      const choice = chooseBase(bases, rule.base, rule.year, rule.baseId)
      if (choice.status !== 'ok') return CONSTANT
      p.from[i] = FROM_BASE
      p.src[i] = baseIndex.get(choice.base.id) ?? -1
      trajectory(rule, i, choice.base)
      return PRODUCT
    }
    if (rule.type === 'per-facility') {
      p.from[i] = FROM_CONSTANT
      p.constant.set(i, [presentIn(rule), 1])
      return PRODUCT
    }
    if (rule.from.kind === 'facilities') return facilities(rule, i)
    if (rule.from.kind === 'stock') {
      const id = rule.from.id
      const s = plan.stocks.find((x) => x.id === id)
      if (!s) return CONSTANT
      p.from[i] = FROM_CONSTANT
      p.constant.set(i, rationalOf(s.value))
    } else {
      p.from[i] = FROM_RULE
      const dep = ruleIndex.get(rule.from.id)
      if (dep === undefined) return CONSTANT
      p.src[i] = dep
    }
    if (rule.type === 'share' && rule.floor !== undefined) {
      p.floor[i] = Number(rule.floor)
      return COMPOUND
    }
    return PRODUCT
  }

  /** The facilities in scope present in the rule's year (the per-facility evaluator's count). */
  function presentIn(rule: Extract<Rule, { type: 'per-facility' }>): number {
    const key = String(rule.year)
    let n = 0
    for (const f of plan.facilities) {
      const absent = Object.hasOwn(f.openBeds, key) && f.openBeds[key] === null
      if (!absent && inScope(f, rule.scope)) n++
    }
    return n
  }

  function facilities(rule: Extract<Rule, { type: 'ratio' | 'share' }>, i: number): number {
    if (rule.from.kind !== 'facilities') return CONSTANT
    const { scope, beds: kind } = rule.from
    p.facStart[i] = beds.length
    for (const f of plan.facilities) {
      if (!inScope(f, scope)) continue
      const b = bedsText(f, kind, rule.year)
      if (b === null) continue
      if (b === undefined)
        p.noData[i] = 1 // input missing, yet the others are counted
      else beds.push(rationalOf(b))
    }
    p.facEnd[i] = beds.length
    return FACILITIES
  }

  function trajectory(rule: Extract<Rule, { type: 'per-capita' }>, i: number, own: NamedBase) {
    const t = rule.trajectory
    p.trajStart[i] = trajBases.length
    if (t) {
      for (let y = t.fromYear + 1; y <= rule.year; y++) {
        const b =
          y === own.year
            ? { status: 'ok' as const, base: own }
            : chooseBase(bases, rule.base, y, undefined)
        const at = b.status === 'ok' ? baseIndex.get(b.base.id) : undefined
        if (at !== undefined && !trajBases.slice(p.trajStart[i]).includes(at)) trajBases.push(at)
      }
      const per = p.per[i]
      p.trajFrom.set(i, per ? over(rationalOf(t.fromValue), per) : rationalOf(t.fromValue))
    }
    p.trajEnd[i] = trajBases.length
  }

  const bedSlots = new Rationals(beds.length)
  beds.forEach((b, j) => {
    bedSlots.set(j, b)
  })
  const order: number[] = []
  const seen = new Uint8Array(size)
  const visit = (i: number): void => {
    if (seen[i]) return
    seen[i] = 1
    if (p.from[i] === FROM_RULE && (p.src[i] as number) >= 0) visit(p.src[i] as number)
    order.push(i)
  }
  for (let i = 0; i < size; i++) visit(i)
  return {
    plan,
    runner,
    bases,
    ruleIds,
    ruleIndex,
    baseIds,
    baseIndex,
    pops,
    factors,
    children,
    ...p,
    beds: bedSlots,
    trajBases: Int32Array.from(trajBases),
    order: Int32Array.from(order),
  }
}
