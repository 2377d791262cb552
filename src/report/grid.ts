/**
 * A grid: the one tabular shape every renderer (text table, Markdown, CSV) draws. Cells are
 * strings already formatted by the library, or `null` for "not applicable"; renderers never
 * compute.
 */

/** The languages of labels, headers and messages. */
export type Lang = 'zh' | 'en'

/** The output formats of the renderers. */
export type ReportFormat = 'table' | 'json' | 'csv' | 'markdown'

/**
 * Every output format, in a stable order.
 *
 * @example
 * ```ts
 * import { REPORT_FORMATS } from 'bedstaff/report'
 *
 * REPORT_FORMATS // => ["table", "json", "csv", "markdown"]
 * ```
 */
export const REPORT_FORMATS: readonly ReportFormat[] = Object.freeze([
  'table',
  'json',
  'csv',
  'markdown',
])

/**
 * Where a column appears: `all` formats, only the `table` views (text and Markdown, which
 * join several fields into one readable cell), or only `csv` (one field per column).
 */
export type ColumnUse = 'all' | 'table' | 'csv'

/**
 * How a text table may narrow a column to fit a terminal: `wrap` its text onto more lines,
 * `truncate` it (ending in `…`), or `keep` it whole (numbers are never cut).
 */
export type ColumnFit = 'wrap' | 'truncate' | 'keep'

/**
 * One column: a stable key, its header in both languages, where it appears, its alignment,
 * and how it may narrow (default: right-aligned columns `keep`, the others `wrap`).
 */
export interface Column {
  readonly key: string
  readonly en: string
  readonly zh: string
  readonly use: ColumnUse
  readonly align: 'left' | 'right'
  readonly fit: ColumnFit
  /** Whether text and Markdown tables group this column's numbers by thousands (not years or lines). */
  readonly group: boolean
}

/** Bilingual text. */
export interface Bilingual {
  readonly en: string
  readonly zh: string
}

/**
 * A titled table of string cells; `null` marks a cell that does not apply. `notes` are
 * footnotes printed under text and Markdown tables (CSV has none).
 */
export interface Grid {
  readonly title: Bilingual
  readonly columns: readonly Column[]
  readonly rows: readonly (readonly (string | null)[])[]
  readonly notes: readonly Bilingual[]
}

/**
 * Declares a column, shown in every format unless `use` says otherwise.
 * @internal
 */
export function column(
  key: string,
  en: string,
  zh: string,
  opts: {
    readonly use?: ColumnUse
    readonly align?: 'left' | 'right'
    readonly fit?: ColumnFit
    readonly group?: boolean
  } = {},
): Column {
  const align = opts.align ?? 'left'
  const fit = opts.fit ?? (align === 'right' ? 'keep' : 'wrap')
  return Object.freeze({ key, en, zh, use: opts.use ?? 'all', align, fit, group: !!opts.group })
}

/**
 * A frozen grid from columns and rows of cells (`undefined` cells become `null`), with
 * footnotes.
 * @internal
 */
export function grid(
  title: Bilingual,
  columns: readonly Column[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  notes: readonly Bilingual[] = [],
): Grid {
  return Object.freeze({
    title: Object.freeze({ ...title }),
    notes: Object.freeze(notes.map((n) => Object.freeze({ ...n }))),
    columns: Object.freeze([...columns]),
    rows: Object.freeze(
      rows.map((r) =>
        Object.freeze(
          columns.map((_, i) => (r[i] === undefined || r[i] === null ? null : String(r[i]))),
        ),
      ),
    ),
  })
}

/**
 * The header of a column in a language.
 */
export function header(c: Column, lang: Lang): string {
  return lang === 'zh' ? c.zh : c.en
}

/**
 * The grid cut to the columns of one view: `table` for text and Markdown, `csv` for CSV.
 */
export function view(g: Grid, use: 'table' | 'csv'): Grid {
  const keep = g.columns
    .map((c, i) => (c.use === 'all' || c.use === use ? i : -1))
    .filter((i) => i >= 0)
  return Object.freeze({
    title: g.title,
    notes: g.notes,
    columns: Object.freeze(keep.map((i) => g.columns[i] as Column)),
    rows: Object.freeze(g.rows.map((r) => Object.freeze(keep.map((i) => r[i] ?? null)))),
  })
}
