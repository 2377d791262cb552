/**
 * `bedstaff sweep PLAN CASES.csv [--outputs RULE,...] [--rules GLOB] [--threads N]`: one case per CSV row
 * in (a `case` column for its name, a column per base — by id, or by kind as `resident` or
 * `resident:2025` — and a column per rule value), the counts of the chosen rules out, one row
 * per case as each is evaluated. CSV, JSON and Markdown stream; a text table is laid out once
 * all rows are in.
 */
import { sweepGrid } from '../../report/analysis-grids.js'
import { csvTable } from '../../report/csv.js'
import { writeCsvRecords } from '../../report/csv-text.js'
import { markdownRow, markdownTable } from '../../report/markdown.js'
import { renderGrids } from '../../report/render.js'
import { shownCell } from '../../report/text-table.js'
import { numberOption, type Parsed } from '../args.js'
import type { Io } from '../io.js'
import { renderOptions } from './analyses.js'
import type { CommandResult } from './result.js'
import { type CaseRow, sweepInput } from './sweep-input.js'
import { parallelRows } from './sweep-parallel.js'

/**
 * Evaluates every case of the cases file; counts come out row by row. With `--threads N`, the
 * cases are counted on N worker threads (sweep-parallel.ts), in order.
 */
export function sweepCommand(p: Parsed, io: Io): CommandResult {
  const s = sweepInput(p, io)
  const threads = numberOption(p, 'threads', 1, 64)
  function* inThisThread(): Generator<CaseRow> {
    for (let k = 0; k < s.rows; k++) yield s.countAt(k)
  }
  const opts = renderOptions(p)
  if (p.format === 'table') {
    const rows = threads === undefined ? undefined : parallelRows(s, threads)
    if (rows !== undefined) {
      return {
        text: '',
        code: 0,
        stream: (async function* () {
          const all: CaseRow[] = []
          for await (const r of rows) all.push(r)
          yield renderGrids([sweepGrid(s.plan.id, s.outputs, all, p.lang)], opts)
        })(),
      }
    }
    return {
      text: renderGrids([sweepGrid(s.plan.id, s.outputs, [...inThisThread()], p.lang)], opts),
      code: 0,
    }
  }
  const out = sweepOutput(p, s.plan.id, s.outputs)
  if (threads !== undefined) {
    const rows = parallelRows(s, threads)
    return {
      text: '',
      code: 0,
      stream: (async function* () {
        yield out.head
        let first = true
        for await (const r of rows) {
          yield out.row(r, first)
          first = false
        }
        yield out.tail(first)
      })(),
    }
  }
  return {
    text: '',
    code: 0,
    pieces: (function* () {
      yield out.head
      let first = true
      for (const r of inThisThread()) {
        yield out.row(r, first)
        first = false
      }
      yield out.tail(first)
    })(),
  }
}

/** The pieces of a streamed sweep: a header, one piece per case, and an end. */
function sweepOutput(p: Parsed, plan: string, outputs: readonly string[]) {
  const head = sweepGrid(plan, outputs, [], p.lang)
  return {
    head:
      p.format === 'json'
        ? `{\n  "plan": ${JSON.stringify(plan)},\n  "outputs": ${JSON.stringify(outputs)},\n  "cases": [`
        : p.format === 'csv'
          ? csvTable(head, p.lang)
          : `${markdownTable(head, p.lang)}\n`,
    row: ([name, counts]: CaseRow, first: boolean): string => {
      const cells = counts.map((c) => (c === null ? null : String(c)))
      if (p.format === 'json')
        return `${first ? '' : ','}\n    ${JSON.stringify({ case: name, counts })}`
      if (p.format === 'csv') return writeCsvRecords([[name, ...cells.map((c) => c ?? '')]])
      return `${markdownRow([name, ...cells.map((c, i) => (c === null ? null : shownCell(c, head.columns[i + 1])))])}\n`
    },
    tail: (none: boolean): string => (p.format === 'json' ? `${none ? '' : '\n  '}]\n}\n` : ''),
  }
}
