/**
 * Reads the text of a planning norm ("每千常住人口4.58张", "1:1.25", "每床不少于0.7人",
 * "不低于20%且不少于2辆", "5-6名", "7.65(7.28)", "9.5以下") into a {@link ParsedNorm}.
 *
 * The reader is a small pipeline of pure steps, each bounded by the 500-character input limit:
 * fold the text ({@link normalizeNormText}, fold-norm-text.ts, with the Chinese numerals of
 * chinese-numerals.ts), refuse misspelt signs (`=>`), split a compound floor at 且,
 * read each clause (read-norm-clause.ts): blank out what is not the figure (breakdowns in
 * brackets, the 每… scale of read-norm-phrase.ts, years, ages), scan the words (comparators,
 * quantity names, population bases; scan-norm-words.ts) by longest match, then read the one
 * figure with a single anchored pattern (read-norm-figure.ts). Last, classify the norm
 * (classify-norm.ts) and build its exact value (norm-value.ts).
 */
import { describe } from '../decimal.js'
import { fail } from '../errors.js'
import { formOf, kindsOf, scaleOf } from './classify-norm.js'
import { foldNormText } from './fold-norm-text.js'
import type { ParsedNorm } from './norm.js'
import { checkComparatorSigns, comparatorOf } from './norm-comparators.js'
import { excerpt, NORM_TEXT_PATH, unreadable } from './norm-errors.js'
import { normValue } from './norm-value.js'
import { readClause, readFloor, splitFloor } from './read-norm-clause.js'

/**
 * Longest norm text accepted, in UTF-16 code units.
 *
 * @example
 * ```ts
 * import { MAX_NORM_TEXT, parseNorm } from 'bedstaff/norm'
 *
 * MAX_NORM_TEXT // => 500
 * parseNorm(`每千常住人口4.58张${' '.repeat(MAX_NORM_TEXT)}`) // throws input-too-long
 * ```
 */
export const MAX_NORM_TEXT = 500

/** The text, checked to be a string of at most {@link MAX_NORM_TEXT} characters. */
function assertText(text: unknown): string {
  if (typeof text !== 'string') {
    return fail('norm-unreadable', NORM_TEXT_PATH, {
      received: describe(text),
      reason: 'expected a string',
      reasonZh: '应为字符串',
    })
  }
  if (text.length > MAX_NORM_TEXT) fail('input-too-long', NORM_TEXT_PATH, { limit: MAX_NORM_TEXT })
  return text
}

/**
 * Folds norm text to one spelling: full-width digits, ．, ％, ∶ and ：, brackets and ＞＜＝≧≦
 * become ASCII or ≥/≤; `>=` and `<=` become ≥ and ≤; whitespace and zero-width characters are
 * removed; a Chinese numeral that counts (before 张, 人, 名, 辆, 个, 家, 所, 台 or 位, or before a
 * range dash and such a figure) is written in digits, keeping a last 万 or 亿 (两名 → 2名,
 * 一百零五张 → 105张, 三万人 → 3万人), while words holding a numeral (三级, 十四五, 第一) and a
 * 每 scale (每三万人口) stay as written; thousands commas are dropped; and ～ 〜 ~ — – －
 * between two figures become `-`. Folding twice changes nothing.
 *
 * @throws BedstaffError `norm-unreadable` (not a string), `input-too-long`
 * @example
 * ```ts
 * import { normalizeNormText } from 'bedstaff/norm'
 *
 * normalizeNormText('每千常住人口 ４．５８ 张') // => "每千常住人口4.58张"
 * normalizeNormText('５～６名') // => "5-6名"
 * normalizeNormText('医护比１∶１．２５') // => "医护比1:1.25"
 * normalizeNormText('三级医院每千人口两名') // => "三级医院每千人口2名"
 * ```
 */
export function normalizeNormText(text: string): string {
  return foldNormText(assertText(text))
}

