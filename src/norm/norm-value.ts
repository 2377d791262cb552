/**
 * Turns a figure as read into exact printed numbers and a {@link NormValue}: a point, a range,
 * or a point with a bracketed alternate; shares become fractions and ratios quotients.
 */
import { Dec, decimalString, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import type { Comparator } from '../quantity/comparator.js'
import type { NormForm, NormValue, PrintedNumber } from './norm.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'
import type { Expr, Term } from './read-norm-figure.js'

/** The digits as an exact decimal. */
function exact(digits: string): Dec {
  return toDecimal(digits, NORM_TEXT_PATH)
}

/** The digits as a printed number: value normalized, printed as written. @internal */
export function plain(digits: string): PrintedNumber {
  return Object.freeze({ value: decimalString(exact(digits)), printed: digits })
}

/** "20" of "20%" → value 0.2, printed "20%". */
function percent(digits: string): PrintedNumber {
  return Object.freeze({ value: decimalString(exact(digits).div(100)), printed: `${digits}%` })
}

/** "1:1.25" → 1.25 (printed "1.25"); "2:3" → 1.5 (printed "2:3"); zero terms and inexact quotients fail. */
function ratioNumber(src: string, a: string, b: string): PrintedNumber {
  const first = exact(a)
  const second = exact(b)
  if (first.isZero() || second.isZero())
    fail('norm-invalid-ratio', NORM_TEXT_PATH, { received: excerpt(src) })
  if (first.eq(1)) return Object.freeze({ value: decimalString(second), printed: b })
  const q = second.div(first)
  if (!q.times(first).eq(second)) {
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
  if (form === 'share') return percent(term.a)
  if (form === 'ratio' && term.b !== null) return ratioNumber(src, term.a, term.b)
  if (form === 'ratio' && ratioFirst !== null) return ratioNumber(src, ratioFirst, term.a)
  return plain(term.a)
}

/** The norm's value: a point (with its alternate) or an upward range without a direction. @internal */
export function normValue(
  src: string,
  form: NormForm,
  expr: Expr,
  comparator: Comparator,
): NormValue {
  const { first, second, alternate } = expr
  const ratioFirst = first.b === null ? null : first.a
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
