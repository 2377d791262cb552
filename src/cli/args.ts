/**
 * The command line's grammar: subcommands, their options (node:util parseArgs, strict) and
 * their positional arguments. Only parsing and validation of option values; no arithmetic.
 */
import { parseArgs } from 'node:util'
import { EVALUATION_TABLES, type EvaluationTable } from '../report/evaluation-grids.js'
import { type Lang, REPORT_FORMATS, type ReportFormat } from '../report/grid.js'
import { badArgument } from './failure.js'

type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string }

/** Options every subcommand takes. */
const COMMON: Record<string, OptionSpec> = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
}

/** A subcommand: its own options and how many positional arguments it takes. */
export interface CommandSpec {
  readonly usage: string
  readonly options: Readonly<Record<string, OptionSpec>>
  readonly min: number
  readonly max: number
}

export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  evaluate: {
    usage: 'evaluate PLAN [--year Y] [--base ID=VALUE ...] [--table NAME ...]',
    options: {
      year: { type: 'string' },
      base: { type: 'string', multiple: true },
      table: { type: 'string', multiple: true },
    },
    min: 1,
    max: 1,
  },
  audit: { usage: 'audit PLAN', options: {}, min: 1, max: 1 },
  scenario: {
    usage:
      'scenario PLAN [--set RULE=VALUE ...] [--population BASE=VALUE | BASE=growth:FROMYEAR:FROMVALUE ...] [--year Y] [--table NAME ...]',
    options: {
      set: { type: 'string', multiple: true },
      population: { type: 'string', multiple: true },
      year: { type: 'string' },
      table: { type: 'string', multiple: true },
    },
    min: 1,
    max: 1,
  },
  compare: { usage: 'compare PLAN SCENARIO.json ...', options: {}, min: 2, max: 50 },
  total: {
    usage:
      'total NORM-TEXT --base KIND=VALUE [--year Y] [--vintage V] [--rounding R] [--quantity Q]',
    options: {
      base: { type: 'string' },
      year: { type: 'string' },
      vintage: { type: 'string' },
      rounding: { type: 'string' },
      quantity: { type: 'string' },
    },
    min: 1,
    max: 1,
  },
  schema: { usage: 'schema', options: {}, min: 0, max: 0 },
  'import-csv': { usage: 'import-csv facilities|bases FILE', options: {}, min: 2, max: 2 },
}

/** Parsed arguments of one subcommand. */
export interface Parsed {
  readonly command: string
  readonly positionals: readonly string[]
  readonly format: ReportFormat
  /** Whether `--format` was given (schema and import-csv print JSON only). */
  readonly formatGiven: boolean
  readonly lang: Lang
  readonly out: string | null
  readonly force: boolean
  readonly help: boolean
  readonly version: boolean
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>
}

/** The language asked for, read leniently, so that even an argument error speaks it. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  const v = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.slice(7) : argv[i + 1]
  return v === 'zh' ? 'zh' : 'en'
}

function oneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return badArgument(
    `--${name} must be one of ${allowed.join(', ')}, got "${String(value)}"`,
    `--${name} 应为 ${allowed.join('、')} 之一，收到「${String(value)}」`,
  )
}

/**
 * Parses the arguments after the subcommand name.
 *
 * @throws CliFailure `invalid-argument` for an unknown option, a missing value, a bad format or
 *   language, or the wrong number of positional arguments
 */
export function parseCommand(command: string, spec: CommandSpec, args: readonly string[]): Parsed {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON, ...spec.options },
      allowPositionals: true,
      strict: true,
    })
  } catch (e) {
    const message = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)
    const unknown = /^Unknown option '([^']*)'/.exec(message)
    if (unknown) {
      return badArgument(
        `unknown option '${unknown[1]}' for "${command}" (see bedstaff ${command} --help)`,
        `「${command}」没有选项 '${unknown[1]}'（见 bedstaff ${command} --help）`,
      )
    }
    return badArgument(`${message} (see bedstaff ${command} --help)`, message)
  }
  const v = parsed.values
  const help = v.help === true
  const version = v.version === true
  const format = oneOf('format', v.format, REPORT_FORMATS, 'table')
  const lang = oneOf('lang', v.lang, ['zh', 'en'] as const, 'en')
  const n = parsed.positionals.length
  if (!help && !version && (n < spec.min || n > spec.max)) {
    badArgument(
      `"${command}" takes ${spec.min === spec.max ? spec.min : `${spec.min} or more`} argument${spec.max === 1 ? '' : 's'}, got ${n}: bedstaff ${spec.usage}`,
      `「${command}」需要 ${spec.min === spec.max ? spec.min : `至少 ${spec.min}`} 个参数，收到 ${n} 个：bedstaff ${spec.usage}`,
    )
  }
  return {
    command,
    positionals: parsed.positionals,
    format,
    formatGiven: v.format !== undefined,
    lang,
    out: typeof v.out === 'string' ? v.out : null,
    force: v.force === true,
    help,
    version,
    values: v as Parsed['values'],
  }
}

/** A string option, or `undefined`. */
export function stringOption(p: Parsed, name: string): string | undefined {
  const v = p.values[name]
  return typeof v === 'string' ? v : undefined
}

/** A repeatable string option, as a list. */
export function listOption(p: Parsed, name: string): readonly string[] {
  const v = p.values[name]
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
}

/** `--year Y`: a whole year from 1900 to 2200, or `undefined`. */
export function yearOption(p: Parsed): number | undefined {
  const v = stringOption(p, 'year')
  if (v === undefined) return undefined
  if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2200) {
    badArgument(
      `--year must be a year from 1900 to 2200, got "${v}"`,
      `--year 应为 1900 至 2200 之间的年份，收到「${v}」`,
    )
  }
  return Number(v)
}

/** `--table NAME ...` (repeatable, comma lists, `all`), or `undefined` when not given. */
export function tablesOption(p: Parsed): readonly EvaluationTable[] | undefined {
  const raw = listOption(p, 'table').flatMap((t) => t.split(','))
  if (raw.length === 0) return undefined
  if (raw.includes('all')) return EVALUATION_TABLES
  return raw.map((t) => oneOf('table', t, EVALUATION_TABLES, 'rules'))
}

/**
 * Longest `KEY=VALUE` option accepted, in characters: an id (at most 80) and one or two
 * numbers (at most 64 each) fit many times over, and nothing longer reaches the library.
 */
export const MAX_KEY_VALUE = 1000

/**
 * Splits `KEY=VALUE` (at the first `=`).
 *
 * @throws CliFailure `invalid-argument` when there is no `=`, either side is empty, or the
 *   text is longer than {@link MAX_KEY_VALUE}
 */
export function keyValue(option: string, text: string): readonly [string, string] {
  if (text.length > MAX_KEY_VALUE) {
    badArgument(
      `--${option} takes KEY=VALUE of at most ${MAX_KEY_VALUE} characters, got ${text.length}`,
      `--${option} 的 KEY=VALUE 最多 ${MAX_KEY_VALUE} 个字符，收到 ${text.length} 个`,
    )
  }
  const at = text.indexOf('=')
  const key = at < 0 ? '' : text.slice(0, at).trim()
  const value = at < 0 ? '' : text.slice(at + 1).trim()
  if (key === '' || value === '') {
    badArgument(
      `--${option} takes KEY=VALUE, got "${text}"`,
      `--${option} 的格式应为 KEY=VALUE，收到「${text}」`,
    )
  }
  return [key, value]
}
