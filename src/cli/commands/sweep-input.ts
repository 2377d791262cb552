/**
 * The cases file of `bedstaff sweep`, read as sweep cases: a `case` column for each case's name,
 * a column per base (by id, or by kind as `resident` or `resident:2025`) and a column per rule
 * value, an empty cell keeping the plan's value; and the rules whose counts come out.
 */
import { BedstaffError } from '../../errors.js'
import { evaluatePlan } from '../../plan/evaluate.js'
import type { Plan } from '../../plan/schema.js'
import { createSweep, type SweepCase } from '../../plan/sweep.js'
import { BASE_KINDS } from '../../population/base.js'
import { readCsv } from '../../report/csv-read.js'
import { matchesGlob } from '../../report/select.js'
import { headlineRules } from '../../report/summary.js'
import { type Parsed, stringOption } from '../args.js'
import { readPopulation } from '../base-override.js'
import { badArgument, CliFailure, inFile } from '../failure.js'
import type { Io } from '../io.js'
import { planInput } from '../plan-input.js'

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

/** The counts of one sweep case of the cases file, its errors placed at its row. */
export type CaseRow = readonly [string, readonly (number | null)[]]

/** A sweep of the cases file: the plan, its outputs, and each row as a case. @internal */
export interface SweepInput {
  readonly plan: Plan
  readonly file: string
  readonly outputs: readonly string[]
  readonly rows: number
  /** Row `k` (from 0) of the cases file, read as a case. */
  caseAt(k: number): { name: string; sweepCase: SweepCase }
  /** Counts row `k` in this thread; an error names the file and the row. */
  countAt(k: number): CaseRow
}

/** Reads the plan, the outputs and the cases file of a `sweep` command line. @internal */
export function sweepInput(p: Parsed, io: Io): SweepInput {
  const input = planInput(p, io)
  const file = p.positionals[1] ?? ''
  const outputs = inFile(input.file, () => outputsOf(p, input.plan))
  const sweep = inFile(input.file, () => createSweep(input.plan, { outputs }))
  const table = inFile(file, () => readCsv(io.readFile(file)))
  const ruleIds = new Set(evaluatePlan(input.plan).rules.map((r) => r.rule))
  const cols = roles(input.plan, ruleIds, table.header, file)
  const caseAt = (k: number) => caseOf(table.rows[k] ?? [], cols, k + 2)
  return {
    plan: input.plan,
    file,
    outputs,
    rows: table.rows.length,
    caseAt,
    countAt: (k) => {
      const { name, sweepCase } = caseAt(k)
      try {
        return [name, sweep(sweepCase)]
      } catch (e) {
        if (!(e instanceof BedstaffError)) throw e
        throw new CliFailure(file, new BedstaffError(e.code, ['rows', k + 2, ...e.path], e.params))
      }
    },
  }
}
