/**
 * `bedstaff scenario PLAN [--set RULE=VALUE ...] [--population BASE=VALUE |
 * BASE=growth:FROMYEAR:FROMVALUE ...] [--year Y] [--table NAME ...]`
 */
import { BedstaffError, type Path } from '../../errors.js'
import { loadPlan } from '../../plan/load.js'
import { renderEvaluation } from '../../report/render.js'
import { evaluateScenario } from '../../scenario/evaluate.js'
import { listOption, type Parsed, tablesOption, yearOption } from '../args.js'
import { CliFailure, inFile } from '../failure.js'
import type { Io } from '../io.js'
import { readPlanData } from '../plan-file.js'
import { scenarioFromOptions } from '../scenario-args.js'
import type { CommandResult } from './result.js'

const OPTION: Readonly<Record<string, string>> = { populations: '--population', rules: '--set' }

/** Renames a scenario path (`populations[0].value`) after the option it came from. */
function optionPath(path: Path): Path {
  const [list, index, ...rest] = path
  const name = OPTION[String(list)]
  if (name === undefined || typeof index !== 'number') return path
  return [`${name}[${index + 1}]`, ...rest]
}

/** Evaluates a plan under the scenario the options describe. */
export function scenarioCommand(p: Parsed, io: Io): CommandResult {
  const file = p.positionals[0] ?? ''
  const year = yearOption(p)
  const tables = tablesOption(p)
  const plan = inFile(file, () => loadPlan(readPlanData(io, file)))
  const scenario = scenarioFromOptions(plan, listOption(p, 'set'), listOption(p, 'population'))
  let ev: ReturnType<typeof evaluateScenario>
  try {
    ev = evaluateScenario(plan, scenario, year === undefined ? {} : { year })
  } catch (e) {
    if (e instanceof BedstaffError) {
      throw new CliFailure(null, new BedstaffError(e.code, optionPath(e.path), e.params))
    }
    throw e
  }
  return {
    text: renderEvaluation(ev, {
      format: p.format,
      lang: p.lang,
      ...(tables === undefined ? {} : { tables }),
    }),
    code: 0,
  }
}
