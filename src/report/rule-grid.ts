/**
 * The rules and the stated levels of an evaluation as grids. Text and Markdown show words
 * (`computed`, `up`, `short 2,305`), grouped digits and exact values cut for reading; CSV
 * keeps one field per column, stable values in English and every digit.
 */

import { COMPARATOR_SYMBOL } from '../comparator.js'
import type { Evaluation, LevelResult, RuleResult } from '../plan/result.js'
import { baseCell, countCell, exactCell, fromCell, gapCell } from './cells.js'
import { type Bilingual, column, type Grid, grid, type Lang } from './grid.js'
import { EVALUATION } from './input-shapes.js'
import { checked, checkLang } from './inputs.js'
import { missingText } from './missing.js'
import { ratioText, shownCount } from './numbers.js'
import {
  baseKindWord,
  natureWord,
  quantityUnit,
  quantityWord,
  roundingWord,
  statusWord,
  unitWord,
  word,
} from './words.js'

const n = (x: number | null | undefined): string | null =>
  x === null || x === undefined ? null : String(x)

const csv = { use: 'csv' } as const
const shown = { use: 'table' } as const

const RULE_COLUMNS = [
  column('rule', 'rule', '规则'),
  column('label', 'label', '名称'),
  column('type', 'type', '类型', csv),
  column('quantity', 'quantity', '资源', csv),
  column('year', 'year', '年份', { ...csv, align: 'right' }),
  column('nature', 'nature', '性质'),
  column('comparator', 'cmp', '比较', csv),
  column('value', 'value', '标准', csv),
  column('value_shown', 'value', '标准', { ...shown, align: 'right' }),
  column('on', 'base or amount', '人口基数或所依数量', shown),
  column('base_id', 'base id', '基数编号', csv),
  column('base_kind', 'base kind', '基数类型', csv),
  column('base_value', 'base value', '基数值', csv),
  column('base_year', 'base year', '基数年份', csv),
  column('base_vintage', 'base vintage', '基数口径', csv),
  column('from_kind', 'from kind', '所依类型', csv),
  column('from_id', 'from id', '所依编号', csv),
  column('from_value', 'from value', '所依数值', csv),
  column('exact_range', 'exact', '精确值', { ...shown, align: 'right', fit: 'wrap' }),
  column('count_range', 'count', '取整值', { ...shown, align: 'right', fit: 'wrap' }),
  column('exact', 'exact', '精确值', csv),
  column('count', 'count', '取整值', csv),
  column('unit', 'unit', '单位', csv),
  column('min_exact', 'min exact', '下限精确值', csv),
  column('min_count', 'min count', '下限取整值', csv),
  column('max_exact', 'max exact', '上限精确值', csv),
  column('max_count', 'max count', '上限取整值', csv),
  column('binding', 'binding', '起作用项', csv),
  column('aggregate_exact', 'aggregate exact', '合计精确值', csv),
  column('aggregate_count', 'aggregate count', '合计取整值', csv),
  column('rounding_shown', 'rounding', '取整', shown),
  column('rounding', 'rounding', '取整', csv),
  column('status_shown', 'status', '状态', shown),
  column('status', 'status', '状态', csv),
  column('missing', 'missing', '缺少', csv),
  column('stock', 'stock', '现状', { align: 'right', group: true }),
  column('stock_year', 'stock year', '现状年份', csv),
  column('gap', 'gap', '差距', shown),
  column('gap_status', 'gap status', '差距状态', csv),
  column('gap_by', 'gap by', '差距数', csv),
  column('document', 'document', '文件', csv),
  column('line', 'line', '行', { align: 'right' }),
  column('quote', 'quote', '原文', csv),
]

/** A rule's value as a table shows it: a ratio `1:1.15`, anything else as written. @internal */
export const valueShown = (r: { readonly type: string; readonly value: string }): string =>
  r.type === 'ratio' ? ratioText(r.value) : r.value

/** A rule's label in a language (English falls back to the Chinese). @internal */
export const labelIn = (r: { readonly label: { zh: string; en: string | null } }, lang: Lang) =>
  lang === 'zh' ? r.label.zh : (r.label.en ?? r.label.zh)

/** Facility id → name, to name facilities in what a rule lacks. @internal */
export const facilityNames = (ev: Evaluation): ReadonlyMap<string, string> =>
  new Map(ev.facilities.map((f) => [f.facility, f.name]))

/** A count with its unit (`9,160 beds`, `4,250* people` when summed over facilities). */
function countWithUnit(r: RuleResult, count: string | null, lang: Lang): string | null {
  if (count === null) return null
  const unit = quantityUnit(r.quantity, lang)
  return `${count}${perFacility(r) ? '*' : ''}${unit === '' ? '' : ` ${unit}`}`
}

/** Whether a count sums per-facility counts, each rounded on its own. */
const perFacility = (r: RuleResult): boolean => r.aggregate !== null && r.count !== null

