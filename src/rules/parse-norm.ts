/**
 * Reads the text of a planning norm ("每千常住人口4.58张", "1:1.25", "每床不少于0.7人",
 * "不低于20%且不少于2辆", "5-6名", "7.65(7.28)", "9.5以下") into a {@link ParsedNorm}.
 *
 * The reader is a small pipeline of pure steps, each bounded by the 500-character input limit:
 * fold the text ({@link normalizeNormText}), split a compound floor at 且, blank out what is
 * not the figure (breakdowns in brackets, the 每… scale, years, ages), scan the words
 * (comparators, quantity names, population bases) by longest match, then read the one figure
 * with a single anchored pattern. No regular expression here nests quantifiers.
 */
import { Dec, decimalString, describe, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import type { BaseKind } from '../population/base.js'
import type { Comparator } from '../quantity/comparator.js'
import type { QuantityKind } from '../quantity/kinds.js'
import type { NormForm, NormValue, ParsedNorm, PrintedNumber } from './norm.js'

/**
 * Longest norm text accepted, in UTF-16 code units.
 *
 * @example
 * ```ts
 * import { MAX_NORM_TEXT, parseNorm } from 'bedstaff'
 *
 * MAX_NORM_TEXT // => 500
 * parseNorm(`每千常住人口4.58张${' '.repeat(MAX_NORM_TEXT)}`) // throws input-too-long
 * ```
 */
export const MAX_NORM_TEXT = 500

const PATH = ['text'] as const

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

function unreadable(src: string, reason: string, reasonZh: string): never {
  return fail('norm-unreadable', PATH, { received: excerpt(src), reason, reasonZh })
}

// ---------------------------------------------------------------------------------------------
// Normalization
// ---------------------------------------------------------------------------------------------

const CHAR_FOLD: ReadonlyMap<string, string> = new Map([
  ['．', '.'],
  ['％', '%'],
  ['﹪', '%'],
  ['∶', ':'],
  ['：', ':'],
  ['﹕', ':'],
  ['︰', ':'],
  ['（', '('],
  ['）', ')'],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['≧', '≥'],
  ['≦', '≤'],
  ['⩾', '≥'],
  ['⩽', '≤'],
  ['／', '/'],
])

const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
const SPACE = /\s/
/** A comma between thousands: "5,000" → "5000". */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g
/**
 * One or two dash-like characters between figures become the range dash. 至 and 到 are left
 * alone: "由3.74到4.58" is a change, not a range.
 */
const RANGE_DASH = /([\d%‰])[-~～〜—–－‐‑‒―−]{1,2}(?=\d)/g

function foldChar(ch: string): string {
  if (SPACE.test(ch) || INVISIBLE.has(ch)) return ''
  const code = ch.codePointAt(0) ?? 0
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0)
  return CHAR_FOLD.get(ch) ?? ch
}

function assertText(text: unknown): string {
  if (typeof text !== 'string') {
    return fail('norm-unreadable', PATH, {
      received: describe(text),
      reason: 'expected a string',
      reasonZh: '应为字符串',
    })
  }
  if (text.length > MAX_NORM_TEXT) fail('input-too-long', PATH, { limit: MAX_NORM_TEXT })
  return text
}

/**
 * Folds norm text to one spelling: full-width digits, ．, ％, ∶ and ：, brackets and ＞＜＝≧≦
 * become ASCII or ≥/≤; `>=` and `<=` become ≥ and ≤; whitespace and zero-width characters are
 * removed; thousands commas are dropped; and ～ 〜 ~ — – － between two figures become `-`.
 * Folding twice changes nothing.
 *
 * @throws BedstaffError `norm-unreadable` (not a string), `input-too-long`
 * @example
 * ```ts
 * import { normalizeNormText } from 'bedstaff'
 *
 * normalizeNormText('每千常住人口 ４．５８ 张') // => "每千常住人口4.58张"
 * normalizeNormText('５～６名') // => "5-6名"
 * normalizeNormText('医护比１∶１．２５') // => "医护比1:1.25"
 * ```
 */
