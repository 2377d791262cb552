/**
 * Loading a scenario: guard the raw input, validate it against the scenario schema, freeze it.
 * The caller's object is never mutated.
 */
import type * as z from 'zod/mini'
import { fail, type Path } from '../errors.js'
import { guardInput } from '../plan/guard.js'
import { deepFreeze, ENGLISH, issueParams } from '../plan/schema-error.js'
import { checkGrowthPlausible, growthFraction } from './growth-rate.js'
import { type Scenario, ScenarioSchema } from './schema.js'

/**
 * Throws the first schema issue of a scenario as `invalid-scenario` with its path. @internal
 *
 * @example
 * ```ts
 * import { loadScenario } from 'bedstaff/scenario'
 *
 * const misspelt = { id: 'low', populations: [{ base: 'resident-2025', valeu: '1950000' }] }
 * loadScenario(misspelt) // throws invalid-scenario   (at populations[0].valeu)
 * ```
 */
export function throwScenarioError(error: z.core.$ZodError, prefix: Path = []): never {
  const [first] = error.issues
  const more = error.issues.length - 1
  const problem = `${first?.message ?? 'invalid'}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`
  const path = [...((first?.path ?? []) as (string | number)[])]
  // An unknown key is reported at the key itself, not at the object holding it.
  if (first?.code === 'unrecognized_keys' && first.keys[0] !== undefined) path.push(first.keys[0])
  return fail('invalid-scenario', [...prefix, ...path], { problem, ...issueParams(first) })
}

/**
 * Validates a scenario (parsed JSON) and returns a frozen copy. Only the scenario's own shape is
 * checked here; whether its ids name bases and rules of a plan is checked by `applyScenario`.
 *
 * @throws BedstaffError `invalid-scenario` (with the path of the first bad field),
 *   `forbidden-key`, `input-too-deep`
 * @example
 * ```ts
 * import { loadScenario } from 'bedstaff/scenario'
 *
 * const s = loadScenario({ id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] })
 * s.populations?.[0]?.value // => '1950000'
 * Object.isFrozen(s) // => true
 * loadScenario({ id: 'low', colour: 'red' }) // throws invalid-scenario
 * ```
 */
export function loadScenario(input: unknown): Scenario {
  guardInput(input)
  const parsed = ScenarioSchema.safeParse(input, ENGLISH)
  if (!parsed.success) throwScenarioError(parsed.error)
  const s = parsed.data
  if (s.allowImplausible !== true) {
    s.populations?.forEach((o, i) => {
      const rate = o.growth?.rate
      if (rate !== undefined) {
        const path = ['populations', i, 'growth', 'rate']
        checkGrowthPlausible(growthFraction(rate, path), rate, path)
      }
    })
  }
  return deepFreeze(s)
}
