/**
 * Evaluating one rule of a plan against its bases, its facilities and the results of the rules
 * it depends on.
 */
import { Dec, decimalReader, decimalString } from '../decimal.js'
import { gap } from '../derive/gap.js'
import type { Rounding } from '../rounding.js'
import { countOf } from '../rounding.js'
import { chooseBase, type NamedBase } from './bases.js'
import { bedsIn, inScope } from './facilities.js'
import type {
  BaseUsed,
  Counted,
  FacilityRequirement,
  FromUsed,
  RuleResult,
  RuleStatus,
  TrajectoryPoint,
} from './result.js'
import type { Plan, Rule, Scope } from './schema.js'
import { linearTrajectory } from './trajectory.js'

/** 1% as a factor: multiplying by it is exact and cheaper than dividing by 100. */
const ONE_PERCENT = new Dec('0.01')

/** A context whose decimal reader is present. */
type Ctx = RuleContext & { readonly dec: (text: string | number) => Dec }

/** What a rule evaluation may read. @internal */
export interface RuleContext {
  /** Reads (and memoizes) the plan's decimal strings; one is made when not given. */
  readonly dec?: (text: string | number) => Dec
  readonly plan: Plan
  readonly bases: ReadonlyMap<string, NamedBase>
  readonly results: ReadonlyMap<string, RuleResult>
}

const counted = (exact: Dec, rounding: Rounding): Counted =>
  Object.freeze({ exact: decimalString(exact), count: countOf(exact, rounding) })

const baseUsed = (b: NamedBase): BaseUsed =>
  Object.freeze({
    id: b.id,
    kind: b.kind,
    value: b.value,
    year: b.year,
    vintage: b.vintage,
    ages: b.ages,
    derivedFrom: b.derivedFrom,
  })

/** The levels a rule states: one value, or a range. */
interface Levels {
  readonly value: Dec | null
  readonly min: Dec | null
  readonly max: Dec | null
  readonly text: string
}

function levels(rule: Rule, dec: (t: string) => Dec): Levels {
  if ('range' in rule && rule.range) {
    return {
      value: null,
      min: dec(rule.range.min),
      max: dec(rule.range.max),
      text: `${rule.range.min}-${rule.range.max}`,
    }
  }
  if (rule.type === 'share')
    return {
      value: dec(rule.percent).times(ONE_PERCENT),
      min: null,
      max: null,
      text: `${rule.percent}%`,
    }
  const v = 'value' in rule && rule.value !== undefined ? rule.value : '0'
  return { value: dec(v), min: null, max: null, text: v }
}

interface Partial {
  status: RuleStatus
  missing: string | null
  exact: Dec | null
  min: Dec | null
  max: Dec | null
  binding: RuleResult['binding']
  aggregate: Counted | null
  base: BaseUsed | null
  from: FromUsed | null
  facilities: FacilityRequirement[] | null
  trajectory: TrajectoryPoint[] | null
  countOverride: number | null
}

const empty = (): Partial => ({
  status: 'ok',
  missing: null,
  exact: null,
  min: null,
  max: null,
  binding: null,
  aggregate: null,
  base: null,
  from: null,
  facilities: null,
  trajectory: null,
  countOverride: null,
})

/** The amount a ratio or share rule multiplies, when it comes from a rule or a stock. */
function amountFrom(
  rule: Extract<Rule, { type: 'ratio' | 'share' }>,
  ctx: Ctx,
): { amount: Dec; from: FromUsed } | { missing: string } {
  const from = rule.from
  if ('rule' in from) {
    const dep = ctx.results.get(from.rule)
    if (dep?.status !== 'ok' || (dep.exact === null && dep.count === null)) {
      return {
        missing:
          dep?.status === 'ok'
            ? `rule "${from.rule}" gives a range, not one amount`
            : `rule "${from.rule}" has no result (${dep?.missing ?? dep?.status ?? 'not evaluated'})`,
      }
    }
    const amount = dep.count !== null ? ctx.dec(dep.count) : ctx.dec(dep.exact ?? '0')
    return {
      amount,
      from: { kind: 'rule', id: from.rule, quantity: dep.quantity, value: decimalString(amount) },
    }
  }
  if ('stock' in from) {
    const s = ctx.plan.stocks.find((x) => x.id === from.stock)
    if (!s) return { missing: `stock "${from.stock}"` }
    return {
      amount: ctx.dec(s.value),
      from: { kind: 'stock', id: s.id, quantity: s.quantity, value: s.value },
    }
  }
  return { missing: 'facilities' }
}

