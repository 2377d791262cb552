/**
 * The norm sets shipped with bedstaff (fixtures/norms), validated when first asked for.
 */
import ambulance from '../../fixtures/norms/ambulance-standards.json'
import bianzhi from '../../fixtures/norms/bianzhi-1978.json'
import gangyao from '../../fixtures/norms/gangyao-2015-2020.json'
import { loadNormSet, type NormSet } from './norm-set.js'

/**
 * The built-in norm sets: `gangyao-2015-2020` (national outline 2015–2020), `bianzhi-1978`
 * (general-hospital establishment bands), `ambulance-standards` (1994 and 2020). Each carries its
 * source and a caveat about secondary sources.
 *
 * @example
 * ```ts
 * import { builtInNormSets } from 'bedstaff/plan'
 *
 * builtInNormSets().map((s) => s.id) // => ["gangyao-2015-2020","bianzhi-1978","ambulance-standards"]
 * ```
 */
export function builtInNormSets(): readonly NormSet[] {
  cached ??= Object.freeze([loadNormSet(gangyao), loadNormSet(bianzhi), loadNormSet(ambulance)])
  return cached
}
let cached: readonly NormSet[] | undefined

/** Whether a built-in norm set's rule is a share (for migrating version-1 overrides). @internal */
export function isBuiltInShareRule(set: string, rule: string): boolean {
  const s = builtInNormSets().find((x) => x.id === set)
  return s?.rules.some((r) => r.id === rule && r.type === 'share') ?? false
}
