/**
 * The findings of an audit as a grid, one row per finding.
 */
import type { Audit } from '../audit/audit.js'
import type { Finding } from '../audit/finding.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { AUDIT } from './input-shapes.js'
import { checked, checkLang } from './inputs.js'
import { shownNumber } from './numbers.js'
import { explanationWord, severityWord, word } from './words.js'

const csv = { use: 'csv' } as const
const shown = { use: 'table', align: 'right' } as const

/** Decimals an audit table shows of a recomputed value or residual (JSON and CSV keep all). */
const AUDIT_PLACES = 4

const FINDING_COLUMNS = [
  column('severity_shown', 'severity', '级别', { use: 'table', fit: 'keep' }),
  column('severity', 'severity', '级别', csv),
  column('code', 'code', '代码'),
  column('line', 'line', '行', { align: 'right' }),
  column('message', 'message', '说明'),
  column('stated_shown', 'stated', '规划值', shown),
  column('stated', 'stated', '规划值', csv),
  column('recomputed_shown', 'recomputed', '重算值', shown),
  column('recomputed', 'recomputed', '重算值', csv),
  column('interval_lo', 'interval lo', '区间下限', csv),
  column('interval_hi', 'interval hi', '区间上限', csv),
  column('residual_shown', 'residual', '差值', shown),
  column('residual', 'residual', '差值', csv),
  column('explanation_shown', 'explanation', '可能原因', { use: 'table' }),
  column('explanation', 'explanation', '可能原因', csv),
  column('figure', 'figure', '数据编号', { use: 'csv' }),
  column('subjects', 'subjects', '涉及', { use: 'csv' }),
  column('also_found_by', 'also found by', '其他检查', { use: 'csv' }),
  column('documents', 'documents', '文件', { use: 'csv' }),
  column('lines', 'lines', '各行', { use: 'csv' }),
]

/** `1 error`, `6 errors`. @internal */
export const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

function findingRow(f: Finding, lang: Lang): (string | null)[] {
  const documents = [...new Set(f.sources.map((s) => s.document))]
  const lines = f.sources.flatMap((s) => (s.line === undefined ? [] : [String(s.line)]))
  const cut = (x: string | null) => (x === null ? null : shownNumber(x, AUDIT_PLACES))
  return [
    severityWord(f.severity, lang),
    word(f.severity, lang),
    f.code,
    f.line === null ? null : String(f.line),
    lang === 'zh' ? f.messageZh : f.message,
    cut(f.numbers.stated),
    f.numbers.stated,
    cut(f.numbers.recomputed),
    f.numbers.recomputed,
    f.numbers.interval?.lo ?? null,
    f.numbers.interval?.hi ?? null,
    cut(f.numbers.residual),
    f.numbers.residual,
    f.explanation === null ? null : explanationWord(f.explanation, lang),
    f.explanation === null ? null : word(f.explanation, lang),
    f.figure,
    f.subjects.join(' ') || null,
    f.alsoFoundBy.map((a) => a.code).join(' ') || null,
    documents.join(' ') || null,
    lines.join(' ') || null,
  ]
}

/**
 * The findings of an audit, one row per finding: severity, code, document line, message in
 * the chosen language, stated and recomputed numbers, residual, likely explanation.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { auditPlan } from 'bedstaff/audit'
 * import { findingsGrid } from 'bedstaff/report'
 *
 * const audit = auditPlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const g = findingsGrid(audit, 'zh')
 * g.columns.slice(1, 5).map((c) => c.zh) // => ["级别", "代码", "行", "说明"]
 * g.rows.length === audit.findings.length // => true
 * g.rows[0]?.[4] === audit.findings[0]?.messageZh // => true
 * g.title.en.startsWith(findingsGrid(audit, 'en').title.en) // => true
 * ```
 */
export function findingsGrid(audit: Audit, lang: Lang): Grid {
  checked(audit, AUDIT, ['audit'])
  checkLang(lang)
  const c = audit.counts
  const plan = audit.plan ?? '?'
  return grid(
    {
      en: `Audit of ${plan}: ${countOf(c.error, 'error')}, ${countOf(c.warning, 'warning')}, ${countOf(c.info, 'note')}`,
      zh: `${plan} 审核：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项`,
    },
    FINDING_COLUMNS,
    audit.findings.map((f) => findingRow(f, lang)),
  )
}