/** Per-facility evaluation of a ratio, share or banded rule over the facilities in scope. */
function perFacility(
  rule: Rule,
  ctx: Ctx,
  scope: Scope,
  bedKind: 'open' | 'approved',
  apply: (
    beds: Dec,
  ) => { exact: Dec; min: Dec | null; max: Dec | null; band: string | null } | null,
  p: Partial,
): void {
  const list: FacilityRequirement[] = []
  const noData: string[] = []
  let sumExact = new Dec(0)
  let sumCount = new Dec(0)
  let sumMin = new Dec(0)
  let sumMax = new Dec(0)
  let total = new Dec(0)
  for (const f of ctx.plan.facilities) {
    if (!inScope(f, scope)) continue
    const beds = bedsIn(f, bedKind, rule.year, ctx.dec)
    if (beds === undefined) {
      noData.push(f.id)
      continue
    }
    if (beds === null) continue // the facility does not exist in that year
    const r = apply(beds)
    if (r === null) {
      noData.push(f.id)
      continue
    }
    total = total.plus(beds)
    const c = counted(r.exact, rule.rounding)
    sumExact = sumExact.plus(r.exact)
    if (c.count !== null) sumCount = sumCount.plus(c.count)
    if (r.min) sumMin = sumMin.plus(r.min)
    if (r.max) sumMax = sumMax.plus(r.max)
    list.push(
      Object.freeze({
        facility: f.id,
        name: f.name,
        grade: f.grade,
        from: decimalString(beds),
        band: r.band,
        ...c,
        min: r.min ? counted(r.min, rule.rounding) : null,
        max: r.max ? counted(r.max, rule.rounding) : null,
      }),
    )
  }
  p.facilities = list
  p.from = { kind: 'facilities', id: null, quantity: 'beds', value: decimalString(total) }
  if (noData.length > 0) {
    p.status = 'input-missing'
    p.missing = `${bedKind} beds for ${rule.year} of ${noData.join(', ')}`
    return
  }
  p.exact = sumExact
  p.countOverride = rule.rounding === 'none' ? null : countOf(sumCount, 'floor')
  p.aggregate = counted(sumExact, rule.rounding)
  if (rule.type === 'banded-ratio') {
    p.min = sumMin
    p.max = sumMax
  }
}

function evalPerCapita(
  rule: Extract<Rule, { type: 'per-capita' }>,
  ctx: Ctx,
  p: Partial,
  lv: Levels,
): void {
  const choice = chooseBase(ctx.bases, rule.base, rule.year, rule.baseId)
  if (choice.status === 'base-missing') {
    p.status = 'base-missing'
    p.missing = choice.wanted
    return
  }
  if (choice.status === 'base-ambiguous') {
    p.status = 'base-ambiguous'
    p.missing = `one ${rule.base} base for ${rule.year}, found ${choice.candidates.join(', ')}`
    return
  }
  const b = choice.base
  p.base = baseUsed(b)
  const pop = ctx.dec(b.value)
  const per = ctx.dec(rule.per)
  const times = (v: Dec) => v.times(pop).div(per)
  if (lv.value) p.exact = times(lv.value)
  if (lv.min && lv.max) {
    p.min = times(lv.min)
    p.max = times(lv.max)
  }
  if (rule.trajectory && lv.value) {
    p.trajectory = linearTrajectory(
      rule.trajectory.fromYear,
      rule.trajectory.fromValue,
      rule.year,
      decimalString(lv.value),
    ).map((pt) => {
      // the target year uses the rule's own base; other years the plan's base of that year
      const yb =
        pt.year === b.year
          ? ({ status: 'ok', base: b } as const)
          : chooseBase(ctx.bases, rule.base, pt.year, undefined)
      const e = yb.status === 'ok' ? ctx.dec(pt.value).times(ctx.dec(yb.base.value)).div(per) : null
      return Object.freeze({
        year: pt.year,
        value: pt.value,
        exact: e ? decimalString(e) : null,
        count: e ? countOf(e, rule.rounding) : null,
      })
    })
  }
}

