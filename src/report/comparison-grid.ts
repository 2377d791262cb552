/**
 * A comparison of scenarios as a grid: one row per rule, a group of columns per scenario.
 */
import type { ScenarioComparison } from '../scenario/compare.js'
import { countCell, exactCell } from './cells.js'
import { type Column, column, type Grid, grid, type Lang } from './grid.js'
import { COMPARISON } from './input-shapes.js'
import { checked, checkLang } from './inputs.js'
import { quantityWord, word } from './words.js'

/** The column key of a scenario's field: `low.count`. */
const key = (scenario: string, field: string): string => `${scenario}.${field}`

function scenarioColumns(id: string, first: boolean): Column[] {
  const diffs = first
    ? []
    : [
        column(key(id, 'exact_difference'), `${id} Δ exact`, `${id} 精确值差`, {
          use: 'csv',
        }),
        column(key(id, 'count_difference'), `${id} Δ`, `${id} 差`, {
          align: 'right',
          group: true,
        }),
      ]
  return [
    column(key(id, 'status'), `${id} status`, `${id} 状态`, { use: 'csv' }),
    column(key(id, 'value'), `${id} value`, `${id} 标准`, { align: 'right' }),
    column(key(id, 'exact_shown'), `${id} exact`, `${id} 精确值`, { use: 'table', align: 'right' }),
    column(key(id, 'exact'), `${id} exact`, `${id} 精确值`, { use: 'csv' }),
    column(key(id, 'count_shown'), `${id} count`, `${id} 取整值`, { use: 'table', align: 'right' }),
    column(key(id, 'count'), `${id} count`, `${id} 取整值`, { use: 'csv' }),
    ...diffs,
  ]
}

/**
 * The rules of a scenario comparison, one row per rule: for each scenario its value, exact
 * value, count and (after the first) the difference from the first scenario.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { compareScenarios } from 'bedstaff/scenario'
 * import { comparisonGrid } from 'bedstaff/report'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }
 * const g = comparisonGrid(compareScenarios(plan, [{ id: 'plan' }, low]), 'en')
 * g.columns.map((c) => c.key).slice(-3) // => ["low.count", "low.exact_difference", "low.count_difference"]
 * g.rows[0]?.slice(-3) // => ["8931", "-229", "-229"]
 * ```
 */
export function comparisonGrid(cmp: ScenarioComparison, lang: Lang): Grid {
  checked(cmp, COMPARISON, ['comparison'])
  checkLang(lang)
  const columns = [
    column('rule', 'rule', '规则'),
    column('quantity', 'quantity', '资源', { use: 'csv' }),
    column('changed', 'changed', '有变化'),
    ...cmp.scenarios.flatMap((id, i) => scenarioColumns(id, i === 0)),
  ]
  const yes = lang === 'zh' ? '是' : 'yes'
  const no = lang === 'zh' ? '否' : 'no'
  const rows = cmp.rows.map((r) => [
    r.rule,
    quantityWord(r.quantity, lang),
    r.changed ? yes : no,
    ...r.values.flatMap((v, i) => [
      word(v.status, lang),
      v.value,
      exactCell(v.exact, v.min, v.max, v.value),
      v.exact ?? (v.min && v.max ? `${v.min.exact} – ${v.max.exact}` : null),
      countCell(v.count, v.min, v.max),
      v.count !== null
        ? String(v.count)
        : v.min?.count != null && v.max?.count != null
          ? `${v.min.count} – ${v.max.count}`
          : null,
      ...(i === 0
        ? []
        : [v.exactDifference, v.countDifference === null ? null : String(v.countDifference)]),
    ]),
  ])
  return grid(
    {
      en: `Scenarios of ${cmp.plan}: ${cmp.scenarios.join(', ')} (differences against ${cmp.scenarios[0] ?? '-'})`,
      zh: `${cmp.plan} 情景比较：${cmp.scenarios.join('、')}（差值相对于 ${cmp.scenarios[0] ?? '-'}）`,
    },
    columns,
    rows,
  )
}
