/**
 * The `bedstaff` command: parse arguments, run a subcommand, print its output (or write it
 * with `--out`), and return the exit status. 0 ok, 1 audit errors, 2 bad input, 3 internal.
 */
import pkg from '../../package.json' with { type: 'json' }
import { COMMANDS, langOf, type Parsed, parseCommand } from './args.js'
import { auditCommand } from './commands/audit.js'
import { compareCommand } from './commands/compare.js'
import { evaluateCommand } from './commands/evaluate.js'
import { importCsvCommand } from './commands/import-csv.js'
import type { CommandResult } from './commands/result.js'
import { scenarioCommand } from './commands/scenario.js'
import { schemaCommand } from './commands/schema.js'
import { totalCommand } from './commands/total.js'
import { badArgument, CliFailure, failureLine, inFile } from './failure.js'
import { commandHelp, globalHelp } from './help.js'
import type { Io } from './io.js'

/** The version of the package. */
export const VERSION: string = pkg.version

type Command = (p: Parsed, io: Io) => CommandResult

const HANDLERS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  audit: auditCommand,
  scenario: scenarioCommand,
  compare: compareCommand,
  total: totalCommand,
  schema: schemaCommand,
  'import-csv': importCsvCommand,
}

function dispatch(argv: readonly string[], io: Io): CommandResult {
  const [first, ...rest] = argv
  if (first === undefined) {
    return badArgument('no command given (see bedstaff --help)', '未指定命令（见 bedstaff --help）')
  }
  if (first === '--help' || first === '-h' || first === 'help')
    return { text: globalHelp(), code: 0 }
  if (first === '--version') return { text: `${VERSION}\n`, code: 0 }
  const spec = COMMANDS[first]
  const handler = HANDLERS[first]
  if (spec === undefined || handler === undefined || !Object.hasOwn(COMMANDS, first)) {
    return badArgument(
      `unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')})`,
      `未知命令「${first}」（可用命令：${Object.keys(COMMANDS).join('、')}）`,
    )
  }
  const p = parseCommand(first, spec, rest)
  if (p.help) return { text: commandHelp(first), code: 0 }
  if (p.version) return { text: `${VERSION}\n`, code: 0 }
  if ((first === 'schema' || first === 'import-csv') && p.formatGiven && p.format !== 'json') {
    badArgument(`"${first}" prints JSON only`, `「${first}」只输出 JSON`)
  }
  const result = inFile(null, () => handler(p, io))
  if (p.out !== null) {
    const out = p.out
    inFile(out, () => io.writeFile(out, result.text, !p.force))
    return { text: '', code: result.code }
  }
  return result
}

/**
 * Runs the command line `argv` (without `node` and the script) against `io`, and returns the
 * exit status. It prints the output, or one line on stderr for a failure; it never throws.
 */
export function run(argv: readonly string[], io: Io): number {
  const lang = langOf(argv)
  try {
    const result = dispatch(argv, io)
    if (result.text !== '') io.stdout(result.text)
    return result.code
  } catch (e) {
    if (e instanceof CliFailure) {
      io.stderr(failureLine(e, lang))
      return 2
    }
    const message = e instanceof Error ? e.message : String(e)
    io.stderr(`bedstaff: internal error: ${message.split('\n')[0] ?? ''}\n`)
    return 3
  }
}
