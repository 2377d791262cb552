/**
 * Reads the one figure of a clause with a single anchored pattern: a point ("4.58", "1万"), a
 * ratio ("1:1.25"), a range ("5-6"), a bracketed alternate ("7.65(7.28)"), and its unit. No
 * regular expression here nests quantifiers.
 */
import { fail } from '../errors.js'
import { NUMERAL_CHARS } from './chinese-numerals.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'

const RUN = /\d[\d.]*/g
const DECIMAL = /^\d+(?:\.\d+)?$/

const NUM = '(\\d+(?:\\.\\d+)?)([万亿])?'
const UNIT = '(%|‰|分钟|小时|张|人|名|辆|个|家|所|台|位|吨|天|日|次|项)'
const TERM = `${NUM}(?::${NUM})?${UNIT}?`
const EXPR = new RegExp(`${TERM}(?:-${TERM})?(?:\\(${NUM}${UNIT}?\\))?${UNIT}?`, 'y')

/** A number as written: its digits and the 万 or 亿 after them, if any. @internal */
export interface Digits {
  readonly digits: string
  readonly times: string | null
}

/** One end of a figure: a number `a`, or a ratio `a:b`. @internal */
export interface Term {
  readonly a: Digits
  readonly b: Digits | null
}

/** A figure as read: one term or two (a range), a bracketed alternate, one unit. @internal */
export interface Expr {
  readonly first: Term
  readonly second: Term | null
  readonly alternate: Digits | null
  readonly unit: string | null
}

/** Where a run of digits and dots sits in the text. @internal */
interface Run {
  readonly start: number
  readonly end: number
}

/** The runs of digits in `s`, each checked to be a well-formed decimal. @internal */
export function numberRuns(src: string, s: string): Run[] {
  const runs: Run[] = []
  for (const m of s.matchAll(RUN)) {
    const text = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0]
    const shown = s[m.index - 1] === '.' ? `.${m[0]}` : m[0]
    if (!DECIMAL.test(text) || shown !== m[0]) {
      unreadable(src, `malformed number "${shown}"`, `数字格式错误「${shown}」`)
    }
    const end = m.index + text.length
    const next = s.charAt(end) === '万' || s.charAt(end) === '亿' ? end + 1 : end
    if (NUMERAL_CHARS.has(s.charAt(next))) {
      const shownMixed = s.slice(m.index, next + 1)
      unreadable(
        src,
        `a figure mixes digits and Chinese numerals "${shownMixed}"`,
        `数值混用了阿拉伯数字与中文数字「${shownMixed}」`,
      )
    }
    runs.push({ start: m.index, end })
  }
  return runs
}

/** The one unit the figure's parts print, or `null`; fails when they differ. */
function oneUnit(src: string, units: readonly (string | undefined)[]): string | null {
  const given = units.filter((u): u is string => u !== undefined)
  const unit = given[0] ?? null
  if (given.some((u) => u !== unit)) {
    unreadable(src, `mixed units ${given.join(', ')}`, `单位不一致：${given.join('、')}`)
  }
  return unit
}

/** Reads the figure that starts at the first run; fails unless it is the only one. @internal */
export function readExpr(src: string, s: string, runs: readonly Run[]): Expr {
  const first = runs[0]
  if (first === undefined) return fail('norm-no-number', NORM_TEXT_PATH, { received: excerpt(src) })
  if (s[first.start - 1] === '-') {
    unreadable(src, 'a norm cannot be negative', '指标数值不能为负')
  }
  EXPR.lastIndex = first.start
  const m = EXPR.exec(s)
  if (m === null) return unreadable(src, 'cannot read the figure', '无法识别数值')
  const end = first.start + m[0].length
  const after = s[end]
  if (after === ':' || after === '-' || (after === '(' && /\d/.test(s[end + 1] ?? ''))) {
    unreadable(src, `incomplete figure before "${after}"`, `「${after}」附近的数值不完整`)
  }
  if (runs.some((r) => r.start >= end)) {
    unreadable(src, 'more than one figure', '含有多个数值')
  }
  if (/[%‰]/.test(s.slice(0, first.start) + s.slice(end))) {
    unreadable(src, 'a % or ‰ sign stands apart from its figure', '百分号或千分号与数值分离')
  }
  const [, a = '', at, b, bt, u1, c, ct, d, dt, u2, alt, altT, altUnit, trailing] = m
  return {
    first: { a: digits(a, at), b: b === undefined ? null : digits(b, bt) },
    second:
      c === undefined ? null : { a: digits(c, ct), b: d === undefined ? null : digits(d, dt) },
    alternate: alt === undefined ? null : digits(alt, altT),
    unit: oneUnit(src, [u1, u2, altUnit, trailing]),
  }
}

/** The digits of a number and its 万 or 亿, as matched. */
function digits(text: string, times: string | undefined): Digits {
  return { digits: text, times: times ?? null }
}