export function normalizeNormText(text: string): string {
  let out = ''
  for (const ch of assertText(text)) out += foldChar(ch)
  return out
    .replace(THOUSANDS, '$1')
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤')
    .replace(RANGE_DASH, '$1-')
}

// ---------------------------------------------------------------------------------------------
// Words: comparators, quantity names, bases, found by longest match
// ---------------------------------------------------------------------------------------------

type Word =
  | { readonly t: 'cmp'; readonly c: Comparator; readonly weak: boolean }
  | { readonly t: 'kind'; readonly k: QuantityKind }
  | { readonly t: 'base'; readonly b: BaseKind }
  | { readonly t: 'pair'; readonly from: QuantityKind; readonly to: QuantityKind | null }
  | { readonly t: 'each' }
  | { readonly t: 'skip' }

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

const KIND_WORDS: readonly (readonly [QuantityKind, readonly string[]])[] = [
  ['beds', ['床位', '病床', '床']],
  ['gps', ['全科医生', '全科医师']],
  ['physicians', ['执业(助理)医师', '执业助理医师', '执业医师', '医师', '医生']],
  ['psychiatrists', ['精神科执业(助理)医师', '精神科执业医师', '精神科医师', '精神科医生']],
  ['tcm-physicians', ['中医类别执业(助理)医师', '中医类别医师', '中医执业医师', '中医医师']],
  ['public-health-physicians', ['专业公共卫生医生', '公共卫生医师', '公共卫生医生', '公卫医师']],
  ['nurses', ['注册护士', '护士']],
  ['health-technical-staff', ['卫生技术人员', '卫技人员', '卫技']],
  ['staff', ['工作人员', '人员编制', '编制']],
  ['public-health-staff', ['公共卫生人员', '公卫人员']],
  ['pharmacists', ['药师']],
  ['mch-staff', ['妇幼保健人员']],
  ['supervision-staff', ['卫生监督执法人员', '卫生监督人员', '监督执法人员']],
  ['ambulance-aides', ['急救辅助人员']],
  ['ambulances', ['救护车', '急救车']],
  ['negative-pressure-ambulances', ['负压救护车', '负压急救车']],
  ['blood-vehicles', ['送血车']],
  ['places', ['托位']],
]

const BASE_WORDS: readonly (readonly [BaseKind, readonly string[]])[] = [
  ['resident', ['常住人口']],
  ['registered', ['户籍人口']],
  ['service', ['服务人口']],
  ['elderly', ['老年人口', '老年人']],
]

const PAIR_WORDS: readonly (readonly [string, QuantityKind, QuantityKind | null])[] = [
  ['医护比', 'physicians', 'nurses'],
  ['床护比', 'beds', 'nurses'],
  ['床医比', 'beds', 'physicians'],
  ['床人比', 'beds', null],
  ['床-人', 'beds', null],
]

/** Words that contain a vocabulary word but mean something else (临床 is not 床, 约束 not 约). */
const SKIP_WORDS = [
  '临床',
  '约束',
  '节约',
  '制约',
  '签约',
  '履约',
  '预约',
  '契约',
  '约定',
  '集约',
  '公约',
  '级以上',
  '级及以上',
  '家庭医生签约',
]

function buildLexicon(): ReadonlyMap<string, Word> {
  const m = new Map<string, Word>()
  for (const [stem, plain, negated] of NEGATABLE) {
    m.set(stem, { t: 'cmp', c: plain, weak: false })
    for (const not of NEGATIONS) m.set(not + stem, { t: 'cmp', c: negated, weak: false })
  }
  for (const [c, words] of COMPARATOR_WORDS) {
    for (const w of words) m.set(w, { t: 'cmp', c, weak: false })
  }
  m.set('控制在', { t: 'cmp', c: 'le', weak: true })
  for (const [k, words] of KIND_WORDS) for (const w of words) m.set(w, { t: 'kind', k })
  for (const [b, words] of BASE_WORDS) for (const w of words) m.set(w, { t: 'base', b })
  for (const [w, from, to] of PAIR_WORDS) m.set(w, { t: 'pair', from, to })
  m.set('各', { t: 'each' })
  for (const w of SKIP_WORDS) m.set(w, { t: 'skip' })
  return m
}

