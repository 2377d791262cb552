/**
 * The tables of an evaluation as grids: rules, facilities, grades and bed tables.
 */

import type { Evaluation, RuleResult } from '../plan/result.js'
import { COMPARATOR_SYMBOL } from '../quantity/comparator.js'
import { baseCell, countCell, exactCell, fromCell, gapCell } from './cells.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { baseKindWord, quantityWord, word } from './words.js'

/** The tables of an evaluation a renderer can show. */
export type EvaluationTable = 'rules' | 'facilities' | 'grades' | 'tables'

/**
 * Every table of an evaluation, in a stable order.
 *
 * @example
 * ```ts
 * import { EVALUATION_TABLES } from 'bedstaff'
 *
 * EVALUATION_TABLES // => ["rules", "facilities", "grades", "tables"]
 * ```
 */
export const EVALUATION_TABLES: readonly EvaluationTable[] = Object.freeze([
  'rules',
  'facilities',
  'grades',
  'tables',
])

const n = (x: number | null | undefined): string | null =>
  x === null || x === undefined ? null : String(x)

const RULE_COLUMNS = [
  column('rule', 'rule', '规则'),
  column('label', 'label', '名称'),
  column('type', 'type', '类型', { use: 'csv' }),
  column('quantity', 'quantity', '资源', { use: 'csv' }),
  column('year', 'year', '年份', { use: 'csv', align: 'right' }),
  column('nature', 'nature', '性质', { use: 'csv' }),
  column('comparator', 'cmp', '比较'),
  column('value', 'value', '标准', { align: 'right' }),
  column('base', 'base', '人口基数', { use: 'table' }),
  column('base_id', 'base id', '基数编号', { use: 'csv' }),
  column('base_kind', 'base kind', '基数类型', { use: 'csv' }),
  column('base_value', 'base value', '基数值', { use: 'csv' }),
  column('base_year', 'base year', '基数年份', { use: 'csv' }),
  column('base_vintage', 'base vintage', '基数口径', { use: 'csv' }),
  column('from', 'from', '所依数量', { use: 'table' }),
  column('from_kind', 'from kind', '所依类型', { use: 'csv' }),
  column('from_id', 'from id', '所依编号', { use: 'csv' }),
  column('from_value', 'from value', '所依数值', { use: 'csv' }),
  column('exact_range', 'exact', '精确值', { use: 'table', align: 'right' }),
  column('count_range', 'count', '取整值', { use: 'table', align: 'right' }),
  column('exact', 'exact', '精确值', { use: 'csv' }),
  column('count', 'count', '取整值', { use: 'csv' }),
  column('min_exact', 'min exact', '下限精确值', { use: 'csv' }),
  column('min_count', 'min count', '下限取整值', { use: 'csv' }),
  column('max_exact', 'max exact', '上限精确值', { use: 'csv' }),
  column('max_count', 'max count', '上限取整值', { use: 'csv' }),
  column('binding', 'binding', '起作用项', { use: 'csv' }),
  column('aggregate_exact', 'aggregate exact', '合计精确值', { use: 'csv' }),
  column('aggregate_count', 'aggregate count', '合计取整值', { use: 'csv' }),
  column('rounding', 'rounding', '取整'),
  column('status', 'status', '状态'),
  column('missing', 'missing', '缺少', { use: 'csv' }),
  column('stock', 'stock', '现状', { align: 'right' }),
  column('stock_year', 'stock year', '现状年份', { use: 'csv' }),
  column('gap', 'gap', '差距', { use: 'table' }),
  column('gap_status', 'gap status', '差距状态', { use: 'csv' }),
  column('gap_by', 'gap by', '差距数', { use: 'csv' }),
  column('document', 'document', '文件', { use: 'csv' }),
  column('line', 'line', '行', { align: 'right' }),
  column('quote', 'quote', '原文', { use: 'csv' }),
]

