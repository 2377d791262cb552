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
 * import { REPORT_FORMATS } from 'bedstaff'
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

/** One column: a stable key, its header in both languages, where it appears, its alignment. */
export interface Column {
  readonly key: string
  readonly en: string
  readonly zh: string
  readonly use: ColumnUse
  readonly align: 'left' | 'right'
}

/** A titled table of string cells; `null` marks a cell that does not apply. */
export interface Grid {
  readonly title: { readonly en: string; readonly zh: string }
  readonly columns: readonly Column[]
  readonly rows: readonly (readonly (string | null)[])[]
}

/**
 * Declares a column, shown in every format unless `use` says otherwise.
 */
export function column(
  key: string,
  en: string,
  zh: string,
  opts: { readonly use?: ColumnUse; readonly align?: 'left' | 'right' } = {},
): Column {
  return Object.freeze({ key, en, zh, use: opts.use ?? 'all', align: opts.align ?? 'left' })
}

/**
 * A frozen grid from columns and rows of cells (`undefined` cells become `null`).
 */
export function grid(
  title: { readonly en: string; readonly zh: string },
  columns: readonly Column[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): Grid {
  return Object.freeze({
    title: Object.freeze({ ...title }),
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
    columns: Object.freeze(keep.map((i) => g.columns[i] as Column)),
    rows: Object.freeze(g.rows.map((r) => Object.freeze(keep.map((i) => r[i] ?? null)))),
  })
}
