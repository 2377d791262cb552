/**
 * Counts against rates through populations: a stated count and a stated rate of one indicator
 * and year must agree on the plan's base (rate × base), and all such pairs of one year and base
 * kind must imply overlapping populations.
 */
import { Dec, decimalString } from '../../decimal.js'
import { resolveBases } from '../../plan/bases.js'
import type { Figure } from '../../plan/schema.js'
import { BASE_KIND_ZH, type BaseKind } from '../../population/base.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { type Explanation, type Finding, finding } from '../finding.js'
import { figureRange, overlaps, point, type Range, rangeJson } from '../range.js'

interface Pair {
  readonly count: Figure
  readonly rate: Figure & { per: string; base: BaseKind }
}

const isRate = (f: Figure): f is Figure & { per: string; base: BaseKind } =>
  f.form === 'rate' && f.per !== undefined && f.base !== undefined

/** Count and rate figures of one indicator and year (and the same vintage where both say). */
function pairs(figures: readonly Figure[]): Pair[] {
  const out: Pair[] = []
  for (const rate of figures.filter(isRate)) {
    for (const count of figures) {
      if (count.form !== 'count' || count.indicator !== rate.indicator || count.year !== rate.year)
        continue
      if (count.vintage && rate.vintage && count.vintage !== rate.vintage) continue
      if (count.role && rate.role && count.role !== rate.role) continue
      out.push({ count, rate })
    }
  }
  return out
}

/** The populations a pair implies: count × per / rate, over the rate's printed interval. */
function implied(p: Pair): Range | null {
  const r = figureRange(p.rate)
  if (r.lo.lte(0)) return null
  const c = new Dec(p.count.value).times(new Dec(p.rate.per))
  return { lo: c.div(r.hi), hi: c.div(r.lo) }
}

const fmt = (r: Range) =>
  `[${r.lo.toDecimalPlaces(1).toString()}, ${r.hi.toDecimalPlaces(1).toString()}]`

/**
 * rate × base against the stated count, for every pair with a plan base of its kind and year,
 * and the joint implied population of every year and base kind. In Haishu 2021–2025 the 2020
 * beds and nurses imply populations that do not overlap (`implied-population-conflict`).
 */
export function checkPopulations(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const all = pairs(ctx.plan.figures)
  let bases: ReturnType<typeof resolveBases>
  try {
    bases = resolveBases(ctx.plan)
  } catch {
    bases = new Map()
  }
  const direct = [...bases.values()].filter((b) => b.derivedFrom === null)
  for (const p of all) {
    const b = direct.find((x) => x.kind === p.rate.base && x.year === p.rate.year)
    if (!b) continue
    const pop = new Dec(b.value)
    const per = new Dec(p.rate.per)
    const r = figureRange(p.rate)
    const expected: Range = { lo: r.lo.times(pop).div(per), hi: r.hi.times(pop).div(per) }
    if (overlaps(point(new Dec(p.count.value)), expected)) continue
    const exact = new Dec(p.rate.value).times(pop).div(per)
    // Would another base make it agree?
    let explanation: Explanation = 'unknown'
    for (const other of direct) {
      if (other === b) continue
      const e = {
        lo: r.lo.times(new Dec(other.value)).div(per),
        hi: r.hi.times(new Dec(other.value)).div(per),
      }
      if (overlaps(point(new Dec(p.count.value)), e)) {
        explanation =
          other.kind !== b.kind
            ? 'different-base'
            : other.year !== b.year
              ? 'different-year'
              : 'different-vintage'
        break
      }
    }
    if (explanation === 'unknown') {
      const q = new Dec(p.count.value).div(exact)
      if (q.gte(8) && q.lte(12.5)) explanation = 'factor-of-ten'
      if (q.gte(0.08) && q.lte(0.125)) explanation = 'factor-of-ten'
    }
    out.push(
      finding(
        'rate-count-mismatch',
        {
          label: p.count.label.en ?? p.count.label.zh,
          count: p.count.printed,
          rate: p.rate.printed,
          per: p.rate.per,
          population: b.value,
          expected: exact.toDecimalPlaces(2).toString(),
        },
        {
          subjects: [p.count.id, p.rate.id, b.id],
          figure: p.count.id,
          numbers: {
            stated: p.count.value,
            recomputed: decimalString(exact),
            interval: rangeJson(expected),
            residual: decimalString(new Dec(p.count.value).minus(exact)),
          },
          explanation,
          sources: sourcesOf([p.count, p.rate]),
        },
      ),
    )
  }
  // Joint implied population, one group per year and base kind, where the plan gives no base
  // (with a base, the check above is the sharper one).
  const groups = new Map<string, { pair: Pair; range: Range }[]>()
  for (const p of all) {
    if (direct.some((b) => b.kind === p.rate.base && b.year === p.rate.year)) continue
    const range = implied(p)
    if (!range) continue
    const key = `${p.rate.year}|${p.rate.base}|${p.rate.vintage ?? p.count.vintage ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), { pair: p, range }])
  }
  for (const [key, items] of groups) {
    if (items.length < 2) continue
    const [yearText, kind, vintage] = key.split('|') as [string, BaseKind, string]
    let hiMin = items[0]
    let loMax = items[0]
    for (const it of items) {
      if (hiMin && it.range.hi.lt(hiMin.range.hi)) hiMin = it
      if (loMax && it.range.lo.gt(loMax.range.lo)) loMax = it
    }
    if (!hiMin || !loMax || loMax.range.lo.lte(hiMin.range.hi)) continue
    const a = loMax.pair
    const b = hiMin.pair
    out.push(
      finding(
        'implied-population-conflict',
        {
          year: yearText,
          base: vintage ? `${kind} (${vintage})` : kind,
          baseZh: BASE_KIND_ZH[kind] ?? kind,
          a: `${a.count.indicator} ${a.count.printed} at ${a.rate.printed} → ${fmt(loMax.range)}`,
          b: `${b.count.indicator} ${b.count.printed} at ${b.rate.printed} → ${fmt(hiMin.range)}`,
        },
        {
          subjects: [a.count.id, a.rate.id, b.count.id, b.rate.id],
          numbers: {
            stated: null,
            recomputed: null,
            interval: { lo: decimalString(loMax.range.lo), hi: decimalString(hiMin.range.hi) },
            residual: decimalString(loMax.range.lo.minus(hiMin.range.hi)),
          },
          explanation: 'different-base',
          sources: sourcesOf([a.count, a.rate, b.count, b.rate]),
        },
      ),
    )
  }
  return out
}
