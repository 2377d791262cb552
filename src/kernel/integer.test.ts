/**
 * The integer kernels of compiled plans must give exactly the count the decimal kernels give, or
 * say they cannot tell. Stated as laws against the decimal kernels (`Dec` arithmetic, then
 * `countOf`), and on the Cixi figures: 4.58 per 1,000 of 2,000,000 is 9160 (seed 003 L143;
 * fixtures/cixi-2021-2025.json); 3.8 per 100,000 of 1,497,600 is 56.9088 → 57 (seed 000 L224 and
 * L217; fixtures/cixi-2016-2020.json).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { countOf, type Rounding } from '../rounding.js'
import {
  bigCountOfProduct,
  CEIL,
  countOfProduct,
  exactDecimal,
  FLOOR,
  fitsPrecision,
  gcd,
  HALF_EVEN,
  HALF_UP,
  NONE,
  POW10,
  roundingCode,
  SAFE,
  scaledDecimal,
  UNDECIDED,
} from './integer.js'

const MODES: readonly (readonly [number, Rounding])[] = [
  [CEIL, 'ceil'],
  [FLOOR, 'floor'],
  [HALF_UP, 'half-up'],
  [HALF_EVEN, 'half-even'],
]

/** What the decimal kernels count: a × k / (da × dk) in Dec, then countOf. */
const decimalCount = (a: bigint, k: bigint, da: bigint, dk: bigint, mode: Rounding) =>
  countOf(
    new Dec(a.toString()).times(new Dec(k.toString())).div(new Dec((da * dk).toString())),
    mode,
  )

/** The exact count, in BigInt: the quotient rounded by its remainder. */
const exactCount = (n: bigint, d: bigint, mode: Rounding): bigint => {
  const q = n / d
  const r = n % d
  if (r === 0n) return q
  if (mode === 'ceil') return q + 1n
  if (mode === 'floor') return q
  if (2n * r > d) return q + 1n
  if (2n * r < d) return q
  return mode === 'half-up' || q % 2n === 1n ? q + 1n : q
}

describe('rounding codes and constants', () => {
  it('each mode has its code, none its own', () => {
    expect(MODES.map(([, r]) => roundingCode(r))).toEqual([CEIL, FLOOR, HALF_UP, HALF_EVEN])
    expect(roundingCode('none')).toBe(NONE)
    expect(new Set([CEIL, FLOOR, HALF_UP, HALF_EVEN, NONE, UNDECIDED]).size).toBe(6)
    expect(UNDECIDED).toBeLessThan(0)
  })

  it('SAFE is 2^53 − 1 and POW10 holds 10^0 … 10^15', () => {
    expect(SAFE).toBe(2 ** 53 - 1)
    expect(POW10).toHaveLength(16)
    expect(POW10.every((p, i) => p === 10 ** i)).toBe(true)
  })
})

