/**
 * Populations and counts through rate figures, by the kernels: the population a count and a
 * rate imply, the count a rate asks of a population, and the plan base a figure is on.
 */
import { Dec } from '../decimal.js'
import { type Bounds, divBounds, pointBounds, scaleBounds, timesBounds } from '../kernel/bounds.js'
import { impliedPopulationBounds, totalBounds } from '../kernel/counts.js'
import { printedNumberBounds } from '../kernel/printed.js'
import type { NamedBase } from '../plan/bases.js'
import type { Figure } from '../plan/schema.js'
import { shareFraction } from '../quantity/share.js'
import type { AuditContext } from './context.js'
import { type FigureValue, figureBounds } from './figure-bounds.js'

/** A rate figure: its printed value and the population scale it is per. @internal */
export type RateFigure = FigureValue & {
  readonly per: string
  readonly perPrinted?: string | undefined
  readonly countShare?: string | undefined
}

/**
 * The scale a rate is per, as bounds: exact, unless the document printed it rounded ("每3万人口
 * 1辆": 3万 stands for [2.5万, 3.5万)). @internal
 */
export function perBounds(rate: RateFigure): Bounds {
  const per = new Dec(rate.per)
  if (rate.perPrinted === undefined) return pointBounds(per)
  return printedNumberBounds(rate.perPrinted, per) ?? pointBounds(per)
}

/**
 * A rate figure's rate per person, as bounds: value / per. Where the scale is printed rounded
 * ("1 per 3万"), the "1" is exact and the scale carries the rounding. @internal
 */
export function rateBounds(rate: RateFigure): Bounds {
  return divBounds(valueBounds(rate), perBounds(rate)) ?? pointBounds(new Dec(0))
}

/**
 * A rate's value as bounds: its printed interval; or, where the scale carries the rounding
 * ("1 per 3万"), exact, with any stated bound.
 */
function valueBounds(rate: RateFigure): Bounds {
  return rate.perPrinted === undefined
    ? figureBounds(rate)
    : figureBounds({ ...rate, form: 'count' })
}

/** The count a rate was computed on: all of it, or the share it names (按85%在岗计算). */
function countedBounds(
  count: Pick<Figure, 'form' | 'value' | 'printed' | 'bound'>,
  rate: RateFigure,
) {
  const b = figureBounds(count)
  return rate.countShare === undefined ? b : scaleBounds(b, shareFraction(rate.countShare))
}

/**
 * The populations a count and a rate figure imply: count × per / rate, over the interval the
 * rate's printed value stands for (the population falls as the rate rises); over the scale's
 * interval where the scale is printed rounded; on the share of the count the rate was computed
 * on; and over the count's own interval where it is bounded. `null` where the rate's bounds
 * reach 0. @internal
 */
export function impliedPopulationOf(
  count: Pick<Figure, 'form' | 'value' | 'printed' | 'bound'>,
  rate: RateFigure,
): Bounds | null {
  const c = countedBounds(count, rate)
  const plain = rate.perPrinted === undefined && c.lo.eq(c.hi)
  if (plain) return impliedPopulationBounds(c.lo, new Dec(rate.per), figureBounds(rate))
  // count × per / value, with the scale's bounds: exact where the value is 1
  return divBounds(timesBounds(c, perBounds(rate)), valueBounds(rate))
}

/** The counts a rate figure asks of a population: rate × population / per. @internal */
export function requiredCountOf(rate: RateFigure, population: Dec): Bounds {
  const required =
    rate.perPrinted === undefined
      ? totalBounds(figureBounds(rate), population, new Dec(rate.per))
      : scaleBounds(rateBounds(rate), population)
  // a rate computed on a share of the count asks for the count that share is of
  return rate.countShare === undefined
    ? required
    : (divBounds(required, pointBounds(shareFraction(rate.countShare))) ?? required)
}

/** The plan's base given directly for a rate figure's kind and year, if there is one. @internal */
export function baseFor(
  ctx: AuditContext,
  f: Pick<Figure, 'base' | 'year'>,
): NamedBase | undefined {
  if (f.base === undefined || f.base === 'unknown' || f.year === null) return undefined
  return ctx.direct.find((b) => b.kind === f.base && b.year === f.year)
}
