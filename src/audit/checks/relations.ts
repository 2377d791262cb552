/**
 * Relations between stated figures: sums (合计 complete, 其中 partial), differences (新增) and
 * 1:x ratios of two figures (医护比), each compared through the intervals of printed values.
 */
import { Dec, decimalString } from '../../decimal.js'
import { sumOf, throughExact } from '../../kernel/arithmetic.js'
import { addBounds, closure, subBounds } from '../../kernel/bounds.js'
import type { Figure, Relation } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Explanation, type Finding, finding } from '../finding.js'
import { labelPair, printedPair } from '../wording.js'
import { incrementTargetCheck } from './increment-target.js'
import { averageCheck, includesCheck, percentCheck } from './measures.js'
import { misfit, typoLike } from './misfit.js'
import { ratioOfCheck } from './ratio-of.js'

function sumCheck(
  rel: Extract<Relation, { type: 'sum' }>,
  total: Figure,
  parts: Figure[],
): Finding[] {
  const sumR = addBounds(parts.map(figureBounds))
  const totR = figureBounds(total)
  const sum = sumOf(parts.map((p) => new Dec(p.value)))
  const residual = new Dec(total.value).minus(sum)
  const label = labelPair(total)
  const numbers = {
    stated: total.value,
    recomputed: decimalString(sum),
    interval: intervalJson(totR),
    residual: decimalString(residual),
  }
  const params = { label, sum: decimalString(sum), total: printedPair(total.printed) }
  const subjects = [rel.id, total.id, ...parts.map((p) => p.id)]
  const sources = sourcesOf([rel, total, ...parts])
  if (rel.complete && !canAgree(sumR, totR)) {
    // whole counts each rounded on its own may miss their rounded total by up to ½ each
    const byRounding =
      parts.every((p) => p.form === 'count') &&
      throughExact(residual.abs(), new Dec(2)).lte(parts.length)
    const explanation: Explanation = byRounding
      ? 'rounding'
      : typoLike(residual)
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
  if (!rel.complete && closure(sumR).lo.gt(closure(totR).hi)) {
    return [
      finding('partial-exceeds-total', params, {
        subjects,
        numbers,
        explanation: 'unknown',
        sources,
      }),
    ]
  }
  if (!rel.complete && residual.gt(0) && total.form === 'count') {
    const rest = { rest: decimalString(residual), labelZh: total.label.zh }
    return [finding('partial-breakdown', { ...params, ...rest }, { subjects, numbers, sources })]
  }
  return []
}

/**
 * Checks every relation of the plan. A relation naming a missing figure is skipped (loading
 * already refuses such plans). In Cixi 2016–2020 it finds 2892 + 1611 + 2100 = 6603 beds
 * against a stated total of 6653 (`sum-mismatch`).
 * @internal
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
      const diff = subBounds(figureBounds(t), figureBounds(f))
      const incR = figureBounds(inc)
      if (!canAgree(diff, incR)) {
        const expected = new Dec(t.value).minus(new Dec(f.value))
        out.push(
          finding(
            'difference-mismatch',
            {
              label: labelPair(inc),
              target: printedPair(t.printed),
              from: printedPair(f.printed),
              expected: decimalString(expected),
              increment: printedPair(inc.printed),
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
    } else if (rel.type === 'ratio-of') {
      out.push(...ratioOfCheck(ctx, rel))
    } else {
      out.push(...incrementTargetCheck(ctx, rel))
    }
  }
  return out
}
