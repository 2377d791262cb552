/**
 * `bedstaff/report`: results as grids, and grids as aligned text, GitHub Markdown, CSV or
 * stable JSON, in English or Chinese.
 *
 * @packageDocumentation
 * @module bedstaff/report
 */

export { monteCarloGrid, sensitivityGrid, sweepGrid, yearlyGrid } from './analysis-grids.js'
export { findingsGrid } from './audit-grid.js'
export { comparisonGrid } from './comparison-grid.js'
export {
  EVALUATION_TABLES,
  type EvaluationTable,
  evaluationGrid,
} from './evaluation-grids.js'
export {
  type Bilingual,
  type Column,
  type ColumnFit,
  type ColumnUse,
  type Grid,
  type Lang,
  REPORT_FORMATS,
  type ReportFormat,
} from './grid.js'
export { stableJson } from './json.js'
export { markdownTable } from './markdown.js'
export {
  type RenderOptions,
  renderAudit,
  renderComparison,
  renderEvaluation,
  renderGrids,
  renderTotal,
} from './render.js'
export {
  renderMonteCarlo,
  renderSensitivity,
  renderSummary,
  renderYearly,
  type SummaryRenderOptions,
} from './render-analyses.js'
export { levelsGrid, rulesGrid } from './rule-grid.js'
export { RULE_FILTERS, type RuleFilter, type Selection, selectRules } from './select.js'
export { headlineRules, summaryGrid } from './summary.js'
export { type SummaryOptions, summaryText } from './summary-text.js'
export { type TextTableOptions, textTable } from './text-table.js'
export { totalGrid } from './total-grid.js'