function evalRatioOrShare(
  rule: Extract<Rule, { type: 'ratio' | 'share' }>,
  ctx: Ctx,
  p: Partial,
  lv: Levels,
): void {
  const per = rule.type === 'ratio' && rule.per ? ctx.dec(rule.per) : null
  const times = (amount: Dec, v: Dec) => (per ? amount.times(v).div(per) : amount.times(v))
  if ('facilities' in rule.from) {
    perFacility(
      rule,
      ctx,
      rule.from.facilities,
      rule.from.beds,
      (beds) => ({
        exact: lv.value ? times(beds, lv.value) : new Dec(0),
        min: lv.min ? times(beds, lv.min) : null,
        max: lv.max ? times(beds, lv.max) : null,
        band: null,
      }),
      p,
    )
    if (lv.min && lv.max && p.status === 'ok') {
      p.min = times(ctx.dec(p.from?.value ?? '0'), lv.min)
      p.max = times(ctx.dec(p.from?.value ?? '0'), lv.max)
      p.exact = null
      p.countOverride = null
      p.aggregate = null
    }
    return
  }
  const got = amountFrom(rule, ctx)
  if ('missing' in got) {
    p.status = 'input-missing'
    p.missing = got.missing
    return
  }
  p.from = got.from
  if (lv.value) p.exact = times(got.amount, lv.value)
  if (lv.min && lv.max) {
    p.min = times(got.amount, lv.min)
    p.max = times(got.amount, lv.max)
  }
  if (
    rule.type === 'share' &&
    rule.floor !== undefined &&
    p.exact &&
    (rule.comparator === 'ge' || rule.comparator === 'gt')
  ) {
    const shareCount = countOf(p.exact, rule.rounding)
    const floor = ctx.dec(rule.floor)
    if (shareCount !== null) {
      const c = ctx.dec(shareCount)
      p.binding = c.eq(floor) ? 'both' : c.gt(floor) ? 'share' : 'floor'
      p.countOverride = countOf(Dec.max(c, floor), 'ceil')
    }
  }
  if (rule.type === 'ratio' && rule.trajectory && lv.value) {
    p.trajectory = linearTrajectory(
      rule.trajectory.fromYear,
      rule.trajectory.fromValue,
      rule.year,
      decimalString(lv.value),
    ).map((pt) => Object.freeze({ year: pt.year, value: pt.value, exact: null, count: null }))
  }
}

function evalPerFacilityCount(
  rule: Extract<Rule, { type: 'per-facility' }>,
  ctx: Ctx,
  p: Partial,
  lv: Levels,
): void {
  // a facility is present unless its table prints "-" or leaves the year blank (null)
  const key = String(rule.year)
  const present = ctx.plan.facilities.filter(
    (f) => !(Object.hasOwn(f.openBeds, key) && f.openBeds[key] === null) && inScope(f, rule.scope),
  )
  const n = new Dec(present.length)
  p.from = { kind: 'facilities', id: null, quantity: 'institutions', value: decimalString(n) }
  if (lv.value) p.exact = n.times(lv.value)
  if (lv.min && lv.max) {
    p.min = n.times(lv.min)
    p.max = n.times(lv.max)
  }
}

function evalBanded(rule: Extract<Rule, { type: 'banded-ratio' }>, ctx: Ctx, p: Partial): void {
  // The requirement is the band's lower bound (a floor); both ends are reported.
  perFacility(
    rule,
    ctx,
    rule.scope ?? {},
    'open',
    (beds) => {
      const band = pickBand(rule.bands, beds)
      if (!band) return null
      const min = beds.times(ctx.dec(band.range.min))
      return { exact: min, min, max: beds.times(ctx.dec(band.range.max)), band: band.printed }
    },
    p,
  )
}