describe('countOfProduct', () => {
  it('458 / 10^2 per 1,000 of 2,000,000 is 9160 in every mode (seed 003 L143)', () => {
    for (const [mode] of MODES) expect(countOfProduct(458, 2_000_000, 100, 1000, mode)).toBe(9160)
  })

  it('38 / 10 per 100,000 of 1,497,600 is 56.9088: 57, 56, 57, 57 (seed 000 L224)', () => {
    expect(MODES.map(([m]) => countOfProduct(38, 1_497_600, 10, 100_000, m))).toEqual([
      57, 56, 57, 57,
    ])
  })

  it('halves: 5 / 2 is 3 half-up and 2 half-even; 7 / 2 is 4 either way; 1 / 4 and 3 / 4', () => {
    expect(MODES.map(([m]) => countOfProduct(5, 1, 2, 1, m))).toEqual([3, 2, 3, 2])
    expect(MODES.map(([m]) => countOfProduct(7, 1, 1, 2, m))).toEqual([4, 3, 4, 4])
    expect(MODES.map(([m]) => countOfProduct(1, 1, 4, 1, m))).toEqual([1, 0, 0, 0])
    expect(MODES.map(([m]) => countOfProduct(3, 1, 4, 1, m))).toEqual([1, 0, 1, 1])
  })

  it('is undecided once the product or the divisor passes 2^53 − 1', () => {
    expect(countOfProduct(2 ** 27, 2 ** 26, 1, 1, CEIL)).toBe(UNDECIDED)
    expect(countOfProduct(1, 1, 2 ** 27, 2 ** 26, CEIL)).toBe(UNDECIDED)
    expect(countOfProduct(SAFE, 1, 1, 1, FLOOR)).toBe(SAFE)
    expect(countOfProduct(1, 1, SAFE, 1, CEIL)).toBe(1)
  })

  it('law: it gives the decimal kernels’ count for every product below 2^53', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(1, 10, 100, 1000, 10_000, 3, 7),
        fc.constantFrom(1, 10, 1000, 100_000, 30_000, 6),
        fc.constantFrom(...MODES),
        (a, k, da, dk, [code, mode]) => {
          const got = countOfProduct(a, k, da, dk, code)
          if (a * k > SAFE) expect(got).toBe(UNDECIDED)
          else expect(got).toBe(decimalCount(BigInt(a), BigInt(k), BigInt(da), BigInt(dk), mode))
        },
      ),
    )
  })
})

