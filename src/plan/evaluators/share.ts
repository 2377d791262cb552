/**
 * Shares: fraction × amount ("卫技人员占比不少于70%"), and the compound minimum "负压救护车比例
 * 不低于20%且不少于2辆" = max(ceil(20% × n), 2) where the rule has an absolute floor.
 */
import type { Dec } from '../../decimal.js'
import { compoundMinimumOf, throughExact } from '../../kernel/arithmetic.js'
import { shareFraction } from '../../quantity/share.js'
import type { Rule } from '../schema.js'
import { amountFrom } from './amount-from.js'
import { overFacilities } from './facility-sum.js'
import { computed, notComputed, type Outcome, type RuleContext } from './outcome.js'

type Share = Extract<Rule, { type: 'share' }>

/** The fractions of the share texts met so far ("20%" → 0.2): each text read once. */
const fractions = new Map<string, Dec>()
function fractionOf(value: string): Dec {
  let f = fractions.get(value)
  if (f === undefined) {
    f = shareFraction(value)
    if (fractions.size > 10_000) fractions.clear()
    fractions.set(value, f)
  }
  return f
}

/** Evaluates a share rule. @internal */
export function evaluateShare(rule: Share, ctx: RuleContext): Outcome {
  const fraction = fractionOf(rule.value)
  if (rule.from.kind === 'facilities') {
    return overFacilities(rule, ctx, rule.from.scope, rule.from.beds, false, (beds) => ({
      exact: throughExact(beds, fraction),
      min: null,
      max: null,
      band: null,
    }))
  }
  const got = amountFrom(rule.from, ctx)
  if ('missing' in got) return notComputed('input-missing', got.missing)
  if (rule.floor === undefined) {
    return computed({ from: got.from, exact: throughExact(got.amount, fraction) })
  }
  const m = compoundMinimumOf(got.amount, fraction, ctx.dec(rule.floor))
  return computed({ from: got.from, exact: m.shareExact, count: m.count, binding: m.binding })
}
