/**
 * Bounds: the one interval type of the library's arithmetic. Exact `Dec` ends, each closed or
 * open. The public {@link Interval} is the JSON form of the same thing (decimal-string ends).
 *
 * Decided once: a printed value stands for the **half-open** interval that half-up rounding at
 * its printed decimals maps onto it ("3.00" stands for [2.995, 3.005)), and every derived bound
 * keeps the open/closed flags of what it came from. Where the auditor asks whether a document's
 * figures can agree, it tests against the {@link closure} of the bounds: a value on the very edge
 * is what half-even or half-down rounding would have printed, so it is never called an error.
 */
import { Dec, decimalString } from '../decimal.js'

/** The JSON form of bounds: decimal-string ends (the public `Interval` has this shape). */
export interface BoundsJson {
  readonly lo: string
  readonly hi: string
  readonly loClosed: boolean
  readonly hiClosed: boolean
}

/** An interval of exact decimals: `lo` to `hi`, each end closed (included) or open. */
export interface Bounds {
  readonly lo: Dec
  readonly hi: Dec
  readonly loClosed: boolean
  readonly hiClosed: boolean
}

/**
 * The closed point interval [v, v].
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.pointBounds(toDecimal(9160))) // => {"lo":"9160","hi":"9160","loClosed":true,"hiClosed":true}
 * ```
 */
export function pointBounds(v: Dec): Bounds {
  return { lo: v, hi: v, loClosed: true, hiClosed: true }
}

/**
 * The same bounds with both ends closed.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.closure(kernels.printedBounds(toDecimal('3'), 2)).hiClosed // => true
 * ```
 */
export function closure(b: Bounds): Bounds {
  return b.loClosed && b.hiClosed ? b : { ...b, loClosed: true, hiClosed: true }
}

/**
 * Whether bounds hold nothing: lo above hi, or lo = hi with an open end.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.isEmpty({ lo: toDecimal(1), hi: toDecimal(1), loClosed: true, hiClosed: false }) // => true
 * ```
 */
export function isEmpty(b: Bounds): boolean {
  return b.lo.gt(b.hi) || (b.lo.eq(b.hi) && !(b.loClosed && b.hiClosed))
}

/**
 * Whether a value lies within bounds, honouring open and closed ends.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const printed300 = kernels.printedBounds(toDecimal('3'), 2)
 * kernels.boundsContain(printed300, toDecimal('3.0025')) // => true
 * kernels.boundsContain(printed300, toDecimal('3.005')) // => false
 * ```
 */
export function boundsContain(b: Bounds, v: Dec): boolean {
  const aboveLo = b.loClosed ? v.gte(b.lo) : v.gt(b.lo)
  const belowHi = b.hiClosed ? v.lte(b.hi) : v.lt(b.hi)
  return aboveLo && belowHi
}

/**
 * The intersection of bounds, or `null` when it is empty (or the list is). Where two ends are
 * equal, the end is closed only if both are.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const a = kernels.printedBounds(toDecimal('4.58'), 2)
 * const b = kernels.printedBounds(toDecimal('4.6'), 1)
 * kernels.boundsJson(kernels.intersectBounds([a, b]) ?? a) // => {"lo":"4.575","hi":"4.585","loClosed":true,"hiClosed":false}
 * ```
 */
export function intersectBounds(list: readonly Bounds[]): Bounds | null {
  const [first, ...rest] = list
  if (first === undefined) return null
  let { lo, hi, loClosed, hiClosed } = first
  for (const b of rest) {
    if (b.lo.gt(lo)) {
      lo = b.lo
      loClosed = b.loClosed
    } else if (b.lo.eq(lo)) loClosed = loClosed && b.loClosed
    if (b.hi.lt(hi)) {
      hi = b.hi
      hiClosed = b.hiClosed
    } else if (b.hi.eq(hi)) hiClosed = hiClosed && b.hiClosed
  }
  const out = { lo, hi, loClosed, hiClosed }
  return isEmpty(out) ? null : out
}

