/**
 * Rendering results in one of four formats: an aligned text `table`, stable `json`, `csv`
 * (one table) and GitHub `markdown`. Labels, headers and messages follow `lang`.
 */
import type { Audit } from '../audit/audit.js'
import type { TotalFromRate } from '../derive/total-from-rate.js'
import { validTotal } from '../derive/total-from-rate.js'
import { fail } from '../errors.js'
import type { Evaluation } from '../plan/result.js'
import type { ScenarioComparison } from '../scenario/compare.js'
import { findingsGrid } from './audit-grid.js'
import { comparisonGrid } from './comparison-grid.js'
import { csvTable } from './csv.js'
import { EVALUATION_TABLES, type EvaluationTable, evaluationGrid } from './evaluation-grids.js'
import type { Grid, Lang, ReportFormat } from './grid.js'
import { AUDIT, COMPARISON, checkRenderOptions, EVALUATION, GRID } from './input-shapes.js'
import { checked, list, optional, text } from './inputs.js'
import { stableJson } from './json.js'
import { markdownTable } from './markdown.js'
import { textTable } from './text-table.js'
import { totalGrid } from './total-grid.js'

/**
 * How to render: the format and the language of labels, headers and messages; for text
 * tables, the width to fit (`0`: no limit) and the columns to show, by key (a table holding
 * none of them shows all of its own).
 */
export interface RenderOptions {
  readonly format: ReportFormat
  readonly lang: Lang
  readonly width?: number
  readonly columns?: readonly string[]
}

/** The chosen columns that a grid has, or `undefined` (all of them) when it has none. */
function columnsOf(g: Grid, keys: readonly string[] | undefined): readonly string[] | undefined {
  const have = keys?.filter((k) => g.columns.some((c) => c.key === k))
  return have === undefined || have.length === 0 ? undefined : have
}

/**
 * Grids in a format other than JSON: text tables and Markdown tables are separated by a blank
 * line; CSV holds exactly one grid. The text ends with a newline.
 *
 * @throws BedstaffError `invalid-argument` for CSV of several grids, or for `json`
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { evaluationGrid, renderGrids } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * console.log(renderGrids([evaluationGrid(ev, 'tables', 'zh')], { format: 'markdown', lang: 'zh' }))
 * // ### 床位表汇总（2025年）
 * //
 * // | 表 | 机构数 | 开放床位 |
 * // | --- | ---: | ---: |
 * // | 表2 | 17 | 6,005 |
 * // | 表3 | 17 | 2,151 |
 * // | 表4 | 22 | 1,004 |
 * //
 * renderGrids([evaluationGrid(ev, 'rules', 'en'), evaluationGrid(ev, 'tables', 'en')], { format: 'csv', lang: 'en' }) // throws invalid-argument
 * ```
 */
export function renderGrids(grids: readonly Grid[], opts: RenderOptions): string {
  checked(grids, list(GRID), ['grids'])
  checkRenderOptions(opts)
  switch (opts.format) {
    case 'csv': {
      const [only] = grids
      if (grids.length !== 1 || only === undefined) {
        fail('invalid-argument', ['format'], {
          problem: `CSV holds one table; ${grids.length} were asked for`,
          problemZh: `CSV 只能容纳一张表，现要求 ${grids.length} 张`,
        })
      }
      return csvTable(only, opts.lang)
    }
    case 'markdown':
      return `${grids.map((g) => markdownTable(g, opts.lang)).join('\n\n')}\n`
    case 'table':
      return `${grids
        .map((g) => {
          const columns = columnsOf(g, opts.columns)
          return textTable(g, opts.lang, {
            ...(opts.width === undefined ? {} : { width: opts.width }),
            ...(columns === undefined ? {} : { columns }),
          })
        })
        .join('\n\n')}\n`
    default:
      return fail('invalid-argument', ['format'], {
        problem: `grids cannot be rendered as ${opts.format}`,
        problemZh: `表格无法输出为 ${opts.format}`,
      })
  }
}

/**
 * An evaluation in a format. `tables` picks which of its tables to show (default: the rules);
 * CSV takes exactly one. JSON gives the whole evaluation when `tables` is not given, else the
 * plan id, year and the chosen tables.
 *
 * @throws BedstaffError `invalid-argument` (CSV of several tables, an unknown table)
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { renderEvaluation } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * console.log(renderEvaluation(ev, { format: 'csv', lang: 'en', tables: ['tables'] }))
 * // table,facilities,open_beds
 * // 表2,17,6005
 * // 表3,17,2151
 * // 表4,22,1004
 * //
 * const rules = JSON.parse(renderEvaluation(ev, { format: 'json', lang: 'en' })).rules
 * rules.find((r: { rule: string }) => r.rule === 'beds-per-1000').exact // => "9160"
 * ```
 */
