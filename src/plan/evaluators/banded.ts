/**
 * Ratios by facility size (1978 编制原则: under 300 beds 1:1.30–1.40, …): each facility in scope
 * gets the band its open beds fall in; the requirement is the band's lower bound (a floor), and
 * both ends are reported.
 */
import { Dec, describe, finiteDec, toDecimal } from '../../decimal.js'
import { fail } from '../../errors.js'
import { throughExact } from '../../kernel/arithmetic.js'
import type { Rule } from '../schema.js'
import { overFacilities } from './facility-sum.js'
import type { Outcome, RuleContext } from './outcome.js'

type Banded = Extract<Rule, { type: 'banded-ratio' }>

/**
 * The band a size falls in; where bands share an edge, the first band listed wins
 * (`edges: 'first-band-wins'`). Bounds are inclusive at both ends.
 *
 * @example
 * ```ts
 * import { toDecimal } from 'bedstaff'
 * import { pickBand } from 'bedstaff/plan'
 *
 * const bands = [
 *   { minFrom: null, maxFrom: '300', printed: '300张床位以下的按1:1.30-1.40计算' },
 *   { minFrom: '300', maxFrom: '500', printed: '300-500张床位的按1:1.40-1.50计算' },
 *   { minFrom: '500', maxFrom: null, printed: '500张床位以上的按1:1.60-1.70计算' },
 * ]
 * pickBand(bands, toDecimal(300))?.printed // => "300张床位以下的按1:1.30-1.40计算"   (an edge: the first band wins)
 * pickBand(bands, toDecimal(1000))?.printed // => "500张床位以上的按1:1.60-1.70计算"
 * ```
 */
export function pickBand<B extends { minFrom: string | null; maxFrom: string | null }>(
  bands: readonly B[],
  size: Dec,
): B | undefined {
  if (!Array.isArray(bands) || bands.length > 1000) {
    fail('invalid-argument', ['bands'], {
      problem: `expected a list of bands, got ${describe(bands)}`,
      problemZh: `应为分档列表，收到 ${describe(bands)}`,
    })
  }
  bands.forEach((b: unknown, i) => {
    if (b === null || typeof b !== 'object') {
      fail('invalid-argument', ['bands', i], {
        problem: `expected a band, got ${describe(b)}`,
        problemZh: `应为分档，收到 ${describe(b)}`,
      })
    }
    for (const end of ['minFrom', 'maxFrom'] as const) {
      const v = (b as Record<string, unknown>)[end]
      if (v !== null) toDecimal(v, ['bands', i, end])
    }
  })
  return bandFor(bands, finiteDec(size, ['size']))
}

/** The band a size falls in, for bands a plan's schema has checked. @internal */
export function bandFor<B extends { minFrom: string | null; maxFrom: string | null }>(
  bands: readonly B[],
  size: Dec,
): B | undefined {
  return bands.find(
    (b) =>
      (b.minFrom === null || size.gte(new Dec(b.minFrom))) &&
      (b.maxFrom === null || size.lte(new Dec(b.maxFrom))),
  )
}

/** The value a banded rule shows: each band's range, "1.30-1.40 / 1.40-1.50 / 1.60-1.70". @internal */
export function bandsText(rule: Banded): string {
  return rule.bands.map((b) => `${b.range.min}-${b.range.max}`).join(' / ')
}

/** Evaluates a banded-ratio rule. @internal */
export function evaluateBanded(rule: Banded, ctx: RuleContext): Outcome {
  return overFacilities(rule, ctx, rule.scope ?? {}, 'open', false, (beds) => {
    const band = bandFor(rule.bands, beds)
    if (!band) return null
    const min = throughExact(beds, ctx.dec(band.range.min))
    const max = throughExact(beds, ctx.dec(band.range.max))
    return { exact: min, min, max, band: band.printed }
  })
}
