/**
 * CSV output of one grid: a header row, then one row per record, every column of the CSV view,
 * empty cells where a value does not apply.
 */
import { writeCsvRecords } from './csv-text.js'
import { type Grid, header, type Lang, view } from './grid.js'
import { checkGridArgs } from './input-shapes.js'

/**
 * A grid as CSV text (RFC 4180 quoting, `\n` line ends, ending with a newline). English
 * headers are the stable column keys (`base_value`), Chinese headers the Chinese names.
 *
 * @example
 * ```ts
 * import { base, rate, totalFromRate } from 'bedstaff'
 * import { totalGrid } from 'bedstaff/report'
 * import { csvTable } from 'bedstaff/csv'
 *
 * const beds = totalFromRate(
 *   rate('beds', '4.58', { per: 1000, base: 'resident' }),
 *   base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
 *   { rounding: 'ceil' },
 * )
 * console.log(csvTable(totalGrid(beds, 'en'), 'en'))
 * // quantity,value,per,rate_base,base_kind,base_value,base_year,base_vintage,exact,count,rounding
 * // beds,4.58,1000,resident,resident,2000000,2025,derived,9160,9160,ceil
 * //
 * ```
 */
export function csvTable(g: Grid, lang: Lang): string {
  checkGridArgs(g, lang)
  const v = view(g, 'csv')
  const records = [
    v.columns.map((c) => (lang === 'zh' ? header(c, lang) : c.key)),
    ...v.rows.map((r) => r.map((cell) => cell ?? '')),
  ]
  return writeCsvRecords(records)
}
