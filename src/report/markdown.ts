/**
 * GitHub-flavoured Markdown tables.
 */
import { type Grid, header, type Lang, view } from './grid.js'
import { checkGridArgs } from './input-shapes.js'
import { shownCell } from './text-table.js'
import { oneLine } from './width.js'

const cellText = (text: string): string =>
  oneLine(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')

/**
 * One row of a Markdown table: its cells escaped, `-` for a cell that does not apply. For
 * output written row by row (a sweep); {@link markdownTable} writes whole tables.
 * @internal
 */
export const markdownRow = (cells: readonly (string | null)[]): string =>
  `| ${cells.map((c) => (c === null ? '-' : cellText(c))).join(' | ')} |`

/**
 * A grid as a GitHub Markdown table under a `###` heading; `-` marks a cell that does not
 * apply. Only the table view's columns are shown; footnotes follow as paragraphs.
 *
 * @example
 * ```ts
 * import { base, rate, totalFromRate } from 'bedstaff'
 * import { markdownTable, totalGrid } from 'bedstaff/report'
 *
 * const beds = totalFromRate(
 *   rate('beds', '4.58', { per: 1000, base: 'resident' }),
 *   base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
 *   { rounding: 'ceil' },
 * )
 * console.log(markdownTable(totalGrid(beds, 'zh'), 'zh'))
 * // ### 按配置标准推算总量
 * //
 * // | 资源 | 配置标准 | 人口基数 | 精确值 | 取整值 | 单位 | 取整 |
 * // | --- | --- | --- | ---: | ---: | --- | --- |
 * // | 床位 | 每1,000常住人口 4.58 | 常住人口 2,000,000（2025年，推算） | 9,160 | 9,160 | 张 | 向上取整 |
 * ```
 */
export function markdownTable(g: Grid, lang: Lang): string {
  checkGridArgs(g, lang)
  const v = view(g, 'table')
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [
    `### ${cellText(lang === 'zh' ? v.title.zh : v.title.en)}`,
    '',
    row(v.columns.map((c) => cellText(header(c, lang)))),
    row(v.columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
    ...v.rows.map((r) =>
      row(r.map((cell, i) => (cell === null ? '-' : cellText(shownCell(cell, v.columns[i]))))),
    ),
    ...v.notes.flatMap((n) => ['', cellText(lang === 'zh' ? n.zh : n.en)]),
  ].join('\n')
}
