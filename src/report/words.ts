/**
 * Bilingual words for the enumerations results carry: severities, statuses, vintages, base
 * kinds, explanations. Unknown values are shown as they are.
 */
import { BASE_KIND_ZH } from '../population/base.js'
import { QUANTITY_KINDS } from '../quantity/kinds.js'
import type { Lang } from './grid.js'

const ZH: Readonly<Record<string, string>> = Object.freeze({
  // severities
  error: '错误',
  warning: '警告',
  info: '提示',
  // rule status
  ok: '正常',
  'base-missing': '缺少人口基数',
  'base-ambiguous': '人口基数不唯一',
  'input-missing': '缺少输入',
  'no-derivation': '无推算',
  // gap status
  meets: '达标',
  short: '不足',
  over: '超出',
  // vintages
  'census-6': '六普',
  'census-7': '七普',
  yearbook: '统计年鉴',
  projection: '预测',
  derived: '推算',
  estimate: '估计',
  // natures
  binding: '约束性',
  expected: '预期性',
  guiding: '指导性',
  // explanations
  rounding: '舍入',
  typo: '笔误',
  'factor-of-ten': '十倍之差',
  'different-base': '人口口径不同',
  'different-vintage': '人口来源不同',
  'different-year': '年份不同',
  'partial-breakdown': '“其中”分项',
  truncation: '截断',
  'unstated-reduction': '未说明的核减',
  unknown: '不明',
  // where an amount comes from
  rule: '规则',
  stock: '存量',
  facilities: '机构',
  // bindings of compound minimums
  share: '比例',
  floor: '下限',
  both: '二者',
})

/**
 * A value of an enumeration in a language (English keeps the stable value itself).
 */
export function word(value: string, lang: Lang): string {
  return lang === 'zh' ? (ZH[value] ?? value) : value
}

/**
 * A population base kind in a language: `resident` or 常住人口.
 */
export function baseKindWord(kind: string, lang: Lang): string {
  if (lang === 'en') return kind
  const zh = (BASE_KIND_ZH as Readonly<Record<string, string>>)[kind]
  return zh === undefined ? kind : `${zh}人口`
}

/**
 * A quantity kind in a language: `beds` or 床位.
 */
export function quantityWord(quantity: string, lang: Lang): string {
  if (lang === 'en') return quantity
  const q = (QUANTITY_KINDS as Readonly<Record<string, { readonly zh: string }>>)[quantity]
  return q === undefined ? quantity : q.zh
}
