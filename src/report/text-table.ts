/**
 * Aligned plain-text tables, for a terminal.
 */
import { type Grid, header, type Lang, view } from './grid.js'
import { displayWidth, oneLine } from './width.js'

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

/**
 * A grid as an aligned plain-text table under its title; `-` marks a cell that does not apply.
 * Only the table view's columns are shown.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan, evaluationGrid, textTable } from 'bedstaff'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * console.log(textTable(evaluationGrid(ev, 'tables', 'en'), 'en'))
 * // Bed tables (2025)
 * // table  facilities  open beds
 * // -----  ----------  ---------
 * // 表2            17       6005
 * // 表3            17       2151
 * // 表4            22       1004
 * ```
 */
export function textTable(g: Grid, lang: Lang): string {
  const v = view(g, 'table')
  const head = v.columns.map((c) => oneLine(header(c, lang)))
  const body = v.rows.map((r) => r.map((cell) => (cell === null ? '-' : oneLine(cell))))
  const widths = head.map((h, i) =>
    Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))),
  )
  const line = (cells: readonly string[], aligned: boolean): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, aligned ? (v.columns[i]?.align ?? 'left') : 'left'))
      .join('  ')
      .trimEnd()
  return [
    oneLine(lang === 'zh' ? v.title.zh : v.title.en),
    line(head, false),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map((r) => line(r, true)),
  ].join('\n')
}
