/**
 * What every check reads: the plan and quick look-ups into it.
 */
import type { Figure, Plan } from '../plan/schema.js'
import type { Source } from '../provenance.js'

/** A plan with indexes, built once per audit. @internal */
export interface AuditContext {
  readonly plan: Plan
  readonly figure: (id: string) => Figure | undefined
}

/** @internal */
export function auditContext(plan: Plan): AuditContext {
  const byId = new Map(plan.figures.map((f) => [f.id, f]))
  return { plan, figure: (id) => byId.get(id) }
}

/** The label of a figure in one language, for messages. @internal */
export const labelOf = (
  x: { label: { zh: string; en?: string | undefined } },
  lang: 'en' | 'zh' = 'en',
) => (lang === 'zh' ? x.label.zh : (x.label.en ?? x.label.zh))

/** Sources of figures, deduplicated. @internal */
export const sourcesOf = (items: readonly { source: Source }[]): Source[] => {
  const seen = new Set<string>()
  const out: Source[] = []
  for (const i of items) {
    const key = `${i.source.document}:${i.source.line ?? ''}:${i.source.quote ?? ''}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(i.source)
    }
  }
  return out
}