const LEXICON = buildLexicon()
const LONGEST_WORD = Math.max(...[...LEXICON.keys()].map((w) => w.length))

interface Words {
  readonly strong: readonly Comparator[]
  readonly weak: readonly Comparator[]
  readonly kinds: readonly QuantityKind[]
  readonly bases: readonly BaseKind[]
  readonly pair: { readonly from: QuantityKind; readonly to: QuantityKind | null } | null
  readonly each: boolean
}

function longestWord(
  s: string,
  i: number,
): { readonly word: Word; readonly length: number } | null {
  for (let len = Math.min(LONGEST_WORD, s.length - i); len > 0; len--) {
    const word = LEXICON.get(s.slice(i, i + len))
    if (word !== undefined) return { word, length: len }
  }
  return null
}

function pushNew<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item)
}

function scanWords(s: string): Words {
  const strong: Comparator[] = []
  const weak: Comparator[] = []
  const kinds: QuantityKind[] = []
  const bases: BaseKind[] = []
  let pair: Words['pair'] = null
  let each = false
  let i = 0
  while (i < s.length) {
    const hit = longestWord(s, i)
    if (hit === null) {
      i += 1
      continue
    }
    const w = hit.word
    if (w.t === 'cmp') pushNew(w.weak ? weak : strong, w.c)
    else if (w.t === 'kind') pushNew(kinds, w.k)
    else if (w.t === 'base') pushNew(bases, w.b)
    else if (w.t === 'pair') pair = pair ?? { from: w.from, to: w.to }
    else if (w.t === 'each') each = true
    i += hit.length
  }
  return { strong, weak, kinds, bases, pair, each }
}

// ---------------------------------------------------------------------------------------------
// 每… phrases: per-capita scales (每千常住人口, 每3万人口, /10万) and per-unit (每床, 每辆救护车)
// ---------------------------------------------------------------------------------------------

type Phrase =
  | {
      readonly t: 'scale'
      readonly per: string
      readonly base: BaseKind | null
      readonly end: number
    }
  | { readonly t: 'unit'; readonly perUnit: QuantityKind; readonly end: number }

const SCALE_WORDS: readonly (readonly [string, number])[] = [
  ['十万', 100000],
  ['百万', 1000000],
  ['千', 1000],
  ['万', 10000],
  ['百', 100],
]

const BASE_PREFIXES: readonly (readonly [string, BaseKind])[] = [
  ['常住', 'resident'],
  ['户籍', 'registered'],
  ['服务', 'service'],
  ['老年', 'elderly'],
]

const POPULATION_NOUNS: readonly (readonly [string, BaseKind | null])[] = [
  ['人口', null],
  ['居民', null],
  ['老人', 'elderly'],
  ['儿童', 'children'],
  ['婴幼儿', 'children'],
  ['人', null],
]

const PER_UNIT_NOUNS: readonly (readonly [string, QuantityKind])[] = [
  ['社区卫生服务中心', 'institutions'],
  ['负压救护车', 'negative-pressure-ambulances'],
  ['负压急救车', 'negative-pressure-ambulances'],
  ['全科医生', 'gps'],
  ['全科医师', 'gps'],
  ['救护车', 'ambulances'],
  ['急救车', 'ambulances'],
  ['送血车', 'blood-vehicles'],
  ['卫生院', 'institutions'],
  ['床位', 'beds'],
  ['病床', 'beds'],
  ['托位', 'places'],
  ['医师', 'physicians'],
  ['医生', 'physicians'],
  ['护士', 'nurses'],
  ['医院', 'institutions'],
  ['机构', 'institutions'],
  ['床', 'beds'],
  ['车', 'ambulances'],
  ['吨', 'tonnes'],
]

