/**
 * `bedstaff evaluate PLAN [--base KIND=VALUE ...] [--table NAME ... | --all] [--year Y]
 * [--rules GLOB] [--only short|computed|binding]`: the summary a planner reads first (text and
 * Markdown), then the full tables asked for; JSON the whole evaluation; CSV the rules table or
 * the one table asked for.
 */
import { auditPlan } from '../../audit/audit.js'
import { evaluatePlan } from '../../plan/evaluate.js'
import type { Evaluation } from '../../plan/result.js'
import type { BaseEntry } from '../../plan/schema.js'
import { stableJson } from '../../report/json.js'
import { renderEvaluation } from '../../report/render.js'
import { renderSummary } from '../../report/render-analyses.js'
import { RULE_FILTERS, selectRules } from '../../report/select.js'
import { choiceOption, type Parsed, stringOption, tablesOption, yearOption } from '../args.js'
import { inFile } from '../failure.js'
import type { Io } from '../io.js'
import { basesLine, planInput } from '../plan-input.js'
import type { CommandResult } from './result.js'

/** The evaluation cut to the rules asked for by `--rules` and `--only`. */
export function chosenRules(p: Parsed, ev: Evaluation): Evaluation {
  const rules = stringOption(p, 'rules')
  const only = choiceOption(p, 'only', RULE_FILTERS)
  if (rules === undefined && only === undefined) return ev
  return selectRules(ev, {
    ...(rules === undefined ? {} : { rules }),
    ...(only === undefined ? {} : { only }),
  })
}

/** JSON of an evaluation, with the bases set on the command line when there are any. */
function evaluationJson(ev: Evaluation, bases: readonly BaseEntry[]): string {
  return stableJson(bases.length === 0 ? ev : { ...ev, commandLine: { bases } })
}

/** Evaluates a plan file and renders the summary and the chosen tables. */
export function evaluateCommand(p: Parsed, io: Io): CommandResult {
  const year = yearOption(p)
  const tables = tablesOption(p)
  const input = planInput(p, io)
  const full = inFile(input.file, () =>
    evaluatePlan(input.plan, year === undefined ? {} : { year }),
  )
  const ev = chosenRules(p, full)
  const opts = {
    format: p.format,
    lang: p.lang,
    ...(p.width === undefined ? {} : { width: p.width }),
    ...(p.columns === undefined ? {} : { columns: p.columns }),
  }
  if (p.format === 'json' && tables === undefined) {
    return { text: evaluationJson(ev, input.bases), code: 0 }
  }
  const human = p.format === 'table' || p.format === 'markdown'
  const note = human ? basesLine(input.bases, p.lang) : ''
  const summary =
    human && (tables === undefined || p.values.all === true)
      ? renderSummary(full, auditPlan(input.original), {
          ...opts,
          title: p.lang === 'zh' ? input.plan.title.zh : (input.plan.title.en ?? input.plan.id),
          alsoOnBases: input.bases.map((b) => b.id),
        })
      : ''
  const rest =
    tables === undefined && human
      ? ''
      : renderEvaluation(ev, { ...opts, ...(tables ? { tables } : {}) })
  return { text: [note, summary, rest].filter((t) => t !== '').join('\n'), code: 0 }
}
