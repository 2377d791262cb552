/**
 * What every validating loader (plans, norm sets, scenarios, options) does with zod's answer:
 * the first issue becomes a typed error with its path; a valid value is deep-frozen.
 */
import type { z } from 'zod'
import { fail, type Path } from '../errors.js'

/** Deep-freezes a freshly parsed (so unshared) value. @internal */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Throws the first schema issue as a typed error (`invalid-plan`) with its path. @internal */
export function throwSchemaError(error: z.ZodError, prefix: Path = []): never {
  const [first] = error.issues
  const more = error.issues.length - 1
  const problem = `${first?.message ?? 'invalid'}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`
  return fail('invalid-plan', [...prefix, ...((first?.path ?? []) as (string | number)[])], {
    problem,
  })
}
