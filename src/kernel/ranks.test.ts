import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nearestRankIndex } from './ranks.js'

describe('nearestRankIndex', () => {
  it('picks the ⌈p·n/100⌉-th of n values: of 20 runs p5 is the 1st, p50 the 10th, p95 the 19th', () => {
    expect([5, 50, 95].map((p) => nearestRankIndex(20, p))).toEqual([0, 9, 18])
    expect([5, 50, 95].map((p) => nearestRankIndex(100, p))).toEqual([4, 49, 94])
    expect([5, 50, 95].map((p) => nearestRankIndex(101, p))).toEqual([5, 50, 95])
  })

  it('gives the first value for one value, and for a rank of 0', () => {
    expect(nearestRankIndex(1, 5)).toBe(0)
    expect(nearestRankIndex(1, 95)).toBe(0)
    expect(nearestRankIndex(7, 0)).toBe(0)
    expect(nearestRankIndex(7, 100)).toBe(6)
  })

  it('law: the index is the least k with (k + 1) · 100 ≥ p · n, within [0, n − 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 100 }),
        (n, p) => {
          const k = nearestRankIndex(n, p)
          expect(Number.isSafeInteger(k)).toBe(true)
          expect(k).toBeGreaterThanOrEqual(0)
          expect(k).toBeLessThanOrEqual(n - 1)
          const big = (x: number) => BigInt(x)
          if (k > 0) {
            expect((big(k) + 1n) * 100n >= big(p) * big(n)).toBe(true)
            expect(big(k) * 100n < big(p) * big(n)).toBe(true)
          }
        },
      ),
    )
  })
})
