/**
 * 1:x ratios of stated figures (医护比 = nurses / physicians), where either side may be several
 * figures printed apart and summed (physicians + assistant physicians), or a share of a figure
 * ("按85%在岗计算"), each compared through the intervals of printed values.
 */
import { Dec, decimalString } from '../../decimal.js'
import { ratioValue, sumOf, throughExact } from '../../kernel/arithmetic.js'
import { addBounds, type Bounds, divBounds, scaleBounds } from '../../kernel/bounds.js'
import { idsOf } from '../../plan/schema/relation.js'
import type { Figure, Relation } from '../../plan/schema.js'
import { shareFraction } from '../../quantity/share.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { labelPair, printedPair } from '../wording.js'

type RatioOf = Extract<Relation, { type: 'ratio-of' }>

/** One side of a ratio: the figures, their summed bounds and exact sum, times its share. */
function side(ctx: AuditContext, ids: string | readonly string[], share: string | undefined) {
  const figures = idsOf(ids).map((id) => ctx.figure(id))
  if (figures.some((f) => f === undefined)) return null
  const list = figures as Figure[]
  const fraction = share === undefined ? null : shareFraction(share)
  const bounds: Bounds = addBounds(list.map(figureBounds))
  const exact = sumOf(list.map((f) => new Dec(f.value)))
  return {
    figures: list,
    bounds: fraction === null ? bounds : scaleBounds(bounds, fraction),
    exact: fraction === null ? exact : throughExact(exact, fraction),
    printed: `${list.map((f) => f.printed).join(' + ')}${share === undefined ? '' : ` × ${share}`}`,
  }
}

/** The 1:x ratio a relation states against numerator / denominator. @internal */
export function ratioOfCheck(ctx: AuditContext, rel: RatioOf): Finding[] {
  const r = ctx.figure(rel.ratio)
  const n = side(ctx, rel.numerator, rel.numeratorShare)
  const d = side(ctx, rel.denominator, rel.denominatorShare)
  if (!r || !n || !d) return []
  const q = divBounds(n.bounds, d.bounds)
  const rR = figureBounds(r)
  if (!q || d.exact.isZero() || canAgree(q, rR)) return []
  const exact = ratioValue(d.exact, n.exact)
  const involved = [r, ...n.figures, ...d.figures]
  return [
    finding(
      'ratio-mismatch',
      {
        label: labelPair(r),
        numerator: printedPair(n.printed),
        denominator: printedPair(d.printed),
        expected: exact.toDecimalPlaces(4).toString(),
        ratio: r.value,
      },
      {
        subjects: [rel.id, ...involved.map((f) => f.id)],
        figure: r.id,
        numbers: {
          stated: r.value,
          recomputed: decimalString(exact),
          interval: intervalJson(rR),
          residual: decimalString(new Dec(r.value).minus(exact)),
        },
        explanation: 'unknown',
        sources: sourcesOf([rel, ...involved]),
      },
    ),
  ]
}
