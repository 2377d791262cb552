/**
 * Rounding modes, named the way planners speak of them. Every derivation takes one explicitly
 * and reports it in its result.
 */
import Decimal from 'decimal.js'
import { checkPath, type Dec, decimalString, describe, finiteDec } from './decimal.js'
import { fail, type Path } from './errors.js'

/**
 * How an exact value becomes a count:
 * - `ceil`: up, toward +∞. Minimums ("不少于"): the smallest count that meets the rule.
 * - `floor`: down, toward −∞. Caps ("不超过"): the largest count within the rule.
 * - `half-up`: to nearest, halves away from zero (2.5 → 3, −2.5 → −3). Display.
 * - `half-even`: to nearest, halves to the even neighbour (2.5 → 2, 3.5 → 4). Display.
 * - `none`: no count; only the exact value is reported.
 */
export type Rounding = 'ceil' | 'floor' | 'half-up' | 'half-even' | 'none'

/**
 * Every rounding mode, in a stable order.
 *
 * @example
 * ```ts
 * import { ROUNDINGS } from 'bedstaff'
 *
 * ROUNDINGS // => ["ceil","floor","half-up","half-even","none"]
 * ```
 */
export const ROUNDINGS: readonly Rounding[] = Object.freeze([
  'ceil',
  'floor',
  'half-up',
  'half-even',
  'none',
])

const MODE: Record<Exclude<Rounding, 'none'>, Decimal.Rounding> = {
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
}

/**
 * Checks that a value names a rounding mode.
 *
 * @throws BedstaffError `invalid-rounding`
 */
export function assertRounding(value: unknown, path: Path = ['rounding']): Rounding {
  if (typeof value === 'string' && (ROUNDINGS as readonly string[]).includes(value)) {
    return value as Rounding
  }
  return fail('invalid-rounding', path, {
    received: typeof value === 'string' ? value.slice(0, 40) : describe(value),
    expected: ROUNDINGS.join(', '),
  })
}

/** Most decimal places a value is rounded or displayed to. */
const MAX_DECIMALS = 20

/**
 * Checks a number of decimal places: a whole number from 0 to 20. @internal
 *
 * @throws BedstaffError `invalid-decimals`
 */
export function assertDecimals(value: unknown, path: Path = ['decimals']): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
    const shown = typeof value === 'number' || typeof value === 'string' ? String(value) : null
    fail('invalid-decimals', path, { received: shown?.slice(0, 40) ?? describe(value) })
  }
  return value
}

/**
 * Rounds an exact value to `decimals` places (0 for a count, at most 20) with a named mode.
 * `none` returns the value unchanged.
 *
 * @throws BedstaffError `invalid-number` (not a decimal), `non-finite-number`,
 *   `invalid-decimals`, `invalid-rounding`
 * @example
 * ```ts
 * import { roundTo, toDecimal } from 'bedstaff'
 *
 * roundTo(toDecimal('56.9088'), 0, 'ceil').toString() // => "57"
 * roundTo(toDecimal('1.0755'), 2, 'half-up').toString() // => "1.08"
 * roundTo(toDecimal('2.5'), 0, 'half-even').toString() // => "2"
 * roundTo(toDecimal('56.9088'), 0, 'none').toString() // => "56.9088"
 * roundTo(toDecimal('1.0755'), 21, 'half-up') // throws invalid-decimals
 * roundTo(toDecimal('1.0755'), 2, 'bogus' as never) // throws invalid-rounding
 * ```
 */
export function roundTo(value: Dec, decimals: number, rounding: Rounding): Dec {
  const v = finiteDec(value, ['value'])
  const places = assertDecimals(decimals)
  const mode = assertRounding(rounding)
  if (mode === 'none') return v
  return v.toDecimalPlaces(places, MODE[mode])
}

/**
 * The count that an exact value becomes under a rounding mode, as a JS integer, or `null` for
 * `none`. Counts above 2^53 − 1 cannot be represented exactly and are refused.
 *
 * @throws BedstaffError `count-too-large`, `invalid-rounding`, `invalid-number` (not a
 *   decimal), `non-finite-number`
 * @example
 * ```ts
 * import { countOf, toDecimal } from 'bedstaff'
 *
 * countOf(toDecimal('56.9088'), 'ceil') // => 57   (3.8 psychiatrists per 100,000 of 1,497,600)
 * countOf(toDecimal('56.9088'), 'floor') // => 56
 * countOf(toDecimal('56.9088'), 'none') // => null
 * countOf(toDecimal('1e15').times(10), 'ceil') // throws count-too-large
 * countOf(toDecimal('56.9088'), 'CEIL' as never) // throws invalid-rounding
 * ```
 */
export function countOf(value: Dec, rounding: Rounding, path: Path = []): number | null {
  checkPath(path)
  const v = finiteDec(value, [...path, 'value'])
  const mode = assertRounding(rounding)
  if (mode === 'none') return null
  const n = v.toDecimalPlaces(0, MODE[mode])
  // n.e is the decimal exponent: below 15 the count is under 10^15 and safe without a compare
  if (n.e >= 15 && n.abs().gt(Number.MAX_SAFE_INTEGER)) {
    fail('count-too-large', path, { received: decimalString(n) })
  }
  const out = n.toNumber()
  return out === 0 ? 0 : out // never -0
}
