/**
 * Base and vintage: rates of one indicator stated on different population bases (per registered
 * against per resident), and figures resting on different census vintages (6th against 7th)
 * set side by side as if alike.
 */
import { appendTo } from '../../collections.js'
import type { Figure } from '../../plan/schema.js'
import { BASE_KIND_ZH, type BaseKind } from '../../population/base.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { type Finding, finding } from '../finding.js'
import { labelPair, type Param, printedPair, vintagePair } from '../wording.js'

/** A figure with its year, unless the label already says it: `5.54 (2020)`, 5.54（2020年）. */
function statedIn(f: Figure, label: Param): Param {
  const { en, zh } = printedPair(f.printed) as { en: string; zh: string }
  const y = f.year === null ? '' : String(f.year)
  const said = typeof label === 'string' ? label.includes(y) : label.en.includes(y)
  return said || y === '' ? { en, zh } : { en: `${en} (${y})`, zh: `${zh}（${y}年）` }
}

/**
 * Mixed bases and mixed vintages within one indicator. In Fenghua 2021–2025 it finds the 2020
 * targets given on the 6th census beside the same indicators on the 7th (beds per 1,000: 5.54
 * against 4.98).
 * @internal
 */
export function checkBaseAndVintage(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const byIndicator = new Map<string, Figure[]>()
  for (const f of ctx.plan.figures) appendTo(byIndicator, f.indicator, f)
  for (const figs of byIndicator.values()) {
    const rates = figs.filter(
      (f): f is Figure & { base: BaseKind } =>
        f.form === 'rate' && f.base !== undefined && f.base !== 'unknown',
    )
    const seenKinds = new Set<string>()
    for (const a of rates) {
      for (const b of rates) {
        if (!a.base || !b.base || a.base >= b.base) continue
        const k = `${a.base}|${b.base}`
        if (seenKinds.has(k)) continue
        seenKinds.add(k)
        out.push(
          finding(
            'mixed-base',
            {
              label: labelPair(a),
              a: a.base,
              b: b.base,
              aZh: BASE_KIND_ZH[a.base],
              bZh: BASE_KIND_ZH[b.base],
            },
            { subjects: [a.id, b.id], explanation: 'different-base', sources: sourcesOf([a, b]) },
          ),
        )
      }
    }
    // A figure that states a rule on another base than the rule's own.
    for (const f of figs) {
      const rule =
        f.rule === undefined
          ? undefined
          : [...ctx.plan.rules, ...ctx.plan.levels].find((r) => r.id === f.rule)
      if (rule?.type !== 'per-capita' || !f.base || f.base === 'unknown' || f.base === rule.base)
        continue
      out.push(
        finding(
          'mixed-base',
          {
            label: labelPair(rule),
            a: rule.base,
            b: f.base,
            aZh: BASE_KIND_ZH[rule.base],
            bZh: BASE_KIND_ZH[f.base],
          },
          {
            subjects: [rule.id, f.id],
            explanation: 'different-base',
            sources: sourcesOf([rule, f]),
          },
        ),
      )
    }
    // One finding per pair of vintages in an indicator: the most serious pair of figures.
    const best = new Map<string, [Figure, Figure, boolean]>()
    for (const a of figs) {
      for (const b of figs) {
        if (!a.vintage || !b.vintage || a.vintage >= b.vintage || a.form !== b.form) continue
        // the same value stated on two censuses (7.65(7.28)) is information; a target on one
        // census judged against an actual on another, or across years, is a warning
        const serious = a.year !== b.year || a.role !== b.role
        const k = `${a.vintage}|${b.vintage}`
        const prev = best.get(k)
        if (!prev || (serious && !prev[2])) best.set(k, [a, b, serious])
      }
    }
    for (const [a, b, serious] of best.values()) {
      out.push(
        finding(
          'mixed-vintage',
          {
            label: labelPair(a),
            a: statedIn(a, labelPair(a)),
            va: vintagePair(a.vintage ?? ''),
            b: statedIn(b, labelPair(a)),
            vb: vintagePair(b.vintage ?? ''),
          },
          {
            subjects: [a.id, b.id],
            explanation: 'different-vintage',
            severity: serious ? 'warning' : 'info',
            sources: sourcesOf([a, b]),
          },
        ),
      )
    }
  }
  return out
}