/** 每辆 and 每张 on their own name the unit by the measure word. */
const MEASURE_ONLY: ReadonlyMap<string, QuantityKind> = new Map([
  ['辆', 'ambulances'],
  ['张', 'beds'],
])
const MEASURE_WORDS = new Set(['张', '辆', '名', '个', '位', '所', '家', '台'])
const CHINESE_NUMERALS = new Set([...'零〇一二两三四五六七八九十百千万亿'])
const LEADING_NUMBER = /^\d+(?:\.\d+)?/
const AGE_PREFIX = /^\d{1,3}周?岁及?以上/

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

/** Reads "10万", "3万", "千", "1000" at `at`: the multiplier and where it ends. */
function readScaleNumber(
  s: string,
  at: number,
): { readonly digits: string | null; readonly factor: number; readonly end: number } | null {
  const digits = LEADING_NUMBER.exec(s.slice(at))?.[0] ?? null
  const k = at + (digits?.length ?? 0)
  const word = startsWithOneOf(s, k, SCALE_WORDS)
  if (digits === null && word === undefined) return null
  return { digits, factor: word?.[1] ?? 1, end: k + (word?.[0].length ?? 0) }
}

function perString(src: string, digits: string | null, factor: number): string {
  const per = toDecimal(digits ?? '1', PATH).times(factor)
  if (!per.isInteger() || per.lt(1)) fail('norm-unknown-scale', PATH, { received: excerpt(src) })
  return decimalString(per)
}

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
    fail('norm-unknown-scale', PATH, { received: excerpt(src) })
  }
  const next = s[j]
  if (next !== undefined && CHINESE_NUMERALS.has(next)) {
    fail('norm-unknown-scale', PATH, { received: excerpt(src) })
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

function mask(s: string, from: number, to: number): string {
  return s.slice(0, from) + ' '.repeat(to - from) + s.slice(to)
}

/** Finds the one 每/slash phrase of a clause, blanks it out, and returns it. */
function readPhrase(
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

// ---------------------------------------------------------------------------------------------
// The figure: one point, range, ratio or bracketed alternate
// ---------------------------------------------------------------------------------------------

/** A bracketed breakdown ("(其中中医类别0.40人)") is not the norm's figure. */
const BREAKDOWN = /\((?:其中|包括|包含|含|不含|不包括)[^()]*\)/g
const YEAR = /(?:19|20)\d{2}(?:-(?:19|20)\d{2})?年[度底末]?/g
const AGE = /\d{1,3}(?:-\d{1,3})?周?岁(?:及以上|及以下|以上|以下|以内)?/g
const RUN = /\d[\d.]*/g
const DECIMAL = /^\d+(?:\.\d+)?$/

const NUM = '(\\d+(?:\\.\\d+)?)'
const UNIT = '(%|‰|分钟|小时|张|人|名|辆|个|家|所|台|位|吨|天|日|次|项)'
const TERM = `${NUM}(?::${NUM})?${UNIT}?`
const EXPR = new RegExp(`${TERM}(?:-${TERM})?(?:\\(${NUM}${UNIT}?\\))?${UNIT}?`, 'y')

interface Term {
  readonly a: string
  readonly b: string | null
}

interface Expr {
  readonly first: Term
  readonly second: Term | null
  readonly alternate: string | null
  readonly unit: string | null
}

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => ' '.repeat(m.length))
}

interface Run {
  readonly start: number
  readonly end: number
}

function numberRuns(src: string, s: string): Run[] {
  const runs: Run[] = []
  for (const m of s.matchAll(RUN)) {
    const text = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0]
    const shown = s[m.index - 1] === '.' ? `.${m[0]}` : m[0]
    if (!DECIMAL.test(text) || shown !== m[0]) {
      unreadable(src, `malformed number "${shown}"`, `数字格式错误「${shown}」`)
    }
    runs.push({ start: m.index, end: m.index + text.length })
  }
  return runs
}

function oneUnit(src: string, units: readonly (string | undefined)[]): string | null {
  const given = units.filter((u): u is string => u !== undefined)
  const unit = given[0] ?? null
  if (given.some((u) => u !== unit)) {
    unreadable(src, `mixed units ${given.join(', ')}`, `单位不一致：${given.join('、')}`)
  }
  return unit
}

