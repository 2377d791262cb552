/**
 * `bedstaff evaluate PLAN [--year Y] [--base ID=VALUE ...] [--table NAME ...]`
 */
import { evaluatePlan } from '../../plan/evaluate.js'
import { loadPlan } from '../../plan/load.js'
import { renderEvaluation } from '../../report/render.js'
import { listOption, type Parsed, tablesOption, yearOption } from '../args.js'
import { baseOverrides } from '../base-override.js'
import { inFile } from '../failure.js'
import type { Io } from '../io.js'
import { readPlanData } from '../plan-file.js'
import type { CommandResult } from './result.js'

/** Evaluates a plan file and renders the chosen tables. */
export function evaluateCommand(p: Parsed, io: Io): CommandResult {
  const file = p.positionals[0] ?? ''
  const year = yearOption(p)
  const tables = tablesOption(p)
  const plan = inFile(file, () => loadPlan(readPlanData(io, file)))
  const bases = baseOverrides(plan, listOption(p, 'base'))
  const ev = inFile(file, () =>
    evaluatePlan(plan, { ...(year === undefined ? {} : { year }), bases }),
  )
  return {
    text: renderEvaluation(ev, {
      format: p.format,
      lang: p.lang,
      ...(tables === undefined ? {} : { tables }),
    }),
    code: 0,
  }
}
