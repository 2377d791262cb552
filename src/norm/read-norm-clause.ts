/**
 * Reads one clause of norm text — blanking what is not the figure (bracketed breakdowns and
 * years, the 每… phrase, other years, ages), then finding its words and its figure — and the
 * compound floor after 且 ("不低于20%且不少于2辆").
 */
import { fail } from '../errors.js'
import type { QuantityKind } from '../quantity/kinds.js'
import type { PrintedNumber } from './norm.js'
import { comparatorOf } from './norm-comparators.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'
import { countNumber } from './norm-value.js'
import { type Expr, numberRuns, readExpr } from './read-norm-figure.js'
import { type Phrase, readPhrase } from './read-norm-phrase.js'
import { scanWords, type Words } from './scan-norm-words.js'

/** A bracketed breakdown ("(其中中医类别0.40人)") is not the norm's figure. */
const BREAKDOWN = /\((?:其中|包括|包含|含|不含|不包括)[^()]*\)/g
/** Nor is a bracketed year ("4.58张(2025)", "(2021-2025年)"): it is not an alternate figure. */
const BRACKET_YEAR = /\((?:19|20)\d{2}(?:-(?:19|20)\d{2})?(?:年[度底末]?)?\)/g
const YEAR = /(?:19|20)\d{2}(?:-(?:19|20)\d{2})?年[度底末]?/g
const AGE = /\d{1,3}(?:-\d{1,3})?周?岁(?:及以上|及以下|以上|以下|以内)?/g

/** `s` with every match of `re` replaced by as many spaces. */
function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => ' '.repeat(m.length))
}

/** A clause as read: its words, its 每/slash phrase, its figure (`null` if it has none). @internal */
export interface Clause {
  readonly words: Words
  readonly phrase: Phrase | null
  readonly expr: Expr | null
}

/** Reads one clause of the normalized text `src`. @internal */
export function readClause(src: string, clause: string): Clause {
  const withoutBreakdowns = blank(blank(clause, BREAKDOWN), BRACKET_YEAR)
  const { s, phrase } = readPhrase(src, withoutBreakdowns)
  const bare = blank(blank(s, YEAR), AGE)
  const runs = numberRuns(src, bare)
  return {
    words: scanWords(bare),
    phrase,
    expr: runs.length === 0 ? null : readExpr(src, bare, runs),
  }
}

/** Splits "不低于20%且不少于2辆" at 且 into the norm and its floor. @internal */
export function splitFloor(src: string): { readonly main: string; readonly floor: string | null } {
  const at = src.indexOf('且')
  if (at < 0) return { main: src, floor: null }
  if (src.indexOf('且', at + 1) >= 0) {
    unreadable(src, 'more than one 且 clause', '含有多个「且」分句')
  }
  return { main: src.slice(0, at), floor: src.slice(at + 1) }
}

/** The minimum count after 且: its number, unit and the quantities it names. @internal */
export interface Floor {
  readonly number: PrintedNumber
  readonly unit: string | null
  readonly kinds: readonly QuantityKind[]
}

/** Reads the clause after 且, which must be a plain minimum count (不少于2辆). @internal */
export function readFloor(src: string, text: string): Floor {
  const clause = readClause(src, text)
  const { expr, words } = clause
  if (expr === null) return fail('norm-no-number', NORM_TEXT_PATH, { received: excerpt(src) })
  const simple =
    clause.phrase === null &&
    words.pair === null &&
    expr.first.b === null &&
    expr.second === null &&
    expr.alternate === null &&
    expr.unit !== '%' &&
    expr.unit !== '‰'
  if (!simple || comparatorOf(src, words) !== 'ge' || words.weak.length > 0) {
    unreadable(
      src,
      'the clause after 且 must be a plain minimum count (不少于2辆)',
      '「且」之后应为最低数量（如不少于2辆）',
    )
  }
  return { number: countNumber(expr.first.a), unit: expr.unit, kinds: words.kinds }
}
