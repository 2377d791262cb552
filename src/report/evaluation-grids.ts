/**
 * The tables of an evaluation as grids: rules, stated levels, facilities, grades and bed
 * tables.
 */

import type { Evaluation } from '../plan/result.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { EVALUATION } from './input-shapes.js'
import { checked, checkLang, oneOf } from './inputs.js'
import { shownCount, shownExact } from './numbers.js'
import { levelsGrid, rulesGrid } from './rule-grid.js'
import { quantityWord } from './words.js'

export { levelsGrid, rulesGrid } from './rule-grid.js'

/** The tables of an evaluation a renderer can show. */
export type EvaluationTable = 'rules' | 'levels' | 'facilities' | 'grades' | 'tables'

/**
 * Every table of an evaluation, in a stable order.
 *
 * @example
 * ```ts
 * import { EVALUATION_TABLES } from 'bedstaff/report'
 *
 * EVALUATION_TABLES // => ["rules", "levels", "facilities", "grades", "tables"]
 * ```
 */
export const EVALUATION_TABLES: readonly EvaluationTable[] = Object.freeze([
  'rules',
  'levels',
  'facilities',
  'grades',
  'tables',
])

const n = (x: number | null | undefined): string | null =>
  x === null || x === undefined ? null : String(x)

type Requirement = Evaluation['facilities'][number]['requirements'][number]

/** Requirements as `rule: exact → count`, the exact values cut for reading, or in full. */
const requirementsText = (qs: readonly Requirement[], cut: boolean): string | null =>
  qs
    .map((q) => {
      const exact = q.exact === null ? '' : ` ${cut ? shownExact(q.exact, '') : q.exact}`
      const count = q.count === null ? '' : ` → ${cut ? shownCount(q.count) : q.count}`
      return `${q.rule}:${exact}${count}`
    })
    .join('; ') || null

const FACILITY_COLUMNS = [
  column('facility', 'facility', '机构编号'),
  column('name', 'name', '机构名称'),
  column('table', 'table', '表'),
  column('category', 'category', '类别'),
  column('grade', 'grade', '等级'),
  column('grade_printed', 'grade printed', '等级（原文）', { use: 'csv' }),
  column('open_beds', 'open beds', '开放床位', { align: 'right', group: true }),
  column('requirements_shown', 'requirements', '配置要求', { use: 'table' }),
  column('requirements', 'requirements', '配置要求', { use: 'csv' }),
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
      requirementsText(f.requirements, true),
      requirementsText(f.requirements, false),
    ]),
  )
}

const GRADE_COLUMNS = [
  column('grade', 'grade', '等级'),
  column('grade_zh', 'grade (zh)', '等级（中文）', { use: 'csv' }),
  column('facilities', 'facilities', '机构数', { align: 'right' }),
  column('open_beds', 'open beds', '开放床位', { align: 'right', group: true }),
  column('rule', 'rule', '规则'),
  column('quantity', 'quantity', '资源'),
  column('count', 'sum of counts', '各机构取整值之和', { align: 'right', group: true }),
  column('aggregate_shown', 'aggregate exact', '合计精确值', { use: 'table', align: 'right' }),
  column('aggregate_exact', 'aggregate exact', '合计精确值', { use: 'csv', align: 'right' }),
  column('aggregate_count', 'aggregate count', '合计取整值', { align: 'right', group: true }),
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
      q.aggregate === null ? null : shownExact(q.aggregate.exact, ''),
      q.aggregate?.exact ?? null,
      n(q.aggregate?.count ?? null),
    ])
  })
  return grid({ en: `Grades (${ev.year})`, zh: `按等级汇总（${ev.year}年）` }, GRADE_COLUMNS, rows)
}

const TABLE_COLUMNS = [
  column('table', 'table', '表'),
  column('facilities', 'facilities', '机构数', { align: 'right' }),
  column('open_beds', 'open beds', '开放床位', { align: 'right', group: true }),
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
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { evaluationGrid } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const g = evaluationGrid(ev, 'rules', 'zh')
 * g.columns.slice(0, 3).map((c) => c.zh) // => ["规则", "名称", "类型"]
 * g.rows.find((r) => r[0] === 'beds-per-1000')?.[1] // => "每千常住人口医疗卫生机构实际开放床位数"
 * evaluationGrid(ev, 'tables', 'en').rows[0] // => ["表2", "17", "6005"]   (grouped as 6,005 in text and Markdown)
 * evaluationGrid(ev, 'levels', 'en').rows.length // => 48
 * ```
 */
export function evaluationGrid(ev: Evaluation, table: EvaluationTable, lang: Lang): Grid {
  checked(ev, EVALUATION, ['evaluation'])
  checked(table, oneOf(EVALUATION_TABLES), ['table'])
  checkLang(lang)
  switch (table) {
    case 'levels':
      return levelsGrid(ev, lang)
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