describe('bigCountOfProduct', () => {
  it('gives the exact count where no rounding can move it: 9160, and 56.9088 → 57', () => {
    expect(bigCountOfProduct(458n, 2_000_000n, 100n, 1000n, CEIL, 2)).toBe(9160)
    expect(MODES.map(([m]) => bigCountOfProduct(38n, 1_497_600n, 10n, 100_000n, m, 2))).toEqual([
      57, 56, 57, 57,
    ])
  })

  it('decides an exact half when the product keeps every digit, and not otherwise', () => {
    expect(MODES.map(([m]) => bigCountOfProduct(5n, 1n, 2n, 1n, m, 2))).toEqual([3, 2, 3, 2])
    expect(MODES.map(([m]) => bigCountOfProduct(7n, 1n, 2n, 1n, m, 2))).toEqual([4, 3, 4, 4])
    // 10^40 + 1 has 41 significant digits: Dec rounds it to 10^40, so a quotient that is exactly
    // a half or a whole number on paper is just off it in Dec; the kernel does not decide
    const long = 10n ** 40n + 1n
    expect(bigCountOfProduct(long, 1n, 2n * long, 1n, HALF_UP, 1)).toBe(UNDECIDED)
    expect(bigCountOfProduct(long, 1n, 2n, 1n, HALF_EVEN, 1)).toBe(UNDECIDED)
    expect(bigCountOfProduct(long, 1n, long, 1n, FLOOR, 1)).toBe(UNDECIDED)
    expect(bigCountOfProduct(long, 1n, long, 1n, CEIL, 1)).toBe(UNDECIDED)
    // with 40 digits it decides: (10^40 − 1) / (2 × (10^40 − 1)) is 1/2
    const forty = 10n ** 40n - 1n
    expect(bigCountOfProduct(forty, 1n, 2n * forty, 1n, HALF_UP, 1)).toBe(1)
    expect(bigCountOfProduct(forty, 1n, 2n * forty, 1n, HALF_EVEN, 1)).toBe(0)
    expect(bigCountOfProduct(forty, 1n, forty, 1n, FLOOR, 1)).toBe(1)
  })

  it('is undecided within the slack of a rounding, and for counts past 2^53 − 1', () => {
    // a quotient 1e-45 above an integer: 40 digits cannot tell it from the integer
    const d = 10n ** 45n
    expect(bigCountOfProduct(d + 1n, 1n, d, 1n, CEIL, 2)).toBe(UNDECIDED)
    expect(bigCountOfProduct(d - 1n, 1n, d, 1n, FLOOR, 2)).toBe(UNDECIDED)
    // and just off a half
    expect(bigCountOfProduct(d + 1n, 1n, 2n * d, 1n, HALF_UP, 2)).toBe(UNDECIDED)
    expect(bigCountOfProduct(d - 1n, 1n, 2n * d, 1n, HALF_EVEN, 2)).toBe(UNDECIDED)
    expect(bigCountOfProduct(2n ** 53n, 1n, 1n, 1n, FLOOR, 1)).toBe(UNDECIDED)
    // the slack is n × roundings / 10^39 of the quotient: 10^39 / (10^39 − 1) is 1 + 1/(10^39 − 1),
    // within that slack of 1 after one rounding (on its edge) and after two
    const n = 10n ** 39n
    expect(bigCountOfProduct(n, 1n, n - 1n, 1n, CEIL, 1)).toBe(UNDECIDED)
    expect(bigCountOfProduct(n, 1n, n - 1n, 1n, CEIL, 2)).toBe(UNDECIDED)
    expect(bigCountOfProduct(10n * n, 1n, 10n * n - 1n, 1n, FLOOR, 1)).toBe(UNDECIDED)
    // further from the integer than the slack: decided
    expect(bigCountOfProduct(n / 10n, 1n, n / 10n - 1n, 1n, CEIL, 1)).toBe(2)
    expect(bigCountOfProduct(n / 10n, 1n, n / 10n - 1n, 1n, FLOOR, 1)).toBe(1)
    // and off a half by one part in 10^39, on the edge of two roundings
    expect(bigCountOfProduct(n + 1n, 1n, 2n * n, 1n, HALF_EVEN, 1)).toBe(UNDECIDED)
    expect(bigCountOfProduct(n, 1n, 2n * n - 2n, 1n, HALF_EVEN, 1)).toBe(UNDECIDED) // on the edge
    expect(bigCountOfProduct(n / 10n + 1n, 1n, (2n * n) / 10n, 1n, HALF_EVEN, 1)).toBe(1)
    expect(bigCountOfProduct(2n ** 53n - 1n, 1n, 1n, 1n, FLOOR, 1)).toBe(SAFE)
    // (2^54 − 1) / 2 is 2^53 − 0.5: floor is 2^53 − 1, ceil 2^53, past the bound
    expect(bigCountOfProduct(2n ** 54n - 1n, 1n, 2n, 1n, FLOOR, 1)).toBe(SAFE)
    expect(bigCountOfProduct(2n ** 54n - 1n, 1n, 2n, 1n, CEIL, 1)).toBe(UNDECIDED)
  })

  it('law: where it decides, it gives both the exact count and the decimal kernels’ count', () => {
    const big = fc.bigInt({ min: 0n, max: 10n ** 25n })
    const divisor = fc.constantFrom(1n, 10n, 100n, 1000n, 10n ** 12n, 3n, 7n, 30_000n)
    fc.assert(
      fc.property(
        big,
        big,
        divisor,
        divisor,
        fc.constantFrom(...MODES),
        (a, k, da, dk, [code, mode]) => {
          const got = bigCountOfProduct(a, k, da, dk, code, 2)
          if (got === UNDECIDED) return
          expect(BigInt(got)).toBe(exactCount(a * k, da * dk, mode))
          expect(got).toBe(decimalCount(a, k, da, dk, mode))
        },
      ),
    )
  })

  it('law: it decides every whole product below 2^53, and gives it', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.constantFrom(...MODES),
        (a, k, [code, mode]) => {
          // d = 1: the quotient is the product, a whole number that fits 40 digits
          expect(bigCountOfProduct(a, k, 1n, 1n, code, 1)).toBe(Number(exactCount(a * k, 1n, mode)))
        },
      ),
    )
  })
})

