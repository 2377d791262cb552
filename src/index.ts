/**
 * bedstaff: exact, explicit, checkable arithmetic for health-resource planning. This entry is
 * the core: the decimal type, the error family, rounding modes, population bases, quantities
 * (rates, ratios, shares, stocks, intervals), the derivations, the kernels they call and the
 * vocabularies (base kinds, vintages, quantity kinds, comparators). It needs decimal.js only.
 *
 * The other entries build on it: `bedstaff/norm` (the norm-text parser), `bedstaff/plan`
 * (plan files, evaluation, sweeps, norm sets, JSON Schemas), `bedstaff/audit`,
 * `bedstaff/scenario`, `bedstaff/report` and `bedstaff/csv`. Everything is a pure function or
 * a constant; importing the library does nothing.
 *
 * @packageDocumentation
 * @module bedstaff
 */

export { COMPARATOR_SYMBOL, COMPARATORS, type Comparator } from './comparator.js'
export { Dec, type DecimalInput, decimalString, toDecimal } from './decimal.js'
export { type Amount, amountValue } from './derive/amount.js'
export { type CompoundMinimum, compoundMinimum } from './derive/compound-minimum.js'
export { type Gap, type GapStatus, gap, increment } from './derive/gap.js'
export { type ImpliedPopulation, impliedPopulation } from './derive/implied-population.js'
export { type RateFromTotal, rateFromTotal } from './derive/rate-from-total.js'
export { type ComponentSum, sumComponents, sumRates } from './derive/sum.js'
export { ratioOf, type ThroughRatio, throughRatio } from './derive/through-ratio.js'
export { type TotalFromRate, totalFromRate } from './derive/total-from-rate.js'
export {
  BedstaffError,
  ERROR_CODES,
  type ErrorCode,
  formatPath,
  isBedstaffError,
  type Path,
} from './errors.js'
export type { Binding, CompoundMinimumParts } from './kernel/arithmetic.js'
export type { Bounds } from './kernel/bounds.js'
export * as kernels from './kernel/index.js'
export {
  type AgeBand,
  type BaseOptions,
  base,
  type PopulationBase,
} from './population/base.js'
export { convertBase } from './population/convert-base.js'
export {
  BASE_KIND_ZH,
  BASE_KINDS,
  type BaseKind,
  VINTAGES,
  type Vintage,
} from './population/vocabulary.js'
export type { Source } from './provenance.js'
export {
  contains,
  type Interval,
  intersect,
  interval,
  printedInterval,
} from './quantity/interval.js'
export { QUANTITY_KIND_LIST, QUANTITY_KINDS, type QuantityKind } from './quantity/kinds.js'
export { perCapita, type Rate, rate, rescale } from './quantity/rate.js'
export { type Ratio, ratio } from './quantity/ratio.js'
export { type Share, share, shareFraction } from './quantity/share.js'
export { type Stock, stock } from './quantity/stock.js'
export { countOf, ROUNDINGS, type Rounding, roundTo } from './rounding.js'
