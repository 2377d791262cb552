/**
 * The bounds a stated figure stands for, through the kernels: a count is exact; a printed rate,
 * ratio, share or level stands for the half-open interval of half-up rounding at its printed
 * decimals ("3.00" stands for [2.995, 3.005)). Where the auditor asks whether figures can agree,
 * it tests the closures, so a value on the very edge of a printed interval is never an error.
 */
import { Dec, decimalString } from '../decimal.js'
import {
  type Bounds,
  closure,
  overlap,
  pointBounds,
  printedBounds,
  printedDecimals,
} from '../kernel/bounds.js'
import type { Figure } from '../plan/schema.js'

/** What the bounds of a figure depend on. @internal */
export type FigureValue = Pick<Figure, 'form' | 'value' | 'printed'>

/** Full-width digits fold to ASCII: "７．６５" reads as "7.65". */
const foldDigits = (text: string) =>
  text.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )

/**
 * The decimal places a figure was printed with: those of the number in its printed text that
 * equals its value ("7.65(7.28)" with value 7.28 gives 2; "1:1.60" with value 1.6 gives 2), or
 * of its value where none does. @internal
 */
export function printedPlaces(value: string, printed: string): number {
  const target = new Dec(value)
  for (const m of foldDigits(printed).matchAll(/\d+(?:\.\d+)?/g)) {
    if (new Dec(m[0]).eq(target)) return printedDecimals(m[0])
  }
  return printedDecimals(value)
}

const memo = new WeakMap<object, Bounds>()

/**
 * The bounds a figure stands for: a point for counts and increments, else the interval of its
 * printed decimals. Figures are frozen, so each one's bounds are computed once. @internal
 */
export function figureBounds(f: FigureValue): Bounds {
  const known = memo.get(f)
  if (known) return known
  const v = new Dec(f.value)
  const b =
    f.form === 'count' || f.form === 'increment'
      ? pointBounds(v)
      : printedBounds(v, printedPlaces(f.value, f.printed))
  memo.set(f, b)
  return b
}

/** Whether two bounds can agree: their closures share a point. @internal */
export const canAgree = (a: Bounds, b: Bounds): boolean => overlap(closure(a), closure(b))

/** The interval of a finding's numbers: the ends of the bounds as decimal strings. @internal */
export const intervalJson = (b: Bounds): { lo: string; hi: string } => ({
  lo: decimalString(b.lo),
  hi: decimalString(b.hi),
})
