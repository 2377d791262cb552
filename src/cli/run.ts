/**
 * The `bedstaff` command: parse arguments, run a subcommand, print its output (or write it
 * with `--out`), and return the exit status. 0 ok, 1 audit errors, 2 bad input, 3 internal.
 */
import pkg from '../../package.json' with { type: 'json' }
import { BedstaffError } from '../errors.js'
import { COMMANDS, langOf, type Parsed, parseCommand } from './args.js'
import { monteCarloCommand, sensitivityCommand, yearlyCommand } from './commands/analyses.js'
import { auditCommand } from './commands/audit.js'
import { compareCommand } from './commands/compare.js'
import { evaluateCommand } from './commands/evaluate.js'
import { importCsvCommand } from './commands/import-csv.js'
import type { CommandResult } from './commands/result.js'
import { scenarioCommand } from './commands/scenario.js'
import { schemaCommand } from './commands/schema.js'
import { sweepCommand } from './commands/sweep.js'
import { totalCommand } from './commands/total.js'
import { badArgument, CliFailure, failureLine, inFile } from './failure.js'
import { commandHelp, globalHelp } from './help.js'
import type { Io } from './io.js'

/** The version of the package. */
export const VERSION: string = pkg.version

/** The width text tables fit when neither `--width` nor the terminal says. */
export const DEFAULT_WIDTH = 100

/** The byte-order mark CSV output starts with, so that spreadsheets read it as UTF-8. */
export const BOM = '\ufeff'

type Command = (p: Parsed, io: Io) => CommandResult

const HANDLERS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  audit: auditCommand,
  yearly: yearlyCommand,
  sensitivity: sensitivityCommand,
  montecarlo: monteCarloCommand,
  sweep: sweepCommand,
  scenario: scenarioCommand,
  compare: compareCommand,
  total: totalCommand,
  schema: schemaCommand,
  'import-csv': importCsvCommand,
}

/** Commands whose output is JSON whatever `--format` says. */
const JSON_ONLY: readonly string[] = ['schema', 'import-csv']

/** The pieces a result prints, the first CSV piece with a byte-order mark unless refused. */
function* outputOf(result: CommandResult, bom: boolean): Generator<string> {
  let first = bom
  for (const piece of result.pieces ?? [result.text]) {
    if (piece === '') continue
    yield first ? `${BOM}${piece}` : piece
    first = false
  }
}

/**
 * Writes output made asynchronously (by worker threads) as it comes, or to `--out` once all of
 * it is in; an error on the way is the command's failure.
 */
async function streamOut(
  stream: AsyncIterable<string>,
  p: Parsed,
  bom: boolean,
  io: Io,
  write: (text: string) => void,
): Promise<void> {
  const kept: string[] = []
  let first = bom
  try {
    for await (const piece of stream) {
      if (piece === '') continue
      const text = first ? `${BOM}${piece}` : piece
      first = false
      if (p.out === null) write(text)
      else kept.push(text)
    }
  } catch (e) {
    if (e instanceof BedstaffError) throw new CliFailure(null, e)
    throw e
  }
  const out = p.out
  if (out !== null) inFile(out, () => io.writeFile(out, kept.join(''), !p.force))
}

function dispatch(
  argv: readonly string[],
  io: Io,
  write: (text: string) => void,
): 0 | 1 | Promise<0 | 1> {
  const lang = langOf(argv)
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    write(globalHelp(lang))
    return 0
  }
  if (first === '--version') {
    write(`${VERSION}\n`)
    return 0
  }
  const spec = COMMANDS[first]
  const handler = HANDLERS[first]
  if (spec === undefined || handler === undefined || !Object.hasOwn(COMMANDS, first)) {
    return badArgument(
      `unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')})`,
      `未知命令「${first}」（可用命令：${Object.keys(COMMANDS).join('、')}）`,
    )
  }
  const parsed = parseCommand(first, spec, rest)
  if (parsed.help) {
    write(commandHelp(first, parsed.lang))
    return 0
  }
  if (parsed.version) {
    write(`${VERSION}\n`)
    return 0
  }
  if (JSON_ONLY.includes(first) && parsed.formatGiven && parsed.format !== 'json') {
    badArgument(`"${first}" prints JSON only`, `「${first}」只输出 JSON`)
  }
  const p: Parsed = { ...parsed, width: parsed.width ?? io.columns?.() ?? DEFAULT_WIDTH }
  const result = inFile(null, () => handler(p, io))
  const bom = p.format === 'csv' && p.bom && !JSON_ONLY.includes(first)
  const stream = result.stream
  if (stream !== undefined) return streamOut(stream, p, bom, io, write).then(() => result.code)
  if (p.out !== null) {
    const out = p.out
    const text = [...inFile(null, () => [...outputOf(result, bom)])].join('')
    inFile(out, () => io.writeFile(out, text, !p.force))
    return result.code
  }
  inFile(null, () => {
    for (const piece of outputOf(result, bom)) write(piece)
  })
  return result.code
}

/**
 * Runs the command line `argv` (without `node` and the script) against `io`, and returns the
 * exit status: a number, or a promise of one for a command that counts on worker threads
 * (`sweep --threads N`). It prints the output (pieces of streamed output as they are made), or
 * one line on stderr for a failure; it never throws, and the promise never rejects.
 * `bedstaff` alone prints the usage.
 */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  const lang = langOf(argv)
  const failed = (e: unknown): number => {
    if (e instanceof CliFailure) {
      io.stderr(failureLine(e, lang))
      return 2
    }
    const message = e instanceof Error ? e.message : String(e)
    io.stderr(`bedstaff: internal error: ${message.split('\n')[0] ?? ''}\n`)
    return 3
  }
  try {
    const code = dispatch(argv, io, (text) => io.stdout(text))
    return typeof code === 'number' ? code : code.catch(failed)
  } catch (e) {
    return failed(e)
  }
}
