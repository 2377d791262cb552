/**
 * Rendering the summary and the scenario analyses in one of four formats. JSON gives the
 * library's result whole; text, Markdown and CSV its grid.
 */
import type { Audit } from '../audit/audit.js'
import type { Evaluation } from '../plan/result.js'
import type { MonteCarlo } from '../scenario/monte-carlo.js'
import type { Sensitivity } from '../scenario/sensitivity.js'
import type { YearlyTable } from '../scenario/yearly-types.js'
import { monteCarloGrid, sensitivityGrid, yearlyGrid } from './analysis-grids.js'
import { MONTE_CARLO, SENSITIVITY, YEARLY } from './analysis-shapes.js'
import { findingsGrid } from './audit-grid.js'
import { AUDIT, checkRenderOptions, EVALUATION } from './input-shapes.js'
import { checked, list, optional, text } from './inputs.js'
import { stableJson } from './json.js'
import { type RenderOptions, renderGrids } from './render.js'
import { headlineRules, summaryGrid } from './summary.js'
import { SUMMARY_WIDTH, summaryText } from './summary-text.js'

/** How to render a summary: the format and language, and what the summary shows. */
export interface SummaryRenderOptions extends RenderOptions {
  /** The plan's title. */
  readonly title?: string
  /** Ids of bases set by the caller: rules on them are listed too. */
  readonly alsoOnBases?: readonly string[]
}

/**
 * The summary of an evaluation and its audit in a format: text (see `summaryText`, at most
 * `width` columns and never more than 100), a Markdown table and the first findings, a CSV of the
 * headline rules, or JSON with the headline rules and the audit's counts and first three
 * findings.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { auditPlan } from 'bedstaff/audit'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { renderSummary } from 'bedstaff/report'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const json = JSON.parse(renderSummary(evaluatePlan(plan), auditPlan(plan), { format: 'json', lang: 'en' }))
 * json.headline.map((r: { count: number }) => r.count).slice(0, 5) // => [9160, 7300, 8400, 14656, 200]
 * const csv = renderSummary(evaluatePlan(plan), null, { format: 'csv', lang: 'en' })
 * csv.split('\n')[1]?.startsWith('beds,"9,160 beds","6,855 (2020)","short 2,305",= level,143,') // => true
 * ```
 */
export function renderSummary(
  ev: Evaluation,
  audit: Audit | null,
  opts: SummaryRenderOptions,
): string {
  checked(ev, EVALUATION, ['evaluation'])
  if (audit !== null) checked(audit, AUDIT, ['audit'])
  checkRenderOptions(opts, { title: optional(text), alsoOnBases: optional(list(text)) })
  const top = audit?.findings.slice(0, 3) ?? []
  const { title: _title, alsoOnBases: _also, ...gridOptions } = opts
  switch (opts.format) {
    case 'json':
      return stableJson({
        plan: ev.plan,
        year: ev.year,
        headline: headlineRules(ev, opts.alsoOnBases),
        ...(audit === null ? {} : { audit: { counts: audit.counts, findings: top } }),
      })
    case 'table':
      return `${summaryText(ev, audit, {
        lang: opts.lang,
        width: Math.min(opts.width || SUMMARY_WIDTH, SUMMARY_WIDTH),
        ...(opts.title === undefined ? {} : { title: opts.title }),
        ...(opts.alsoOnBases === undefined ? {} : { alsoOnBases: opts.alsoOnBases }),
      })}\n`
    case 'markdown': {
      const grids = [summaryGrid(ev, opts.lang, opts.alsoOnBases)]
      if (audit !== null) grids.push(findingsGrid({ ...audit, findings: top }, opts.lang))
      return renderGrids(grids, gridOptions)
    }
    default:
      return renderGrids([summaryGrid(ev, opts.lang, opts.alsoOnBases)], gridOptions)
  }
}

/**
 * A year-by-year table in a format: JSON gives the library's table whole (every cell with its
 * population); the others one row per rule and one column per year.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { yearlyTable } from 'bedstaff/scenario'
 * import { renderYearly } from 'bedstaff/report'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const t = yearlyTable(cixi, { id: 'plan' }, { fromYear: 2024, toYear: 2025 })
 * renderYearly(t, { format: 'csv', lang: 'en' }).split('\n').slice(0, 2) // => ["rule,quantity,2024,2025", "beds-per-1000,beds,,9160"]
 * ```
 */
export function renderYearly(t: YearlyTable, opts: RenderOptions): string {
  checked(t, YEARLY, ['table'])
  checkRenderOptions(opts)
  return opts.format === 'json' ? stableJson(t) : renderGrids([yearlyGrid(t, opts.lang)], opts)
}

/**
 * A sensitivity (tornado) analysis in a format: JSON gives the library's result whole; the
 * others one row per output quantity and rule moved.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 * import { renderSensitivity } from 'bedstaff/report'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const s = sensitivity(cixi, { percent: '10', outputs: ['ambulances'] })
 * renderSensitivity(s, { format: 'csv', lang: 'en' }).split('\n')[1] // => "ambulances,ambulances-per-30000,1,0.9,1.1,180,200,220,40"
 * ```
 */
export function renderSensitivity(s: Sensitivity, opts: RenderOptions): string {
  checked(s, SENSITIVITY, ['sensitivity'])
  checkRenderOptions(opts)
  return opts.format === 'json' ? stableJson(s) : renderGrids([sensitivityGrid(s, opts.lang)], opts)
}

/**
 * Monte Carlo percentiles in a format: JSON gives the library's result whole; the others one
 * row per rule with a count.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 * import { renderMonteCarlo } from 'bedstaff/report'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const mc = monteCarlo(cixi, { runs: 1000, seed: 2025 })
 * JSON.parse(renderMonteCarlo(mc, { format: 'json', lang: 'en' })).seed // => 2025
 * ```
 */
export function renderMonteCarlo(mc: MonteCarlo, opts: RenderOptions): string {
  checked(mc, MONTE_CARLO, ['monteCarlo'])
  checkRenderOptions(opts)
  return opts.format === 'json'
    ? stableJson(mc)
    : renderGrids([monteCarloGrid(mc, opts.lang)], opts)
}
