/**
 * The integer kernels of compiled plans: `amount × coefficient` counted in safe integers (below
 * 2^53), past that bound in BigInt, and never in floats. Each kernel gives exactly the count
 * the decimal kernels give (`perCapitaExact`, `throughExact`, `compoundMinimumOf`, then
 * `countOf`), or says it cannot tell ({@link UNDECIDED}) and the caller asks the decimal
 * kernels. Operands are non-negative integers: a decimal `4.58` is the pair 458 / 10^2.
 */
import { Dec } from '../decimal.js'
import type { Rounding } from '../rounding.js'

/** Rounding modes as small integers, for the arrays of a compiled plan. @internal */
export const CEIL = 0
/** @internal */
export const FLOOR = 1
/** @internal */
export const HALF_UP = 2
/** @internal */
export const HALF_EVEN = 3
/** No count: only the exact value. @internal */
export const NONE = 4

const CODES: Readonly<Record<Rounding, number>> = {
  ceil: CEIL,
  floor: FLOOR,
  'half-up': HALF_UP,
  'half-even': HALF_EVEN,
  none: NONE,
}

/** The integer code of a rounding mode. @internal */
export function roundingCode(rounding: Rounding): number {
  return CODES[rounding]
}

/** What a kernel returns when only the decimal kernels can give the count. @internal */
export const UNDECIDED = -1

/** 2^53 − 1: every integer up to it is a double exactly. @internal */
export const SAFE = Number.MAX_SAFE_INTEGER

/** Powers of ten that are safe integers: 10^0 … 10^15. @internal */
export const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i)

/**
 * `round(a × k / (da × dk))` for safe non-negative integers (`da`, `dk` ≥ 1) under a rounding
 * code (not {@link NONE}), or {@link UNDECIDED} when a product passes 2^53 (the caller then
 * takes {@link bigCountOfProduct}). Exact: the remainder decides the rounding. Below 2^53 the
 * decimal kernels compute the same quotient exactly or round it at their 40th digit, far
 * below the 1/(da × dk) that separates it from any integer or half it is not equal to, so they
 * give the same count. @internal
 */
export function countOfProduct(a: number, k: number, da: number, dk: number, mode: number) {
  const n = a * k
  const d = da * dk
  if (n > SAFE || d > SAFE) return UNDECIDED
  const r = n % d
  const q = (n - r) / d
  if (r === 0) return q
  if (mode === CEIL) return q + 1
  if (mode === FLOOR) return q
  const twice = 2 * r // exact: a double times two
  if (twice > d) return q + 1
  if (twice < d) return q
  return mode === HALF_UP || q % 2 === 1 ? q + 1 : q
}

const TEN_TO_PRECISION = 10n ** BigInt(Dec.precision - 1)

/**
 * Whether an integer has at most as many significant digits as {@link Dec} keeps (40), so
 * that the decimal kernels hold it without rounding. @internal
 */
export function fitsPrecision(n: bigint): boolean {
  let s = n.toString()
  let end = s.length
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--
  s = s.slice(0, end)
  return s.length <= Dec.precision
}

/**
 * `round(a × k / (da × dk))` in BigInt, as the decimal kernels give it after `roundings`
 * roundings to 40 significant digits (1 for a product, 2 for a product then a quotient).
 * Each rounding moves the value by at most 5 × 10^-40 of itself, so where the exact quotient
 * is further than that from the nearest point where the count changes (an integer for ceil
 * and floor, a half for the others), the count is the exact one. On such a point, the decimal
 * kernels agree only if the product kept every digit; elsewhere close to one, and for counts
 * above 2^53 − 1 (which they refuse), this returns {@link UNDECIDED}. @internal
 */
export function bigCountOfProduct(
  a: bigint,
  k: bigint,
  da: bigint,
  dk: bigint,
  mode: number,
  roundings: number,
): number {
  const n = a * k
  const d = da * dk
  const q = n / d
  const r = n % d
  const slack = n * BigInt(roundings) // the exact quotient may move by slack / (d × 10^39)
  let c = q
  if (mode === CEIL || mode === FLOOR) {
    if (r === 0n) {
      if (!fitsPrecision(n)) return UNDECIDED
    } else {
      const gap = r < d - r ? r : d - r
      if (gap * TEN_TO_PRECISION <= slack) return UNDECIDED
      if (mode === CEIL) c = q + 1n
    }
  } else {
    const off = 2n * r - d
    if (off === 0n) {
      if (!fitsPrecision(n)) return UNDECIDED
      if (mode === HALF_UP || q % 2n === 1n) c = q + 1n
    } else {
      if ((off < 0n ? -off : off) * TEN_TO_PRECISION <= 2n * slack) return UNDECIDED
      if (off > 0n) c = q + 1n
    }
  }
  return c > BigInt(SAFE) ? UNDECIDED : Number(c)
}

/** Greatest common divisor of safe non-negative integers. @internal */
export function gcd(a: number, b: number): number {
  let x = a
  let y = b
  while (y !== 0) {
    const t = x % y
    x = y
    y = t
  }
  return x
}

/**
 * `n / d` (safe integers, d ≥ 1) as a terminating decimal `N / 10^k` with both safe, as the
 * decimal kernels hold it exactly; `null` when it does not terminate or does not fit (the
 * decimal kernels would round it, or the pair would pass 2^53). @internal
 */
export function exactDecimal(n: number, d: number): readonly [number, number] | null {
  const g = gcd(n, d) || 1
  let rest = d / g
  let twos = 0
  let fives = 0
  while (rest % 2 === 0) {
    rest /= 2
    twos++
  }
  while (rest % 5 === 0) {
    rest /= 5
    fives++
  }
  if (rest !== 1) return null
  const k = twos > fives ? twos : fives
  if (k > 15) return null
  const big = (n / g) * 2 ** (k - twos) * 5 ** (k - fives)
  return big > SAFE ? null : [big, POW10[k] as number]
}

/**
 * A non-negative decimal text the library wrote or checked ("4.58", "2000000", "0.05") as an
 * integer over a power of ten: `[458, 2]`. The integer is a number when it has at most 15
 * digits and the scale at most 15, else a BigInt. `null` for anything else (a sign, an
 * exponent, a space). @internal
 */
export function scaledDecimal(text: string): readonly [number | bigint, number] | null {
  const length = text.length
  let n = 0
  let digits = 0
  let point = -1
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === 46) {
      if (point >= 0) return null
      point = i
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++
      n = n * 10 + (c - 48)
    } else return null
  }
  if (length === 0 || (point >= 0 && length === 1)) return null
  const scale = point < 0 ? 0 : length - point - 1
  if (digits <= 15 && scale <= 15) return [n, scale]
  return [BigInt(point < 0 ? text : text.slice(0, point) + text.slice(point + 1)), scale]
}
