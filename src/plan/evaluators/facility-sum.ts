/**
 * Rules applied facility by facility (a ratio on each hospital's beds, size bands): each
 * facility's requirement is counted on its own, and the rule's count is the sum of those
 * counts; the exact sum, counted once, is reported beside it. A range rule gives each
 * facility its two ends (no single exact value) and sums the ends.
 */
import { type Dec, decimalString } from '../../decimal.js'
import { sumOf } from '../../kernel/arithmetic.js'
import { countOf, type Rounding } from '../../rounding.js'
import { bedsIn, inScope } from '../facilities.js'
import type { Counted, FacilityRequirement } from '../result.js'
import type { Scope } from '../schema.js'
import { computed, notComputed, type Outcome, type RuleContext } from './outcome.js'

/** One facility's requirement: exact (null for a range), the range's ends, the band used. */
export interface PerBeds {
  readonly exact: Dec | null
  readonly min: Dec | null
  readonly max: Dec | null
  readonly band: string | null
}

const counted = (exact: Dec, rounding: Rounding): Counted =>
  Object.freeze({ exact: decimalString(exact), count: countOf(exact, rounding) })

/** What a rule applied to each facility's beds gives. @internal */
export function overFacilities(
  rule: { readonly year: number; readonly rounding: Rounding },
  ctx: RuleContext,
  scope: Scope,
  bedKind: 'open' | 'approved',
  ranged: boolean,
  apply: (beds: Dec) => PerBeds | null,
): Outcome {
  const list: FacilityRequirement[] = []
  const noData: string[] = []
  const beds: Dec[] = []
  const exacts: Dec[] = []
  const counts: Dec[] = []
  const mins: Dec[] = []
  const maxs: Dec[] = []
  for (const f of ctx.plan.facilities) {
    if (!inScope(f, scope)) continue
    const b = bedsIn(f, bedKind, rule.year, ctx.dec)
    if (b === null) continue // the facility does not exist in that year
    const r = b === undefined ? null : apply(b)
    if (b === undefined || r === null) {
      noData.push(f.id)
      continue
    }
    beds.push(b)
    const own = r.exact === null ? null : counted(r.exact, rule.rounding)
    if (r.exact !== null) exacts.push(r.exact)
    if (own?.count !== null && own?.count !== undefined) counts.push(ctx.dec(own.count))
    if (r.min) mins.push(r.min)
    if (r.max) maxs.push(r.max)
    list.push(
      Object.freeze({
        facility: f.id,
        name: f.name,
        grade: f.grade,
        from: decimalString(b),
        band: r.band,
        exact: own?.exact ?? null,
        count: own?.count ?? null,
        min: r.min ? counted(r.min, rule.rounding) : null,
        max: r.max ? counted(r.max, rule.rounding) : null,
      }),
    )
  }
  const total = sumOf(beds)
  const inputs = {
    facilities: Object.freeze(list),
    from: Object.freeze({
      kind: 'facilities' as const,
      id: null,
      quantity: 'beds',
      value: decimalString(total),
    }),
  }
  if (noData.length > 0) {
    const missing = `${bedKind} beds for ${rule.year} of ${noData.join(', ')}`
    return notComputed('input-missing', missing, inputs)
  }
  const exact = ranged ? null : sumOf(exacts)
  const bounded = ranged || mins.length > 0
  return computed({
    ...inputs,
    exact,
    count: exact === null || rule.rounding === 'none' ? null : sumOf(counts),
    aggregate: exact,
    min: bounded ? sumOf(mins) : null,
    max: bounded ? sumOf(maxs) : null,
  })
}