/**
 * The band a size falls in; where bands share an edge, the first band listed wins
 * (`edges: 'first-band-wins'`). Bounds are inclusive at both ends.
 *
 * @example
 * ```ts
 * import { pickBand, toDecimal } from 'bedstaff'
 *
 * const bands = [
 *   { minFrom: null, maxFrom: '300', printed: '300张床位以下的按1:1.30-1.40计算' },
 *   { minFrom: '300', maxFrom: '500', printed: '300-500张床位的按1:1.40-1.50计算' },
 *   { minFrom: '500', maxFrom: null, printed: '500张床位以上的按1:1.60-1.70计算' },
 * ]
 * pickBand(bands, toDecimal(300))?.printed // => "300张床位以下的按1:1.30-1.40计算"   (an edge: the first band wins)
 * pickBand(bands, toDecimal(1000))?.printed // => "500张床位以上的按1:1.60-1.70计算"
 * ```
 */
export function pickBand<B extends { minFrom: string | null; maxFrom: string | null }>(
  bands: readonly B[],
  size: Dec,
): B | undefined {
  return bands.find(
    (b) =>
      (b.minFrom === null || size.gte(new Dec(b.minFrom))) &&
      (b.maxFrom === null || size.lte(new Dec(b.maxFrom))),
  )
}

/**
 * Evaluates one rule against the bases, facilities and results in its context. Never throws
 * for a missing base or input: the result says what is missing. Used by `evaluatePlan`, the
 * scenarios and `createSweep`.
 * @internal
 */
export function evaluateRule(rule: Rule, context: RuleContext): RuleResult {
  const ctx: Ctx = context.dec ? (context as Ctx) : { ...context, dec: decimalReader() }
  const p = empty()
  const lv = levels(rule, ctx.dec)
  switch (rule.type) {
    case 'per-capita':
      evalPerCapita(rule, ctx, p, lv)
      break
    case 'ratio':
    case 'share':
      evalRatioOrShare(rule, ctx, p, lv)
      break
    case 'per-facility':
      evalPerFacilityCount(rule, ctx, p, lv)
      break
    case 'banded-ratio':
      evalBanded(rule, ctx, p)
      break
    case 'level':
      p.status = 'no-derivation'
      p.missing = 'a stated level; nothing to derive'
      break
  }
  const exact = p.status === 'ok' && p.exact ? p.exact : null
  const count = exact === null ? null : (p.countOverride ?? countOf(exact, rule.rounding))
  const stock = pickStock(rule, ctx)
  const required = count !== null ? String(count) : exact ? decimalString(exact) : null
  return Object.freeze({
    rule: rule.id,
    label: Object.freeze({ zh: rule.label.zh, en: rule.label.en ?? null }),
    type: rule.type,
    quantity: rule.quantity,
    comparator: rule.comparator,
    nature: rule.nature,
    rounding: rule.rounding,
    year: rule.year,
    aspirational: rule.aspirational ?? false,
    status: p.status,
    missing: p.missing,
    value: lv.text,
    exact: exact ? decimalString(exact) : null,
    count,
    min: p.status === 'ok' && p.min ? counted(p.min, rule.rounding) : null,
    max: p.status === 'ok' && p.max ? counted(p.max, rule.rounding) : null,
    binding: p.binding,
    aggregate: p.status === 'ok' ? p.aggregate : null,
    base: p.base,
    from: p.from ? Object.freeze(p.from) : null,
    facilities: p.facilities ? Object.freeze(p.facilities) : null,
    stock: stock ? Object.freeze({ id: stock.id, value: stock.value, year: stock.year }) : null,
    gap:
      stock && required !== null && rule.quantity === stock.quantity
        ? gap(
            { quantity: stock.quantity, value: required },
            { quantity: stock.quantity, value: stock.value },
            rule.comparator,
          )
        : null,
    trajectory: p.trajectory ? Object.freeze(p.trajectory) : null,
    source: rule.source,
  })
}

/** The latest stock linked to a rule, in or before the rule's year. */
function pickStock(rule: Rule, ctx: Ctx) {
  let best: Plan['stocks'][number] | undefined
  for (const s of ctx.plan.stocks) {
    if (s.rule !== rule.id || s.year > rule.year) continue
    if (!best || s.year > best.year) best = s
  }
  return best
}
