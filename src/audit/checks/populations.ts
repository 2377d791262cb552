/**
 * Counts against rates through populations: a stated count and a stated rate of one indicator
 * and year must agree on the plan's base (rate × base), and all such pairs of one year and base
 * kind must imply overlapping populations.
 */
import { printedEn } from '../../bilingual.js'
import { appendTo } from '../../collections.js'
import { Dec, decimalString } from '../../decimal.js'
import { perCapitaExact, ratioValue } from '../../kernel/arithmetic.js'
import { type Bounds, closure, intersectBounds, overlap } from '../../kernel/bounds.js'
import type { Figure } from '../../plan/schema.js'
import { BASE_KIND_ZH, type BaseKind } from '../../population/base.js'
import { QUANTITY_KINDS, type QuantityKind } from '../../quantity/kinds.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Explanation, type Finding, finding } from '../finding.js'
import { baseFor, impliedPopulationOf, requiredCountOf } from '../implied.js'
import { grouped, labelPair, type Param, printedPair, vintagePair } from '../wording.js'

interface Pair {
  readonly count: Figure
  readonly rate: Figure & { per: string; base: BaseKind | 'unknown' }
}

const isRate = (f: Figure): f is Figure & { per: string; base: BaseKind | 'unknown' } =>
  f.form === 'rate' && f.per !== undefined && f.base !== undefined

/**
 * Count and rate figures of one indicator and year (and the same vintage and role where both
 * say), found through the indicator index: time linear in the figures of each indicator.
 */
function pairs(ctx: AuditContext): Pair[] {
  const out: Pair[] = []
  for (const rate of ctx.plan.figures.filter(isRate)) {
    for (const count of ctx.byIndicator(rate.indicator)) {
      if (count.form !== 'count' || count.year !== rate.year) continue
      if (count.vintage && rate.vintage && count.vintage !== rate.vintage) continue
      if (count.role && rate.role && count.role !== rate.role) continue
      out.push({ count, rate })
    }
  }
  return out
}

/** A population bound for a message, to one decimal, grouped: 827,171.8. */
const shown = (d: Dec) => grouped(d.toDecimalPlaces(1).toString())

/** `on the 6th-census basis`, （六普口径）. */
function onBasis(vintage: string): Param {
  const { en, zh } = vintagePair(vintage) as { en: string; zh: string }
  return { en: ` on the ${en.replace(' ', '-')} basis`, zh: `（${zh}口径）` }
}

/** What one count and rate imply: `beds 6332 at 7.65 per 1,000 imply 827,171.8 to 828,253.8`. */
function implied(p: Pair, range: Bounds): Param {
  const what = QUANTITY_KINDS[p.count.quantity as QuantityKind]
  const count = printedPair(p.count.printed) as { en: string; zh: string }
  const per = grouped(p.rate.per)
  const [lo, hi] = [shown(range.lo), shown(range.hi)]
  return {
    en: `${p.count.indicator.replace(/[.-]/g, ' ')} ${grouped(p.count.value)} at ${p.rate.value} per ${per} imply ${lo} to ${hi} people`,
    zh: `${what?.zh ?? p.count.indicator}${count.zh}按每${per}人${p.rate.value}推算人口为${lo}至${hi}`,
  }
}

/**
 * rate × base against the stated count, for every pair with a plan base of its kind and year,
 * and the joint implied population of every year and base kind. In Haishu 2021–2025 the 2020
 * beds and nurses imply populations that do not overlap (`implied-population-conflict`).
 * @internal
 */
