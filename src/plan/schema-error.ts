/**
 * What every validating loader (plans, norm sets, scenarios, options) does with zod's answer:
 * the first issue becomes a typed error with its path; a valid value is deep-frozen.
 */
import { en } from 'zod/locales'
import type * as z from 'zod/mini'
import { fail, type Path } from '../errors.js'

/**
 * The options of every parse: zod's English messages. zod/mini loads no locale, and the
 * program's own zod configuration is not the library's to set, so they are given per parse.
 * @internal
 */
export const ENGLISH: z.core.ParseContext<z.core.$ZodIssue> = /* @__PURE__ */ englishMessages()

/** zod's English error map, as parse options. */
function englishMessages(): z.core.ParseContext<z.core.$ZodIssue> {
  return { error: en().localeError }
}

/** Deep-freezes a freshly parsed (so unshared) value. @internal */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Throws the first schema issue as a typed error (`invalid-plan`) with its path. @internal */
export function throwSchemaError(error: z.core.$ZodError, prefix: Path = []): never {
  const [first] = error.issues
  const more = error.issues.length - 1
  const problem = `${first?.message ?? 'invalid'}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`
  return fail('invalid-plan', [...prefix, ...((first?.path ?? []) as (string | number)[])], {
    problem,
    ...issueParams(first),
  })
}

/**
 * The fields of a schema issue that say it in Chinese (`schemaIssueZh`): its code and what it
 * expected, as plain strings and numbers. @internal
 */
export function issueParams(issue: z.core.$ZodIssue | undefined): Record<string, string | number> {
  if (!issue) return {}
  const out: Record<string, string | number> = { issue: issue.code }
  const i = issue as unknown as Record<string, unknown>
  for (const key of ['expected', 'origin', 'format', 'divisor'] as const) {
    const v = i[key]
    if (typeof v === 'string' || typeof v === 'number') out[key] = v
  }
  for (const key of ['minimum', 'maximum'] as const) {
    const v = i[key]
    if (typeof v === 'number' || typeof v === 'bigint') out[key] = String(v)
  }
  if (typeof i.inclusive === 'boolean') out.inclusive = String(i.inclusive)
  for (const key of ['keys', 'values'] as const) {
    const v = i[key]
    if (Array.isArray(v)) out[key] = v.slice(0, 10).map(String).join(', ')
  }
  return out
}
