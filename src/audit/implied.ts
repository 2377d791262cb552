/**
 * What a stated count and a stated rate of one indicator imply of each other, through the
 * kernels: the populations at which they agree, and the counts the rate asks of a population.
 */
import { Dec } from '../decimal.js'
import { type Bounds, impliedPopulationBounds, totalBounds } from '../kernel/bounds.js'
import type { Figure } from '../plan/schema.js'
import { type FigureValue, figureBounds } from './figure-bounds.js'

/** A rate figure: its printed value and the population scale it is per. @internal */
export type RateFigure = FigureValue & { readonly per: string }

/**
 * The populations at which a count figure and a rate figure agree: count × per / rate over the
 * bounds the printed rate stands for, exactly as the public `impliedPopulation` gives them.
 * `null` where the rate's bounds reach 0. @internal
 */
export function impliedPopulationOf(count: Pick<Figure, 'value'>, rate: RateFigure): Bounds | null {
  return impliedPopulationBounds(new Dec(count.value), new Dec(rate.per), figureBounds(rate))
}

/** The counts a rate figure asks of a population: rate × population / per. @internal */
export function requiredCountOf(rate: RateFigure, population: Dec): Bounds {
  return totalBounds(figureBounds(rate), population, new Dec(rate.per))
}
