/**
 * 1:x ratios and per-unit rules: amount × value / per (per defaults to 1), where the amount is
 * another rule's count, a stock, or each facility's beds.
 */
import type { Dec } from '../../decimal.js'
import { throughExact } from '../../kernel/arithmetic.js'
import type { Rule } from '../schema.js'
import { linearTrajectory } from '../trajectory.js'
import { amountFrom } from './amount-from.js'
import { overFacilities } from './facility-sum.js'
import { computed, notComputed, type Outcome, type RuleContext } from './outcome.js'

type Ratio = Extract<Rule, { type: 'ratio' }>

/** Evaluates a ratio rule. @internal */
export function evaluateRatio(rule: Ratio, ctx: RuleContext): Outcome {
  const per = rule.per !== undefined ? ctx.dec(rule.per) : null
  const through = (amount: Dec, v: string | undefined) =>
    v === undefined ? null : throughExact(amount, ctx.dec(v), per)
  const { range } = rule
  if (rule.from.kind === 'facilities') {
    return overFacilities(rule, ctx, rule.from.scope, rule.from.beds, !!range, (beds) => ({
      exact: through(beds, rule.value),
      min: through(beds, range?.min),
      max: through(beds, range?.max),
      band: null,
    }))
  }
  const got = amountFrom(rule.from, ctx)
  if ('missing' in got) return notComputed('input-missing', got.missing)
  const t = rule.trajectory
  return computed({
    from: got.from,
    exact: through(got.amount, rule.value),
    min: through(got.amount, range?.min),
    max: through(got.amount, range?.max),
    trajectory:
      t && rule.value !== undefined
        ? linearTrajectory(t.fromYear, t.fromValue, rule.year, rule.value).map((pt) =>
            Object.freeze({ year: pt.year, value: pt.value, exact: null, count: null }),
          )
        : null,
  })
}
