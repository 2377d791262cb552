/**
 * The same indicator stated twice (a table against its text, or two tables) with values whose
 * printed intervals do not overlap, or with contradicting comparators (不低于 against 左右).
 */
import { Dec, decimalString } from '../../decimal.js'
import type { Figure } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { type Finding, finding } from '../finding.js'
import { figureRange, overlaps, rangeJson } from '../range.js'

const key = (f: Figure) =>
  [f.indicator, f.year, f.form, f.per ?? '', f.base ?? '', f.vintage ?? ''].join('|')

/**
 * Pairs of figures of one indicator, year, form, scale, base and vintage that disagree.
 *
 * @example
 * ```ts
 * checkStatedTwice(auditContext(plan)) // 医护比 1:1.16 in 附表1 vs 1:1.15 in the text
 * ```
 */
export function checkStatedTwice(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const groups = new Map<string, Figure[]>()
  for (const f of ctx.plan.figures) groups.set(key(f), [...(groups.get(key(f)) ?? []), f])
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Figure
        const b = group[j] as Figure
        const ra = figureRange(a)
        const rb = figureRange(b)
        const params = {
          label: a.label.en ?? a.label.zh,
          year: String(a.year),
          a: a.printed,
          b: b.printed,
        }
        const detail = {
          subjects: [a.id, b.id],
          sources: sourcesOf([a, b]),
        }
        if (!overlaps(ra, rb)) {
          out.push(
            finding('stated-twice', params, {
              ...detail,
              numbers: {
                stated: a.value,
                recomputed: b.value,
                interval: rangeJson(ra),
                residual: decimalString(new Dec(a.value).minus(new Dec(b.value))),
              },
              explanation: 'typo',
            }),
          )
        } else if (a.comparator && b.comparator && a.comparator !== b.comparator) {
          out.push(
            finding('stated-twice', params, {
              ...detail,
              severity: 'warning',
              explanation: 'unknown',
            }),
          )
        }
      }
    }
  }
  return out
}
