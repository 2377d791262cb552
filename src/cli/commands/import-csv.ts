/**
 * `bedstaff import-csv facilities|bases FILE`: the validated JSON array, ready for a plan file.
 */
import { basesFromCsv, facilitiesFromCsv } from '../../report/csv-import.js'
import { stableJson } from '../../report/json.js'
import type { Parsed } from '../args.js'
import { badArgument, inFile } from '../failure.js'
import type { Io } from '../io.js'
import type { CommandResult } from './result.js'

/** Reads facilities or bases from a CSV file. */
export function importCsvCommand(p: Parsed, io: Io): CommandResult {
  const [kind, file] = p.positionals
  if (kind !== 'facilities' && kind !== 'bases') {
    return badArgument(
      `import-csv reads "facilities" or "bases", got "${kind ?? ''}"`,
      `import-csv 只能读取 facilities 或 bases，收到「${kind ?? ''}」`,
    )
  }
  const path = file ?? ''
  const rows = inFile(path, () => {
    const text = io.readFile(path)
    return kind === 'facilities' ? facilitiesFromCsv(text) : basesFromCsv(text)
  })
  return { text: stableJson(rows), code: 0 }
}
