/**
 * Plausibility: grade rules that ask less of higher grades, a ratio about ten times its
 * neighbours ("1:10" beside 1:1.25 and 1:1.15), a floor target below its own baseline, and unit
 * labels that cannot be right (a total fertility rate in %).
 */
import { appendTo } from '../../collections.js'
import { Dec, decimalString } from '../../decimal.js'
import { pointBetween, ratioValue, throughExact } from '../../kernel/arithmetic.js'
import { closure } from '../../kernel/bounds.js'
import { type Figure, GRADES, type Grade, type Rule } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { figureBounds } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { labelPair, printedPair } from '../wording.js'

/** Higher grades rank higher; a rule's rank is that of the highest grade it covers. */
const RANK: Readonly<Record<Grade, number>> = {
  'III-A': 10,
  'III-B': 9,
  III: 8,
  'managed-as-III': 8,
  'II-A': 6,
  'II-B': 5,
  II: 5,
  'I-A': 3,
  'I-B': 2,
  I: 2,
  ungraded: 0,
}

type GradeRule = Extract<Rule, { type: 'ratio' }> & { value: string }

/** Ratio rules over facilities scoped by grade, grouped by what they convert. */
function gradeGroups(rules: readonly Rule[]): GradeRule[][] {
  const groups = new Map<string, GradeRule[]>()
  for (const r of rules) {
    if (r.type !== 'ratio' || r.value === undefined || r.from.kind !== 'facilities') continue
    const scope = r.from.scope
    if (!scope.grades) continue
    const k = `${r.quantity}|${r.fromQuantity}|${[...(scope.categories ?? [])].sort().join(',')}`
    appendTo(groups, k, r as GradeRule)
  }
  return [...groups.values()]
}

const rankOf = (r: GradeRule) =>
  Math.max(...(r.from.kind === 'facilities' ? (r.from.scope.grades ?? []) : []).map((g) => RANK[g]))
const topGrade = (r: GradeRule): Grade =>
  [...(r.from.kind === 'facilities' ? (r.from.scope.grades ?? []) : [])].sort(
    (a, b) => RANK[b] - RANK[a],
  )[0] ?? 'ungraded'

const HALF = new Dec('0.5')

/** The median; of an even count, the point halfway between the middle two. */
function median(values: Dec[]): Dec {
  const s = [...values].sort((a, b) => a.comparedTo(b))
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] as Dec) : pointBetween(s[mid - 1] as Dec, s[mid] as Dec, HALF)
}

/** Whether a value is within a factor of five of its neighbours' median. */
const amongNeighbours = (value: Dec, m: Dec) => {
  const q = ratioValue(m, value)
  return q.lt(5) && q.gt(0.2)
}

/**
 * The value scaled by powers of ten until it falls among its neighbours (a positive value and
 * median). Each step moves the ratio one power of ten, so the steps are bounded up front by the
 * ratio's exponent.
 */
function likelyValue(value: Dec, m: Dec): Dec {
  const q = ratioValue(m, value)
  const step = new Dec(q.gte(5) ? '0.1' : '10')
  let likely = value
  for (let i = Math.abs(q.e) + 2; i > 0 && !amongNeighbours(likely, m); i--) {
    likely = throughExact(likely, step)
  }
  return likely
}

/**
 * Grade monotonicity, factor-of-ten outliers, floors below baselines and impossible units. In
 * Cixi 2021–2025 it finds "1:10" for grade II beside 1:1.25 and 1:1.15.
 * @internal
 */
