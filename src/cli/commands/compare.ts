/**
 * `bedstaff compare PLAN SCENARIO.json ...`: each scenario file (JSON or YAML) evaluated and
 * compared rule by rule with the first.
 */
import { BedstaffError } from '../../errors.js'
import { loadPlan } from '../../plan/load.js'
import { renderComparison } from '../../report/render.js'
import { compareScenarios } from '../../scenario/compare.js'
import type { Parsed } from '../args.js'
import { CliFailure, inFile } from '../failure.js'
import type { Io } from '../io.js'
import { readPlanData } from '../plan-file.js'
import { renderOptions } from './analyses.js'
import type { CommandResult } from './result.js'

/** Compares the scenarios of the given files; an error names the file it is in. */
export function compareCommand(p: Parsed, io: Io): CommandResult {
  const [file = '', ...files] = p.positionals
  const plan = inFile(file, () => loadPlan(readPlanData(io, file)))
  const scenarios = files.map((f) => readPlanData(io, f))
  let cmp: ReturnType<typeof compareScenarios>
  try {
    cmp = compareScenarios(plan, scenarios)
  } catch (e) {
    if (e instanceof BedstaffError) {
      const [head, index, ...rest] = e.path
      const scenarioFile = head === 'scenarios' && typeof index === 'number' ? files[index] : null
      if (scenarioFile !== undefined && scenarioFile !== null) {
        throw new CliFailure(scenarioFile, new BedstaffError(e.code, rest, e.params))
      }
      throw new CliFailure(file, e)
    }
    throw e
  }
  return { text: renderComparison(cmp, renderOptions(p)), code: 0 }
}
