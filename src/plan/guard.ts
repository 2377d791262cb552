/**
 * Guards run on raw input before schema validation: no prototype keys, bounded depth.
 */
import { fail, type Path } from '../errors.js'

/** Keys refused anywhere in input, so that no plan can reach `Object.prototype`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
])

/** Deepest nesting accepted in a plan file. */
export const MAX_DEPTH = 32

/**
 * Walks raw input and refuses forbidden keys and excessive nesting, with the path of the
 * offending key.
 *
 * `{"rules":[{"__proto__":{}}]}` is refused at `rules[0].__proto__`.
 *
 * @throws BedstaffError `forbidden-key`, `input-too-deep`
 */
export function guardInput(value: unknown, path: Path = [], depth = 0): void {
  if (value === null || typeof value !== 'object') return
  if (depth > MAX_DEPTH) fail('input-too-deep', path, { limit: MAX_DEPTH })
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      guardInput(v, [...path, i], depth + 1)
    })
    return
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) fail('forbidden-key', [...path, key], { key })
    guardInput((value as Record<string, unknown>)[key], [...path, key], depth + 1)
  }
}
