/**
 * The plan a command works on: read from its file, loaded, with the `--base` options applied,
 * and the line that tells the reader which bases came from the command line.
 */
import { loadPlan } from '../plan/load.js'
import type { BaseEntry, Plan } from '../plan/schema.js'
import type { Lang } from '../report/grid.js'
import { groupDigits } from '../report/numbers.js'
import { baseKindWord, vintageWord } from '../report/words.js'
import { listOption, type Parsed } from './args.js'
import { withCommandLineBases } from './base-override.js'
import { inFile } from './failure.js'
import type { Io } from './io.js'
import { readPlanData } from './plan-file.js'

/** A plan file as a command uses it. */
export interface PlanInput {
  readonly file: string
  /** The plan as its file states it. */
  readonly original: Plan
  /** The plan with the `--base` options applied. */
  readonly plan: Plan
  /** The bases the `--base` options set, in the order given. */
  readonly bases: readonly BaseEntry[]
}

/**
 * Reads the plan named by the first positional argument and applies `--base`.
 *
 * @throws CliFailure for an unreadable or invalid plan file (naming it), or a bad `--base`
 */
export function planInput(p: Parsed, io: Io): PlanInput {
  const file = p.positionals[0] ?? ''
  const original = inFile(file, () => loadPlan(readPlanData(io, file)))
  const { plan, bases } = withCommandLineBases(original, listOption(p, 'base'))
  return { file, original, plan, bases }
}

/**
 * The line naming the bases set on the command line (empty when none):
 * `Bases set on the command line: elderly 400,000 (2025, estimate)`.
 */
export function basesLine(bases: readonly BaseEntry[], lang: Lang): string {
  if (bases.length === 0) return ''
  const each = bases.map((b) => {
    const v = `${baseKindWord(b.kind, lang)} ${groupDigits(b.value ?? '')}`
    const vintage = vintageWord(b.vintage ?? 'estimate', lang)
    return lang === 'zh' ? `${v}（${b.year}年，${vintage}）` : `${v} (${b.year}, ${vintage})`
  })
  return lang === 'zh'
    ? `命令行指定的人口基数：${each.join('；')}\n`
    : `Bases set on the command line: ${each.join('; ')}\n`
}
