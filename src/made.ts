/**
 * What the library made, and what it is handed. Each factory (rate, ratio, share, stock,
 * interval, the bases) keeps a module-private registry of the frozen values it returned: a value
 * in its registry is trusted as it is; any other value (read back from JSON, spread, edited,
 * written by hand) is re-validated with the factory's own checks before it is used.
 */
import { describe } from './decimal.js'
import { fail, type Path } from './errors.js'

/** A registry of the values one factory made. @internal */
export interface Made<T extends object> {
  /** Records a frozen value as made by the library and returns it. */
  readonly mark: (value: T) => T
  /** Whether the library made this very value. */
  readonly has: (value: unknown) => value is T
}

/**
 * A new registry, to be kept private to the module whose factory fills it: a `WeakSet`, so a
 * value it holds is still collected when nothing else refers to it. @internal
 */
export function madeBy<T extends object>(): Made<T> {
  const made = new WeakSet<object>()
  return Object.freeze({
    mark: (value: T): T => {
      made.add(value)
      return value
    },
    has: (value: unknown): value is T =>
      typeof value === 'object' && value !== null && made.has(value),
  })
}

/** What a value should be, in both languages: `a rate (from rate() or rateFromJson())`. */
export interface What {
  readonly en: string
  readonly zh: string
}

/** Throws `invalid-argument`: a value of the wrong type. @internal */
export function wrongType(what: What, value: unknown, path: Path): never {
  return fail('invalid-argument', path, {
    problem: `expected ${what.en}, got ${describe(value)}`,
    problemZh: `应为${what.zh}，收到 ${describe(value)}`,
  })
}

/** Whether a value is a plain object: `{…}`, `Object.create(null)`, or parsed JSON. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * The fields of a value the library saved (a rate, a base, an interval…): a plain object with
 * no key outside `keys` and, when `type` is given, that `type` tag. `what` names the value for
 * the message: `a rate (from rate() or rateFromJson())`. @internal
 *
 * @throws BedstaffError `invalid-argument`
 */
export function savedFields(
  value: unknown,
  what: What,
  keys: readonly string[],
  path: Path,
  type?: string,
): Record<string, unknown> {
  if (!isPlainObject(value)) return wrongType(what, value, path)
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      fail('invalid-argument', [...path, key], {
        problem: `unknown field "${key.slice(0, 40)}" in ${what.en} (expected ${keys.join(', ')})`,
        problemZh: `${what.zh}中没有「${key.slice(0, 40)}」这一项（应为 ${keys.join(', ')}）`,
      })
    }
  }
  if (type !== undefined && value.type !== type) {
    fail('invalid-argument', [...path, 'type'], {
      problem: `expected type "${type}", got ${describe(value.type)}`,
      problemZh: `类型应为「${type}」，收到 ${describe(value.type)}`,
    })
  }
  return value
}

/**
 * An options argument: `undefined` is `{}`; otherwise a plain object with no key outside
 * `keys` (a misspelt `roundng` is refused, not ignored). @internal
 *
 * @throws BedstaffError `invalid-options`
 */
export function optionsOf(
  value: unknown,
  keys: readonly string[],
  path: Path = ['options'],
): Record<string, unknown> {
  if (value === undefined) return {}
  if (!isPlainObject(value)) {
    return fail('invalid-options', path, { problem: `expected an object, got ${describe(value)}` })
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      fail('invalid-options', [...path, key], {
        problem: `unknown option "${key.slice(0, 40)}" (expected ${keys.join(', ')})`,
      })
    }
  }
  return value
}

/**
 * A flag of an options object: `undefined` gives the default, else it must be a boolean.
 * @internal
 *
 * @throws BedstaffError `invalid-options`
 */
export function flagOf(value: unknown, fallback: boolean, path: Path): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') {
    fail('invalid-options', path, { problem: `expected true or false, got ${describe(value)}` })
  }
  return value
}

/**
 * Whether a factory was called with one saved value (`rate(json)`) rather than with its
 * arguments (`rate('beds', '4.58', { per: 1000, base: 'resident' })`): an object first, nothing
 * after it. @internal
 */
export function isSavedCall(first: unknown, ...rest: readonly unknown[]): first is object {
  return typeof first === 'object' && first !== null && rest.every((r) => r === undefined)
}
