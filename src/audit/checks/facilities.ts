/**
 * Facility tables: each row must add up (base-year beds + newly opened = target-year beds), a
 * row should not open more beds than it builds, and each column must sum to its 合计 figure.
 */
import { Dec, decimalString } from '../../decimal.js'
import { rateOfTotal, sumOf } from '../../kernel/arithmetic.js'
import { boundsContain, closure } from '../../kernel/bounds.js'
import type { Facility } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { figureBounds, intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { labelPair, printedPair } from '../wording.js'

const num = (s: string | null | undefined) => (s === null || s === undefined ? null : new Dec(s))

/** The value of a facility in one table column (`null` counts as 0 in a sum). */
function columnValue(f: Facility, column: string, baseYear: number, targetYear: number): Dec {
  const v =
    column === 'open-base'
      ? f.openBeds[String(baseYear)]
      : column === 'open-target'
        ? f.openBeds[String(targetYear)]
        : column === 'new-built'
          ? f.newBuilt
          : f.newOpened
  return num(v) ?? new Dec(0)
}

/**
 * Row identities, opened-versus-built, and column sums against the table's total figures. In
 * Cixi 2021–2025 it finds 慈溪弘和医院: 308 open beds + 0 newly opened = 308, the table gives 157.
 * @internal
 */
export function checkFacilities(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const { baseYear, targetYear } = ctx.plan.period
  for (const f of ctx.plan.facilities) {
    const base = f.openBeds[String(baseYear)]
    const target = num(f.openBeds[String(targetYear)])
    const opened = num(f.newOpened)
    if (target !== null && opened !== null && base !== undefined) {
      const expected = sumOf([num(base) ?? new Dec(0), opened])
      if (!expected.eq(target)) {
        out.push(
          finding(
            'facility-row-mismatch',
            {
              name: f.name,
              base: base === null || base === undefined ? { en: 'no', zh: '无' } : base,
              opened: decimalString(opened),
              expected: decimalString(expected),
              target: decimalString(target),
            },
            {
              subjects: [f.id],
              numbers: {
                stated: decimalString(target),
                recomputed: decimalString(expected),
                residual: decimalString(target.minus(expected)),
              },
              explanation: target.lt(expected) ? 'unstated-reduction' : 'unknown',
              sources: [f.source],
            },
          ),
        )
      }
    }
    const built = num(f.newBuilt)
    if (built && opened?.gt(built)) {
      out.push(
        finding(
          'opened-exceeds-built',
          { name: f.name, opened: decimalString(opened), built: decimalString(built) },
          {
            subjects: [f.id],
            numbers: {
              stated: decimalString(opened),
              recomputed: decimalString(built),
              residual: decimalString(opened.minus(built)),
            },
            sources: [f.source],
          },
        ),
      )
    }
  }
  for (const fig of ctx.plan.figures) {
    if (!fig.table || !fig.column) continue
    const rows = ctx.plan.facilities.filter((f) => f.table === fig.table)
    if (rows.length === 0) continue
    const sum = sumOf(rows.map((f) => columnValue(f, fig.column ?? '', baseYear, targetYear)))
    if (!sum.eq(new Dec(fig.value))) {
      out.push(
        finding(
          'table-column-mismatch',
          {
            label: labelPair(fig),
            table: fig.table,
            sum: decimalString(sum),
            total: printedPair(fig.printed),
          },
          {
            subjects: [fig.id, ...rows.map((r) => r.id)],
            figure: fig.id,
            numbers: {
              stated: fig.value,
              recomputed: decimalString(sum),
              residual: decimalString(new Dec(fig.value).minus(sum)),
            },
            explanation: 'unknown',
            sources: sourcesOf([fig]),
          },
        ),
      )
    }
  }
  out.push(...checkFacilityFigures(ctx))
  return out
}

/**
 * Figures that name the facilities they count: the facilities' open beds in the figure's year
 * must give the figure (a count exactly; a rate through the plan's base of that year).
 */
function checkFacilityFigures(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const fig of ctx.plan.figures) {
    if (!fig.facilities) continue
    const members = ctx.plan.facilities.filter((f) => fig.facilities?.includes(f.id))
    const beds = sumOf(members.map((f) => num(f.openBeds[String(fig.year)]) ?? new Dec(0)))
    let recomputed: Dec | null = null
    let ok = true
    if (fig.form === 'count') {
      recomputed = beds
      ok = beds.eq(new Dec(fig.value))
    } else if (fig.form === 'rate' && fig.per && fig.base) {
      const b = ctx.plan.bases.find(
        (x) => x.kind === fig.base && x.year === fig.year && x.value !== undefined,
      )
      if (!b?.value) continue
      recomputed = rateOfTotal(beds, new Dec(b.value), new Dec(fig.per))
      ok = boundsContain(closure(figureBounds(fig)), recomputed)
    }
    if (ok || recomputed === null) continue
    out.push(
      finding(
        'facility-sum-mismatch',
        {
          label: labelPair(fig),
          n: String(members.length),
          recomputed: recomputed.toDecimalPlaces(4).toString(),
          stated: printedPair(fig.printed),
        },
        {
          subjects: [fig.id, ...members.map((m) => m.id)],
          figure: fig.id,
          numbers: {
            stated: fig.value,
            recomputed: decimalString(recomputed),
            interval: intervalJson(figureBounds(fig)),
            residual: decimalString(new Dec(fig.value).minus(recomputed)),
          },
          explanation: 'unknown',
          sources: sourcesOf([fig]),
        },
      ),
    )
  }
  return out
}
