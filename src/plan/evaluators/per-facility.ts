/**
 * A fixed count per facility in scope ("二级以上医院公共卫生医生不少于5人"): value × the number
 * of facilities present in the rule's year.
 */
import { Dec, decimalString } from '../../decimal.js'
import { throughExact } from '../../kernel/arithmetic.js'
import type { Rule } from '../schema.js'
import { computed, type Outcome, type RuleContext } from './outcome.js'
import { presentIn } from './statics.js'

type PerFacility = Extract<Rule, { type: 'per-facility' }>

/** Evaluates a per-facility rule. @internal */
export function evaluatePerFacility(rule: PerFacility, ctx: RuleContext): Outcome {
  // a facility is present unless its table prints "-" or leaves the year blank (null)
  const n = new Dec(presentIn(ctx.plan.facilities, rule.scope, rule.year))
  const times = (v: string | undefined) => (v === undefined ? null : throughExact(n, ctx.dec(v)))
  return computed({
    from: Object.freeze({
      kind: 'facilities',
      id: null,
      quantity: 'institutions',
      value: decimalString(n),
    }),
    exact: times(rule.value),
    min: times(rule.range?.min),
    max: times(rule.range?.max),
  })
}