/**
 * Whether two bounds share a point.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.overlap(kernels.pointBounds(toDecimal(6005)), kernels.printedBounds(toDecimal(6000), 0)) // => false
 * ```
 */
export function overlap(a: Bounds, b: Bounds): boolean {
  return intersectBounds([a, b]) !== null
}

/**
 * The bounds of a sum: lows add, highs add; an end is closed only where every part's is.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const parts = [kernels.printedBounds(toDecimal('3.00'), 2), kernels.printedBounds(toDecimal('1.08'), 2)]
 * kernels.boundsJson(kernels.addBounds(parts)) // => {"lo":"4.07","hi":"4.09","loClosed":true,"hiClosed":false}
 * ```
 */
export function addBounds(parts: readonly Bounds[]): Bounds {
  let acc = pointBounds(new Dec(0))
  for (const p of parts) {
    acc = {
      lo: acc.lo.plus(p.lo),
      hi: acc.hi.plus(p.hi),
      loClosed: acc.loClosed && p.loClosed,
      hiClosed: acc.hiClosed && p.hiClosed,
    }
  }
  return acc
}

/**
 * a − b.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.subBounds(kernels.pointBounds(toDecimal(9160)), kernels.pointBounds(toDecimal(6855)))).lo // => "2305"
 * ```
 */
export function subBounds(a: Bounds, b: Bounds): Bounds {
  return {
    lo: a.lo.minus(b.hi),
    hi: a.hi.minus(b.lo),
    loClosed: a.loClosed && b.hiClosed,
    hiClosed: a.hiClosed && b.loClosed,
  }
}

/**
 * Bounds times a non-negative factor.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.scaleBounds(kernels.printedBounds(toDecimal('0.2'), 1), toDecimal(100))).hi // => "25"
 * ```
 */
export function scaleBounds(b: Bounds, factor: Dec): Bounds {
  return { ...b, lo: b.lo.times(factor), hi: b.hi.times(factor) }
}

/**
 * a / b for non-negative a and positive b, or `null` where b reaches 0.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const q = kernels.divBounds(kernels.pointBounds(toDecimal(8400)), kernels.pointBounds(toDecimal(7300)))
 * q?.lo.toDecimalPlaces(4).toString() // => "1.1507"
 * ```
 */
export function divBounds(a: Bounds, b: Bounds): Bounds | null {
  if (b.lo.lte(0)) return null
  return {
    lo: a.lo.div(b.hi),
    hi: a.hi.div(b.lo),
    loClosed: a.loClosed && b.hiClosed,
    hiClosed: a.hiClosed && b.loClosed,
  }
}

/**
 * The JSON form of bounds: the library's public {@link Interval}.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.printedBounds(toDecimal('5'), 0)) // => {"lo":"4.5","hi":"5.5","loClosed":true,"hiClosed":false}
 * ```
 */
export function boundsJson(b: Bounds): BoundsJson {
  return Object.freeze({
    lo: decimalString(b.lo),
    hi: decimalString(b.hi),
    loClosed: b.loClosed,
    hiClosed: b.hiClosed,
  })
}

/**
 * The product of two non-negative bounds: a count within one interval times a scale within
 * another (200 vehicles × [44,500, 45,500) people each).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const per = { lo: toDecimal(44_500), hi: toDecimal(45_500), loClosed: true, hiClosed: false }
 * kernels.boundsJson(kernels.timesBounds(kernels.pointBounds(toDecimal(200)), per)) // => {"lo":"8900000","hi":"9100000","loClosed":true,"hiClosed":false}
 * ```
 */
export function timesBounds(a: Bounds, b: Bounds): Bounds {
  return {
    lo: a.lo.times(b.lo),
    hi: a.hi.times(b.hi),
    loClosed: a.loClosed && b.loClosed,
    hiClosed: a.hiClosed && b.hiClosed,
  }
}
