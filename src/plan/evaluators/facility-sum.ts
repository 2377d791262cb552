/**
 * Rules applied facility by facility (a ratio on each hospital's beds, size bands): each
 * facility's requirement is counted on its own, and the rule's count is the sum of those
 * counts; the exact sum, counted once, is reported beside it. A range rule gives each
 * facility its two ends (no single exact value) and sums the ends.
 */
import { Dec, decimalString } from '../../decimal.js'
import { sumOf } from '../../kernel/arithmetic.js'
import { countOf, type Rounding } from '../../rounding.js'
import type { Counted, FacilityRequirement } from '../result.js'
import type { Facility, Scope } from '../schema.js'
import { computed, notComputed, type Outcome, type RuleContext } from './outcome.js'
import { scopeBeds } from './statics.js'

/** One facility's requirement: exact (null for a range), the range's ends, the band used. */
export interface PerBeds {
  readonly exact: Dec | null
  readonly min: Dec | null
  readonly max: Dec | null
  readonly band: string | null
}

const counted = (exact: Dec, rounding: Rounding): Counted =>
  Object.freeze({ exact: decimalString(exact), count: countOf(exact, rounding) })

/** The sum of whole counts: added as integers while below 2^53 (exact), else as decimals. @internal */
export function sumOfCounts(counts: readonly number[]): Dec {
  let sum = 0
  for (const c of counts) sum += c
  return sum <= Number.MAX_SAFE_INTEGER ? new Dec(sum) : sumOf(counts.map((c) => new Dec(c)))
}

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
  const exacts: Dec[] = []
  const counts: number[] = []
  const mins: Dec[] = []
  const maxs: Dec[] = []
  let total = new Dec(0)
  const inScope = scopeBeds(ctx.plan.facilities, scope, bedKind, rule.year, ctx.dec)
  for (let i = 0; i < inScope.facilities.length; i++) {
    const f = inScope.facilities[i] as Facility
    const b = inScope.beds[i]
    const r = b === undefined ? null : apply(b)
    if (b === undefined || r === null) {
      noData.push(f.id)
      continue
    }
    total = total.plus(b)
    const own = r.exact === null ? null : counted(r.exact, rule.rounding)
    if (r.exact !== null) exacts.push(r.exact)
    if (own && own.count !== null) counts.push(own.count)
    if (r.min) mins.push(r.min)
    if (r.max) maxs.push(r.max)
    const min = r.min ? counted(r.min, rule.rounding) : null
    const max = r.max ? counted(r.max, rule.rounding) : null
    const req: FacilityRequirement = Object.freeze({
      facility: f.id,
      name: f.name,
      grade: f.grade,
      from: inScope.froms[i] as string,
      band: r.band,
      exact: own?.exact ?? null,
      count: own?.count ?? null,
      min,
      max,
    })
    ctx.decimals?.set(req, r)
    list.push(req)
  }
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
    count: exact === null || rule.rounding === 'none' ? null : sumOfCounts(counts),
    aggregate: exact,
    min: bounded ? sumOf(mins) : null,
    max: bounded ? sumOf(maxs) : null,
  })
}
