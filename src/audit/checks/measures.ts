/**
 * Relations that state a measure of other figures: a share or a growth in percent, an average,
 * and a per-unit figure that must hold its parts (1.60 staff per bed × beds ≥ physicians +
 * nurses), each compared through the bounds of the printed values.
 */
import { Dec, decimalString } from '../../decimal.js'
import { percentOfFraction, ratioValue, sumOf, throughExact } from '../../kernel/arithmetic.js'
import {
  addBounds,
  type Bounds,
  closure,
  divBounds,
  pointBounds,
  scaleBounds,
  subBounds,
} from '../../kernel/bounds.js'
import type { Figure, Relation } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { labelPair, printedListPair, printedPair } from '../wording.js'

/** A figure as printed, in each language. */
const pr = (f: { readonly printed: string }) => printedPair(f.printed)

import { misfit } from './misfit.js'

const HUNDRED = new Dec(100)

/**
 * A stated percentage against the one its figures give: a share (part / total) or a growth
 * ((to − from) / from), both through the intervals of the printed values. A growth's bounds are
 * those of to / from less 1 (100 as percents): written (to − from) / from, the two terms of its
 * numerator would vary apart as if independent of the divisor.
 * The exact percentage is part / total as a percent. @internal
 */
export function percentCheck(
  ctx: AuditContext,
  rel: Extract<Relation, { type: 'share-of' | 'growth' }>,
): Finding[] {
  const pct = ctx.figure(rel.type === 'share-of' ? rel.share : rel.growth)
  const [a, b] =
    rel.type === 'share-of'
      ? [ctx.figure(rel.part), ctx.figure(rel.total)]
      : [ctx.figure(rel.to), ctx.figure(rel.from)]
  if (!pct || !a || !b) return []
  const q = divBounds(figureBounds(a), figureBounds(b))
  if (!q) return []
  const share = scaleBounds(q, HUNDRED)
  const implied = rel.type === 'share-of' ? share : subBounds(share, pointBounds(HUNDRED))
  const stated = figureBounds(pct)
  if (canAgree(implied, stated)) return []
  const part = rel.type === 'share-of' ? new Dec(a.value) : new Dec(a.value).minus(new Dec(b.value))
  const exact = percentOfFraction(ratioValue(new Dec(b.value), part))
  const shown = exact.toDecimalPlaces(4).toString()
  const label = labelPair(pct)
  const params =
    rel.type === 'share-of'
      ? { label, part: pr(a), total: pr(b), expected: shown, share: pr(pct) }
      : { label, from: pr(b), to: pr(a), expected: shown, growth: pr(pct) }
  return [
    finding(rel.type === 'share-of' ? 'share-mismatch' : 'growth-mismatch', params, {
      subjects: [rel.id, pct.id, a.id, b.id],
      figure: pct.id,
      ...misfit(pct, exact, stated),
      sources: sourcesOf([rel, pct, a, b]),
    }),
  ]
}

/** An average must lie between the smallest and the largest of its parts. @internal */
export function averageCheck(
  ctx: AuditContext,
  rel: Extract<Relation, { type: 'average-of' }>,
): Finding[] {
  const avg = ctx.figure(rel.average)
  const parts = rel.parts.map(ctx.figure)
  if (!avg || !parts.every((p): p is Figure => p !== undefined)) return []
  const ranges = parts.map(figureBounds)
  const lo = ranges.reduce((m, r) => (r.lo.lt(m) ? r.lo : m), ranges[0]?.lo ?? new Dec(0))
  const hi = ranges.reduce((m, r) => (r.hi.gt(m) ? r.hi : m), ranges[0]?.hi ?? new Dec(0))
  const a = figureBounds(avg)
  if (canAgree(a, { lo, hi, loClosed: true, hiClosed: true })) return []
  const nearest = a.hi.lt(lo) ? lo : hi
  return [
    finding(
      'average-out-of-range',
      {
        label: labelPair(avg),
        average: pr(avg),
        lo: decimalString(
          parts.reduce((m, p) => Dec.min(m, new Dec(p.value)), new Dec(parts[0]?.value ?? '0')),
        ),
        hi: decimalString(
          parts.reduce((m, p) => Dec.max(m, new Dec(p.value)), new Dec(parts[0]?.value ?? '0')),
        ),
      },
      {
        subjects: [rel.id, avg.id, ...parts.map((p) => p.id)],
        figure: avg.id,
        numbers: {
          stated: avg.value,
          recomputed: decimalString(nearest),
          interval: intervalJson(a),
          residual: decimalString(new Dec(avg.value).minus(nearest)),
        },
        explanation: 'unknown',
        sources: sourcesOf([rel, avg, ...parts]),
      },
    ),
  ]
}

/**
 * The bounds of an amount through a per-unit figure: `amount × value` over both bounds, for
 * non-negative amounts and values. TODO(kernel): the kernels have no product of two bounds.
 */
function throughBounds(amount: Bounds, value: Bounds): Bounds {
  return {
    lo: throughExact(amount.lo, value.lo),
    hi: throughExact(amount.hi, value.hi),
    loClosed: amount.loClosed && value.loClosed,
    hiClosed: amount.hiClosed && value.hiClosed,
  }
}

/** ratio × times must cover the parts: 1.60 staff per bed × 9160 beds ≥ 7300 + 8400. @internal */
export function includesCheck(
  ctx: AuditContext,
  rel: Extract<Relation, { type: 'includes' }>,
): Finding[] {
  const r = ctx.figure(rel.ratio)
  const t = ctx.figure(rel.times)
  const parts = rel.parts.map(ctx.figure)
  if (!r || !t || !parts.every((p): p is Figure => p !== undefined)) return []
  const product = throughBounds(figureBounds(t), figureBounds(r))
  const sumR = addBounds(parts.map(figureBounds))
  // the largest product the printed values allow must reach the smallest sum
  if (closure(product).hi.gte(closure(sumR).lo)) return []
  const productExact = throughExact(new Dec(t.value), new Dec(r.value))
  const sum = sumOf(parts.map((p) => new Dec(p.value)))
  return [
    finding(
      'includes-shortfall',
      {
        label: labelPair(r),
        ratio: pr(r),
        times: pr(t),
        product: decimalString(productExact),
        parts: printedListPair(
          parts.map((p) => p.printed),
          ' + ',
        ),
        sum: decimalString(sum),
      },
      {
        subjects: [rel.id, r.id, t.id, ...parts.map((p) => p.id)],
        figure: r.id,
        numbers: {
          stated: decimalString(productExact),
          recomputed: decimalString(sum),
          interval: intervalJson(product),
          residual: decimalString(productExact.minus(sum)),
        },
        explanation: 'unknown',
        sources: sourcesOf([rel, r, t, ...parts]),
      },
    ),
  ]
}
