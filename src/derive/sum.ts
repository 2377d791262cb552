/**
 * Components against totals: 6005 + 2151 + 1004 = 9160 beds, and 3.00 + 1.08 + 0.50 = 4.58.
 */
import { Dec, decimalString, describe, nonNegative } from '../decimal.js'
import { fail } from '../errors.js'
import { perCapitaExact, sumOf } from '../kernel/arithmetic.js'
import { type BaseKind, failBaseMismatch } from '../population/base.js'
import { type QuantityKind, sameKind } from '../quantity/kinds.js'
import { type Rate, rate, validRate } from '../quantity/rate.js'

/**
 * The sum of components against a stated total: `residual = total − sum`.
 *
 * @example
 * ```ts
 * import { type ComponentSum, sumComponents } from 'bedstaff'
 *
 * const s: ComponentSum = sumComponents([2892, 1611, 2100], 6653) // 2020 beds, Cixi 2016–2020
 * s.residual // => "50"
 * s.equal // => false
 * ```
 */
export interface ComponentSum {
  readonly type: 'component-sum'
  readonly parts: readonly string[]
  readonly sum: string
  readonly total: string
  readonly residual: string
  /** `true` when the parts add up to the total exactly. */
  readonly equal: boolean
}

/**
 * Adds components and compares them with a total, exactly.
 *
 * @throws BedstaffError `invalid-number` (parts that are not a list, or a part that is not a
 *   number), `negative-value`, `empty-input` (no parts)
 * @example
 * ```ts
 * import { sumComponents } from 'bedstaff'
 *
 * sumComponents([6005, 2151, 1004], 9160) // => {"type":"component-sum","parts":["6005","2151","1004"],"sum":"9160","total":"9160","residual":"0","equal":true}
 * sumComponents([6005, -2151], 9160) // throws negative-value
 * sumComponents([], 5) // throws empty-input
 * ```
 */
export function sumComponents(
  parts: readonly (string | number)[],
  total: string | number,
): ComponentSum {
  if (!Array.isArray(parts)) fail('invalid-number', ['parts'], { received: typeof parts })
  if (parts.length === 0) fail('empty-input', ['parts'])
  const values = parts.map((p, i) => nonNegative(p, ['parts', i]))
  const sum = sumOf(values)
  const t = nonNegative(total, ['total'])
  const residual = t.minus(sum)
  return Object.freeze({
    type: 'component-sum',
    parts: Object.freeze(values.map(decimalString)),
    sum: decimalString(sum),
    total: decimalString(t),
    residual: decimalString(residual),
    equal: residual.isZero(),
  })
}

/**
 * Adds rates of one quantity and one base into one rate, at the first rate's scale (others are
 * rescaled exactly). The printed form is the exact sum.
 *
 * @throws BedstaffError `kind-mismatch`, `base-mismatch`, `empty-input`, `invalid-argument`
 *   (not a list), `number-out-of-range` (a sum beyond what a rate holds), and the errors of
 *   `rate(json)` at `rates[i]`
 * @example
 * ```ts
 * import { rate, sumRates } from 'bedstaff'
 *
 * const r = (v: string) => rate('beds', v, { per: 1000, base: 'resident' })
 * sumRates([r('3.00'), r('1.08'), r('0.50')]).value // => "4.58"
 * sumRates([r('3.00'), rate('beds', '10.8', { per: 10_000, base: 'resident' })]).value // => "4.08"
 * sumRates([]) // throws empty-input
 * sumRates([r('3.00'), { ...r('1.08'), per: '0' }]) // throws non-positive-value   (at rates[1].per)
 * ```
 */
export function sumRates<Q extends QuantityKind, K extends BaseKind>(
  rates: readonly Rate<Q, K>[],
): Rate<Q, K> {
  if (!Array.isArray(rates)) fail('invalid-argument', ['rates'], LIST_OF_RATES(rates))
  const list = rates.map((r, i) => validRate(r, ['rates', i]) as Rate<Q, K>)
  const [first, ...rest] = list
  if (first === undefined) return fail('empty-input', ['rates'])
  const per = new Dec(first.per)
  rest.forEach((r, i) => {
    sameKind(first.quantity, r.quantity, ['rates', i + 1, 'quantity'])
    if (r.base !== first.base) failBaseMismatch(first.base, r.base, ['rates', i + 1, 'base'])
  })
  // each rate at the first one's scale: value × per / r.per; the sum is made a rate (and checked)
  const value = sumOf(list.map((r) => perCapitaExact(new Dec(r.value), per, new Dec(r.per))))
  const text = decimalString(nonNegative(decimalString(value), ['rates']))
  return rate(first.quantity, text, { per: first.per, base: first.base })
}

const LIST_OF_RATES = (value: unknown) => ({
  problem: `expected a list of rates, got ${describe(value)}`,
  problemZh: `应为按人口配置标准的列表，收到 ${describe(value)}`,
})
