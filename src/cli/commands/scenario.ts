/**
 * `bedstaff scenario PLAN [--set RULE=VALUE ...] [--population BASE=VALUE |
 * BASE=growth:FROMYEAR:FROMVALUE ...] [--year Y] [--table NAME ... | --all]`
 */

import { renderEvaluation } from '../../report/render.js'
import { evaluateScenario } from '../../scenario/evaluate.js'
import { listOption, type Parsed, tablesOption, yearOption } from '../args.js'
import type { Io } from '../io.js'
import { planInput } from '../plan-input.js'
import { scenarioFromOptions, withOptionPaths } from '../scenario-args.js'
import { chosenRules } from './evaluate.js'
import type { CommandResult } from './result.js'

/** Evaluates a plan under the scenario the options describe. */
export function scenarioCommand(p: Parsed, io: Io): CommandResult {
  const year = yearOption(p)
  const tables = tablesOption(p)
  const { plan } = planInput(p, io)
  const scenario = scenarioFromOptions(plan, listOption(p, 'set'), listOption(p, 'population'))
  const ev = withOptionPaths(() =>
    evaluateScenario(plan, scenario, year === undefined ? {} : { year }),
  )
  return {
    text: renderEvaluation(chosenRules(p, ev), {
      format: p.format,
      lang: p.lang,
      ...(p.width === undefined ? {} : { width: p.width }),
      ...(p.columns === undefined ? {} : { columns: p.columns }),
      ...(tables === undefined ? {} : { tables }),
    }),
    code: 0,
  }
}
