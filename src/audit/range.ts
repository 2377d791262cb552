/**
 * Closed intervals of exact decimals, for comparing printed figures: "3.00" stands for
 * [2.995, 3.005]. The auditor uses closed ends on purpose: a value on the very edge of a
 * printed interval is never reported as an error.
 */
import { Dec, decimalString } from '../decimal.js'
import type { Figure } from '../plan/schema.js'

/** A closed interval [lo, hi] of exact decimals. */
export interface Range {
  readonly lo: Dec
  readonly hi: Dec
}

/** A point interval. */
export const point = (v: Dec): Range => ({ lo: v, hi: v })

/** Decimal places of the number in `printed` that equals `value` (else of `value` itself). */
export function printedDecimals(value: string, printed: string): number {
  const folded = printed.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
  const target = new Dec(value)
  for (const m of folded.matchAll(/\d+(?:\.\d+)?/g)) {
    if (new Dec(m[0]).eq(target)) return decimalsOf(m[0])
  }
  return decimalsOf(value)
}

const decimalsOf = (s: string) => {
  const dot = s.indexOf('.')
  return dot < 0 ? 0 : s.length - dot - 1
}

/**
 * The range a figure stands for: counts and increments are exact; rates, ratios, shares and
 * levels stand for the interval of their printed decimals (a rate printed "3.00" stands for
 * [2.995, 3.005]).
 */
export function figureRange(f: Pick<Figure, 'form' | 'value' | 'printed'>): Range {
  const v = new Dec(f.value)
  if (f.form === 'count' || f.form === 'increment') return point(v)
  const half = new Dec(5).times(new Dec(10).pow(-(printedDecimals(f.value, f.printed) + 1)))
  return { lo: v.minus(half), hi: v.plus(half) }
}

/** Sum of ranges. */
export const addRanges = (rs: readonly Range[]): Range =>
  rs.reduce((a, r) => ({ lo: a.lo.plus(r.lo), hi: a.hi.plus(r.hi) }), point(new Dec(0)))

/** a − b. */
export const subRanges = (a: Range, b: Range): Range => ({
  lo: a.lo.minus(b.hi),
  hi: a.hi.minus(b.lo),
})

/** a / b for positive ranges. */
export const divRanges = (a: Range, b: Range): Range | null =>
  b.lo.lte(0) ? null : { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) }

/** Whether two closed ranges share a point. */
export const overlaps = (a: Range, b: Range): boolean => a.lo.lte(b.hi) && b.lo.lte(a.hi)

/** The intersection of closed ranges, or null. */
export function intersectRanges(rs: readonly Range[]): Range | null {
  const [first, ...rest] = rs
  if (!first) return null
  let lo = first.lo
  let hi = first.hi
  for (const r of rest) {
    if (r.lo.gt(lo)) lo = r.lo
    if (r.hi.lt(hi)) hi = r.hi
  }
  return lo.lte(hi) ? { lo, hi } : null
}

/** The JSON form of a range. */
export const rangeJson = (r: Range) => ({ lo: decimalString(r.lo), hi: decimalString(r.hi) })
