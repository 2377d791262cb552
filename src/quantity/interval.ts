/**
 * Intervals of exact decimals: the range a printed rounded value stands for, ranges such as
 * "5-6", and the intersection of implied populations.
 */
import { Dec, decimalString, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import {
  type Bounds,
  boundsContain,
  boundsJson,
  intersectBounds,
  isEmpty,
  printedBounds,
  printedDecimals,
} from '../kernel/bounds.js'

/**
 * An interval with exact decimal-string bounds, the JSON form of the kernels' `Bounds`.
 * `loClosed`/`hiClosed` say whether each bound belongs to it: "3.00" printed half-up stands
 * for [2.995, 3.005).
 *
 * @example
 * ```ts
 * import { contains, type Interval } from 'bedstaff'
 *
 * const printed300: Interval = { lo: '2.995', hi: '3.005', loClosed: true, hiClosed: false }
 * contains(printed300, '2.995') // => true
 * contains(printed300, '3.005') // => false
 * ```
 */
export interface Interval {
  readonly lo: string
  readonly hi: string
  readonly loClosed: boolean
  readonly hiClosed: boolean
}

/**
 * Builds a validated interval.
 *
 * @throws BedstaffError `invalid-interval`, `invalid-number`
 * @example
 * ```ts
 * import { interval } from 'bedstaff'
 *
 * interval('5', '6') // => {"lo":"5","hi":"6","loClosed":true,"hiClosed":true}   (“5-6名”)
 * interval('0.6', '1', { hiClosed: false }).hiClosed // => false
 * interval('6', '5') // throws invalid-interval
 * ```
 */
export function interval(
  lo: string | number,
  hi: string | number,
  opts: { readonly loClosed?: boolean; readonly hiClosed?: boolean } = {},
  path: Path = [],
): Interval {
  const l = toDecimal(lo, [...path, 'lo'])
  const h = toDecimal(hi, [...path, 'hi'])
  return fromDecimals(l, h, opts.loClosed ?? true, opts.hiClosed ?? true)
}

/** @internal */
export function fromDecimals(lo: Dec, hi: Dec, loClosed: boolean, hiClosed: boolean): Interval {
  const b = { lo, hi, loClosed, hiClosed }
  if (isEmpty(b)) fail('invalid-interval', [], { lo: decimalString(lo), hi: decimalString(hi) })
  return boundsJson(b)
}

/** The exact bounds of an interval the library made (its ends are decimal strings). @internal */
export function boundsOf(i: Interval): Bounds {
  return { lo: new Dec(i.lo), hi: new Dec(i.hi), loClosed: i.loClosed, hiClosed: i.hiClosed }
}

/**
 * The interval a printed, half-up rounded value stands for: "4.58" → [4.575, 4.585),
 * "0.3" → [0.25, 0.35), "5" → [4.5, 5.5).
 *
 * @throws BedstaffError `invalid-number`
 * @example
 * ```ts
 * import { printedInterval } from 'bedstaff'
 *
 * printedInterval('3.00') // => {"lo":"2.995","hi":"3.005","loClosed":true,"hiClosed":false}
 * printedInterval('5') // => {"lo":"4.5","hi":"5.5","loClosed":true,"hiClosed":false}
 * ```
 */
export function printedInterval(printed: string | number, path: Path = []): Interval {
  const text = String(printed).trim()
  return boundsJson(printedBounds(toDecimal(text, path), printedDecimals(text)))
}

/**
 * Whether a value lies inside an interval, honouring open and closed ends.
 *
 * @example
 * ```ts
 * import { contains, printedInterval } from 'bedstaff'
 *
 * contains(printedInterval('3.00'), '3.0025') // => true   (6005 beds per 2,000,000 × 1000)
 * contains(printedInterval('3.00'), '3.005') // => false
 * ```
 */
export function contains(i: Interval, value: string | number | Dec): boolean {
  const v = typeof value === 'object' ? value : toDecimal(value)
  return boundsContain(boundsOf(i), v)
}

/**
 * The intersection of intervals, or `null` when they do not overlap.
 *
 * @example
 * ```ts
 * import { interval, intersect } from 'bedstaff'
 *
 * intersect([interval('1', '3'), interval('2', '5')]) // => {"lo":"2","hi":"3","loClosed":true,"hiClosed":true}
 * intersect([interval('1', '2'), interval('3', '4')]) // => null
 * ```
 */
export function intersect(intervals: readonly Interval[]): Interval | null {
  const b = intersectBounds(intervals.map(boundsOf))
  return b === null ? null : boundsJson(b)
}
