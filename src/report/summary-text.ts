/**
 * The summary a planner reads first, as text for a terminal: the headline rules, two lines
 * each (the numbers, then how they are made), and the audit's error count with its first
 * findings. It fits the width it is given (100 columns by default).
 */
import type { Audit } from '../audit/audit.js'
import type { Evaluation } from '../plan/result.js'
import { countOf } from './audit-grid.js'
import type { Lang } from './grid.js'
import { AUDIT, EVALUATION } from './input-shapes.js'
import {
  checked,
  LANGS,
  list,
  oneOf,
  optional,
  record,
  renderOptions,
  text,
  whole,
} from './inputs.js'
import { summaryGrid } from './summary.js'
import { shownCell } from './text-table.js'
import { displayWidth, wrapText } from './width.js'
import { severityWord } from './words.js'

/** How to lay out a summary. */
export interface SummaryOptions {
  readonly lang: Lang
  /** Most display columns a line takes; default {@link SUMMARY_WIDTH}. */
  readonly width?: number
  /** The plan's title, shown above the table. */
  readonly title?: string
  /** Ids of bases set by the caller: rules on them are listed too. */
  readonly alsoOnBases?: readonly string[]
  /** How many findings of the audit to show; default 3. */
  readonly findings?: number
}

/** The shapes of the summary's options. */
const OPTIONS = {
  lang: oneOf(LANGS),
  width: optional(whole),
  title: optional(text),
  alsoOnBases: optional(list(text)),
  findings: optional(whole),
}

/** The width a summary fits unless told otherwise. @internal */
export const SUMMARY_WIDTH = 100

const INDENT = '    '
const GAP = '  '

const pad = (text: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return right ? fill + text : text + fill
}

/** The headline rows: the numbers on one line, then how each is made, indented and wrapped. */
function headlineLines(ev: Evaluation, opts: SummaryOptions, width: number): string[] {
  const g = summaryGrid(ev, opts.lang, opts.alsoOnBases)
  const shown = g.columns.slice(0, -1)
  const head = shown.map((c) => (opts.lang === 'zh' ? c.zh : c.en))
  const cells = g.rows.map((r) => shown.map((c, i) => shownCell(r[i] ?? '-', c)))
  const widths = head.map((h, i) =>
    Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  )
  const others = widths.slice(1).reduce((a, b) => a + b + GAP.length, 0)
  widths[0] = Math.max(8, Math.min(widths[0] ?? 0, width - others - GAP.length))
  const line = (row: readonly string[]): string[] => {
    const first = wrapText(row[0] ?? '', widths[0] ?? 0)
    return first.map((q, k) =>
      [q, ...row.slice(1).map((c) => (k === 0 ? c : ''))]
        .map((c, i) => pad(c, widths[i] ?? 0, shown[i]?.align === 'right'))
        .join(GAP)
        .trimEnd(),
    )
  }
  return [
    ...line(head),
    widths.map((w) => '-'.repeat(w)).join(GAP),
    ...g.rows.flatMap((r, k) => [
      ...line(cells[k] ?? []),
      ...wrapText(r[r.length - 1] ?? '', width - INDENT.length).map((l) => INDENT + l),
    ]),
  ]
}

/** The audit's counts and its first findings (errors first, then by document line). */
function auditLines(audit: Audit, opts: SummaryOptions, width: number): string[] {
  const zh = opts.lang === 'zh'
  const c = audit.counts
  const shown = audit.findings.slice(0, opts.findings ?? 3)
  const head = zh
    ? `审核：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项${shown.length > 0 ? `；前 ${shown.length} 项：` : '。'}`
    : `Audit: ${countOf(c.error, 'error')}, ${countOf(c.warning, 'warning')}, ${countOf(c.info, 'note')}${shown.length > 0 ? `; the first ${shown.length}:` : '.'}`
  return [
    head,
    ...shown.flatMap((f) => {
      const where = f.line === null ? '' : zh ? `第${f.line}行` : `line ${f.line}`
      const message = zh ? f.messageZh : f.message
      return [
        `  ${[severityWord(f.severity, opts.lang), where, f.code].filter((x) => x !== '').join('  ')}`,
        ...wrapText(message, width - INDENT.length).map((l) => INDENT + l),
      ]
    }),
  ]
}

/**
 * The summary of an evaluation (and of its audit, if given) as text: one headline rule per
 * quantity with its requirement, stock, gap, limit and document line, then how it is made
 * (value, label, base or amount, nature); then the audit's counts and first findings, and
 * where the full tables are. Every line fits `width`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { auditPlan } from 'bedstaff/audit'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { summaryText } from 'bedstaff/report'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const text = summaryText(evaluatePlan(plan), auditPlan(plan), { lang: 'en' })
 * text.split('\n')[3]?.replace(/ +/g, ' ') // => "beds 9,160 beds 6,855 (2020) short 2,305 = level 143"
 * text.split('\n').every((l) => l.length <= 100) // => true
 * ```
 */
export function summaryText(ev: Evaluation, audit: Audit | null, opts: SummaryOptions): string {
  checked(ev, EVALUATION, ['evaluation'])
  if (audit !== null) checked(audit, AUDIT, ['audit'])
  renderOptions(opts, Object.keys(OPTIONS))
  record(OPTIONS)(opts, ['options'])
  const width = opts.width ?? SUMMARY_WIDTH
  const zh = opts.lang === 'zh'
  const title = zh
    ? `${opts.title ?? ev.plan}：${ev.year}年配置要求`
    : `${opts.title ?? ev.plan}: what ${ev.year} requires`
  const shown = summaryGrid(ev, opts.lang, opts.alsoOnBases).rows.length
  const more = zh
    ? `另有 ${ev.rules.length - shown} 条规则、${ev.levels.length} 项陈述性指标：见 --table rules、--table levels 或 --all。`
    : `${ev.rules.length - shown} more rules and ${ev.levels.length} stated levels: --table rules, --table levels, or --all.`
  return [
    ...wrapText(title, width),
    ...headlineLines(ev, opts, width),
    ...wrapText(more, width),
    ...(audit === null ? [] : ['', ...auditLines(audit, opts, width)]),
  ].join('\n')
}
