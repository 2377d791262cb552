/**
 * Exact rationals for compiled plans: a numerator and a denominator, both safe integers or
 * both BigInt, and arrays of them that hold safe pairs in typed arrays. A decimal `4.58` is
 * 458 / 100: its digits over a power of ten, never reduced, so that the numerator of a product
 * stays the product of the decimals' digits (what the decimal kernels multiply).
 */
import { Dec, decimalString } from '../../decimal.js'
import { POW10, SAFE, scaledDecimal } from '../../kernel/integer.js'

/** A non-negative rational: safe integers, or BigInt once a part passes 2^53. @internal */
export type Rational = readonly [number, number] | readonly [bigint, bigint]

/** A non-negative decimal (text or a plan value) as its digits over a power of ten. @internal */
export function rationalOf(value: string | number): Rational {
  const text = typeof value === 'number' ? String(value) : value
  const s = scaledDecimal(text) ?? scaledDecimal(decimalString(new Dec(text)))
  if (s === null) throw new TypeError(`not a non-negative decimal: ${text}`)
  const [n, scale] = s
  return typeof n === 'number' ? [n, POW10[scale] as number] : [n, 10n ** BigInt(scale)]
}

/** Both parts as BigInt. @internal */
export function bigOf(q: Rational): readonly [bigint, bigint] {
  return typeof q[0] === 'bigint' ? (q as readonly [bigint, bigint]) : [BigInt(q[0]), BigInt(q[1])]
}

/** `a × b`: numerators and denominators multiplied, in safe integers where they fit. @internal */
export function times(a: Rational, b: Rational): Rational {
  if (typeof a[0] === 'number' && typeof b[0] === 'number') {
    const n = a[0] * b[0]
    const d = (a[1] as number) * (b[1] as number)
    if (n <= SAFE && d <= SAFE) return [n, d]
  }
  const [an, ad] = bigOf(a)
  const [bn, bd] = bigOf(b)
  return [an * bn, ad * bd]
}

/** `a / b` (b non-zero): a's numerator times b's denominator over the rest. @internal */
export function over(a: Rational, b: Rational): Rational {
  return times(a, [b[1], b[0]] as Rational)
}

/**
 * Rationals by index: safe pairs in two typed arrays (the numerator NaN marks a BigInt pair,
 * kept apart). Reading and writing a safe pair allocates nothing. @internal
 */
export class Rationals {
  readonly n: Float64Array
  readonly d: Float64Array
  readonly big: (readonly [bigint, bigint] | undefined)[]

  constructor(size: number) {
    this.n = new Float64Array(size).fill(Number.NaN)
    this.d = new Float64Array(size).fill(1)
    this.big = new Array(size).fill(undefined)
  }

  /** Whether slot `i` holds a safe pair (else a BigInt pair, or nothing). */
  small(i: number): boolean {
    const n = this.n[i] as number
    return !Number.isNaN(n)
  }

  set(i: number, q: Rational): void {
    if (typeof q[0] === 'number') {
      this.n[i] = q[0]
      this.d[i] = q[1] as number
      this.big[i] = undefined
    } else {
      this.n[i] = Number.NaN
      this.d[i] = Number.NaN
      this.big[i] = q as readonly [bigint, bigint]
    }
  }

  setSmall(i: number, n: number, d: number): void {
    this.n[i] = n
    this.d[i] = d
  }

  /** The pair in slot `i` as BigInt (slot i must hold one). */
  bigAt(i: number): readonly [bigint, bigint] {
    const n = this.n[i] as number
    if (!Number.isNaN(n)) return [BigInt(n), BigInt(this.d[i] as number)]
    const b = this.big[i]
    if (b === undefined) throw new RangeError(`empty rational slot ${i}`)
    return b
  }

  get(i: number): Rational {
    const n = this.n[i] as number
    return !Number.isNaN(n) ? [n, this.d[i] as number] : this.bigAt(i)
  }

  copy(from: Rationals, i: number, j = i): void {
    this.n[j] = from.n[i] as number
    this.d[j] = from.d[i] as number
    this.big[j] = from.big[i]
  }
}