function ruleRow(r: RuleResult, lang: Lang): (string | null)[] {
  const label = lang === 'zh' ? r.label.zh : (r.label.en ?? r.label.zh)
  return [
    r.rule,
    label,
    r.type,
    quantityWord(r.quantity, lang),
    String(r.year),
    r.nature === null ? null : word(r.nature, lang),
    COMPARATOR_SYMBOL[r.comparator] ?? r.comparator,
    r.value,
    baseCell(r.base, lang),
    r.base?.id ?? null,
    r.base ? baseKindWord(r.base.kind, lang) : null,
    r.base?.value ?? null,
    n(r.base?.year),
    r.base ? word(r.base.vintage, lang) : null,
    fromCell(r.from, lang),
    r.from ? word(r.from.kind, lang) : null,
    r.from?.id ?? null,
    r.from?.value ?? null,
    exactCell(r.exact, r.min, r.max),
    countCell(r.count, r.min, r.max),
    r.exact,
    n(r.count),
    r.min?.exact ?? null,
    n(r.min?.count),
    r.max?.exact ?? null,
    n(r.max?.count),
    r.binding === null ? null : word(r.binding, lang),
    r.aggregate?.exact ?? null,
    n(r.aggregate?.count),
    r.rounding,
    word(r.status, lang),
    r.missing,
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

/**
 * The rules of an evaluation, one row per rule: value, comparator, base (kind, value, year,
 * vintage), exact value, count, rounding, stock and gap, source line.
 */
export function rulesGrid(ev: Evaluation, lang: Lang): Grid {
  return grid(
    { en: `Rules (${ev.plan}, ${ev.year})`, zh: `规则（${ev.plan}，${ev.year}年）` },
    RULE_COLUMNS,
    ev.rules.map((r) => ruleRow(r, lang)),
  )
}

const FACILITY_COLUMNS = [
  column('facility', 'facility', '机构编号'),
  column('name', 'name', '机构名称'),
  column('table', 'table', '表'),
  column('category', 'category', '类别'),
  column('grade', 'grade', '等级'),
  column('grade_printed', 'grade printed', '等级（原文）', { use: 'csv' }),
  column('open_beds', 'open beds', '开放床位', { align: 'right' }),
  column('requirements', 'requirements', '配置要求'),
]

/**
 * The facilities of an evaluation, one row per facility, with its open beds in the evaluated
 * year and its requirements as `rule: exact → count`.
 */
export function facilitiesGrid(ev: Evaluation, lang: Lang): Grid {
  return grid(
    { en: `Facilities (${ev.year})`, zh: `机构（${ev.year}年）` },
    FACILITY_COLUMNS,
    ev.facilities.map((f) => [
      f.facility,
      f.name,
      f.table,
      f.category,
      lang === 'zh' ? f.gradePrinted : f.grade,
      f.gradePrinted,
      f.openBeds,
      f.requirements
        .map((q) => `${q.rule}: ${q.exact}${q.count === null ? '' : ` → ${q.count}`}`)
        .join('; ') || null,
    ]),
  )
}

const GRADE_COLUMNS = [
  column('grade', 'grade', '等级'),
  column('grade_zh', 'grade (zh)', '等级（中文）', { use: 'csv' }),
  column('facilities', 'facilities', '机构数', { align: 'right' }),
  column('open_beds', 'open beds', '开放床位', { align: 'right' }),
  column('rule', 'rule', '规则'),
  column('quantity', 'quantity', '资源'),
  column('count', 'sum of counts', '各机构取整值之和', { align: 'right' }),
  column('aggregate_exact', 'aggregate exact', '合计精确值', { align: 'right' }),
  column('aggregate_count', 'aggregate count', '合计取整值', { align: 'right' }),
]

/**
 * Totals by hospital grade, one row per grade and rule (a grade with no requirement has one
 * row with empty rule cells): the sum of per-facility counts and the aggregate rounded once.
 */
export function gradesGrid(ev: Evaluation, lang: Lang): Grid {
  const rows = ev.grades.flatMap((g) => {
    const head = [lang === 'zh' ? g.gradeZh : g.grade, g.gradeZh, String(g.facilities), g.openBeds]
    if (g.requirements.length === 0) return [head]
    return g.requirements.map((q) => [
      ...head,
      q.rule,
      quantityWord(q.quantity, lang),
      n(q.count),
      q.aggregate?.exact ?? null,
      n(q.aggregate?.count ?? null),
    ])
  })
  return grid({ en: `Grades (${ev.year})`, zh: `按等级汇总（${ev.year}年）` }, GRADE_COLUMNS, rows)
}

const TABLE_COLUMNS = [
  column('table', 'table', '表'),
  column('facilities', 'facilities', '机构数', { align: 'right' }),
  column('open_beds', 'open beds', '开放床位', { align: 'right' }),
]

/**
 * Open beds summed by the plan's bed tables (表2, 表3, 表4).
 */
export function tablesGrid(ev: Evaluation, _lang: Lang): Grid {
  return grid(
    { en: `Bed tables (${ev.year})`, zh: `床位表汇总（${ev.year}年）` },
    TABLE_COLUMNS,
    ev.tables.map((t) => [t.table, String(t.facilities), t.openBeds]),
  )
}

/**
 * One table of an evaluation as a grid.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan, evaluationGrid } from 'bedstaff'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const g = evaluationGrid(ev, 'rules', 'zh')
 * g.columns.slice(0, 3).map((c) => c.zh) // => ["规则", "名称", "类型"]
 * g.rows.find((r) => r[0] === 'beds-per-1000')?.[1] // => "每千常住人口医疗卫生机构实际开放床位数"
 * evaluationGrid(ev, 'tables', 'en').rows[0] // => ["表2", "17", "6005"]
 * ```
 */
export function evaluationGrid(ev: Evaluation, table: EvaluationTable, lang: Lang): Grid {
  switch (table) {
    case 'facilities':
      return facilitiesGrid(ev, lang)
    case 'grades':
      return gradesGrid(ev, lang)
    case 'tables':
      return tablesGrid(ev, lang)
    default:
      return rulesGrid(ev, lang)
  }
}
