/**
 * Evaluating one rule: the evaluator of its type computes an {@link Outcome} from exact
 * decimals; this turns it into the frozen, string-valued result, with the rule's stock and gap.
 */
import { type Dec, decimalReader, decimalString } from '../decimal.js'
import { gap } from '../derive/gap.js'
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
        ? gap(
            { quantity: stock.quantity, value: required },
            { quantity: stock.quantity, value: stock.value },
            rule.comparator,
          )
        : null,
    trajectory: ok?.trajectory ? Object.freeze(ok.trajectory) : null,
    source: rule.source,
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

/** The latest stock linked to a rule, in or before the rule's year. @internal */
export function pickStock(id: string, year: number, plan: Plan) {
  let best: Plan['stocks'][number] | undefined
  for (const s of plan.stocks) {
    if (s.rule !== id || s.year > year) continue
    if (!best || s.year > best.year) best = s
  }
  return best
}
