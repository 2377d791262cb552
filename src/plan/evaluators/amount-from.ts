/**
 * The amount a ratio or share multiplies, when it is another rule's count or a stock.
 */
import { type Dec, decimalString } from '../../decimal.js'
import type { RuleResult } from '../result.js'
import type { From } from '../schema.js'
import type { RuleContext } from './outcome.js'

/** The amount and where it came from, or what is missing. @internal */
export function amountFrom(
  from: Exclude<From, { kind: 'facilities' }>,
  ctx: RuleContext,
): { amount: Dec; from: NonNullable<RuleResult['from']> } | { missing: string } {
  if (from.kind === 'stock') {
    const s = ctx.plan.stocks.find((x) => x.id === from.id)
    if (!s) return { missing: `stock "${from.id}"` }
    return {
      amount: ctx.dec(s.value),
      from: Object.freeze({ kind: 'stock', id: s.id, quantity: s.quantity, value: s.value }),
    }
  }
  const dep = ctx.results.get(from.id)
  if (dep?.status !== 'ok') {
    return {
      missing: `rule "${from.id}" has no result (${dep?.missing ?? 'not evaluated'})`,
    }
  }
  // the rule's count where it has one (a requirement is a whole count), else its exact value
  const amount =
    dep.count !== null ? ctx.dec(dep.count) : dep.exact !== null ? ctx.dec(dep.exact) : null
  if (amount === null) return { missing: `rule "${from.id}" gives a range, not one amount` }
  return {
    amount,
    from: Object.freeze({
      kind: 'rule',
      id: from.id,
      quantity: dep.quantity,
      value: decimalString(amount),
    }),
  }
}
