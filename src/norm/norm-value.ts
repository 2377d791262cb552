/**
 * Turns a figure as read into exact printed numbers and a {@link NormValue}: a point, a range,
 * or a point with a bracketed alternate; shares become fractions, ratios quotients, and a
 * count with 万 or 亿 its whole value ("0.9万" → 9000).
 */

import type { Comparator } from '../comparator.js'
import { Dec, decimalString, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { fractionOfPercent, ratioValue, throughExact } from '../kernel/arithmetic.js'
import type { NormForm, NormValue, PrintedNumber } from './norm.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'
import type { Digits, Expr, Term } from './read-norm-figure.js'

/** What 万 and 亿 after a figure multiply it by. */
const TIMES: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }

/** The digits as an exact decimal. */
function exact(digits: string): Dec {
  return toDecimal(digits, NORM_TEXT_PATH)
}

/** The digits as a printed number: value normalized, printed as written. */
function plain(digits: string): PrintedNumber {
  return Object.freeze({ value: decimalString(exact(digits)), printed: digits })
}

/**
 * A count as a printed number: "1万" → value 10000, printed "1万"; without 万 or 亿, as
 * {@link plain}. The product is checked like any figure (at most 1e15). @internal
 */
export function countNumber(n: Digits): PrintedNumber {
  if (n.times === null) return plain(n.digits)
  // reading a printed number: 1万 is 1 × 10,000
  const product = throughExact(exact(n.digits), new Dec(TIMES[n.times] ?? 1))
  const value = decimalString(toDecimal(decimalString(product), NORM_TEXT_PATH))
  return Object.freeze({ value, printed: `${n.digits}${n.times}` })
}

/** "20" of "20%" → value 0.2, printed "20%". */
function percent(digits: string): PrintedNumber {
  return Object.freeze({
    value: decimalString(fractionOfPercent(exact(digits))),
    printed: `${digits}%`,
  })
}

/** "1:1.25" → 1.25 (printed "1.25"); "2:3" → 1.5 (printed "2:3"); zero terms and inexact quotients fail. */
function ratioNumber(src: string, a: string, b: string): PrintedNumber {
  const first = exact(a)
  const second = exact(b)
  if (first.isZero() || second.isZero())
    fail('norm-invalid-ratio', NORM_TEXT_PATH, { received: excerpt(src) })
  if (first.eq(1)) return Object.freeze({ value: decimalString(second), printed: b })
  const q = ratioValue(first, second)
  if (!throughExact(q, first).eq(second)) {
    fail('norm-invalid-ratio', NORM_TEXT_PATH, { received: excerpt(src) })
  }
  return Object.freeze({ value: decimalString(q), printed: `${a}:${b}` })
}

/** One term as a printed number of the form; a range's second ratio end may borrow the first's "1:". */
function termNumber(
  src: string,
  form: NormForm,
  term: Term,
  ratioFirst: string | null,
): PrintedNumber {
  if (form === 'share') return percent(term.a.digits)
  if (form === 'ratio' && term.b !== null) return ratioNumber(src, term.a.digits, term.b.digits)
  if (form === 'ratio' && ratioFirst !== null) return ratioNumber(src, ratioFirst, term.a.digits)
  return countNumber(term.a)
}

/**
 * Refuses 万 or 亿 where they do not make a count: on a ratio or a percentage, on one end of a
 * range only ("1-1.5万": 1 or 10000?), or on the figure and not its alternate.
 */
function checkTimes(src: string, form: NormForm, expr: Expr): void {
  const { first, second, alternate, unit } = expr
  const ends = [first.a, first.b, second?.a, second?.b, alternate]
  const any = ends.some((n) => n != null && n.times !== null)
  if (!any) return
  if (form === 'ratio' || form === 'share' || unit === '‰') {
    unreadable(
      src,
      '万 or 亿 cannot scale a ratio or a percentage',
      '比值与百分比不能带「万」或「亿」',
    )
  }
  if (second !== null && second.a.times !== first.a.times) {
    unreadable(
      src,
      'both ends of a range must carry the same 万 or 亿 (1万-1.5万)',
      '区间两端应带相同的「万」或「亿」（如1万-1.5万）',
    )
  }
  if (alternate !== null && alternate.times !== first.a.times) {
    unreadable(
      src,
      'a bracketed figure must carry the same 万 or 亿 as the figure',
      '括号内的数值应与主数值带相同的「万」或「亿」',
    )
  }
}

/** The norm's value: a point (with its alternate) or an upward range without a direction. @internal */
export function normValue(
  src: string,
  form: NormForm,
  expr: Expr,
  comparator: Comparator,
): NormValue {
  const { first, second, alternate } = expr
  checkTimes(src, form, expr)
  const ratioFirst = first.b === null ? null : first.a.digits
  if (form === 'ratio' && first.b === null && second?.b != null) {
    unreadable(src, 'a range mixes a bare figure with a ratio', '区间混用了比值与单个数值')
  }
  const min = termNumber(src, form, first, null)
  if (second === null) {
    if (alternate !== null && form === 'ratio') {
      unreadable(src, 'a ratio takes no bracketed alternate', '比值不支持括号内的另一口径数值')
    }
    const alt = alternate === null ? null : termNumber(src, form, { a: alternate, b: null }, null)
    return Object.freeze({ type: 'point', number: min, alternate: alt })
  }
  if (alternate !== null) {
    unreadable(src, 'a range takes no bracketed alternate', '区间不支持括号内的另一口径数值')
  }
  if (comparator !== 'eq' && comparator !== 'approx') {
    unreadable(
      src,
      'a range takes no direction (≥, ≤, >, <)',
      '区间不能再带方向（不低于、不超过等）',
    )
  }
  const max = termNumber(src, form, second, ratioFirst)
  if (new Dec(min.value).gt(max.value)) {
    fail('norm-invalid-range', NORM_TEXT_PATH, {
      received: excerpt(src),
      lo: min.printed,
      hi: max.printed,
    })
  }
  return Object.freeze({ type: 'range', min, max })
}
