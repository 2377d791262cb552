/**
 * The scenario analyses on the command line, each the library's function on the plan (with
 * `--base` applied) and rendered in the chosen format:
 *
 * - `bedstaff yearly PLAN --from 2021 --to 2025 [--population BASE=growth:YEAR:VALUE ...]`
 * - `bedstaff sensitivity PLAN --percent 10 [--outputs QUANTITY,...]`
 * - `bedstaff montecarlo PLAN --runs N --seed S [--interval 90] [--population BASE=LO-HI ...]`
 *
 * `--rules GLOB` keeps the rows of the rules it matches. No arithmetic here.
 */
import type { RenderOptions } from '../../report/render.js'
import { renderMonteCarlo, renderSensitivity, renderYearly } from '../../report/render-analyses.js'
import { matchesGlob } from '../../report/select.js'
import { MAX_RUNS, monteCarlo } from '../../scenario/monte-carlo.js'
import { sensitivity } from '../../scenario/sensitivity.js'
import { yearlyTable } from '../../scenario/yearly-table.js'
import {
  keyValue,
  listOption,
  numberOption,
  type Parsed,
  stringOption,
  yearOption,
} from '../args.js'
import { readPopulation } from '../base-override.js'
import { badArgument, inFile } from '../failure.js'
import type { Io } from '../io.js'
import { planInput } from '../plan-input.js'
import { scenarioFromOptions, withOptionPaths } from '../scenario-args.js'
import type { CommandResult } from './result.js'

/** Runs of a Monte Carlo command when `--runs` is not given. */
export const DEFAULT_RUNS = 1000

/** The interval (in percent) the library's percentiles p5 and p95 enclose. */
export const MONTE_CARLO_INTERVAL = 90

/** The render options a command's flags give. */
export function renderOptions(p: Parsed): RenderOptions {
  return {
    format: p.format,
    lang: p.lang,
    ...(p.width === undefined ? {} : { width: p.width }),
    ...(p.columns === undefined ? {} : { columns: p.columns }),
  }
}

/** Whether a rule's row is kept by `--rules GLOB` (all are, without it). */
function kept(p: Parsed): (rule: string) => boolean {
  const globs = stringOption(p, 'rules')
  return (rule) => globs === undefined || matchesGlob(rule, globs)
}

/** `bedstaff yearly`: each per-capita rule's count in each year from `--from` to `--to`. */
export function yearlyCommand(p: Parsed, io: Io): CommandResult {
  const input = planInput(p, io)
  const fromYear = yearOption(p, 'from') ?? input.plan.period.baseYear
  const toYear = yearOption(p, 'to') ?? input.plan.period.targetYear
  const scenario = scenarioFromOptions(
    input.plan,
    listOption(p, 'set'),
    listOption(p, 'population'),
  )
  const t = withOptionPaths(() => yearlyTable(input.plan, scenario, { fromYear, toYear }))
  const keep = kept(p)
  const rows = t.rows.map((r) => ({ ...r, rules: r.rules.filter((c) => keep(c.rule)) }))
  return { text: renderYearly({ ...t, rows }, renderOptions(p)), code: 0 }
}

/** `bedstaff sensitivity`: a tornado table, each rule's value moved by `--percent`. */
export function sensitivityCommand(p: Parsed, io: Io): CommandResult {
  const input = planInput(p, io)
  const percent = stringOption(p, 'percent') ?? '10'
  const outputs = stringOption(p, 'outputs')
    ?.split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '')
  const s = inFile(input.file, () =>
    sensitivity(input.plan, { percent, ...(outputs === undefined ? {} : { outputs }) }),
  )
  const keep = kept(p)
  const tables = s.tables.map((t) => ({ ...t, rows: t.rows.filter((r) => keep(r.rule)) }))
  return { text: renderSensitivity({ ...s, tables }, renderOptions(p)), code: 0 }
}

/** `--population BASE=LO-HI` as a population range for `monteCarlo`. */
function populationRange(spec: string): { base: string; lo: string; hi: string } {
  const [base, range] = keyValue('population', spec)
  const ends = range.split(/\s*[-~～]\s*/)
  if (ends.length !== 2 || ends[0] === '' || ends[1] === '') {
    return badArgument(
      `--population ${spec}: write the range BASE=LO-HI, e.g. resident-2025=1900000-2100000`,
      `--population ${spec}：区间的写法为 基数=下限-上限，例如 resident-2025=1900000-2100000`,
    )
  }
  const option = `--population ${base}`
  return {
    base,
    lo: readPopulation(option, ends[0] ?? ''),
    hi: readPopulation(option, ends[1] ?? ''),
  }
}

/** `bedstaff montecarlo`: seeded runs over the plan's ranges and the populations drawn. */
export function monteCarloCommand(p: Parsed, io: Io): CommandResult {
  const interval = numberOption(p, 'interval', 1, 99)
  if (interval !== undefined && interval !== MONTE_CARLO_INTERVAL) {
    badArgument(
      `--interval ${interval}: the library gives the ${MONTE_CARLO_INTERVAL}% interval (p5 to p95) only`,
      `--interval ${interval}：目前只提供 ${MONTE_CARLO_INTERVAL}% 区间（P5 至 P95）`,
    )
  }
  const input = planInput(p, io)
  const runs = numberOption(p, 'runs', 1, MAX_RUNS) ?? DEFAULT_RUNS
  const seed = numberOption(p, 'seed', 0, 4_294_967_295) ?? 0
  const populations = listOption(p, 'population').map(populationRange)
  const mc = withOptionPaths(() =>
    monteCarlo(input.plan, { runs, seed, ...(populations.length > 0 ? { populations } : {}) }),
  )
  const keep = kept(p)
  return {
    text: renderMonteCarlo(
      { ...mc, rules: mc.rules.filter((r) => keep(r.rule)) },
      renderOptions(p),
    ),
    code: 0,
  }
}
