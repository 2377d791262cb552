/**
 * The same indicator stated more than once (a table against its text, or two tables) with
 * values whose printed intervals do not overlap, or with contradicting comparators (不低于
 * against 左右). All statements of one indicator go into one finding.
 */
import { appendTo } from '../../collections.js'
import { Dec, decimalString } from '../../decimal.js'
import { closure } from '../../kernel/bounds.js'
import type { Figure } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { labelWithYear, linesPair, printedPair } from '../wording.js'

const key = (f: Figure) =>
  [f.indicator, f.year, f.form, f.per ?? '', f.base ?? '', f.vintage ?? '', f.role ?? ''].join('|')

/** `4.5 (lines 40 and 738)`, 4.5（第40、738行）. */
function describe(group: readonly Figure[]): { en: string; zh: string } {
  const printed = printedPair(group[0]?.printed ?? '') as { en: string; zh: string }
  const lines = linesPair(group.map((f) => f.source.line)) as { en: string; zh: string }
  return { en: `${printed.en} (${lines.en})`, zh: `${printed.zh}（${lines.zh}）` }
}

/** Statements joined: `4.5 (line 40); 5.5 (line 146)`. */
function describeAll(groups: readonly (readonly Figure[])[]): { en: string; zh: string } {
  const each = groups.map(describe)
  return { en: each.map((d) => d.en).join('; '), zh: each.map((d) => d.zh).join('；') }
}

/** A bound (≥, ≤, >, <) is met by the other figure's value; a level (=) overlaps it. */
function meets(bound: Figure, other: Figure): boolean {
  const r = closure(figureBounds(other))
  const b = closure(figureBounds(bound))
  switch (bound.comparator) {
    case 'ge':
    case 'gt':
      return r.hi.gte(b.lo)
    case 'le':
    case 'lt':
      return r.lo.lte(b.hi)
    default:
      return canAgree(r, b)
  }
}

/** Two statements agree when their intervals overlap, one is only approximate (左右, 约), or one is a bound the other meets. */
function compatible(a: Figure, b: Figure): boolean {
  if (a.comparator === 'approx' || b.comparator === 'approx') return true
  return meets(a, b) && meets(b, a)
}

/** Beyond this many statements of one figure, clusters are found by sorting, not by search. */
const SEARCHED = 64

/**
 * The statements clustered by value: a figure joins the first cluster whose first statement it
 * is compatible with. A large group of plain levels is clustered in one sorted sweep instead
 * (overlapping neighbours join), so a thousand conflicting statements cost n log n, not n².
 */
function clustersOf(group: readonly Figure[]): Figure[][] {
  const plain = group.every((f) => f.comparator === undefined || f.comparator === 'eq')
  if (group.length > SEARCHED && plain) {
    const sorted = [...group].sort((a, b) =>
      closure(figureBounds(a)).lo.comparedTo(closure(figureBounds(b)).lo),
    )
    const out: Figure[][] = []
    let hi: Dec | null = null
    for (const f of sorted) {
      const b = closure(figureBounds(f))
      const last = out[out.length - 1]
      if (last && hi !== null && b.lo.lte(hi)) {
        last.push(f)
        if (b.hi.gt(hi)) hi = b.hi
      } else {
        out.push([f])
        hi = b.hi
      }
    }
    return out
  }
  const clusters: Figure[][] = []
  for (const f of group) {
    const home = clusters.find((c) => c[0] && compatible(c[0], f))
    if (home) home.push(f)
    else clusters.push([f])
  }
  return clusters
}
/**
 * Figures of one indicator, year, form, scale, base and vintage that disagree. In Cixi
 * 2021–2025 it finds elderly rehabilitation-nursing beds at 4.5 per 1,000 (L40, L738, L743)
 * against 5.5 (L146).
 * @internal
 */
export function checkStatedTwice(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const groups = new Map<string, Figure[]>()
  for (const f of ctx.plan.figures) appendTo(groups, key(f), f)
  for (const group of groups.values()) {
    const clusters = clustersOf(group)
    const [first, second] = clusters
    if (first?.[0] && second?.[0]) {
      const a = first[0]
      const b = second[0]
      out.push(
        finding(
          'stated-twice',
          {
            label: labelWithYear(a, a.year),
            a: describe(first),
            b: describeAll(clusters.slice(1)),
          },
          {
            subjects: clusters.flat().map((f) => f.id),
            numbers: {
              stated: a.value,
              recomputed: b.value,
              interval: intervalJson(figureBounds(a)),
              residual: decimalString(new Dec(a.value).minus(new Dec(b.value))),
            },
            explanation: clusters.length > 1 && first.length !== second.length ? 'typo' : 'unknown',
            sources: sourcesOf(group),
          },
        ),
      )
      continue
    }
    const comparators = [...new Set(group.map((f) => f.comparator).filter((c) => c !== undefined))]
    if (comparators.length > 1) {
      const byComparator = comparators.map((c) => group.filter((f) => f.comparator === c))
      out.push(
        finding(
          'stated-twice',
          {
            label: group[0] ? labelWithYear(group[0], group[0].year) : '',
            a: describe(byComparator[0] ?? []),
            b: describeAll(byComparator.slice(1)),
          },
          {
            subjects: group.map((f) => f.id),
            severity: 'warning',
            explanation: 'unknown',
            sources: sourcesOf(group),
          },
        ),
      )
    }
  }
  return out
}