export function checkPopulations(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const all = pairs(ctx)
  const direct = ctx.direct
  for (const p of all) {
    const b = baseFor(ctx, p.rate)
    if (!b) continue
    const count = new Dec(p.count.value)
    const expected = requiredCountOf(p.rate, new Dec(b.value))
    if (canAgree(expected, figureBounds(p.count))) continue
    const exact = perCapitaExact(new Dec(p.rate.value), new Dec(b.value), new Dec(p.rate.per))
    // Would another base make it agree?
    let explanation: Explanation = 'unknown'
    for (const other of direct) {
      if (other === b) continue
      if (canAgree(requiredCountOf(p.rate, new Dec(other.value)), figureBounds(p.count))) {
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
      const q = ratioValue(exact, count)
      if (q.gte(8) && q.lte(12.5)) explanation = 'factor-of-ten'
      if (q.gte(0.08) && q.lte(0.125)) explanation = 'factor-of-ten'
    }
    out.push(
      finding(
        'rate-count-mismatch',
        {
          label: labelPair(p.count),
          count: printedPair(p.count.printed),
          rate: printedPair(p.rate.printed),
          per: grouped(p.rate.per),
          population: grouped(b.value),
          expected: exact.toDecimalPlaces(2).toString(),
        },
        {
          subjects: [p.count.id, p.rate.id, b.id],
          figure: p.count.id,
          numbers: {
            stated: p.count.value,
            recomputed: decimalString(exact),
            interval: intervalJson(expected),
            residual: decimalString(count.minus(exact)),
          },
          explanation,
          sources: sourcesOf([p.count, p.rate]),
        },
      ),
    )
  }
  // Joint implied population, one group per year and base kind, where the plan gives no base
  // (with a base, the check above is the sharper one).
  const groups = new Map<string, { pair: Pair; range: Bounds }[]>()
  for (const p of all) {
    if (baseFor(ctx, p.rate)) continue
    const range = impliedPopulationOf(p.count, p.rate)
    if (!range) continue
    const key = `${p.rate.year}|${p.rate.base}|${p.rate.vintage ?? p.count.vintage ?? ''}`
    appendTo(groups, key, { pair: p, range })
  }
  for (const [key, items] of groups) {
    const joint = intersectBounds(items.map((it) => closure(it.range)))
    if (joint) {
      out.push(
        impliedInfo(
          items.map((it) => it.pair),
          joint,
        ),
      )
      continue
    }
    const [yearText, kind, vintage] = key.split('|') as [string, BaseKind | 'unknown', string]
    let hiMin = items[0]
    let loMax = items[0]
    for (const it of items) {
      if (hiMin && it.range.hi.lt(hiMin.range.hi)) hiMin = it
      if (loMax && it.range.lo.gt(loMax.range.lo)) loMax = it
    }
    if (!hiMin || !loMax || overlap(closure(loMax.range), closure(hiMin.range))) continue
    const a = loMax.pair
    const b = hiMin.pair
    out.push(
      finding(
        'implied-population-conflict',
        {
          year: yearText,
          base: {
            en: kind === 'unknown' ? 'an unnamed' : kind,
            zh: kind === 'unknown' ? '未注明口径的' : (BASE_KIND_ZH[kind] ?? kind),
          },
          vintage: vintage ? onBasis(vintage) : '',
          a: implied(a, loMax.range),
          b: implied(b, hiMin.range),
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

/**
 * What the count and rate figures of one year and base kind imply of the population, where the
 * plan gives none: the document's own assumption, shown as information.
 */
function impliedInfo(group: readonly Pair[], joint: Bounds): Finding {
  const [first] = group as [Pair]
  return finding(
    'implied-population',
    {
      label: labelPair(first.count),
      labelZh: first.count.label.zh,
      detail: group
        .map(
          (p) =>
            `${printedEn(p.count.printed)} at ${printedEn(p.rate.printed)} per ${grouped(p.rate.per)}`,
        )
        .join('; '),
      detailZh: group
        .map((p) => `${p.count.printed}与每${grouped(p.rate.per)}人${p.rate.printed}`)
        .join('；'),
      lo: grouped(joint.lo.toDecimalPlaces(0, Dec.ROUND_CEIL).toString()),
      hi: grouped(joint.hi.toDecimalPlaces(0, Dec.ROUND_FLOOR).toString()),
    },
    {
      subjects: group.flatMap((p) => [p.count.id, p.rate.id]),
      numbers: { stated: null, recomputed: null, interval: intervalJson(joint), residual: null },
      sources: sourcesOf(group.flatMap((p) => [p.count, p.rate])),
    },
  )
}
