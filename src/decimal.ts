/**
 * The library's own decimal type. All arithmetic in bedstaff goes through `Dec`, a private
 * `Decimal.clone` with its own precision and rounding, so that a caller who changes the global
 * decimal.js settings changes nothing here.
 */
// The instance type by name: under `module: NodeNext` decimal.js is a CommonJS package whose
// default import is the whole module, so the default `Decimal` is a namespace, not a type.
import Decimal, { type Decimal as DecimalInstance } from 'decimal.js'
import { fail, type Path } from './errors.js'

/**
 * bedstaff's decimal constructor: 40 significant digits, half-up, no exponent notation within
 * ±1e50. Independent of the global `Decimal` settings, and fixed: `Dec.set` refuses. The kernels
 * take and return `Dec`.
 *
 * @example
 * ```ts
 * import { Dec } from 'bedstaff'
 *
 * new Dec('4.58').times(2000).toString() // => "9160"
 * new Dec(1).div(3).toString() // => "0.3333333333333333333333333333333333333333"
 * Dec.set({ precision: 5 }) // throws invalid-argument   (its settings are the library's)
 * ```
 */
export const Dec: typeof DecimalInstance = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 50,
  minE: -9e15,
  maxE: 9e15,
})

// The settings of Dec are the library's: `Dec.set` and `Dec.config` refuse, so that no caller
// changes the precision of every result (decimal.js itself sets precision for a moment while it
// computes a power or a root, so Dec cannot simply be frozen).
for (const name of ['set', 'config']) {
  Object.defineProperty(Dec, name, {
    value: (): never =>
      fail('invalid-argument', ['Dec', name], {
        problem: `the settings of Dec are fixed; make your own with Decimal.clone() instead of Dec.${name}()`,
        problemZh: `Dec 的设置不可更改；如需其他设置，请用 Decimal.clone() 另建，而非 Dec.${name}()`,
      }),
    writable: false,
    configurable: false,
  })
}

/** An instance of {@link Dec}. */
export type Dec = DecimalInstance

/** What the library accepts for a number: a decimal string such as `"4.58"`, or a finite number. */
export type DecimalInput = string | number

/** Largest magnitude accepted at the boundary (10^15): no plan figure comes near it. */
export const MAX_MAGNITUDE = new Dec('1e15')
/** Smallest non-zero magnitude accepted at the boundary (10^-15). */
export const MIN_MAGNITUDE = new Dec('1e-15')
/**
 * Most significant digits accepted in one input number: the precision of {@link Dec}, so that
 * every decimal string the library writes (an exact quotient such as 8400 / 7300) is accepted
 * back as an input.
 */
export const MAX_DIGITS = 40
/** Longest numeric string accepted. */
const MAX_NUMBER_TEXT = 64

const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * Converts a caller's value to a {@link Dec}, once, at the boundary. Accepts decimal strings
 * (`"4.58"`, `"1e3"`) and finite numbers. Rejects NaN, Infinity, empty or malformed text, more
 * than 40 significant digits, and magnitudes outside [1e-15, 1e15] (zero is allowed).
 *
 * @throws BedstaffError `invalid-number`, `non-finite-number`, `too-many-digits`, `number-out-of-range`
 * @example
 * ```ts
 * import { toDecimal } from 'bedstaff'
 *
 * toDecimal('4.58').times(2000).toString() // => "9160"
 * toDecimal(' 4.20 ').toString() // => "4.2"
 * toDecimal('4,58') // throws invalid-number
 * toDecimal('1e400') // throws number-out-of-range
 * ```
 */
