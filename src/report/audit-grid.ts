/**
 * The findings of an audit as a grid, one row per finding.
 */
import type { Audit } from '../audit/audit.js'
import type { Finding } from '../audit/finding.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { word } from './words.js'

const FINDING_COLUMNS = [
  column('severity', 'severity', '级别'),
  column('code', 'code', '代码'),
  column('line', 'line', '行', { align: 'right' }),
  column('message', 'message', '说明'),
  column('stated', 'stated', '规划值', { align: 'right' }),
  column('recomputed', 'recomputed', '重算值', { align: 'right' }),
  column('interval_lo', 'interval lo', '区间下限', { use: 'csv' }),
  column('interval_hi', 'interval hi', '区间上限', { use: 'csv' }),
  column('residual', 'residual', '差值', { align: 'right' }),
  column('explanation', 'explanation', '可能原因'),
  column('figure', 'figure', '数据编号', { use: 'csv' }),
  column('subjects', 'subjects', '涉及', { use: 'csv' }),
  column('also_found_by', 'also found by', '其他检查', { use: 'csv' }),
  column('documents', 'documents', '文件', { use: 'csv' }),
  column('lines', 'lines', '各行', { use: 'csv' }),
]

function findingRow(f: Finding, lang: Lang): (string | null)[] {
  const documents = [...new Set(f.sources.map((s) => s.document))]
  const lines = f.sources.flatMap((s) => (s.line === undefined ? [] : [String(s.line)]))
  return [
    word(f.severity, lang),
    f.code,
    f.line > 0 ? String(f.line) : null,
    lang === 'zh' ? f.messageZh : f.message,
    f.numbers.stated,
    f.numbers.recomputed,
    f.numbers.interval?.lo ?? null,
    f.numbers.interval?.hi ?? null,
    f.numbers.residual,
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
 * import { auditPlan, findingsGrid } from 'bedstaff'
 *
 * const audit = auditPlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const g = findingsGrid(audit, 'zh')
 * g.columns.slice(0, 4).map((c) => c.zh) // => ["级别", "代码", "行", "说明"]
 * g.rows.length === audit.findings.length // => true
 * g.rows[0]?.[3] === audit.findings[0]?.messageZh // => true
 * ```
 */
export function findingsGrid(audit: Audit, lang: Lang): Grid {
  const c = audit.counts
  const plan = audit.plan ?? '?'
  return grid(
    {
      en: `Audit of ${plan}: ${c.error} errors, ${c.warning} warnings, ${c.info} notes`,
      zh: `${plan} 审核：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项`,
    },
    FINDING_COLUMNS,
    audit.findings.map((f) => findingRow(f, lang)),
  )
}
