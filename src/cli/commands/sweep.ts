/**
 * `bedstaff sweep PLAN CASES.csv [--outputs RULE,...] [--rules GLOB]`: one case per CSV row
 * in (a `case` column for its name, a column per base — by id, or by kind as `resident` or
 * `resident:2025` — and a column per rule value), the counts of the chosen rules out, one row
 * per case as each is evaluated. CSV, JSON and Markdown stream; a text table is laid out once
 * all rows are in.
 */
import { BedstaffError } from '../../errors.js'
import { evaluatePlan } from '../../plan/evaluate.js'
import type { Plan } from '../../plan/schema.js'
import { createSweep, type SweepCase } from '../../plan/sweep.js'
import { BASE_KINDS } from '../../population/base.js'
import { sweepGrid } from '../../report/analysis-grids.js'
import { csvTable } from '../../report/csv.js'
import { readCsv } from '../../report/csv-read.js'
import { writeCsvRecords } from '../../report/csv-text.js'
import { markdownRow, markdownTable } from '../../report/markdown.js'
import { renderGrids } from '../../report/render.js'
import { matchesGlob } from '../../report/select.js'
import { headlineRules } from '../../report/summary.js'
import { shownCell } from '../../report/text-table.js'
import { type Parsed, stringOption } from '../args.js'
import { readPopulation } from '../base-override.js'
import { badArgument, CliFailure, inFile } from '../failure.js'
import type { Io } from '../io.js'
import { planInput } from '../plan-input.js'
import { renderOptions } from './analyses.js'
import type { CommandResult } from './result.js'

/** Header names of the column that names a case. */
const CASE_COLUMNS: readonly string[] = ['case', 'id', 'name']

/** What each column of the cases file sets. */
type ColumnRole =
  | { readonly kind: 'case' }
  | { readonly kind: 'base'; readonly id: string }
  | { readonly kind: 'rule'; readonly id: string }

/** The plan's direct base of a kind and year (`resident`, `resident:2025`), if there is one. */
function baseOfKind(plan: Plan, name: string): string | undefined {
  const m = /^([a-z]+)(?::(\d{4}))?$/.exec(name)
  if (m === null || !(BASE_KINDS as readonly string[]).includes(m[1] ?? '')) return undefined
  const year = m[2] === undefined ? plan.period.targetYear : Number(m[2])
  return plan.bases.find((b) => b.kind === m[1] && b.year === year && b.from === undefined)?.id
}

function roles(plan: Plan, ruleIds: ReadonlySet<string>, header: readonly string[], file: string) {
  return header.map((name, i): ColumnRole => {
    if (CASE_COLUMNS.includes(name)) return { kind: 'case' }
    if (plan.bases.some((b) => b.id === name)) return { kind: 'base', id: name }
    if (ruleIds.has(name)) return { kind: 'rule', id: name }
    const byKind = baseOfKind(plan, name)
    if (byKind !== undefined) return { kind: 'base', id: byKind }
    return badArgument(
      `${file}: column ${i + 1} "${name}" is neither a base of the plan, a base kind, a rule, nor "case"`,
      `${file}：第 ${i + 1} 列「${name}」既不是规划中的人口基数或基数类型，也不是规则或「case」列`,
    )
  })
}

/** One row of the cases file as a sweep case and its name. */
function caseOf(cells: readonly string[], cols: readonly ColumnRole[], row: number) {
  const populations: Record<string, string> = {}
  const values: Record<string, string> = {}
  let name = String(row - 1)
  cols.forEach((c, i) => {
    const cell = cells[i] ?? ''
    if (c.kind === 'case') name = cell === '' ? name : cell
    else if (cell === '') return
    else if (c.kind === 'base') populations[c.id] = readPopulation(`row ${row}, ${c.id}`, cell)
    else values[c.id] = cell
  })
  const sweepCase: SweepCase = { populations, values }
  return { name, sweepCase }
}

/** The rules whose counts come out: `--outputs`, else those `--rules` matches, else the headline rules. */
function outputsOf(p: Parsed, plan: Plan): string[] {
  const given = stringOption(p, 'outputs')
  if (given !== undefined)
    return given
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== '')
  const ev = evaluatePlan(plan)
  const globs = stringOption(p, 'rules')
  if (globs !== undefined)
    return ev.rules.filter((r) => matchesGlob(r.rule, globs)).map((r) => r.rule)
  return headlineRules(ev).map((r) => r.rule)
}

/** Evaluates every case of the cases file; counts come out row by row. */
export function sweepCommand(p: Parsed, io: Io): CommandResult {
  const input = planInput(p, io)
  const file = p.positionals[1] ?? ''
  const outputs = inFile(input.file, () => outputsOf(p, input.plan))
  const sweep = inFile(input.file, () => createSweep(input.plan, { outputs }))
  const table = inFile(file, () => readCsv(io.readFile(file)))
  const ruleIds = new Set(evaluatePlan(input.plan).rules.map((r) => r.rule))
  const cols = roles(input.plan, ruleIds, table.header, file)
  function* results(): Generator<readonly [string, readonly (number | null)[]]> {
    for (const [k, cells] of table.rows.entries()) {
      const row = k + 2
      const { name, sweepCase } = caseOf(cells, cols, row)
      try {
        yield [name, sweep(sweepCase)]
      } catch (e) {
        if (!(e instanceof BedstaffError)) throw e
        throw new CliFailure(file, new BedstaffError(e.code, ['rows', row, ...e.path], e.params))
      }
    }
  }
  const opts = renderOptions(p)
  if (p.format === 'table') {
    return {
      text: renderGrids([sweepGrid(input.plan.id, outputs, [...results()], p.lang)], opts),
      code: 0,
    }
  }
  return { text: '', code: 0, pieces: streamed(p, input.plan.id, outputs, results()) }
}

/** The output of a sweep piece by piece: a header, then one piece per case. */
function* streamed(
  p: Parsed,
  plan: string,
  outputs: readonly string[],
  rows: Iterable<readonly [string, readonly (number | null)[]]>,
): Generator<string> {
  const head = sweepGrid(plan, outputs, [], p.lang)
  if (p.format === 'json') {
    yield `{\n  "plan": ${JSON.stringify(plan)},\n  "outputs": ${JSON.stringify(outputs)},\n  "cases": [`
  } else {
    yield p.format === 'csv' ? csvTable(head, p.lang) : `${markdownTable(head, p.lang)}\n`
  }
  let first = true
  for (const [name, counts] of rows) {
    const cells = counts.map((c) => (c === null ? null : String(c)))
    if (p.format === 'json')
      yield `${first ? '' : ','}\n    ${JSON.stringify({ case: name, counts })}`
    else if (p.format === 'csv') yield writeCsvRecords([[name, ...cells.map((c) => c ?? '')]])
    else
      yield `${markdownRow([name, ...cells.map((c, i) => (c === null ? null : shownCell(c, head.columns[i + 1])))])}\n`
    first = false
  }
  if (p.format === 'json') yield `${first ? '' : '\n  '}]\n}\n`
}