function readExpr(src: string, s: string, runs: readonly Run[]): Expr {
  const first = runs[0]
  if (first === undefined) return fail('norm-no-number', PATH, { received: excerpt(src) })
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
  const [, a = '', b, u1, c, d, u2, alt, altUnit, trailing] = m
  return {
    first: { a, b: b ?? null },
    second: c === undefined ? null : { a: c, b: d ?? null },
    alternate: alt ?? null,
    unit: oneUnit(src, [u1, u2, altUnit, trailing]),
  }
}

// ---------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------

interface Clause {
  readonly words: Words
  readonly phrase: Phrase | null
  readonly expr: Expr | null
}

function readClause(src: string, clause: string): Clause {
  const withoutBreakdowns = blank(clause, BREAKDOWN)
  const { s, phrase } = readPhrase(src, withoutBreakdowns)
  const bare = blank(blank(s, YEAR), AGE)
  const runs = numberRuns(src, bare)
  return {
    words: scanWords(bare),
    phrase,
    expr: runs.length === 0 ? null : readExpr(src, bare, runs),
  }
}

function comparatorOf(src: string, words: Words): Comparator {
  const [first, second] = words.strong
  if (second !== undefined) {
    fail('norm-conflicting-comparators', PATH, { received: excerpt(src) })
  }
  return first ?? words.weak[0] ?? 'eq'
}

/** Splits "不低于20%且不少于2辆" at 且 into the norm and its floor. */
function splitFloor(src: string): { readonly main: string; readonly floor: string | null } {
  const at = src.indexOf('且')
  if (at < 0) return { main: src, floor: null }
  if (src.indexOf('且', at + 1) >= 0) {
    unreadable(src, 'more than one 且 clause', '含有多个「且」分句')
  }
  return { main: src.slice(0, at), floor: src.slice(at + 1) }
}

interface Floor {
  readonly number: PrintedNumber
  readonly unit: string | null
  readonly kinds: readonly QuantityKind[]
}

function readFloor(src: string, text: string): Floor {
  const clause = readClause(src, text)
  const { expr, words } = clause
  if (expr === null) return fail('norm-no-number', PATH, { received: excerpt(src) })
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
  return { number: plain(expr.first.a), unit: expr.unit, kinds: words.kinds }
}

// ---------------------------------------------------------------------------------------------
// Building the result
// ---------------------------------------------------------------------------------------------

function exact(digits: string): Dec {
  return toDecimal(digits, PATH)
}

function plain(digits: string): PrintedNumber {
  return Object.freeze({ value: decimalString(exact(digits)), printed: digits })
}

function percent(digits: string): PrintedNumber {
  return Object.freeze({ value: decimalString(exact(digits).div(100)), printed: `${digits}%` })
}

/** "1:1.25" → 1.25 (printed "1.25"); "2:3" → 1.5 (printed "2:3"); zero terms and inexact quotients fail. */
function ratioNumber(src: string, a: string, b: string): PrintedNumber {
  const first = exact(a)
  const second = exact(b)
  if (first.isZero() || second.isZero())
    fail('norm-invalid-ratio', PATH, { received: excerpt(src) })
  if (first.eq(1)) return Object.freeze({ value: decimalString(second), printed: b })
  const q = second.div(first)
  if (!q.times(first).eq(second)) fail('norm-invalid-ratio', PATH, { received: excerpt(src) })
  return Object.freeze({ value: decimalString(q), printed: `${a}:${b}` })
}

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

function normValue(src: string, form: NormForm, expr: Expr, comparator: Comparator): NormValue {
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
    fail('norm-invalid-range', PATH, { received: excerpt(src), lo: min.printed, hi: max.printed })
  }
  return Object.freeze({ type: 'range', min, max })
}

