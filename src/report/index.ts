/**
 * `bedstaff/report`: results as grids, and grids as aligned text, GitHub Markdown, CSV or
 * stable JSON, in English or Chinese.
 *
 * @packageDocumentation
 * @module bedstaff/report
 */

export { findingsGrid } from './audit-grid.js'
export { comparisonGrid } from './comparison-grid.js'
export {
  EVALUATION_TABLES,
  type EvaluationTable,
  evaluationGrid,
} from './evaluation-grids.js'
export {
  type Column,
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
export { textTable } from './text-table.js'
export { totalGrid } from './total-grid.js'
