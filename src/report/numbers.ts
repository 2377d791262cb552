/**
 * Numbers as a reader sees them in a table: digits grouped by thousands, exact values cut to a
 * readable precision (marked `~` when cut), ratios written `1:x`. Formatting only: the
 * library's decimal strings go in, text comes out; JSON and CSV keep the full values.
 */
import { Dec } from '../decimal.js'

/** Most significant digits a number in a table shows. @internal */
export const MAX_SHOWN_DIGITS = 12

/** How many decimals, beyond those a rule prints, a table shows of its exact value. @internal */
export const EXTRA_PLACES = 2

const PLAIN_DECIMAL = /^(-?)(\d+)(\.\d+)?$/

/**
 * A plain decimal string with its whole part grouped by thousands; any other text unchanged.
 * @internal
 */
export function groupDigits(text: string): string {
  const m = PLAIN_DECIMAL.exec(text)
  if (m === null) return text
  const whole = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${m[1] ?? ''}${whole}${m[3] ?? ''}`
}

/**
 * The decimal places a rule's value is printed with: "4.58" has 2, "20%" 0, and a range the
 * places of its more precise end ("0.6-1" has 1).
 * @internal
 */
export function printedPlaces(value: string): number {
  const places = value.match(/\d+(?:\.\d+)?/g)?.map((n) => n.split('.')[1]?.length ?? 0) ?? [0]
  return Math.max(0, ...places)
}

/**
 * An exact decimal string for a table: rounded half-up to `places` decimals and to at most
 * {@link MAX_SHOWN_DIGITS} significant digits, trailing zeros dropped, grouped by thousands,
 * and marked `~` when the rounding dropped a digit. Text that is not a plain decimal is
 * returned as it is.
 * @internal
 */
export function shownNumber(exact: string, places: number): string {
  if (!PLAIN_DECIMAL.test(exact)) return exact
  const d = new Dec(exact)
  const whole = d.abs().lt(1) ? 0 : d.abs().truncated().toFixed().length
  const kept = Math.max(0, Math.min(places, MAX_SHOWN_DIGITS - whole))
  const cut = d.toDecimalPlaces(kept, Dec.ROUND_HALF_UP)
  const text = cut.isZero() ? '0' : cut.toFixed()
  return `${cut.eq(d) ? '' : '~'}${groupDigits(text)}`
}

/**
 * A rule's exact value for a table: to the rule's printed precision plus
 * {@link EXTRA_PLACES} decimals (see {@link shownNumber}).
 * @internal
 */
export function shownExact(exact: string, ruleValue: string): string {
  return shownNumber(exact, printedPlaces(ruleValue) + EXTRA_PLACES)
}

/**
 * A count for a table, grouped by thousands.
 * @internal
 */
export function shownCount(count: number | null | undefined): string | null {
  return count === null || count === undefined ? null : groupDigits(String(count))
}

/**
 * A ratio rule's value as the documents write it: "1.15" nurses per physician is `1:1.15`.
 * @internal
 */
export function ratioText(value: string): string {
  return `1:${value}`
}
