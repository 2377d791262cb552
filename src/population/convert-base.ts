/**
 * Explicit conversion of a base to another kind, by a stated factor.
 */
import { Dec, decimalString } from '../decimal.js'
import { optionsOf } from '../made.js'
import type { Source } from '../provenance.js'
import { assertBaseKind, type BaseKind, make, type PopulationBase, validBase } from './base.js'
import { factorOf, scaledPopulation } from './base-parts.js'

/**
 * Converts a base to another kind explicitly, by a stated factor (`value × factor`), so that a
 * per-registered rate can be applied to a resident figure only when the caller says how. The
 * result records the conversion.
 *
 * @throws BedstaffError `non-positive-value`, `unknown-base-kind`, `invalid-number`,
 *   `invalid-options`, and the errors of `base(json)` at `from` (a base the library did not make
 *   is checked)
 * @example
 * ```ts
 * import { base, convertBase } from 'bedstaff'
 *
 * const residents = base.resident(1_000_000, { year: 2025, vintage: 'projection' })
 * const registered = convertBase(residents, 'registered', { factor: '0.8' })
 * registered.value // => "800000"
 * registered.derivedFrom // => {"fromKind":"resident","fromValue":"1000000","factor":"0.8"}
 * convertBase({ ...residents, value: '-1' }, 'registered', { factor: '0.8' }) // throws non-positive-population
 * ```
 */
export function convertBase<K extends BaseKind>(
  from: PopulationBase,
  kind: K,
  opts: { readonly factor: string | number; readonly source?: Source },
): PopulationBase<K> {
  const f = validBase(from, ['from'])
  const to = assertBaseKind(kind) as K
  const o = optionsOf(opts, ['factor', 'source'])
  const factor = factorOf(o.factor, ['factor'])
  const value = scaledPopulation(new Dec(f.value), factor, ['factor'])
  const source = o.source ?? f.source
  const d = { fromKind: f.kind, fromValue: f.value, factor: decimalString(factor) }
  return make(to, value, { year: f.year, vintage: f.vintage, source }, f.ages, d)
}