export function toDecimal(value: unknown, path: Path = []): Dec {
  checkPath(path)
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('non-finite-number', path, { received: String(value) })
    text = String(value)
  } else if (typeof value === 'string') {
    text = value.trim()
    if (text.length > MAX_NUMBER_TEXT) {
      fail('invalid-number', path, { received: `${text.slice(0, 20)}… (${text.length} chars)` })
    }
    if (/^[+-]?(?:inf(?:inity)?|nan)$/i.test(text))
      fail('non-finite-number', path, { received: text })
    if (!DECIMAL_TEXT.test(text)) fail('invalid-number', path, { received: JSON.stringify(value) })
  } else if (value instanceof Decimal) {
    text = value.toString()
  } else {
    fail('invalid-number', path, { received: describe(value) })
  }
  const d = new Dec(text)
  if (!d.isFinite()) fail('non-finite-number', path, { received: text })
  if (d.isZero()) return new Dec(0)
  const abs = d.abs()
  if (abs.gt(MAX_MAGNITUDE) || abs.lt(MIN_MAGNITUDE)) {
    fail('number-out-of-range', path, { received: text, range: '[1e-15, 1e15]' })
  }
  if (d.precision(true) > MAX_DIGITS) {
    fail('too-many-digits', path, { received: text, limit: MAX_DIGITS })
  }
  return d
}

/**
 * Writes a {@link Dec} as a plain decimal string, never in exponent notation and never `-0`.
 * Never writes `"NaN"` or `"Infinity"`: a non-finite decimal is refused.
 *
 * @throws BedstaffError `invalid-number` (not a decimal), `non-finite-number`
 * @example
 * ```ts
 * import { Dec, decimalString, toDecimal } from 'bedstaff'
 *
 * decimalString(toDecimal('1e-7')) // => "0.0000001"
 * decimalString(toDecimal('9.16e3')) // => "9160"
 * decimalString(new Dec(1).div(0)) // throws non-finite-number
 * decimalString('9160' as never) // throws invalid-number
 * ```
 */
export function decimalString(d: Dec): string {
  const v = finiteDec(d, [])
  if (v.isZero()) return '0'
  return v.toFixed()
}

/**
 * A decimal argument of a function that takes a {@link Dec} (`roundTo`, `countOf`): an instance
 * of decimal.js (any clone), finite. @internal
 *
 * @throws BedstaffError `invalid-number`, `non-finite-number`
 */
export function finiteDec(value: unknown, path: Path): Dec {
  if (!(value instanceof Decimal)) fail('invalid-number', path, { received: describe(value) })
  if (!value.isFinite()) fail('non-finite-number', path, { received: value.toString() })
  return value
}

/** Most keys in a path: far deeper than any input the library accepts (32 levels). */
const MAX_PATH = 100

/**
 * Checks a path a caller passes (`toDecimal(value, ['rules', 0, 'value'])`): a list of at most
 * 100 keys (strings) and indices (whole numbers from 0). @internal
 *
 * @throws BedstaffError `invalid-argument` at `['path']`
 */
export function checkPath(path: unknown): Path {
  if (Array.isArray(path) && path.length === 0) return path
  const ok =
    Array.isArray(path) &&
    path.length <= MAX_PATH &&
    path.every((k) => typeof k === 'string' || (Number.isSafeInteger(k) && k >= 0))
  if (!ok) {
    fail('invalid-argument', ['path'], {
      problem: `a path is a list of at most ${MAX_PATH} keys and indices, got ${describe(path)}`,
      problemZh: `路径应为不超过 ${MAX_PATH} 个键名或序号的列表，收到 ${describe(path)}`,
    })
  }
  return path as Path
}

/** A short description of an unexpected value for error messages. @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/**
 * A memoizing reader of decimal strings the library itself has validated (plan values, base
 * values): evaluation reads the same few strings many times. Each evaluation makes its own.
 * @internal
 */
export function decimalReader(): (text: string | number) => Dec {
  const cache = new Map<string | number, Dec>()
  return (text) => {
    let d = cache.get(text)
    if (d === undefined) {
      d = new Dec(text)
      if (cache.size > 10_000) cache.clear()
      cache.set(text, d)
    }
    return d
  }
}

/** A decimal of 0 or more, converted once at the boundary (`toDecimal`, then the sign). @internal
 *
 * @throws BedstaffError `negative-value` and the errors of `toDecimal` */
export function nonNegative(value: unknown, path: Path): Dec {
  const v = toDecimal(value, path)
  if (v.isNegative() && !v.isZero()) fail('negative-value', path, { received: decimalString(v) })
  return v
}