/**
 * Reads the text of a planning norm into a typed {@link ParsedNorm}: what kind of norm it is
 * (per-capita `rate`, 1:x `ratio`, `per-unit` rule, `share`, bare `level`), the quantity it
 * counts, the comparator, the exact value (a point, a range or a point with a bracketed
 * alternate), the printed unit, the population scale, the unit a per-unit rule is per, a
 * compound floor ("且不少于2辆"), and the 力争 (aspirational) and 逐步 (trajectory) flags.
 *
 * Values are exact decimal strings; `printed` keeps the figure as written after normalization
 * ("5.0" stays printed "5.0", value "5"). Where the value was rescaled the printed form says
 * how: a share prints "20%" for value "0.2", a ratio whose first term is not 1 prints "2:3"
 * for value "1.5", a count with 万 or 亿 prints "0.9万" for value "9000" (both ends of a range,
 * and a bracketed alternate, must then carry the same 万 or 亿). Chinese numerals are read as
 * {@link normalizeNormText} writes them ("每千人口两名" is 2 per 1,000; "每三万人口" a scale of
 * 30,000). Bracketed breakdowns ("(其中中医类别0.40人)"), years ("2025年", "(2025)") and ages
 * ("3岁以下") are not read as the figure. Where the text does not name the quantity (only 人
 * or 名), `quantity` is `null`.
 *
 * @throws BedstaffError, always at path `['text']`: `norm-unreadable` (not a string, malformed
 *   or negative figures, several figures, digits mixed with Chinese numerals ("3千"), 万 or 亿
 *   on a share or ratio, a sign such as `=>` that is not ≥, an unreadable 每 phrase), `empty-input`,
 *   `input-too-long` (over 500 characters), `norm-no-number`, `norm-conflicting-comparators`,
 *   `norm-invalid-range` (a downward range), `norm-invalid-ratio` (a zero term, or a first term
 *   that does not divide exactly), `norm-unknown-scale`, and from a figure itself
 *   `invalid-number` (over 64 characters), `too-many-digits` or `number-out-of-range`
 * @example
 * ```ts
 * import { parseNorm } from 'bedstaff/norm'
 *
 * const n = parseNorm('每万户籍人口全科医生数达到5.0人以上')
 * n.form // => "rate"
 * n.quantity // => "gps"
 * n.comparator // => "ge"
 * n.value // => {"type":"point","number":{"value":"5","printed":"5.0"},"alternate":null}
 * n.scale // => {"per":"10000","base":"registered"}
 *
 * parseNorm('负压救护车比例不低于20%且不少于2辆').floor // => {"value":"2","printed":"2"}
 * parseNorm('1∶1.25').value // => {"type":"point","number":{"value":"1.25","printed":"1.25"},"alternate":null}
 * parseNorm('床位总数达到1万张').value // => {"type":"point","number":{"value":"10000","printed":"1万"},"alternate":null}
 * parseNorm('每三万人口一辆').scale // => {"per":"30000","base":null}
 * parseNorm('每千人口4.58张(2025)').value // => {"type":"point","number":{"value":"4.58","printed":"4.58"},"alternate":null}
 * parseNorm('每千常住人口张') // throws norm-no-number
 * parseNorm('=>4.58') // throws norm-unreadable
 * ```
 */
export function parseNorm(text: string): ParsedNorm {
  const normalized = normalizeNormText(text)
  if (normalized === '') fail('empty-input', NORM_TEXT_PATH)
  checkComparatorSigns(normalized)
  const { main, floor: floorText } = splitFloor(normalized)
  const clause = readClause(normalized, main)
  const expr = clause.expr
  if (expr === null)
    return fail('norm-no-number', NORM_TEXT_PATH, { received: excerpt(normalized) })
  const comparator = comparatorOf(normalized, clause.words)
  const floor = floorText === null ? null : readFloor(normalized, floorText)
  if (floor !== null && (comparator === 'le' || comparator === 'lt')) {
    unreadable(
      normalized,
      'a floor (且不少于…) cannot go with a ceiling',
      '「且不少于」不能与上限并用',
    )
  }
  const form = formOf(normalized, clause, expr)
  const { quantity, perUnit } = kindsOf(form, clause, expr.unit, floor)
  return Object.freeze({
    text,
    normalized,
    form,
    quantity,
    comparator,
    value: normValue(normalized, form, expr, comparator),
    unit: expr.unit,
    scale: scaleOf(clause, form),
    perUnit,
    floor: floor?.number ?? null,
    aspirational: normalized.includes('力争') || normalized.includes('争取'),
    trajectory: normalized.includes('逐步'),
  })
}
