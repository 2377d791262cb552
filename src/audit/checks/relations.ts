/**
 * Relations between stated figures: sums (合计 complete, 其中 partial), differences (新增) and
 * 1:x ratios of two figures (医护比), each compared through the intervals of printed values.
 */
import { Dec, decimalString } from '../../decimal.js'
import type { Figure, Relation } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { type Explanation, type Finding, finding } from '../finding.js'
import {
  addRanges,
  divRanges,
  figureRange,
  overlaps,
  type Range,
  rangeJson,
  subRanges,
} from '../range.js'

/** The numbers of a stated figure its own figures contradict, and whether a typo explains it. */
function misfit(stated: Figure, recomputed: Dec, interval: Range) {
  const residual = new Dec(stated.value).minus(recomputed)
  return {
    numbers: {
      stated: stated.value,
      recomputed: decimalString(recomputed),
      interval: rangeJson(interval),
      residual: decimalString(residual),
    },
    explanation: typoLike(residual) ? ('typo' as const) : ('unknown' as const),
  }
}

/** A residual with one non-zero digit (50, 0.01, 700) hints at a single mistyped digit. */
function typoLike(residual: Dec): boolean {
  const digits = decimalString(residual.abs())
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '')
  return digits.length === 1
}

function sumCheck(
  rel: Extract<Relation, { type: 'sum' }>,
  total: Figure,
  parts: Figure[],
): Finding[] {
  const sumR = addRanges(parts.map(figureRange))
  const totR = figureRange(total)
  const sum = parts.reduce((a, p) => a.plus(new Dec(p.value)), new Dec(0))
  const residual = new Dec(total.value).minus(sum)
  const label = total.label.en ?? total.label.zh
  const numbers = {
    stated: total.value,
    recomputed: decimalString(sum),
    interval: rangeJson(totR),
    residual: decimalString(residual),
  }
  const params = { label, sum: decimalString(sum), total: total.printed }
  const subjects = [rel.id, total.id, ...parts.map((p) => p.id)]
  const sources = sourcesOf([rel, total, ...parts])
  if (rel.complete && !overlaps(sumR, totR)) {
    const explanation: Explanation = typoLike(residual)
      ? 'typo'
      : residual.gt(0)
        ? 'partial-breakdown'
        : 'unknown'
    return [
      finding('sum-mismatch', params, {
        subjects,
        figure: total.id,
        numbers,
        explanation,
        sources,
      }),
    ]
  }
  if (!rel.complete && sumR.lo.gt(totR.hi)) {
    return [
      finding('partial-exceeds-total', params, {
        subjects,
        numbers,
        explanation: 'unknown',
        sources,
      }),
    ]
  }
  return []
}

const HUNDRED = new Dec(100)

/**
 * A stated percentage against the one its figures give: a share (part / total) or a growth
 * ((to − from) / from), both through the intervals of the printed values.
 */
function percentCheck(
  ctx: AuditContext,
  rel: Extract<Relation, { type: 'share-of' | 'growth' }>,
): Finding[] {
  const pct = ctx.figure(rel.type === 'share-of' ? rel.share : rel.growth)
  const [a, b] =
    rel.type === 'share-of'
      ? [ctx.figure(rel.part), ctx.figure(rel.total)]
      : [ctx.figure(rel.to), ctx.figure(rel.from)]
  if (!pct || !a || !b) return []
  const num = rel.type === 'share-of' ? figureRange(a) : subRanges(figureRange(a), figureRange(b))
  const q = divRanges(num, figureRange(b))
  if (!q) return []
  const implied = { lo: q.lo.times(HUNDRED), hi: q.hi.times(HUNDRED) }
  const stated = figureRange(pct)
  if (overlaps(implied, stated)) return []
  const exact = (
    rel.type === 'share-of' ? new Dec(a.value) : new Dec(a.value).minus(new Dec(b.value))
  )
    .div(new Dec(b.value))
    .times(HUNDRED)
  const shown = exact.toDecimalPlaces(4).toString()
  const label = pct.label.en ?? pct.label.zh
  const params =
    rel.type === 'share-of'
      ? { label, part: a.printed, total: b.printed, expected: shown, share: pct.printed }
      : { label, from: b.printed, to: a.printed, expected: shown, growth: pct.printed }
  return [
    finding(rel.type === 'share-of' ? 'share-mismatch' : 'growth-mismatch', params, {
      subjects: [rel.id, pct.id, a.id, b.id],
      figure: pct.id,
      ...misfit(pct, exact, stated),
      sources: sourcesOf([rel, pct, a, b]),
    }),
  ]
}

