/**
 * Usage texts of the command and its subcommands.
 */
import { COMMANDS } from './args.js'

const COMMON = `Options for every command:
  -f, --format table|json|csv|markdown   output format (default table)
      --lang en|zh                       language of labels, headers and messages (default en)
  -o, --out FILE                         write the output to FILE (refuses to overwrite)
      --force                            let --out replace an existing file
  -h, --help                             this help
      --version                          the version`

const DETAILS: Readonly<Record<string, string>> = {
  evaluate: `Evaluates every rule of a plan (.json, .yaml or .yml): exact value, count, rounding,
base, stock and gap, source line.
  --year Y              year of the facility, grade and table summaries (default: target year)
  --base ID=VALUE       replace the value of the plan base ID for this run (repeatable)
  --table NAME          rules, facilities, grades, tables or all (repeatable; default rules;
                        CSV takes one)`,
  audit: `Recomputes every stated figure of a plan and lists the findings.
Exit status 1 when there is an error finding, 0 otherwise.`,
  scenario: `Evaluates a plan under a scenario.
  --set RULE=VALUE                      override a rule's value (repeatable)
  --population BASE=VALUE               set a base's value (repeatable)
  --population BASE=growth:FROMYEAR:FROMVALUE
                                        grow a base linearly from FROMVALUE in FROMYEAR
  --year Y, --table NAME                as for evaluate`,
  compare: 'Evaluates a plan under each scenario file (JSON) and compares the results.',
  total: `Reads a per-capita norm and computes the total it requires of a population.
  --base KIND=VALUE     the population: resident, registered, elderly, children or service
  --year Y              the base's year (default: this year)
  --vintage V           census-6, census-7, yearbook, projection, derived or estimate
                        (default estimate)
  --rounding R          ceil, floor, half-up, half-even or none (default: floor for a cap
                        such as 不超过, ceil otherwise)
  --quantity Q          the quantity, when the text does not name it
Example: bedstaff total "每千常住人口4.58张" --base resident=2000000 --format json`,
  schema: 'Prints the JSON Schema of plan files (always JSON).',
  'import-csv': `Reads facilities or population bases from a CSV file with a header row and prints
the validated JSON array (always JSON). Columns:
  facilities: id,name,table,category,grade,gradePrinted,owner,group,open_YYYY...,
              approved_YYYY...,newBuilt,newOpened,note,document,line,quote,source_note
  bases:      id,kind,value,year,vintage,ageMin,ageMax,from,multiplier,label_zh,label_en,
              document,line,quote,source_note
A bad cell is reported by its spreadsheet row (the header is row 1) and column.`,
}

/** The help of the whole command. */
export function globalHelp(): string {
  const lines = Object.values(COMMANDS).map((c) => `  bedstaff ${c.usage}`)
  return `bedstaff: exact arithmetic for health-resource planning

Usage:
${lines.join('\n')}

${COMMON}

Exit status: 0 ok, 1 the audit found errors, 2 bad input, 3 internal error.
Run bedstaff COMMAND --help for a command's options.
`
}

/** The help of one subcommand. */
export function commandHelp(command: string): string {
  const spec = COMMANDS[command]
  return `Usage: bedstaff ${spec?.usage ?? command}

${DETAILS[command] ?? ''}

${COMMON}
`
}