function ruleRow(r: RuleResult, lang: Lang, names: ReadonlyMap<string, string>): (string | null)[] {
  const count = countCell(r.count, r.min, r.max)
  return [
    r.rule,
    labelIn(r, lang),
    r.type,
    quantityWord(r.quantity, lang),
    String(r.year),
    r.nature === null ? null : natureWord(r.nature, lang),
    COMPARATOR_SYMBOL[r.comparator] ?? r.comparator,
    r.value,
    `${COMPARATOR_SYMBOL[r.comparator] ?? r.comparator} ${valueShown(r)}`,
    baseCell(r.base, lang) ?? fromCell(r.from, lang),
    r.base?.id ?? null,
    r.base ? baseKindWord(r.base.kind, lang) : null,
    r.base?.value ?? null,
    n(r.base?.year),
    r.base ? word(r.base.vintage, lang) : null,
    r.from ? word(r.from.kind, lang) : null,
    r.from?.id ?? null,
    r.from?.value ?? null,
    exactCell(r.exact, r.min, r.max, r.value),
    countWithUnit(r, count, lang),
    r.exact,
    n(r.count),
    quantityUnit(r.quantity, lang),
    r.min?.exact ?? null,
    n(r.min?.count),
    r.max?.exact ?? null,
    n(r.max?.count),
    r.binding === null ? null : word(r.binding, lang),
    r.aggregate?.exact ?? null,
    n(r.aggregate?.count),
    roundingWord(r.rounding, lang),
    lang === 'zh' ? roundingWord(r.rounding, lang) : r.rounding,
    statusWord(r.status, lang),
    word(r.status, lang),
    r.missing === null ? null : missingText(r.missing, lang, names),
    r.stock?.value ?? null,
    n(r.stock?.year),
    gapCell(r.gap, lang),
    r.gap ? word(r.gap.status, lang) : null,
    r.gap?.by ?? null,
    r.source.document,
    n(r.source.line),
    r.source.quote ?? null,
  ]
}

/** The footnotes of a rules table: counts summed per facility, values cut for reading. */
function ruleNotes(rules: readonly RuleResult[], rows: readonly (string | null)[][]): Bilingual[] {
  const notes: Bilingual[] = []
  const summed = rules.filter(perFacility)
  if (summed.length > 0) {
    const once = summed
      .filter((r) => r.aggregate?.count !== null && r.aggregate?.count !== r.count)
      .map((r) => `${r.rule} ${shownCount(r.aggregate?.count)}`)
    notes.push({
      en: `* A sum of each facility's own count, each rounded on its own.${once.length > 0 ? ` Rounded once on the total instead: ${once.join(', ')}.` : ''}`,
      zh: `* 各机构分别取整后的合计。${once.length > 0 ? `若按合计一次取整：${once.join('，')}。` : ''}`,
    })
  }
  if (rows.some((r) => r.some((c) => c?.startsWith('~')))) {
    notes.push({
      en: '~ Cut for reading to the rule’s printed decimals plus two; JSON and CSV keep every digit.',
      zh: '~ 为便于阅读，精确值按标准的小数位数再多保留两位；JSON 与 CSV 保留全部数字。',
    })
  }
  return notes
}

/**
 * The rules of an evaluation, one row per rule: nature, comparator, value (a ratio as `1:x`),
 * base (kind, value, year, vintage) or the amount a ratio or share multiplies, exact value,
 * count and its unit, rounding, status, stock and gap, source line; footnotes where a count
 * sums per-facility counts.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { rulesGrid } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const g = rulesGrid(ev, 'en')
 * const at = (key: string) => g.columns.findIndex((c) => c.key === key)
 * const beds = g.rows.find((r) => r[0] === 'beds-per-1000')
 * beds?.[at('count_range')] // => "9,160 beds"
 * beds?.[at('gap')] // => "short 2,305"
 * g.rows.find((r) => r[0] === 'physician-nurse-ratio')?.[at('value_shown')] // => "= 1:1.15"
 * rulesGrid(ev, 'zh').rows[0]?.[at('status_shown')] // => "已计算"
 * ```
 */
export function rulesGrid(ev: Evaluation, lang: Lang): Grid {
  checked(ev, EVALUATION, ['evaluation'])
  checkLang(lang)
  const names = facilityNames(ev)
  const rows = ev.rules.map((r) => ruleRow(r, lang, names))
  return grid(
    { en: `Rules (${ev.plan}, ${ev.year})`, zh: `规则（${ev.plan}，${ev.year}年）` },
    RULE_COLUMNS,
    rows,
    ruleNotes(ev.rules, rows),
  )
}

const LEVEL_COLUMNS = [
  column('rule', 'level', '指标', { fit: 'keep' }),
  column('label', 'label', '名称'),
  column('quantity', 'quantity', '资源', csv),
  column('year', 'year', '年份', { align: 'right' }),
  column('nature', 'nature', '性质'),
  column('comparator', 'cmp', '比较', { fit: 'keep' }),
  column('value', 'value', '数值', { align: 'right' }),
  column('unit', 'unit', '单位'),
  column('document', 'document', '文件', csv),
  column('line', 'line', '行', { align: 'right' }),
  column('quote', 'quote', '原文', csv),
]

function levelRow(l: LevelResult, lang: Lang): (string | null)[] {
  return [
    l.rule,
    labelIn(l, lang),
    l.quantity,
    String(l.year),
    l.nature === null ? null : natureWord(l.nature, lang),
    COMPARATOR_SYMBOL[l.comparator] ?? l.comparator,
    l.value,
    unitWord(l.unit, lang),
    l.source.document,
    n(l.source.line),
    l.source.quote ?? null,
  ]
}

/**
 * The stated levels of an evaluation (radius, length of stay, coverage), apart from the
 * rules: nothing is derived from them, so they have a value and a unit, no count.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { levelsGrid } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const alos = levelsGrid(ev, 'en').rows.find((r) => r[0] === 'alos-iii-a-general')
 * alos?.slice(5, 8) // => ["≤", "7.0", "days"]
 * levelsGrid(ev, 'zh').rows.find((r) => r[0] === 'alos-iii-a-general')?.[7] // => "天"
 * ```
 */
export function levelsGrid(ev: Evaluation, lang: Lang): Grid {
  checked(ev, EVALUATION, ['evaluation'])
  checkLang(lang)
  return grid(
    {
      en: `Stated levels (${ev.plan}): nothing is derived from them`,
      zh: `陈述性指标（${ev.plan}）：不据以推算数量`,
    },
    LEVEL_COLUMNS,
    ev.levels.map((l) => levelRow(l, lang)),
  )
}
