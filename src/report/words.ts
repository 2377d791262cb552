/**
 * Bilingual words for the enumerations results carry: severities, statuses, roundings, gaps,
 * vintages, base kinds, quantity kinds, units, explanations. `word` keeps the stable value in
 * English (for CSV); the other functions give the words a table shows, which cannot be misread
 * (`computed`, `no base`, `no input`). Unknown values are shown as they are.
 */
import { hasWide, unitEn, VINTAGE_WORDS } from '../bilingual.js'
import { BASE_KIND_ZH } from '../population/base.js'
import { QUANTITY_KINDS } from '../quantity/kinds.js'
import type { Lang } from './grid.js'

type Table = Readonly<Record<string, readonly [en: string, zh: string]>>

const STATUS: Table = {
  ok: ['computed', '已计算'],
  'base-missing': ['no base', '缺人口基数'],
  'base-ambiguous': ['two bases', '人口基数不唯一'],
  'input-missing': ['no input', '缺输入数据'],
  'no-derivation': ['stated only', '仅为陈述'],
}

const ROUNDING: Table = {
  ceil: ['up', '向上取整'],
  floor: ['down', '向下取整'],
  'half-up': ['half up', '四舍五入'],
  'half-even': ['half even', '四舍六入五成双'],
  none: ['unrounded', '不取整'],
}

const GAP: Table = { meets: ['meets', '达标'], short: ['short', '缺口'], over: ['over', '超出'] }

const SEVERITY: Table = {
  error: ['error', '错误'],
  warning: ['warning', '警告'],
  info: ['note', '提示'],
}

const NATURE: Table = {
  binding: ['binding', '约束性'],
  expected: ['expected', '预期性'],
  guiding: ['guiding', '指导性'],
}

const VINTAGE: Table = VINTAGE_WORDS

/** The one word set of the audit's likely explanations, in both languages. */
const EXPLANATION: Table = {
  rounding: ['rounding', '舍入'],
  typo: ['typo', '笔误'],
  'factor-of-ten': ['factor of ten', '十倍之差'],
  'different-base': ['different base', '人口口径不同'],
  'different-vintage': ['different census', '普查口径不同'],
  'different-year': ['different year', '年份不同'],
  'partial-breakdown': ['partial breakdown', '分项不全'],
  truncation: ['truncation', '截断'],
  'unstated-reduction': ['unstated cut', '未说明的核减'],
  unknown: ['unexplained', '原因不明'],
}

/** What a comparator makes of a requirement: a floor, a cap, a level. */
const LIMIT: Table = {
  ge: ['≥ floor', '≥ 下限'],
  gt: ['> floor', '> 下限'],
  le: ['≤ cap', '≤ 上限'],
  lt: ['< cap', '< 上限'],
  eq: ['= level', '= 水平'],
  approx: ['≈ about', '≈ 约'],
}

/** Where a ratio or share took its amount, and which term of a compound minimum binds. */
const OTHER: Table = {
  rule: ['rule', '规则'],
  stock: ['stock', '存量'],
  facilities: ['facilities', '机构'],
  share: ['share', '比例'],
  floor: ['floor', '下限'],
  both: ['both', '二者'],
}

/** Short English names of quantity kinds, for tables; the library's names are longer. */
const QUANTITY_SHORT: Readonly<Record<string, string>> = {
  physicians: 'physicians',
  nurses: 'nurses',
  gps: 'GPs',
  'mch-staff': 'MCH staff',
  persons: 'persons',
}

const pick = (table: Table, value: string, lang: Lang): string =>
  table[value]?.[lang === 'zh' ? 1 : 0] ?? value

/**
 * A value of an enumeration in a language, for CSV: English keeps the stable value itself.
 * @internal
 */
export function word(value: string, lang: Lang): string {
  if (lang === 'en') return value
  for (const t of [STATUS, SEVERITY, VINTAGE, NATURE, EXPLANATION, GAP, OTHER]) {
    const zh = t[value]?.[1]
    if (zh !== undefined) return zh
  }
  return value
}

/** A rule status for a table: `computed`, `no base`, `no input`. @internal */
export const statusWord = (status: string, lang: Lang): string => pick(STATUS, status, lang)

/** A rounding mode for a table: `up`, `down`, 向上取整. @internal */
export const roundingWord = (rounding: string, lang: Lang): string => pick(ROUNDING, rounding, lang)

/** A gap status for a table: `short`, `meets`, `over`. @internal */
export const gapWord = (status: string, lang: Lang): string => pick(GAP, status, lang)

/** A severity for a table: `error`, `warning`, `note`. @internal */
export const severityWord = (severity: string, lang: Lang): string => pick(SEVERITY, severity, lang)

/** A rule's nature: binding 约束性, expected 预期性, guiding 指导性. @internal */
export const natureWord = (nature: string, lang: Lang): string => pick(NATURE, nature, lang)

/** A population vintage for a table: `census 7`, 七普. @internal */
export const vintageWord = (vintage: string, lang: Lang): string => pick(VINTAGE, vintage, lang)

/** A likely explanation of an audit finding, from the one word set. @internal */
export const explanationWord = (explanation: string, lang: Lang): string =>
  pick(EXPLANATION, explanation, lang)

/** What a comparator makes of a requirement: `≥ floor`, `≤ cap`, `= level`. @internal */
export const limitWord = (comparator: string, lang: Lang): string => pick(LIMIT, comparator, lang)

/** Where an amount came from, or which term binds: `rule`, `facilities`, `share`, `floor`. @internal */
export const otherWord = (value: string, lang: Lang): string => pick(OTHER, value, lang)

/**
 * A population base kind in a language: `resident` or 常住人口.
 * @internal
 */
export function baseKindWord(kind: string, lang: Lang): string {
  if (lang === 'en') return kind
  const zh = (BASE_KIND_ZH as Readonly<Record<string, string>>)[kind]
  return zh === undefined ? kind : `${zh}人口`
}

type KindEntry = { readonly zh: string; readonly unit: string; readonly en: string }
const kindOf = (quantity: string): KindEntry | undefined =>
  (QUANTITY_KINDS as Readonly<Record<string, KindEntry>>)[quantity]

/**
 * A quantity kind in a language, for CSV: `beds` (the stable value) or 床位.
 * @internal
 */
export function quantityWord(quantity: string, lang: Lang): string {
  if (lang === 'en') return quantity
  return kindOf(quantity)?.zh ?? quantity
}

/**
 * A quantity kind's name for a table: `GPs`, `health-technical staff`, 全科医生.
 * @internal
 */
export function quantityName(quantity: string, lang: Lang): string {
  const k = kindOf(quantity)
  if (lang === 'zh') return k?.zh ?? quantity
  return QUANTITY_SHORT[quantity] ?? k?.en ?? quantity.replace(/-/g, ' ')
}

/**
 * A printed unit in a language: Chinese as printed; English from a table of the units plans
 * use, else quoted as printed (`“个/站”`), so that no bare Chinese unit reaches English text.
 * @internal
 */
export function unitWord(unit: string, lang: Lang): string {
  if (lang === 'zh' || unit === '') return unit
  return unitEn(unit) ?? (hasWide(unit) ? `“${unit}”` : unit)
}

/** The counting unit of a quantity kind: 张, 人, 辆 (`beds`, `people`, `vehicles` in English). @internal */
export function quantityUnit(quantity: string, lang: Lang): string {
  if (lang === 'en' && quantity === 'places') return 'places'
  const unit = kindOf(quantity)?.unit
  return unit === undefined ? '' : unitWord(unit, lang)
}
