/**
 * Aligned plain-text tables, for a terminal: columns chosen by key, and narrowed to a width
 * by wrapping or truncating text columns (numbers are never cut).
 */
import { type Column, type Grid, header, type Lang, view } from './grid.js'
import { checkGridArgs, checkTextOptions } from './input-shapes.js'
import { groupDigits } from './numbers.js'
import { displayWidth, oneLine, truncateText, wrapText } from './width.js'

/** How to lay out a text table. */
export interface TextTableOptions {
  /** Most display columns a line may take; `0` or none: no limit. */
  readonly width?: number
  /** Keys of the columns to show, in this order; default every column of the table view. */
  readonly columns?: readonly string[]
}

/** A cell as a table shows it: on one line, numbers grouped where the column says so. @internal */
export const shownCell = (cell: string, c: Column | undefined): string =>
  c?.group ? oneLine(cell).split(' – ').map(groupDigits).join(' – ') : oneLine(cell)

/** Narrowest a text column becomes before the table gives up fitting. */
const MIN_TEXT_WIDTH = 8

/** A number in a cell, which a narrowed column must still hold whole: `~1,359.3`, `20%`. */
const NUMBER = /[~-]?\d[\d,.]*%?\*?/g

/** The widest number in a column's cells (0 when none). */
const widestNumber = (cells: readonly string[]): number =>
  Math.max(0, ...cells.flatMap((c) => (c.match(NUMBER) ?? []).map(displayWidth)))

const GAP = '  '

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

/** The grid with only the chosen columns, in the chosen order; unknown keys are skipped. */
function chosen(g: Grid, keys: readonly string[] | undefined): Grid {
  if (keys === undefined) return g
  const at = keys.map((k) => g.columns.findIndex((c) => c.key === k)).filter((i) => i >= 0)
  return {
    ...g,
    columns: at.map((i) => g.columns[i] as Column),
    rows: g.rows.map((r) => at.map((i) => r[i] ?? null)),
  }
}

/**
 * Column widths that fit `limit`: text columns lose width, the widest first, down to
 * {@link MIN_TEXT_WIDTH} (or their natural width, if narrower) but never below the widest
 * number they hold; `keep` columns keep theirs.
 */
function fitWidths(
  natural: readonly number[],
  columns: readonly Column[],
  numbers: readonly number[],
  limit: number,
) {
  const total = (ws: readonly number[]) =>
    ws.reduce((a, b) => a + b, 0) + GAP.length * (ws.length - 1)
  if (limit <= 0 || total(natural) <= limit) return natural
  const floorOf = (i: number) =>
    columns[i]?.fit === 'keep'
      ? (natural[i] ?? 0)
      : Math.max(Math.min(natural[i] ?? 0, MIN_TEXT_WIDTH), numbers[i] ?? 0)
  const capped = (cap: number) => natural.map((w, i) => Math.max(floorOf(i), Math.min(w, cap)))
  let lo = 1
  let hi = Math.max(...natural)
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (total(capped(mid)) <= limit) lo = mid
    else hi = mid - 1
  }
  return capped(lo)
}

/** A cell as the lines it takes in a column of `width`. */
function cellLines(text: string, column: Column | undefined, width: number): string[] {
  if (displayWidth(text) <= width) return [text]
  if (column?.fit === 'truncate') return [truncateText(text, width)]
  if (column?.fit === 'wrap') return wrapText(text, width)
  return [text]
}

/**
 * A grid as an aligned plain-text table under its title, with its footnotes; `-` marks a cell
 * that does not apply. Only the table view's columns are shown, or those chosen; a `width`
 * wraps or truncates text columns (never numbers) so that lines fit where they can.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { evaluationGrid, textTable } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * console.log(textTable(evaluationGrid(ev, 'tables', 'en'), 'en'))
 * // Bed tables (2025)
 * // table  facilities  open beds
 * // -----  ----------  ---------
 * // 表2            17      6,005
 * // 表3            17      2,151
 * // 表4            22      1,004
 * console.log(textTable(evaluationGrid(ev, 'tables', 'en'), 'en', { columns: ['open_beds'] }))
 * // Bed tables (2025)
 * // open beds
 * // ---------
 * //     6,005
 * //     2,151
 * //     1,004
 * ```
 */
export function textTable(g: Grid, lang: Lang, opts: TextTableOptions = {}): string {
  checkGridArgs(g, lang)
  checkTextOptions(opts)
  const v = chosen(view(g, 'table'), opts.columns)
  const limit = opts.width ?? 0
  const head = v.columns.map((c) => oneLine(header(c, lang)))
  const body = v.rows.map((r) =>
    r.map((cell, i) => (cell === null ? '-' : shownCell(cell, v.columns[i]))),
  )
  const natural = head.map((h, i) =>
    Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))),
  )
  const numbers = head.map((_, i) => widestNumber(body.map((r) => r[i] ?? '')))
  const widths = fitWidths(natural, v.columns, numbers, limit)
  const lines = (cells: readonly string[], aligned: boolean): string[] => {
    const parts = cells.map((c, i) => cellLines(c, v.columns[i], widths[i] ?? 0))
    const height = Math.max(1, ...parts.map((p) => p.length))
    return Array.from({ length: height }, (_, k) =>
      parts
        .map((p, i) => {
          const align = aligned ? (v.columns[i]?.align ?? 'left') : 'left'
          return pad(p[k] ?? '', widths[i] ?? 0, align)
        })
        .join(GAP)
        .trimEnd(),
    )
  }
  const title = oneLine(lang === 'zh' ? v.title.zh : v.title.en)
  const notes = v.notes.map((n) => oneLine(lang === 'zh' ? n.zh : n.en))
  return [
    ...wrapText(title, limit),
    ...lines(head, true),
    widths.map((w) => '-'.repeat(w)).join(GAP),
    ...body.flatMap((r) => lines(r, true)),
    ...notes.flatMap((n) => wrapText(n, limit)),
  ].join('\n')
}
