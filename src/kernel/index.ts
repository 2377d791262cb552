/**
 * The kernels, as one namespace: `import { kernels } from 'bedstaff'`. Exact `Dec` arithmetic
 * with no validation and no formatting, the same functions every derivation, evaluation, sweep
 * and audit of the library calls.
 *
 * Functions only, listed by name: the types (`Bounds`, `Binding`, `CompoundMinimumParts`,
 * `GapStatus`) are exported from the core entry itself, since a type inside a namespace object
 * does not survive the bundled declaration files. A test checks that every function of the
 * kernel modules is listed here.
 */
export {
  compoundMinimumOf,
  fractionOfPercent,
  interpolate,
  movedByPercent,
  perCapitaExact,
  percentOfFraction,
  pointBetween,
  populationOf,
  productOf,
  rateOfTotal,
  ratioValue,
  sumOf,
  throughExact,
  truncateTo,
} from './arithmetic.js'
export {
  addBounds,
  boundsContain,
  boundsJson,
  closure,
  divBounds,
  intersectBounds,
  isEmpty,
  overlap,
  pointBounds,
  scaleBounds,
  subBounds,
  timesBounds,
} from './bounds.js'
export { impliedPopulationBounds, totalBounds, wholeCounts } from './counts.js'
export {
  geometricBetween,
  grownBy,
} from './growth.js'
export {
  lastDigitUnit,
  moreThanBounds,
  printedBounds,
  printedDecimals,
  printedNumberBounds,
  roundedToUnitBounds,
} from './printed.js'
export { nearestRankIndex } from './ranks.js'
export { comparatorStatus } from './status.js'
