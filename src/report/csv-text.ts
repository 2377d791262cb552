/**
 * CSV text in and out (RFC 4180), small and with no Node built-ins, so that the CSV import and
 * the CSV renderer run in a browser as they do in Node. Records are arrays of strings; the
 * first record of a table is its header.
 */

/** Why a CSV text could not be read, and the 1-based record where (the header is record 1). */
export interface CsvProblem {
  readonly row: number
  readonly reason: string
  readonly reasonZh: string
}

/** The records of a CSV text, or the problem that stopped reading it. */
export type CsvRecords =
  | { readonly ok: true; readonly records: string[][] }
  | { readonly ok: false; readonly problem: CsvProblem }

const SPACE = /[ \t]/

/**
 * Reads CSV text into records: fields separated by `,`, records by `\r\n`, `\n` or `\r`; a
 * field in double quotes may hold commas, line breaks and `""` for a quote. A byte-order mark
 * is ignored; spaces and tabs around a field are trimmed (inside quotes they are kept). An
 * empty line is a record of one empty field; a line break at the very end ends the last
 * record and starts none. A quote inside an unquoted field, text after a closing quote and an
 * unclosed quote are problems.
 * @internal
 */
export function readCsvRecords(text: string): CsvRecords {
  const records: string[][] = []
  let record: string[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const n = text.length
  const problem = (reason: string, reasonZh: string): CsvRecords => ({
    ok: false,
    problem: { row: records.length + 1, reason, reasonZh },
  })
  if (i >= n) return { ok: true, records }
  for (;;) {
    // one field, starting at i
    while (i < n && SPACE.test(text[i] as string)) i++
    let field: string
    if (text[i] === '"') {
      let value = ''
      let from = i + 1
      for (;;) {
        const q = text.indexOf('"', from)
        if (q < 0) return problem('a quoted cell is never closed', '带引号的单元格没有结束引号')
        value += text.slice(from, q)
        if (text[q + 1] === '"') {
          value += '"'
          from = q + 2
        } else {
          i = q + 1
          break
        }
      }
      while (i < n && SPACE.test(text[i] as string)) i++
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        return problem('text after the closing quote of a cell', '单元格的结束引号之后还有文字')
      }
      field = value
    } else {
      const start = i
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') {
          return problem(
            'a quote inside a cell that does not start with one',
            '未以引号开头的单元格中出现引号',
          )
        }
        i++
      }
      field = text.slice(start, i).replace(/[ \t]+$/, '')
    }
    record.push(field)
    if (i >= n) {
      records.push(record)
      return { ok: true, records }
    }
    const c = text[i]
    i++
    if (c === ',') continue
    if (c === '\r' && text[i] === '\n') i++
    records.push(record)
    record = []
    if (i >= n) return { ok: true, records }
  }
}

const NEEDS_QUOTES = /[",\r\n]/

/**
 * Writes records as CSV text: a field holding a comma, a quote or a line break is quoted, with
 * its quotes doubled; records end with `\n`, the last one too.
 * @internal
 */
export function writeCsvRecords(records: readonly (readonly string[])[]): string {
  let out = ''
  for (const record of records) {
    out += record
      .map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
      .join(',')
    out += '\n'
  }
  return out
}
