/**
 * What every check reads: the plan, its figures by id and by indicator, and its bases given
 * directly (not made from another) by kind and year. Built once per audit.
 */
import { type NamedBase, resolveBases } from '../plan/bases.js'
import type { Figure, Plan } from '../plan/schema.js'
import type { Source } from '../provenance.js'

/** A plan with indexes, built once per audit. @internal */
export interface AuditContext {
  readonly plan: Plan
  readonly figure: (id: string) => Figure | undefined
  /** The figures of one indicator, in plan order. */
  readonly byIndicator: (indicator: string) => readonly Figure[]
  /** The plan's bases given directly, not made from another. */
  readonly direct: readonly NamedBase[]
}

/** @internal */
export function auditContext(plan: Plan): AuditContext {
  const byId = new Map(plan.figures.map((f) => [f.id, f]))
  const byIndicator = new Map<string, Figure[]>()
  for (const f of plan.figures) {
    const list = byIndicator.get(f.indicator)
    if (list) list.push(f)
    else byIndicator.set(f.indicator, [f])
  }
  let bases: ReturnType<typeof resolveBases>
  try {
    bases = resolveBases(plan)
  } catch {
    bases = new Map()
  }
  return {
    plan,
    figure: (id) => byId.get(id),
    byIndicator: (indicator) => byIndicator.get(indicator) ?? [],
    direct: [...bases.values()].filter((b) => b.derivedFrom === null),
  }
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
