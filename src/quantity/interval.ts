/**
 * Intervals of exact decimals: the range a printed rounded value stands for, ranges such as
 * "5-6", and the intersection of implied populations.
 */
import { checkPath, Dec, decimalString, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import {
  type Bounds,
  boundsContain,
  boundsJson,
  intersectBounds,
  isEmpty,
} from '../kernel/bounds.js'
import { printedBounds, printedDecimals } from '../kernel/printed.js'
import {
  flagOf,
  isSavedCall,
  madeBy,
  optionsOf,
  savedFields,
  type What,
  wrongType,
} from '../made.js'

/** The intervals the library made (module-private). */
const MADE = madeBy<Interval>()
const INTERVAL: What = {
  en: 'an interval { lo, hi, loClosed, hiClosed } (from interval())',
  zh: '区间 { lo, hi, loClosed, hiClosed }（由 interval() 得到）',
}
const INTERVAL_KEYS = ['lo', 'hi', 'loClosed', 'hiClosed'] as const

/** The JSON form of bounds, recorded as made by the library. @internal */
export function madeInterval(b: Bounds): Interval {
  return MADE.mark(boundsJson(b))
}

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
 * Builds a validated interval. `interval(json)` reads a saved interval back with the same checks.
 *
 * @throws BedstaffError `invalid-interval`, `invalid-number`, `invalid-options`;
 *   `interval(json)` also `invalid-argument` (not an interval, an unknown field, a flag that is
 *   not a boolean)
 * @example
 * ```ts
 * import { interval, printedInterval } from 'bedstaff'
 * import { stableJson } from 'bedstaff/report'
 *
 * interval('5', '6') // => {"lo":"5","hi":"6","loClosed":true,"hiClosed":true}   (“5-6名”)
 * interval('0.6', '1', { hiClosed: false }).hiClosed // => false
 * interval('6', '5') // throws invalid-interval
 * interval('5', '6', { hiClosed: 'no' as never }) // throws invalid-options
 * const saved = JSON.parse(stableJson(printedInterval('3.00')))
 * interval(saved) // => {"lo":"2.995","hi":"3.005","loClosed":true,"hiClosed":false}
 * interval({ ...saved, lo: '3.1' }) // throws invalid-interval
 * interval({ ...saved, hi: 'Infinity' }) // throws non-finite-number
 * ```
 */
export function interval(saved: Interval): Interval
export function interval(
  lo: string | number,
  hi: string | number,
  opts?: { readonly loClosed?: boolean; readonly hiClosed?: boolean },
  path?: Path,
): Interval
export function interval(lo: unknown, hi?: unknown, opts?: unknown, at?: Path): Interval {
  if (isSavedCall(lo, hi, opts, at)) return validInterval(lo, [])
  const path = checkPath(at ?? [])
  const l = toDecimal(lo, [...path, 'lo'])
  const h = toDecimal(hi, [...path, 'hi'])
  const o = optionsOf(opts, ['loClosed', 'hiClosed'])
  const loClosed = flagOf(o.loClosed, true, ['options', 'loClosed'])
  const hiClosed = flagOf(o.hiClosed, true, ['options', 'hiClosed'])
  return fromDecimals(l, h, loClosed, hiClosed, path)
}

/** @internal */
export function fromDecimals(
  lo: Dec,
  hi: Dec,
  loClosed: boolean,
  hiClosed: boolean,
  path: Path = [],
): Interval {
  const b = { lo, hi, loClosed, hiClosed }
  if (isEmpty(b)) fail('invalid-interval', path, { lo: decimalString(lo), hi: decimalString(hi) })
  return madeInterval(b)
}

/** The exact bounds of an interval the library made (its ends are decimal strings). @internal */
export function boundsOf(i: Interval): Bounds {
  return { lo: new Dec(i.lo), hi: new Dec(i.hi), loClosed: i.loClosed, hiClosed: i.hiClosed }
}

/**
 * An interval a function was given: the interval itself when the library made it; anything
 * else is checked field by field as {@link interval} checks its arguments. @internal
 *
 * @throws BedstaffError the errors of `interval(json)`, at `path`
 */
export function validInterval(value: unknown, path: Path): Interval {
  if (MADE.has(value)) return value
  const o = savedFields(value, INTERVAL, INTERVAL_KEYS, path)
  const lo = toDecimal(o.lo, [...path, 'lo'])
  const hi = toDecimal(o.hi, [...path, 'hi'])
  const closed = (key: 'loClosed' | 'hiClosed'): boolean => {
    const v = o[key]
    if (typeof v !== 'boolean')
      return wrongType({ en: 'true or false', zh: '真或假' }, v, [...path, key])
    return v
  }
  return fromDecimals(lo, hi, closed('loClosed'), closed('hiClosed'), path)
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
  const value = toDecimal(printed, path) // refuses what is not a number, before it is printed
  const text = String(printed).trim()
  return madeInterval(printedBounds(value, printedDecimals(text)))
}

/**
 * Whether a value lies inside an interval, honouring open and closed ends.
 *
 * @throws BedstaffError the errors of `interval(json)` at `interval`, and of
 *   `toDecimal` for the value
 * @example
 * ```ts
 * import { contains, printedInterval } from 'bedstaff'
 *
 * contains(printedInterval('3.00'), '3.0025') // => true   (6005 beds per 2,000,000 × 1000)
 * contains(printedInterval('3.00'), '3.005') // => false
 * contains({ lo: '3', hi: '2', loClosed: true, hiClosed: true }, '2.5') // throws invalid-interval
 * ```
 */
export function contains(i: Interval, value: string | number | Dec): boolean {
  const b = boundsOf(validInterval(i, ['interval']))
  return boundsContain(b, toDecimal(value))
}

/**
 * The intersection of intervals, or `null` when they do not overlap (or none are given).
 *
 * @throws BedstaffError `invalid-argument` (not a list), and the errors of
 *   `interval(json)` at `intervals[i]`
 * @example
 * ```ts
 * import { interval, intersect } from 'bedstaff'
 *
 * intersect([interval('1', '3'), interval('2', '5')]) // => {"lo":"2","hi":"3","loClosed":true,"hiClosed":true}
 * intersect([interval('1', '2'), interval('3', '4')]) // => null
 * ```
 */
export function intersect(intervals: readonly Interval[]): Interval | null {
  if (!Array.isArray(intervals)) {
    return wrongType({ en: 'a list of intervals', zh: '区间列表' }, intervals, ['intervals'])
  }
  const b = intersectBounds(intervals.map((i, k) => boundsOf(validInterval(i, ['intervals', k]))))
  return b === null ? null : madeInterval(b)
}
