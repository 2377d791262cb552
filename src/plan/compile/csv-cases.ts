/**
 * Sweep cases from CSV records (cells already split, as the library's CSV reader gives them):
 * a header naming what each column sets, then one row per case.
 */
import { fail } from '../../errors.js'
import { invalidOption } from '../../options.js'
import type { SweepCase } from './decimal-case.js'

const COLUMN = /^(populations|values)\.(.+)$/

/**
 * Reads sweep cases from CSV records: the first record is a header whose cells are
 * `populations.<base id>` (a population) or `values.<rule id>` (a rule's value, a share's as
 * "20%" or "0.2"); each further record is a case, an empty cell leaving that input as the plan
 * has it. Records are read one at a time as the cases are asked for, from an array or a stream.
 *
 * @throws BedstaffError `invalid-options` (a header cell of another form, at `['header', i]`),
 *   `csv-malformed` (a row of another length, at `['rows', n]` with n the spreadsheet row)
 * @example
 * ```ts
 * import { csvCases } from 'bedstaff/plan'
 *
 * const records = [
 *   ['populations.resident-2025', 'values.beds-per-1000'],
 *   ['1800000', ''],
 *   ['2000000', '5'],
 * ]
 * const cases = []
 * for await (const c of csvCases(records)) cases.push(c)
 * cases // => [{"populations":{"resident-2025":"1800000"}},{"populations":{"resident-2025":"2000000"},"values":{"beds-per-1000":"5"}}]
 * ```
 */
export async function* csvCases(
  records: Iterable<readonly string[]> | AsyncIterable<readonly string[]>,
): AsyncGenerator<SweepCase> {
  let columns: { kind: 'populations' | 'values'; id: string }[] | undefined
  let row = 1
  for await (const record of records) {
    if (columns === undefined) {
      columns = record.map((cell, i) => {
        const m = COLUMN.exec(cell.trim())
        if (!m) {
          return invalidOption(
            ['header', i],
            `expected "populations.<base id>" or "values.<rule id>", got "${cell.slice(0, 40)}"`,
          )
        }
        return { kind: m[1] as 'populations' | 'values', id: m[2] as string }
      })
      continue
    }
    row++
    if (record.length !== columns.length) {
      const reason = `the row has ${record.length} cells, the header has ${columns.length}`
      const reasonZh = `该行有 ${record.length} 个单元格，表头有 ${columns.length} 个`
      fail('csv-malformed', ['rows', row], { row, reason, reasonZh })
    }
    const c: { populations?: Record<string, string>; values?: Record<string, string> } = {}
    columns.forEach((col, i) => {
      const cell = (record[i] as string).trim()
      if (cell === '') return
      const map = c[col.kind] ?? {}
      map[col.id] = cell
      c[col.kind] = map
    })
    yield c
  }
}
