/**
 * Explicit conversion of a base to another kind, by a stated factor.
 */
import { decimalString, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { throughExact } from '../kernel/arithmetic.js'
import type { Source } from '../provenance.js'
import {
  assertBaseKind,
  type BaseKind,
  make,
  type PopulationBase,
  populationValue,
} from './base.js'

/**
 * Converts a base to another kind explicitly, by a stated factor (`value × factor`), so that a
 * per-registered rate can be applied to a resident figure only when the caller says how. The
 * result records the conversion.
 *
 * @throws BedstaffError `non-positive-value`, `unknown-base-kind`
 * @example
 * ```ts
 * import { base, convertBase } from 'bedstaff'
 *
 * const residents = base.resident(1_000_000, { year: 2025, vintage: 'projection' })
 * const registered = convertBase(residents, 'registered', { factor: '0.8' })
 * registered.value // => "800000"
 * registered.derivedFrom // => {"fromKind":"resident","fromValue":"1000000","factor":"0.8"}
 * ```
 */
export function convertBase<K extends BaseKind>(
  from: PopulationBase,
  kind: K,
  opts: { readonly factor: string | number; readonly source?: Source },
): PopulationBase<K> {
  const to = assertBaseKind(kind) as K
  const factor = toDecimal(opts.factor, ['factor'])
  if (factor.lte(0)) fail('non-positive-value', ['factor'], { received: decimalString(factor) })
  const value = throughExact(populationValue(from.value, ['from', 'value']), factor)
  const source = opts.source ?? from.source
  return make(
    to,
    value,
    { year: from.year, vintage: from.vintage, ...(source ? { source } : {}) },
    from.ages,
    { fromKind: from.kind, fromValue: from.value, factor: decimalString(factor) },
  )
}
