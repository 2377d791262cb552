/**
 * Reading the command line (node:util parseArgs, strict) against its grammar (grammar.ts):
 * options and positional arguments, each option value checked. No arithmetic.
 */
import { parseArgs } from 'node:util'
import { EVALUATION_TABLES, type EvaluationTable } from '../report/evaluation-grids.js'
import { type Lang, REPORT_FORMATS, type ReportFormat } from '../report/grid.js'
import { badArgument } from './failure.js'
import { COMMON, type CommandSpec } from './grammar.js'

export { COMMANDS, type CommandSpec } from './grammar.js'

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
  /** `--width N`, or `undefined` when not given (the terminal's then). */
  readonly width: number | undefined
  /** `--columns KEY,...`: the columns text tables show, or `undefined` for all. */
  readonly columns: readonly string[] | undefined
  /** Whether CSV output starts with a byte-order mark (yes unless `--no-bom`). */
  readonly bom: boolean
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

/** A node:util parseArgs problem in Chinese (its option named, the rest said in Chinese). */
function parseProblemZh(message: string, command: string): string {
  const option = /Option '(-[^' ]+)/.exec(message)?.[1] ?? ''
  if (/argument missing/.test(message)) return `选项 ${option} 缺少取值`
  if (/does not take an argument/.test(message)) return `选项 ${option} 不带取值`
  return `参数有误（见 bedstaff ${command} --help）`
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
    return badArgument(
      `${message} (see bedstaff ${command} --help)`,
      parseProblemZh(message, command),
    )
  }
  const v = parsed.values
  const help = v.help === true
  const version = v.version === true
  const format = oneOf('format', v.format, REPORT_FORMATS, 'table')
  const lang = oneOf('lang', v.lang, ['zh', 'en'] as const, 'en')
  const width = typeof v.width === 'string' ? wholeNumber('width', v.width, 0, 10_000) : undefined
  const columns = Array.isArray(v.columns)
    ? v.columns
        .flatMap((c) => String(c).split(','))
        .map((c) => c.trim())
        .filter((c) => c !== '')
    : undefined
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
    width,
    columns,
    bom: v['no-bom'] !== true,
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

/**
 * A whole number from `min` to `max`, written with digits only.
 *
 * @throws CliFailure `invalid-argument` otherwise
 */
export function wholeNumber(name: string, text: string, min: number, max: number): number {
  if (!/^\d{1,10}$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
    badArgument(
      `--${name} must be a whole number from ${min} to ${max}, got "${text}"`,
      `--${name} 应为 ${min} 至 ${max} 之间的整数，收到「${text}」`,
    )
  }
  return Number(text)
}

/** `--NAME N` as a whole number from `min` to `max`, or `undefined` when not given. */
export function numberOption(
  p: Parsed,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const v = stringOption(p, name)
  return v === undefined ? undefined : wholeNumber(name, v, min, max)
}

/** `--year Y` (or another year option): a whole year from 1900 to 2200, or `undefined`. */
export function yearOption(p: Parsed, name = 'year'): number | undefined {
  const v = stringOption(p, name)
  if (v === undefined) return undefined
  if (!/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2200) {
    badArgument(
      `--${name} must be a year from 1900 to 2200, got "${v}"`,
      `--${name} 应为 1900 至 2200 之间的年份，收到「${v}」`,
    )
  }
  return Number(v)
}

/**
 * `--table NAME ...` (repeatable, comma lists; `all` or `--all` for every table), each name
 * once, or `undefined` when neither is given.
 */
export function tablesOption(p: Parsed): readonly EvaluationTable[] | undefined {
  const raw = listOption(p, 'table').flatMap((t) => t.split(','))
  if (p.values.all === true || raw.includes('all')) return EVALUATION_TABLES
  if (raw.length === 0) return undefined
  return [...new Set(raw.map((t) => oneOf('table', t.trim(), EVALUATION_TABLES, 'rules')))]
}

/** One of the values `allowed`, or `undefined` when the option is not given. */
export function choiceOption<T extends string>(
  p: Parsed,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = stringOption(p, name)
  return v === undefined ? undefined : oneOf(name, v, allowed, allowed[0] as T)
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
