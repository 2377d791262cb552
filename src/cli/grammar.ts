/**
 * The command line's grammar: each subcommand's usage line, its own options and how many
 * positional arguments it takes. Parsing is in args.ts, help texts in help.ts.
 */

/** One option, as node:util parseArgs reads it. */
export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string }

/** Options every subcommand takes. */
export const COMMON: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  width: { type: 'string' },
  columns: { type: 'string', multiple: true },
  'no-bom': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
}

/** A subcommand: its usage, its own options and how many positional arguments it takes. */
export interface CommandSpec {
  readonly usage: string
  readonly options: Readonly<Record<string, OptionSpec>>
  readonly min: number
  readonly max: number
}

const many = { type: 'string', multiple: true } as const
const one = { type: 'string' } as const

/** `--base KIND=VALUE`, `--base KIND:YEAR=VALUE`, `--base ID=VALUE` (repeatable). */
const BASE = { base: many }
/** Which rules a table shows. */
const ROWS = { rules: one, only: one }

export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  evaluate: {
    usage: 'evaluate PLAN [--base KIND=VALUE ...] [--table NAME ... | --all] [--year Y]',
    options: { year: one, ...BASE, table: many, all: { type: 'boolean' }, ...ROWS },
    min: 1,
    max: 1,
  },
  audit: { usage: 'audit PLAN', options: {}, min: 1, max: 1 },
  yearly: {
    usage: 'yearly PLAN --from YEAR --to YEAR [--population BASE=growth:YEAR:VALUE ...]',
    options: { from: one, to: one, population: many, set: many, ...BASE, rules: one },
    min: 1,
    max: 1,
  },
  sensitivity: {
    usage: 'sensitivity PLAN --percent P [--outputs QUANTITY,...]',
    options: { percent: one, outputs: one, ...BASE, rules: one },
    min: 1,
    max: 1,
  },
  montecarlo: {
    usage: 'montecarlo PLAN --runs N --seed S [--interval 90] [--population BASE=LO-HI ...]',
    options: { runs: one, seed: one, interval: one, population: many, ...BASE, rules: one },
    min: 1,
    max: 1,
  },
  sweep: {
    usage: 'sweep PLAN CASES.csv [--outputs RULE,...] [--threads N]',
    options: { outputs: one, threads: one, ...BASE, rules: one },
    min: 2,
    max: 2,
  },
  scenario: {
    usage: 'scenario PLAN [--set RULE=VALUE ...] [--population BASE=VALUE ...] [--table NAME ...]',
    options: {
      set: many,
      population: many,
      year: one,
      table: many,
      all: { type: 'boolean' },
      ...ROWS,
    },
    min: 1,
    max: 1,
  },
  compare: { usage: 'compare PLAN SCENARIO.json ...', options: {}, min: 2, max: 50 },
  total: {
    usage:
      'total NORM-TEXT --base KIND=VALUE [--year Y] [--vintage V] [--rounding R] [--quantity Q]',
    options: { base: one, year: one, vintage: one, rounding: one, quantity: one },
    min: 1,
    max: 1,
  },
  schema: { usage: 'schema [plan|scenario|norm-set]', options: {}, min: 0, max: 1 },
  'import-csv': { usage: 'import-csv facilities|bases FILE', options: {}, min: 2, max: 2 },
}
