/**
 * What the renderers are given, checked before anything is read from it: results (an
 * evaluation, an audit, a comparison of scenarios) and grids are plain data of a known shape,
 * whoever made them (the library, a JSON file read back, a caller's hand). A field of the wrong
 * type is refused with `invalid-argument` at its path, never met as a TypeError mid-table.
 */
import { describe } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { isPlainObject, optionsOf } from '../made.js'

/** Checks one value at a path; throws `invalid-argument` when it is not of the shape. */
export type Shape = (value: unknown, path: Path) => void

/** Throws `invalid-argument`: `expected` (in English and Chinese), got the value. @internal */
export function wrong(expected: readonly [string, string], value: unknown, path: Path): never {
  return fail('invalid-argument', path, {
    problem: `expected ${expected[0]}, got ${describe(value)}`,
    problemZh: `应为${expected[1]}，收到 ${describe(value)}`,
  })
}

/** A value a predicate accepts. */
const when =
  (ok: (v: unknown) => boolean, expected: readonly [string, string]): Shape =>
  (v, path) => {
    if (!ok(v)) wrong(expected, v, path)
  }

/** A text. */
export const text: Shape = when((v) => typeof v === 'string', ['a text', '文本'])
/** A whole number (a count, a year, a line). */
export const whole: Shape = when((v) => Number.isSafeInteger(v), ['a whole number', '整数'])
/** `true` or `false`. */
export const flag: Shape = when((v) => typeof v === 'boolean', ['true or false', '真或假'])

/** One of the listed texts. */
export const oneOf = (values: readonly string[]): Shape =>
  when(
    (v) => typeof v === 'string' && values.includes(v),
    [`one of ${values.join(', ')}`, `${values.join('、')}之一`],
  )

/** The shape, or `null`. */
export const nullable =
  (shape: Shape): Shape =>
  (v, path) => {
    if (v !== null) shape(v, path)
  }

/** The shape, or absent (`undefined`). */
export const optional =
  (shape: Shape): Shape =>
  (v, path) => {
    if (v !== undefined) shape(v, path)
  }

/** A list of values of one shape. */
export const list =
  (shape: Shape): Shape =>
  (v, path) => {
    if (!Array.isArray(v)) return wrong(['a list', '列表'], v, path)
    v.forEach((item, i) => {
      shape(item, [...path, i])
    })
  }

/** A plain object whose listed fields have their shapes (other fields are not read). */
export const record =
  (fields: Readonly<Record<string, Shape>>): Shape =>
  (v, path) => {
    if (!isPlainObject(v)) return wrong(['an object', '对象'], v, path)
    for (const [key, shape] of Object.entries(fields)) shape(v[key], [...path, key])
  }

/**
 * Whether nothing in a value can change: it and every object it holds are frozen, and hold
 * plain values (a getter may answer differently each time it is read, frozen or not).
 */
function deepFrozen(value: object): boolean {
  const stack: unknown[] = [value]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object' || seen.has(v)) continue
    if (!Object.isFrozen(v)) return false
    seen.add(v)
    for (const key of Object.keys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)
      if (d === undefined || !('value' in d)) return false
      stack.push(d.value)
    }
  }
  return true
}

/** The values each shape has passed that can never change (the library's results are built
 * frozen), so that rendering one evaluation in several tables checks it once. */
const passed = new WeakMap<Shape, WeakSet<object>>()

/** Checks a value against a shape and returns it with its type. @internal */
export function checked<T>(value: unknown, shape: Shape, path: Path): T {
  const memo = typeof value === 'object' && value !== null
  if (memo && passed.get(shape)?.has(value)) return value as T
  shape(value, path)
  if (memo && deepFrozen(value)) {
    const values = passed.get(shape) ?? new WeakSet<object>()
    passed.set(shape, values.add(value))
  }
  return value as T
}

/** The languages of labels, headers and messages. */
export const LANGS = Object.freeze(['zh', 'en'] as const)

/**
 * A language argument: `'zh'` or `'en'`. @internal
 *
 * @throws BedstaffError `invalid-argument` at `lang`
 */
export function checkLang<L>(lang: L, path: Path = ['lang']): L {
  return checked<L>(lang, oneOf(LANGS), path)
}

/**
 * An options object: a plain object with no key outside `keys`. @internal
 *
 * @throws BedstaffError `invalid-options`
 */
export function renderOptions<T>(value: T, keys: readonly string[], path: Path = ['options']): T {
  // as optionsOf, except that the options object itself is required
  if (value === undefined) {
    return fail('invalid-options', path, { problem: `expected an object, got ${describe(value)}` })
  }
  optionsOf(value, keys, path)
  return value
}
