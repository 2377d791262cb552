/**
 * The bounds a stated figure stands for, through the kernels: a count is exact; a printed rate,
 * ratio, share or level stands for the half-open interval of half-up rounding at its printed
 * decimals ("3.00" stands for [2.995, 3.005)). Where the auditor asks whether figures can agree,
 * it tests the closures, so a value on the very edge of a printed interval is never an error.
 */
import { Dec, decimalString, MAX_MAGNITUDE } from '../decimal.js'
import { throughExact } from '../kernel/arithmetic.js'
import { type Bounds, closure, overlap, pointBounds, scaleBounds } from '../kernel/bounds.js'
import {
  lastDigitUnit,
  moreThanBounds,
  printedBounds,
  printedDecimals,
  roundedToUnitBounds,
} from '../kernel/printed.js'
import type { Figure } from '../plan/schema.js'

/** What the bounds of a figure depend on. @internal */
export type FigureValue = Pick<Figure, 'form' | 'value' | 'printed'> & {
  readonly bound?: Figure['bound']
}

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

const UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }

/**
 * A count printed in 万 or 亿 ("1.2万张", "875.3万") stands for the interval of its printed
 * precision times the unit: 1.2万 is [11500, 12500). `null` where it is printed in full. @internal
 */
export function unitPrinted(value: string, printed: string): { number: string; unit: Dec } | null {
  const target = new Dec(value)
  for (const m of foldDigits(printed).matchAll(/(\d+(?:\.\d+)?)\s*([万亿])/g)) {
    const unit = new Dec(UNITS[m[2] ?? ''] ?? 1)
    if (throughExact(new Dec(m[1] ?? '0'), unit).eq(target)) return { number: m[1] ?? '0', unit }
  }
  return null
}

/** The interval a figure's own printed text gives, before any stated bound. */
function printedOwn(f: FigureValue, v: Dec): Bounds {
  const inUnits = unitPrinted(f.value, f.printed)
  if (inUnits) {
    const n = new Dec(inUnits.number)
    return scaleBounds(printedBounds(n, printedDecimals(inUnits.number)), inUnits.unit)
  }
  if (f.form === 'count' || f.form === 'increment') return pointBounds(v)
  return printedBounds(v, printedPlaces(f.value, f.printed))
}

/** The number a "多/余" figure was printed with, and its unit: "600多万" → 600, 万. */
function moreThan(f: FigureValue, v: Dec): Bounds {
  const inUnits = unitPrinted(f.value, f.printed)
  const digits = inUnits?.number ?? f.value
  const unit = throughExact(lastDigitUnit(digits), inUnits?.unit ?? new Dec(1))
  return moreThanBounds(v, unit)
}

/**
 * The bounds a figure stands for. A count or increment is exact unless printed in 万/亿 (the
 * interval of its printed precision); a rate, ratio, share or level stands for the interval of
 * its printed decimals. A stated `bound` then widens it: `approx` keeps the printed interval
 * (a count's taken at its last non-zero digit), `more-than` 多/余 runs to the next unit of the
 * last printed digit, `over`/`at-least` have no upper end and `under`/`at-most` none below (the
 * library's supported range, 0 to 10^15, stands for "no end"). Figures are frozen, so each
 * one's bounds are computed once. @internal
 */
export function figureBounds(f: FigureValue): Bounds {
  const known = memo.get(f)
  if (known) return known
  const v = new Dec(f.value)
  const own = printedOwn(f, v)
  const zero = new Dec(0)
  let b: Bounds
  switch (f.bound) {
    case 'approx':
      // a plain count "约9000" is taken at its last non-zero digit; anything else as printed
      b =
        (f.form === 'count' || f.form === 'increment') && !unitPrinted(f.value, f.printed)
          ? roundedToUnitBounds(v, lastDigitUnit(f.value))
          : own
      break
    case 'more-than':
      b = moreThan(f, v)
      break
    case 'over':
      b = { lo: own.lo, hi: MAX_MAGNITUDE, loClosed: false, hiClosed: true }
      break
    case 'at-least':
      b = { lo: own.lo, hi: MAX_MAGNITUDE, loClosed: own.loClosed, hiClosed: true }
      break
    case 'under':
      b = { lo: zero, hi: own.hi, loClosed: true, hiClosed: false }
      break
    case 'at-most':
      b = { lo: zero, hi: own.hi, loClosed: true, hiClosed: own.hiClosed }
      break
    default:
      b = own
  }
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