export function checkPlausibility(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const group of gradeGroups(ctx.plan.rules)) {
    const sorted = [...group].sort((a, b) => rankOf(b) - rankOf(a))
    for (let i = 0; i + 1 < sorted.length; i++) {
      const hi = sorted[i] as GradeRule
      const lo = sorted[i + 1] as GradeRule
      if (rankOf(lo) < rankOf(hi) && new Dec(lo.value).gt(new Dec(hi.value))) {
        const [gh, gl] = [topGrade(hi), topGrade(lo)]
        out.push(
          finding(
            'grade-not-monotone',
            {
              label: labelPair(lo),
              lower: gl,
              lowerZh: GRADES[gl],
              lowerValue: lo.printed ?? lo.value,
              higher: gh,
              higherZh: GRADES[gh],
              higherValue: hi.printed ?? hi.value,
            },
            {
              subjects: [lo.id, hi.id],
              numbers: {
                stated: lo.value,
                recomputed: hi.value,
                residual: decimalString(new Dec(lo.value).minus(new Dec(hi.value))),
              },
              explanation: 'typo',
              sources: sourcesOf([lo, hi]),
            },
          ),
        )
      }
    }
    if (group.length < 3) continue
    for (const r of group) {
      const others = group.filter((x) => x !== r).map((x) => new Dec(x.value))
      const m = median(others)
      const value = new Dec(r.value)
      // a zero (or negative) value or median is no factor of ten of anything
      if (!m.gt(0) || !value.gt(0) || amongNeighbours(value, m)) continue
      const q = ratioValue(m, value)
      const likely = likelyValue(value, m)
      out.push(
        finding(
          'ratio-factor-ten',
          {
            label: labelPair(r),
            printed: r.printed ?? r.value,
            factor: q.toDecimalPlaces(1).toString(),
            others: group
              .filter((x) => x !== r)
              .map((x) => x.printed ?? x.value)
              .join(', '),
            likely: `1:${likely.toFixed(1)}`,
          },
          {
            subjects: [r.id, ...group.filter((x) => x !== r).map((x) => x.id)],
            numbers: {
              stated: r.value,
              recomputed: decimalString(likely),
              residual: decimalString(new Dec(r.value).minus(likely)),
            },
            explanation: 'factor-of-ten',
            sources: sourcesOf([r]),
          },
        ),
      )
    }
  }
  out.push(...floorsBelowBaselines(ctx), ...implausibleUnits(ctx))
  return out
}

/** Groups items by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string | null): T[][] {
  const groups = new Map<string, T[]>()
  for (const t of items) {
    const k = key(t)
    if (k !== null) appendTo(groups, k, t)
  }
  return [...groups.values()]
}

/** A floor (≥) whose target is below the level already reached in an earlier year; one finding per indicator and year. */
function floorsBelowBaselines(ctx: AuditContext): Finding[] {
  const rules = new Map([...ctx.plan.rules, ...ctx.plan.levels].map((r) => [r.id, r]))
  const hits: { f: Figure; earlier: Figure }[] = []
  for (const f of ctx.plan.figures) {
    const comparator =
      f.comparator ?? (f.rule === undefined ? undefined : rules.get(f.rule)?.comparator)
    if (comparator !== 'ge' && comparator !== 'gt') continue
    const year = f.year
    if (year === null) continue
    const earlier = ctx
      .byIndicator(f.indicator)
      .filter(
        (b): b is Figure & { year: number } =>
          b.form === f.form &&
          b.year !== null &&
          b.year < year &&
          (b.per ?? '') === (f.per ?? '') &&
          (b.base ?? '') === (f.base ?? ''),
      )
      .sort((a, b) => b.year - a.year)[0]
    if (earlier && closure(figureBounds(f)).hi.lt(closure(figureBounds(earlier)).lo))
      hits.push({ f, earlier })
  }
  return groupBy(hits, (h) => `${h.f.indicator}|${h.f.year}`).map((group) => {
    const [{ f, earlier }] = group as [{ f: Figure; earlier: Figure }]
    const all = group.map((h) => h.f)
    return finding(
      'floor-below-baseline',
      {
        label: labelPair(f),
        year: String(f.year),
        target: printedPair(f.printed),
        baseYear: String(earlier.year),
        baseline: printedPair(earlier.printed),
      },
      {
        subjects: [...all.map((x) => x.id), earlier.id],
        numbers: {
          stated: f.value,
          recomputed: earlier.value,
          residual: decimalString(new Dec(f.value).minus(new Dec(earlier.value))),
        },
        sources: sourcesOf([...all, earlier]),
      },
    )
  })
}

/** Unit labels that cannot be right (a total fertility rate in %); one finding per indicator. */
function implausibleUnits(ctx: AuditContext): Finding[] {
  const bad = ctx.plan.figures.filter(
    (f) =>
      /fertility|tfr|life-expectancy/i.test(`${f.indicator} ${f.quantity}`) &&
      f.unit &&
      /[%％‰]/.test(f.unit),
  )
  return groupBy(bad, (f) => f.indicator).map((group) => {
    const f = group[0] as Figure
    return finding(
      'implausible-unit',
      { label: labelPair(f), unit: f.unit ?? '', quantity: f.quantity },
      {
        subjects: group.map((x) => x.id),
        numbers: { stated: f.value },
        explanation: 'typo',
        sources: sourcesOf(group),
      },
    )
  })
}