function formOf(src: string, clause: Clause, expr: Expr): NormForm {
  const { phrase, words } = clause
  const colon = expr.first.b !== null || (expr.second?.b ?? null) !== null
  const unit = expr.unit
  if (colon) {
    if (phrase !== null || unit === '%' || unit === '‰') {
      unreadable(
        src,
        'a 1:x ratio mixed with a rate, per-unit phrase or percentage',
        '1:x 比值不能与每千人口、每单位或百分比混用',
      )
    }
    return 'ratio'
  }
  if (phrase?.t === 'scale' || unit === '‰') {
    if (unit === '%' || (phrase !== null && unit === '‰')) {
      unreadable(
        src,
        'a per-capita rate cannot also be a percentage',
        '每千人口指标不能同时为百分比',
      )
    }
    return 'rate'
  }
  if (phrase?.t === 'unit') {
    if (unit === '%')
      unreadable(src, 'a per-unit rule cannot be a percentage', '每单位规则不能为百分比')
    return 'per-unit'
  }
  if (words.pair !== null && unit !== '%') return 'ratio'
  return unit === '%' ? 'share' : 'level'
}

function scaleOf(clause: Clause, form: NormForm): ParsedNorm['scale'] {
  if (form !== 'rate') return null
  const only = clause.words.bases.length === 1 ? (clause.words.bases[0] ?? null) : null
  const phrase = clause.phrase
  if (phrase?.t === 'scale') return Object.freeze({ per: phrase.per, base: phrase.base ?? only })
  return Object.freeze({ per: '1000', base: only })
}

const UNIT_KIND: ReadonlyMap<string, QuantityKind> = new Map([
  ['张', 'beds'],
  ['辆', 'ambulances'],
])

function unitKind(unit: string | null | undefined): QuantityKind | null {
  return unit == null ? null : (UNIT_KIND.get(unit) ?? null)
}

function kindsOf(
  form: NormForm,
  clause: Clause,
  unit: string | null,
  floor: Floor | null,
): { readonly quantity: QuantityKind | null; readonly perUnit: QuantityKind | null } {
  const { words, phrase } = clause
  if (form === 'ratio') {
    if (words.pair !== null) {
      const other = words.kinds.find((k) => k !== words.pair?.from) ?? null
      return { perUnit: words.pair.from, quantity: words.pair.to ?? other }
    }
    const [from, to] = words.kinds
    return from !== undefined && to !== undefined
      ? { perUnit: from, quantity: to }
      : { perUnit: null, quantity: null }
  }
  const perUnit = phrase?.t === 'unit' ? phrase.perUnit : null
  if (words.each && words.kinds.length > 1) return { perUnit, quantity: null }
  const quantity =
    words.kinds[0] ?? floor?.kinds[0] ?? unitKind(unit) ?? unitKind(floor?.unit) ?? null
  return { perUnit, quantity }
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
 * for value "1.5". Bracketed breakdowns ("(其中中医类别0.40人)"), years ("2025年") and ages
 * ("3岁以下") are not read as the figure. Where the text does not name the quantity (only 人
 * or 名), `quantity` is `null`.
 *
 * @throws BedstaffError, always at path `['text']`: `norm-unreadable` (not a string, malformed
 *   or negative figures, several figures, an unreadable 每 phrase), `empty-input`,
 *   `input-too-long` (over 500 characters), `norm-no-number`, `norm-conflicting-comparators`,
 *   `norm-invalid-range` (a downward range), `norm-invalid-ratio` (a zero term, or a first term
 *   that does not divide exactly), `norm-unknown-scale`, and from a figure itself
 *   `invalid-number` (over 64 characters), `too-many-digits` or `number-out-of-range`
 * @example
 * ```ts
 * import { parseNorm } from 'bedstaff'
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
 * parseNorm('每千常住人口张') // throws norm-no-number
 * ```
 */
export function parseNorm(text: string): ParsedNorm {
  const normalized = normalizeNormText(text)
  if (normalized === '') fail('empty-input', PATH)
  const { main, floor: floorText } = splitFloor(normalized)
  const clause = readClause(normalized, main)
  const expr = clause.expr
  if (expr === null) return fail('norm-no-number', PATH, { received: excerpt(normalized) })
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