describe('fitsPrecision', () => {
  it('counts significant digits, trailing zeros excepted: 40 fit, 41 do not', () => {
    expect(fitsPrecision(10n ** 39n)).toBe(true)
    expect(fitsPrecision(10n ** 100n)).toBe(true)
    expect(fitsPrecision(10n ** 40n - 1n)).toBe(true) // 40 nines
    expect(fitsPrecision(10n ** 40n + 1n)).toBe(false) // 41 digits
    expect(fitsPrecision((10n ** 40n + 1n) * 10n)).toBe(false)
    expect(fitsPrecision(0n)).toBe(true)
    expect(fitsPrecision(9160n)).toBe(true)
  })
})

describe('gcd and exactDecimal', () => {
  it('gcd: 12 and 18 share 6; with 0, the other', () => {
    expect(gcd(12, 18)).toBe(6)
    expect(gcd(18, 12)).toBe(6)
    expect(gcd(0, 5)).toBe(5)
    expect(gcd(5, 0)).toBe(5)
    expect(gcd(7300, 8400)).toBe(100)
  })

  it('exactDecimal: 6005 / 2000 is 30025 / 10^4 (3.0025, seed 003 L146); 8400 / 7300 does not end', () => {
    expect(exactDecimal(6005, 2000)).toEqual([30025, 10_000])
    expect(exactDecimal(1, 4)).toEqual([25, 100])
    expect(exactDecimal(1, 5)).toEqual([2, 10])
    expect(exactDecimal(1, 2)).toEqual([5, 10])
    expect(exactDecimal(9160, 1)).toEqual([9160, 1])
    expect(exactDecimal(0, 7)).toEqual([0, 1])
    expect(exactDecimal(8400, 7300)).toBeNull()
    expect(exactDecimal(1, 3)).toBeNull()
  })

  it('exactDecimal: null past 15 decimals or past 2^53', () => {
    expect(exactDecimal(1, 2 ** 15)).toEqual([30517578125, 10 ** 15]) // 2^-15 has 15 decimals
    expect(exactDecimal(1, 2 ** 16)).toBeNull()
    expect(exactDecimal(1, 5 ** 16)).toBeNull()
    expect(exactDecimal(SAFE, 2)).toBeNull()
    expect(exactDecimal(SAFE, 1)).toEqual([SAFE, 1])
  })

  it('law: N / 10^k equals n / d exactly whenever it is given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (n, d) => {
          const e = exactDecimal(n, d)
          const exact = new Dec(n).div(d)
          if (e === null) return
          expect(new Dec(e[0]).div(e[1]).eq(exact)).toBe(true)
          expect(Number.isSafeInteger(e[0])).toBe(true)
          expect(POW10).toContain(e[1])
        },
      ),
    )
  })
})

describe('scaledDecimal', () => {
  it.each([
    ['4.58', [458, 2]],
    ['2000000', [2_000_000, 0]],
    ['0.05', [5, 2]],
    ['.5', [5, 1]],
    ['5.', [5, 0]],
    ['0', [0, 0]],
    ['000000000000000000001', [1, 0]], // leading zeros are not significant
    ['123456789012345', [123456789012345, 0]],
    ['0.000000000000001', [1, 15]],
  ] as const)('%s is %j', (text, pair) => {
    expect(scaledDecimal(text)).toEqual(pair)
  })

  it('writes a BigInt past 15 digits or 15 decimals', () => {
    expect(scaledDecimal('1234567890123456')).toEqual([1234567890123456n, 0])
    expect(scaledDecimal('0.0000000000000001')).toEqual([1n, 16])
    expect(scaledDecimal('123456789.0123456')).toEqual([1234567890123456n, 7])
    expect(scaledDecimal('.0000000000000001')).toEqual([1n, 16])
  })

  it.each([[''], ['.'], ['-1'], ['+1'], ['1e3'], [' 1'], ['1 '], ['1.2.3'], ['.5.'], ['4,58']])(
    'refuses %j with null',
    (text) => {
      expect(scaledDecimal(text)).toBeNull()
    },
  )
})
