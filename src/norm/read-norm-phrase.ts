/**
 * Reads the one 每… or slash phrase of a clause: a per-capita scale (每千常住人口, 每3万人口,
 * /10万) or the unit of a per-unit rule (每床, 每辆救护车, 人/床).
 */

import { Dec, decimalString, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { throughExact } from '../kernel/arithmetic.js'
import type { BaseKind } from '../population/base.js'
import type { QuantityKind } from '../quantity/kinds.js'
import { NUMERAL_CHARS, readChineseNumeral } from './chinese-numerals.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'
import {
  BASE_PREFIXES,
  MEASURE_ONLY,
  MEASURE_WORDS,
  PER_UNIT_NOUNS,
  POPULATION_NOUNS,
  SCALE_WORDS,
} from './norm-vocabulary.js'

/** A 每 or slash phrase: a scale (`per` people of `base`) or a unit; `end` is where it ends. @internal */
export type Phrase =
  | {
      readonly t: 'scale'
      readonly per: string
      readonly base: BaseKind | null
      readonly end: number
    }
  | { readonly t: 'unit'; readonly perUnit: QuantityKind; readonly end: number }

const LEADING_NUMBER = /^\d+(?:\.\d+)?/
const AGE_PREFIX = /^\d{1,3}周?岁及?以上/

/** The first entry of `list` whose word starts at `at`. */
function startsWithOneOf<T>(
  s: string,
  at: number,
  list: readonly (readonly [string, T])[],
): readonly [string, T] | undefined {
  return list.find(([w]) => s.startsWith(w, at))
}

/** Reads 常住人口, 户籍人口, 老年人, 人口, 人… at `at`; `null` when there is no population word. */
function readPopulation(
  s: string,
  at: number,
): { readonly base: BaseKind | null; readonly end: number } | null {
  let k = at
  if (s[k] === '名' || s[k] === '位') k += 1
  const age = AGE_PREFIX.exec(s.slice(k))
  if (age !== null) k += age[0].length
  const prefix = startsWithOneOf(s, k, BASE_PREFIXES)
  const afterPrefix = k + (prefix?.[0].length ?? 0)
  const noun = startsWithOneOf(s, afterPrefix, POPULATION_NOUNS)
  if (noun === undefined) return null
  return { base: prefix?.[1] ?? noun[1], end: afterPrefix + noun[0].length }
}

/** Reads "10万", "3万", "千", "1000", "三万", "十万" at `at`: the multiplier and where it ends. */
function readScaleNumber(
  s: string,
  at: number,
): { readonly digits: string | null; readonly factor: number; readonly end: number } | null {
  const chinese = readChineseNumeral(s, at)
  if (chinese !== null) return { digits: String(chinese.value), factor: 1, end: chinese.end }
  const digits = LEADING_NUMBER.exec(s.slice(at))?.[0] ?? null
  const k = at + (digits?.length ?? 0)
  const word = startsWithOneOf(s, k, SCALE_WORDS)
  if (digits === null && word === undefined) return null
  return { digits, factor: word?.[1] ?? 1, end: k + (word?.[0].length ?? 0) }
}

/** The scale as a whole number of people ("3" × 万 → "30000"); fails on a fraction or zero. */
function perString(src: string, digits: string | null, factor: number): string {
  const per = throughExact(toDecimal(digits ?? '1', NORM_TEXT_PATH), new Dec(factor))
  if (!per.isInteger() || per.lt(1)) {
    fail('norm-unknown-scale', NORM_TEXT_PATH, { received: excerpt(src) })
  }
  return decimalString(per)
}

/** Reads the unit a per-unit rule is per (床, 辆救护车, 辆) at `at`; `null` if none. */
function readPerUnitNoun(s: string, at: number): Phrase | null {
  const measure = s[at]
  const k = measure !== undefined && MEASURE_WORDS.has(measure) ? at + 1 : at
  const noun = startsWithOneOf(s, k, PER_UNIT_NOUNS)
  if (noun !== undefined) return { t: 'unit', perUnit: noun[1], end: k + noun[0].length }
  const alone = measure === undefined ? undefined : MEASURE_ONLY.get(measure)
  return alone === undefined ? null : { t: 'unit', perUnit: alone, end: at + 1 }
}

/** Reads the phrase after 每 at `i`. */
function readEvery(src: string, s: string, i: number): Phrase {
  const j = i + 1
  const scale = readScaleNumber(s, j)
  if (scale !== null) {
    const pop = readPopulation(s, scale.end)
    if (pop !== null) {
      return {
        t: 'scale',
        per: perString(src, scale.digits, scale.factor),
        base: pop.base,
        end: pop.end,
      }
    }
    if (scale.factor === 1 && readPerUnitNoun(s, scale.end) !== null) {
      unreadable(
        src,
        'a per-unit rule with a count (每2.5吨…) is not supported',
        '不支持带数量的每单位规则（每2.5吨…）',
      )
    }
    fail('norm-unknown-scale', NORM_TEXT_PATH, { received: excerpt(src) })
  }
  const next = s[j]
  // a numeral that is not a number here (每千万, 每亿万): not a scale this reader knows
  if (next !== undefined && NUMERAL_CHARS.has(next)) {
    fail('norm-unknown-scale', NORM_TEXT_PATH, { received: excerpt(src) })
  }
  const unit = readPerUnitNoun(s, j)
  if (unit === null)
    unreadable(src, 'cannot tell what 每 counts per', '无法识别「每」之后的计量对象')
  return unit
}

/** Reads the phrase after a slash at `i` ("7.0/10万", "4.58张/千人", "0.7人/床"); `null` if none. */
function readSlash(src: string, s: string, i: number): Phrase | null {
  const scale = readScaleNumber(s, i + 1)
  if (scale !== null && (scale.factor !== 1 || readPopulation(s, scale.end) !== null)) {
    const pop = readPopulation(s, scale.end)
    const per = perString(src, scale.digits, scale.factor)
    return { t: 'scale', per, base: pop?.base ?? null, end: pop?.end ?? scale.end }
  }
  if (scale !== null) return null
  return readPerUnitNoun(s, i + 1)
}

/** `s` with the characters from `from` to `to` replaced by spaces. */
function mask(s: string, from: number, to: number): string {
  return s.slice(0, from) + ' '.repeat(to - from) + s.slice(to)
}

/** Finds the one 每/slash phrase of a clause, blanks it out, and returns it. @internal */
export function readPhrase(
  src: string,
  clause: string,
): { readonly s: string; readonly phrase: Phrase | null } {
  let s = clause
  let phrase: Phrase | null = null
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch !== '每' && ch !== '/') continue
    const found = ch === '每' ? readEvery(src, s, i) : readSlash(src, s, i)
    if (found === null) continue
    if (phrase !== null) {
      unreadable(src, 'more than one 每 or per-phrase', '含有多个「每」短语')
    }
    phrase = found
    s = mask(s, i, found.end)
    i = found.end - 1
  }
  return { s, phrase }
}