export function renderEvaluation(
  ev: Evaluation,
  opts: RenderOptions & { readonly tables?: readonly EvaluationTable[] },
): string {
  checked(ev, EVALUATION, ['evaluation'])
  checkRenderOptions(opts, { tables: optional(list(text)) })
  const tables = [...new Set<EvaluationTable>(opts.tables ?? ['rules'])]
  tables.forEach((t, i) => {
    if (!EVALUATION_TABLES.includes(t)) {
      fail('invalid-argument', ['tables', i], {
        problem: `unknown table "${String(t)}" (expected ${EVALUATION_TABLES.join(', ')})`,
        problemZh: `未知的表「${String(t)}」（应为 ${EVALUATION_TABLES.join('、')}）`,
      })
    }
  })
  if (opts.format === 'json') {
    if (opts.tables === undefined) return stableJson(ev)
    return stableJson({
      plan: ev.plan,
      year: ev.year,
      ...Object.fromEntries(tables.map((t) => [t, ev[t]])),
    })
  }
  const { tables: _tables, ...gridOptions } = opts
  return renderGrids(
    tables.map((t) => evaluationGrid(ev, t, opts.lang)),
    gridOptions,
  )
}

/**
 * An audit in a format: one row per finding, the message in the chosen language; JSON gives
 * the whole audit (both languages).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { auditPlan } from 'bedstaff/audit'
 * import { renderAudit } from 'bedstaff/report'
 *
 * const audit = auditPlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * renderAudit(audit, { format: 'csv', lang: 'en' }).split('\n')[0] // => "severity,code,line,message,stated,recomputed,interval_lo,interval_hi,residual,explanation,figure,subjects,also_found_by,documents,lines"
 * renderAudit(audit, { format: 'table', lang: 'zh' }).includes(audit.findings[0]?.messageZh ?? '?') // => true
 * ```
 */
export function renderAudit(audit: Audit, opts: RenderOptions): string {
  checked(audit, AUDIT, ['audit'])
  checkRenderOptions(opts)
  if (opts.format === 'json') return stableJson(audit)
  return renderGrids([findingsGrid(audit, opts.lang)], opts)
}

/**
 * A total from a rate in a format; JSON gives the whole result (exact, count, rounding, base
 * and rate).
 *
 * @example
 * ```ts
 * import { base, rate, totalFromRate } from 'bedstaff'
 * import { renderTotal } from 'bedstaff/report'
 *
 * const beds = totalFromRate(
 *   rate('beds', '4.58', { per: 1000, base: 'resident' }),
 *   base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
 *   { rounding: 'ceil' },
 * )
 * console.log(renderTotal(beds, { format: 'table', lang: 'en' }))
 * // Total from a rate
 * // quantity  rate                     base                                exact  count  unit  rounding
 * // --------  -----------------------  ----------------------------------  -----  -----  ----  --------
 * // beds      4.58 per 1,000 resident  resident 2,000,000 (2025, derived)  9,160  9,160  beds  up
 * //
 * JSON.parse(renderTotal(beds, { format: 'json', lang: 'en' })).count // => 9160
 * ```
 */
export function renderTotal(total: TotalFromRate, opts: RenderOptions): string {
  const t = validTotal(total, ['total'])
  checkRenderOptions(opts)
  if (opts.format === 'json') return stableJson(t)
  return renderGrids([totalGrid(t, opts.lang)], opts)
}

/**
 * A comparison of scenarios in a format: one row per rule, a group of columns per scenario;
 * JSON gives the whole comparison.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { compareScenarios } from 'bedstaff/scenario'
 * import { renderComparison } from 'bedstaff/report'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }
 * const csv = renderComparison(compareScenarios(plan, [{ id: 'plan' }, low]), { format: 'csv', lang: 'en' })
 * csv.split('\n')[0] // => "rule,quantity,changed,plan.status,plan.value,plan.exact,plan.count,low.status,low.value,low.exact,low.count,low.exact_difference,low.count_difference"
 * csv.split('\n')[1] // => "beds-per-1000,beds,yes,ok,4.58,9160,9160,ok,4.58,8931,8931,-229,-229"
 * ```
 */
export function renderComparison(cmp: ScenarioComparison, opts: RenderOptions): string {
  checked(cmp, COMPARISON, ['comparison'])
  checkRenderOptions(opts)
  if (opts.format === 'json') return stableJson(cmp)
  return renderGrids([comparisonGrid(cmp, opts.lang)], opts)
}