/** An average must lie between the smallest and the largest of its parts. */
function averageCheck(
  ctx: AuditContext,
  rel: Extract<Relation, { type: 'average-of' }>,
): Finding[] {
  const avg = ctx.figure(rel.average)
  const parts = rel.parts.map(ctx.figure)
  if (!avg || !parts.every((p): p is Figure => p !== undefined)) return []
  const ranges = parts.map(figureRange)
  const lo = ranges.reduce((m, r) => (r.lo.lt(m) ? r.lo : m), ranges[0]?.lo ?? new Dec(0))
  const hi = ranges.reduce((m, r) => (r.hi.gt(m) ? r.hi : m), ranges[0]?.hi ?? new Dec(0))
  const a = figureRange(avg)
  if (overlaps(a, { lo, hi })) return []
  const nearest = a.hi.lt(lo) ? lo : hi
  return [
    finding(
      'average-out-of-range',
      {
        label: avg.label.en ?? avg.label.zh,
        average: avg.printed,
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
          interval: rangeJson(a),
          residual: decimalString(new Dec(avg.value).minus(nearest)),
        },
        explanation: 'unknown',
        sources: sourcesOf([rel, avg, ...parts]),
      },
    ),
  ]
}

/** ratio × times must cover the parts: 1.60 staff per bed × 9160 beds ≥ 7300 + 8400. */
function includesCheck(ctx: AuditContext, rel: Extract<Relation, { type: 'includes' }>): Finding[] {
  const r = ctx.figure(rel.ratio)
  const t = ctx.figure(rel.times)
  const parts = rel.parts.map(ctx.figure)
  if (!r || !t || !parts.every((p): p is Figure => p !== undefined)) return []
  const rr = figureRange(r)
  const tr = figureRange(t)
  const productHi = rr.hi.times(tr.hi)
  const sumR = addRanges(parts.map(figureRange))
  if (productHi.gte(sumR.lo)) return []
  const product = new Dec(r.value).times(new Dec(t.value))
  const sum = parts.reduce((a, p) => a.plus(new Dec(p.value)), new Dec(0))
  return [
    finding(
      'includes-shortfall',
      {
        label: r.label.en ?? r.label.zh,
        ratio: r.printed,
        times: t.printed,
        product: decimalString(product),
        parts: parts.map((p) => p.printed).join(' + '),
        sum: decimalString(sum),
      },
      {
        subjects: [rel.id, r.id, t.id, ...parts.map((p) => p.id)],
        figure: r.id,
        numbers: {
          stated: decimalString(product),
          recomputed: decimalString(sum),
          interval: { lo: decimalString(rr.lo.times(tr.lo)), hi: decimalString(productHi) },
          residual: decimalString(product.minus(sum)),
        },
        explanation: 'unknown',
        sources: sourcesOf([rel, r, t, ...parts]),
      },
    ),
  ]
}

/**
 * Checks every relation of the plan. A relation naming a missing figure is skipped (loading
 * already refuses such plans). In Cixi 2016–2020 it finds 2892 + 1611 + 2100 = 6603 beds
 * against a stated total of 6653 (`sum-mismatch`).
 */
export function checkRelations(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const rel of ctx.plan.relations ?? []) {
    if (rel.type === 'sum') {
      const total = ctx.figure(rel.total)
      const parts = rel.parts.map(ctx.figure)
      if (total && parts.every((p): p is Figure => p !== undefined))
        out.push(...sumCheck(rel, total, parts))
    } else if (rel.type === 'difference') {
      const [t, f, inc] = [ctx.figure(rel.target), ctx.figure(rel.from), ctx.figure(rel.increment)]
      if (!t || !f || !inc) continue
      const diff = subRanges(figureRange(t), figureRange(f))
      const incR = figureRange(inc)
      if (!overlaps(diff, incR)) {
        const expected = new Dec(t.value).minus(new Dec(f.value))
        out.push(
          finding(
            'difference-mismatch',
            {
              label: inc.label.en ?? inc.label.zh,
              target: t.printed,
              from: f.printed,
              expected: decimalString(expected),
              increment: inc.printed,
            },
            {
              subjects: [rel.id, inc.id, t.id, f.id],
              figure: inc.id,
              ...misfit(inc, expected, incR),
              sources: sourcesOf([rel, inc, t, f]),
            },
          ),
        )
      }
    } else if (rel.type === 'includes') {
      out.push(...includesCheck(ctx, rel))
    } else if (rel.type === 'share-of' || rel.type === 'growth') {
      out.push(...percentCheck(ctx, rel))
    } else if (rel.type === 'average-of') {
      out.push(...averageCheck(ctx, rel))
    } else {
      const [r, n, d] = [
        ctx.figure(rel.ratio),
        ctx.figure(rel.numerator),
        ctx.figure(rel.denominator),
      ]
      if (!r || !n || !d) continue
      const q = divRanges(figureRange(n), figureRange(d))
      const rR = figureRange(r)
      if (q && !overlaps(q, rR)) {
        const exact = new Dec(n.value).div(new Dec(d.value))
        out.push(
          finding(
            'ratio-mismatch',
            {
              label: r.label.en ?? r.label.zh,
              numerator: n.printed,
              denominator: d.printed,
              expected: exact.toDecimalPlaces(4).toString(),
              ratio: r.value,
            },
            {
              subjects: [rel.id, r.id, n.id, d.id],
              figure: r.id,
              numbers: {
                stated: r.value,
                recomputed: decimalString(exact),
                interval: rangeJson(rR),
                residual: decimalString(new Dec(r.value).minus(exact)),
              },
              explanation: 'unknown',
              sources: sourcesOf([rel, r, n, d]),
            },
          ),
        )
      }
    }
  }
  return out
}
