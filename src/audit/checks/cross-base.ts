/**
 * One stock through two bases: a table that prints beds per 1,000 registered and per 1,000
 * resident for one bed stock, with both populations in the plan, must describe one count: the
 * counts each rate asks of its own population must overlap.
 */
import { printedEn } from '../../bilingual.js'
import { appendTo } from '../../collections.js'
import { Dec, decimalString } from '../../decimal.js'
import { type Bounds, closure, intersectBounds } from '../../kernel/bounds.js'
import type { Figure } from '../../plan/schema.js'
import { BASE_KIND_ZH, type BaseKind } from '../../population/base.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { baseFor, requiredCountOf } from '../implied.js'
import { labelPair } from '../wording.js'

interface OnBase {
  readonly rate: Figure & { per: string }
  readonly stock: Bounds
}

/** A rate with its base: `7.65 per resident`, 7.65（按常住人口）. */
function onBase(rate: { readonly printed: string; readonly base?: string | undefined }) {
  const base = rate.base ?? 'unknown'
  const zh = BASE_KIND_ZH[base as BaseKind] ?? '未注明'
  return { en: `${printedEn(rate.printed)} (${base})`, zh: `${rate.printed}（按${zh}人口）` }
}

const range = (b: Bounds) =>
  `${b.lo.toDecimalPlaces(0, Dec.ROUND_CEIL).toString()}–${b.hi.toDecimalPlaces(0, Dec.ROUND_FLOOR).toString()}`

/** Rates of one indicator and year on different plan bases, against each other. @internal */
export function checkCrossBase(ctx: AuditContext): Finding[] {
  const groups = new Map<string, OnBase[]>()
  for (const f of ctx.plan.figures) {
    if (f.form !== 'rate' || f.per === undefined) continue
    const b = baseFor(ctx, f)
    if (!b) continue
    const key = `${f.indicator}|${f.year}|${f.role ?? ''}`
    const rate = { ...f, per: f.per }
    appendTo(groups, key, { rate, stock: closure(requiredCountOf(rate, new Dec(b.value))) })
  }
  const out: Finding[] = []
  for (const items of groups.values()) {
    const kinds = new Set(items.map((i) => i.rate.base))
    if (kinds.size < 2 || intersectBounds(items.map((i) => i.stock)) !== null) continue
    // the pair that lies furthest apart: the highest low end against the lowest high end
    const a = items.reduce((x, y) => (y.stock.lo.gt(x.stock.lo) ? y : x))
    const b = items.reduce((x, y) => (y.stock.hi.lt(x.stock.hi) ? y : x))
    out.push(
      finding(
        'cross-base-conflict',
        {
          label: labelPair(a.rate),
          labelZh: a.rate.label.zh,
          a: onBase(a.rate),
          b: onBase(b.rate),
          aStock: range(a.stock),
          bStock: range(b.stock),
        },
        {
          subjects: [a.rate.id, b.rate.id],
          numbers: {
            stated: null,
            recomputed: null,
            interval: intervalJson({ ...a.stock, hi: b.stock.hi }),
            residual: decimalString(a.stock.lo.minus(b.stock.hi)),
          },
          explanation: 'different-base',
          sources: sourcesOf([a.rate, b.rate]),
        },
      ),
    )
  }
  return out
}
