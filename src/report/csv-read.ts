/**
 * Reading CSV text into a header and rows, with typed errors that name the spreadsheet row (the
 * header is row 1).
 */
import { fail } from '../errors.js'
import { readCsvRecords } from './csv-text.js'

/** Longest CSV text accepted, in UTF-16 code units (about 20 MB of ASCII). */
export const MAX_CSV_TEXT = 20_000_000

/** CSV text split into a trimmed header and rows of trimmed cells. */
export interface CsvTable {
  readonly header: readonly string[]
  /** Data rows; `rows[i]` is spreadsheet row `i + 2`. */
  readonly rows: readonly (readonly string[])[]
}

/**
 * Parses CSV text with a header row. A byte-order mark is ignored, cells are trimmed, blank
 * lines at the end are ignored; any other row must have as many cells as the header.
 *
 * @throws BedstaffError `empty-input`, `input-too-long`, `csv-malformed` (at `['rows', N]`,
 *   N the spreadsheet row)
 */
export function readCsv(text: string): CsvTable {
  if (typeof text !== 'string')
    fail('csv-malformed', [], { row: 1, reason: 'not text', reasonZh: '不是文本' })
  if (text.length > MAX_CSV_TEXT) fail('input-too-long', [], { limit: MAX_CSV_TEXT })
  const read = readCsvRecords(text)
  if (!read.ok) {
    const { row, reason, reasonZh } = read.problem
    return fail('csv-malformed', ['rows', row], { row, reason, reasonZh })
  }
  const records = read.records
  while (records.length > 1 && isBlank(records[records.length - 1])) records.pop()
  const [header, ...rows] = records
  if (header === undefined || isBlank(header)) fail('empty-input', [])
  rows.forEach((r, i) => {
    if (r.length !== header.length) {
      const row = i + 2
      fail('csv-malformed', ['rows', row], {
        row,
        reason: `the row has ${r.length} cells, the header has ${header.length}`,
        reasonZh: `该行有 ${r.length} 个单元格，表头有 ${header.length} 个`,
      })
    }
  })
  return Object.freeze({ header: Object.freeze(header), rows: Object.freeze(rows) })
}

function isBlank(r: readonly string[] | undefined): boolean {
  return r !== undefined && r.length === 1 && r[0] === ''
}
