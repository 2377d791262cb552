/**
 * The comparator words of norm text (不低于 ≥, 以下 ≤, 约 ≈…) and the one comparator a clause
 * states.
 */

import type { Comparator } from '../comparator.js'
import { fail } from '../errors.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'

/** A comparator word's meaning; a weak one (控制在) yields to any other. @internal */
export interface ComparatorWord {
  readonly c: Comparator
  readonly weak: boolean
}

/** Comparator stems and what they mean plain and negated (低于 <, 不低于 ≥). */
const NEGATABLE: readonly (readonly [string, Comparator, Comparator])[] = [
  ['低于', 'lt', 'ge'],
  ['少于', 'lt', 'ge'],
  ['小于', 'lt', 'ge'],
  ['超过', 'gt', 'le'],
  ['高于', 'gt', 'le'],
  ['多于', 'gt', 'le'],
  ['大于', 'gt', 'le'],
]
const NEGATIONS = ['不', '不得', '不应', '不宜', '不能', '不会', '不可']

const COMPARATOR_WORDS: readonly (readonly [Comparator, readonly string[]])[] = [
  ['ge', ['以上', '及以上', '或以上', '至少', '最少', '起码', '大于等于', '大于或等于', '≥']],
  ['le', ['以下', '及以下', '或以下', '以内', '至多', '最多', '小于等于', '小于或等于', '≤']],
  ['gt', ['>']],
  ['lt', ['<', '不足']],
  ['approx', ['左右', '大约', '约']],
]

/** Every comparator word with its meaning, in lexicon order (a later entry wins). @internal */
export function comparatorWords(): (readonly [string, ComparatorWord])[] {
  const out: (readonly [string, ComparatorWord])[] = []
  for (const [stem, plain, negated] of NEGATABLE) {
    out.push([stem, { c: plain, weak: false }])
    for (const not of NEGATIONS) out.push([not + stem, { c: negated, weak: false }])
  }
  for (const [c, words] of COMPARATOR_WORDS) {
    for (const w of words) out.push([w, { c, weak: false }])
  }
  out.push(['控制在', { c: 'le', weak: true }])
  return out
}

/** The distinct comparators a clause names, strong and weak, in order of appearance. @internal */
export interface FoundComparators {
  readonly strong: readonly Comparator[]
  readonly weak: readonly Comparator[]
}

/** The clause's one comparator: the strong one, else the weak one, else `eq`. @internal */
export function comparatorOf(src: string, found: FoundComparators): Comparator {
  const [first, second] = found.strong
  if (second !== undefined) {
    fail('norm-conflicting-comparators', NORM_TEXT_PATH, { received: excerpt(src) })
  }
  return first ?? found.weak[0] ?? 'eq'
}

/** A sign of comparison next to `=` after folding: `=>`, `=<`, `≥=`… (`>=` is folded to ≥). */
const MISSPELT_SIGN = /[<>≤≥]=|=[<>≤≥]/

/**
 * Refuses comparison signs that are not one: `=>` and `=<` are not ≥ and ≤ (and not >),
 * nor is `≥=`. @internal
 */
export function checkComparatorSigns(src: string): void {
  const m = MISSPELT_SIGN.exec(src)
  if (m !== null) {
    unreadable(
      src,
      `"${m[0]}" is not a comparison sign; write ≥ (>=) or ≤ (<=)`,
      `「${m[0]}」不是比较符号，应写作 ≥（>=）或 ≤（<=）`,
    )
  }
}
