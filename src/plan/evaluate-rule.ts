/**
 * Evaluating one rule: the evaluator of its type computes an {@link Outcome} from exact
 * decimals; this turns it into the frozen, string-valued result, with the rule's stock and gap.
 */
import { Dec, decimalReader, decimalString, MAX_MAGNITUDE, MIN_MAGNITUDE } from '../decimal.js'
import { type Gap, gap } from '../derive/gap.js'
import { gapOf } from '../kernel/gap.js'
import { countOf, type Rounding } from '../rounding.js'
import { bandsText, evaluateBanded } from './evaluators/banded.js'
import type { Outcome, RuleContext } from './evaluators/outcome.js'
import { evaluatePerCapita } from './evaluators/per-capita.js'
import { evaluatePerFacility } from './evaluators/per-facility.js'
import { evaluateRatio } from './evaluators/ratio.js'
import { evaluateShare } from './evaluators/share.js'
import type { Counted, LevelResult, RuleResult } from './result.js'
import type { LevelRule, Plan, Rule } from './schema.js'

export { pickBand } from './evaluators/banded.js'
export type { RuleContext } from './evaluators/outcome.js'

/** The outcome of a rule, from the evaluator of its type. @internal */
export function outcomeOf(rule: Rule, ctx: RuleContext): Outcome {
  switch (rule.type) {
    case 'per-capita':
      return evaluatePerCapita(rule, ctx)
    case 'ratio':
      return evaluateRatio(rule, ctx)
    case 'share':
      return evaluateShare(rule, ctx)
    case 'per-facility':
      return evaluatePerFacility(rule, ctx)
    case 'banded-ratio':
      return evaluateBanded(rule, ctx)
  }
}

const counted = (exact: Dec | null, rounding: Rounding): Counted | null =>
  exact === null
    ? null
    : Object.freeze({ exact: decimalString(exact), count: countOf(exact, rounding) })

/** The value a rule states, as shown: "4.58", "20%", "5-6", or a banded rule's bands. */
function valueText(rule: Rule | LevelRule): string {
  if (rule.type === 'banded-ratio') return bandsText(rule)
  if ('range' in rule && rule.range) return `${rule.range.min}-${rule.range.max}`
  return rule.value ?? ''
}

/**
 * Evaluates one rule against the bases, facilities and results in its context. Never throws
 * for a missing base or input: the result says what is missing. The runner calls it for
 * `evaluatePlan`, the sweeps and the scenarios. @internal
 */
export function evaluateRule(
  rule: Rule,
  context: Omit<RuleContext, 'dec'> & { readonly dec?: RuleContext['dec'] },
): RuleResult {
  const ctx: RuleContext = context.dec
    ? (context as RuleContext)
    : { ...context, dec: decimalReader() }
  const o = outcomeOf(rule, ctx)
  const ok = o.status === 'ok' ? o : null
  const exact = ok?.exact ?? null
  const count =
    exact === null
      ? null
      : ok?.count !== undefined
        ? ok.count === null
          ? null
          : countOf(ok.count, 'ceil')
        : countOf(exact, rule.rounding)
  const stock = pickStock(rule.id, rule.year, ctx.plan)
  const required = count !== null ? String(count) : exact !== null ? decimalString(exact) : null
  return Object.freeze({
    rule: rule.id,
    label: Object.freeze({ zh: rule.label.zh, en: rule.label.en ?? null }),
    type: rule.type,
    quantity: rule.quantity,
    comparator: rule.comparator,
    nature: rule.nature ?? null,
    rounding: rule.rounding,
    year: rule.year,
    aspirational: rule.aspirational ?? false,
    status: o.status,
    missing: o.status === 'ok' ? null : o.missing,
    value: valueText(rule),
    exact: exact === null ? null : decimalString(exact),
    count,
    min: counted(ok?.min ?? null, rule.rounding),
    max: counted(ok?.max ?? null, rule.rounding),
    binding: ok?.binding ?? null,
    aggregate: counted(ok?.aggregate ?? null, rule.rounding),
    base: o.base,
    from: o.from,
    facilities: o.facilities,
    stock: stock ? Object.freeze({ id: stock.id, value: stock.value, year: stock.year }) : null,
    gap:
      stock && required !== null && rule.quantity === stock.quantity
        ? gapOfStock(rule, stock, count !== null ? new Dec(count) : (exact as Dec), ctx)
        : null,
    trajectory: ok?.trajectory ? Object.freeze(ok.trajectory) : null,
    source: rule.source,
  })
}

/**
 * The gap of a rule's requirement to its stock, from the decimals the evaluation made (the
 * gap kernel, as `gap` computes it); a requirement beyond what `gap` accepts as a number
 * (above 10^15, or a non-zero one below 10^-15) goes through `gap` itself, for its error.
 */
function gapOfStock(
  rule: Rule,
  stock: Plan['stocks'][number],
  required: Dec,
  ctx: RuleContext,
): Gap {
  const abs = required.abs()
  if (abs.gt(MAX_MAGNITUDE) || (!abs.isZero() && abs.lt(MIN_MAGNITUDE))) {
    const value = decimalString(required)
    const have = { quantity: stock.quantity, value: stock.value }
    return gap({ quantity: stock.quantity, value }, have, rule.comparator)
  }
  const s = ctx.dec(stock.value)
  const g = gapOf(required, s, rule.comparator)
  return Object.freeze({
    type: 'gap',
    quantity: stock.quantity,
    comparator: rule.comparator,
    required: decimalString(required),
    stock: decimalString(s),
    difference: decimalString(g.difference),
    status: g.status,
    by: decimalString(g.by),
  })
}

/** A stated level as a result: what the document requires, with nothing derived. @internal */
export function levelResult(rule: LevelRule): LevelResult {
  return Object.freeze({
    rule: rule.id,
    label: Object.freeze({ zh: rule.label.zh, en: rule.label.en ?? null }),
    type: 'level',
    quantity: rule.quantity,
    unit: rule.unit,
    comparator: rule.comparator,
    nature: rule.nature ?? null,
    year: rule.year,
    aspirational: rule.aspirational ?? false,
    value: valueText(rule),
    source: rule.source,
  })
}

/** Each (frozen) plan's stocks by the rule they name. */
const stocksByRule = new WeakMap<Plan['stocks'], Map<string, Plan['stocks'][number][]>>()

/** The latest stock linked to a rule, in or before the rule's year. @internal */
export function pickStock(id: string, year: number, plan: Plan) {
  let byRule = stocksByRule.get(plan.stocks)
  if (!byRule) {
    byRule = new Map()
    for (const s of plan.stocks) {
      if (s.rule === undefined) continue
      const list = byRule.get(s.rule)
      if (list) list.push(s)
      else byRule.set(s.rule, [s])
    }
    if (Object.isFrozen(plan.stocks)) stocksByRule.set(plan.stocks, byRule)
  }
  let best: Plan['stocks'][number] | undefined
  for (const s of byRule.get(id) ?? []) {
    if (s.year > year) continue
    if (!best || s.year > best.year) best = s
  }
  return best
}
