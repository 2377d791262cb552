/**
 * Bounds: the intervals printed values stand for, and what derives from them. Laws are checked
 * on generated bounds (fast-check, the run's fixed seed); the figures are Cixi 2021–2025's
 * (seed 003 L143 and L146; fixtures/cixi-2021-2025.json): 4.58 per 1,000 and 9160 beds on
 * 2,000,000 residents, 3.00 + 1.08 + 0.50 = 4.58, 6005 beds printed as 3.00.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import {
  addBounds,
  type Bounds,
  boundsContain,
  boundsJson,
  closure,
  divBounds,
  intersectBounds,
  isEmpty,
  overlap,
  pointBounds,
  scaleBounds,
  subBounds,
  timesBounds,
} from './bounds.js'
import { impliedPopulationBounds, totalBounds } from './counts.js'
import { printedBounds, printedDecimals } from './printed.js'

const d = (text: string | number) => new Dec(text)
const b = (lo: string, hi: string, loClosed = true, hiClosed = true): Bounds => ({
  lo: d(lo),
  hi: d(hi),
  loClosed,
  hiClosed,
})
const json = (x: Bounds | null) => (x === null ? null : boundsJson(x))

// Bounds with ends among a few nearby decimals, so that equal ends (and empty results) are common.
const end = fc.integer({ min: -8, max: 8 }).map((n) => d(n).div(4))
const bounds = fc.tuple(end, end, fc.boolean(), fc.boolean()).map(([x, y, loClosed, hiClosed]) => ({
  lo: Dec.min(x, y),
  hi: Dec.max(x, y),
  loClosed,
  hiClosed,
}))
const point = fc.integer({ min: -40, max: 40 }).map((n) => d(n).div(16))

/** The same set of numbers: both empty, or equal ends and flags. */
const same = (x: Bounds | null, y: Bounds | null) =>
  x === null || y === null
    ? x === y
    : JSON.stringify(boundsJson(x)) === JSON.stringify(boundsJson(y))

describe('printedDecimals', () => {
  it.each([
    ['4.58', 2], // seed 003 L143
    ['4.20', 2], // trailing zero kept: 4.20 says two decimals
    ['3.00', 2], // seed 003 L146
    ['4.2', 1], // seed 003 L688
    ['1.2775', 4],
    ['9160', 0],
    ['5.', 0],
    ['.5', 1],
    [' 0.50 ', 2], // surrounding spaces are not decimals
    ['1.5e3', 1],
    ['1.25E-2', 2],
  ] as const)('%s shows %i decimals', (text, n) => {
    expect(printedDecimals(text)).toBe(n)
  })
})

describe('printedBounds: what a half-up rounded value stands for', () => {
  it('4.58 stands for [4.575, 4.585), 3.00 for [2.995, 3.005), 9160 for [9159.5, 9160.5)', () => {
    expect(json(printedBounds(d('4.58'), 2))).toEqual({
      lo: '4.575',
      hi: '4.585',
      loClosed: true,
      hiClosed: false,
    })
    expect(json(printedBounds(d('3.00'), 2))).toMatchObject({ lo: '2.995', hi: '3.005' })
    expect(json(printedBounds(d('9160'), 0))).toMatchObject({ lo: '9159.5', hi: '9160.5' })
  })

  it('law: the width is 10^-d and the value is the midpoint, for d = 0 … 6', () => {
    fc.assert(
      fc.property(point, fc.integer({ min: 0, max: 6 }), (v, places) => {
        const p = printedBounds(v, places)
        expect(p.hi.minus(p.lo).eq(d(10).pow(-places))).toBe(true)
        expect(p.lo.plus(p.hi).div(2).eq(v)).toBe(true)
      }),
    )
  })

  it('law: a printed value is what half-up rounding makes of the lower end and of every point below the upper end', () => {
    // printed values of plans are positive, with 0 to 6 decimals (at 0, the lower end is negative
    // and half-up rounds it away from zero)
    const printed = fc
      .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, places]) => [d(n).div(d(10).pow(places)), places] as const)
    fc.assert(
      fc.property(printed, fc.integer({ min: 1, max: 999 }), ([v, places], k) => {
        const p = printedBounds(v, places)
        const half = (x: Dec) => x.toDecimalPlaces(places, Dec.ROUND_HALF_UP)
        expect(half(p.lo).eq(v)).toBe(true)
        expect(half(p.hi).eq(v)).toBe(false)
        // a point a k-thousandth of the width below the upper end still rounds to v
        const inside = p.hi.minus(p.hi.minus(p.lo).times(k).div(1000))
        expect(half(inside).eq(v)).toBe(true)
        expect(boundsContain(p, p.lo)).toBe(true)
        expect(boundsContain(p, inside)).toBe(true)
        expect(boundsContain(p, p.hi)).toBe(false)
      }),
    )
  })
})

describe('boundsContain: both ends, open and closed', () => {
  const cases = [
    [true, true, true, true],
    [true, false, true, false],
    [false, true, false, true],
    [false, false, false, false],
  ] as const
  it.each(cases)(
    'loClosed %s, hiClosed %s: lo in %s, hi in %s',
    (loClosed, hiClosed, atLo, atHi) => {
      const x = b('2.995', '3.005', loClosed, hiClosed)
      expect(boundsContain(x, d('2.995'))).toBe(atLo)
      expect(boundsContain(x, d('3.005'))).toBe(atHi)
      expect(boundsContain(x, d('3.0025'))).toBe(true) // 6005 / 2,000,000 × 1000, printed 3.00
      expect(boundsContain(x, d('2.9949'))).toBe(false)
      expect(boundsContain(x, d('3.0051'))).toBe(false)
    },
  )
})

describe('isEmpty and closure', () => {
  it('a point is empty unless both its ends are closed; lo above hi is always empty', () => {
    expect(isEmpty(b('1', '1'))).toBe(false)
    expect(isEmpty(b('1', '1', true, false))).toBe(true)
    expect(isEmpty(b('1', '1', false, true))).toBe(true)
    expect(isEmpty(b('1', '1', false, false))).toBe(true)
    expect(isEmpty(b('2', '1'))).toBe(true)
    expect(isEmpty(b('1', '2', false, false))).toBe(false)
  })

  it('closure closes both ends and keeps the numbers; closed bounds are returned as they are', () => {
    const open = b('2.995', '3.005', false, false)
    expect(json(closure(open))).toEqual({
      lo: '2.995',
      hi: '3.005',
      loClosed: true,
      hiClosed: true,
    })
    expect(json(closure(b('1', '2', true, false)))).toMatchObject({
      hiClosed: true,
      loClosed: true,
    })
    expect(json(closure(b('1', '2', false, true)))).toMatchObject({
      hiClosed: true,
      loClosed: true,
    })
    const closed = b('1', '2')
    expect(closure(closed)).toBe(closed)
  })
})

describe('intersectBounds: laws', () => {
  it('law: commutative, intersect([a, b]) = intersect([b, a])', () => {
    fc.assert(
      fc.property(bounds, bounds, (x, y) => {
        expect(same(intersectBounds([x, y]), intersectBounds([y, x]))).toBe(true)
      }),
    )
  })

  it('law: associative, (a ∩ b) ∩ c = a ∩ (b ∩ c) = intersect([a, b, c])', () => {
    fc.assert(
      fc.property(bounds, bounds, bounds, (x, y, z) => {
        const all = intersectBounds([x, y, z])
        const xy = intersectBounds([x, y])
        const yz = intersectBounds([y, z])
        expect(same(xy === null ? null : intersectBounds([xy, z]), all)).toBe(true)
        expect(same(yz === null ? null : intersectBounds([x, yz]), all)).toBe(true)
      }),
    )
  })

  it('law: identity, a ∩ (a closed interval around it) = a, and intersect([a]) = a unless empty', () => {
    const everything = b('-1000', '1000')
    fc.assert(
      fc.property(bounds, (x) => {
        const alone = isEmpty(x) ? null : x
        expect(same(intersectBounds([x]), alone)).toBe(true)
        expect(same(intersectBounds([x, everything]), alone)).toBe(true)
        expect(same(intersectBounds([everything, x]), alone)).toBe(true)
      }),
    )
  })

  it('law: a point is in a ∩ b exactly when it is in a and in b', () => {
    fc.assert(
      fc.property(bounds, bounds, point, (x, y, v) => {
        const both = intersectBounds([x, y])
        const inBoth = boundsContain(x, v) && boundsContain(y, v)
        expect(both === null ? false : boundsContain(both, v)).toBe(inBoth)
        expect(overlap(x, y)).toBe(both !== null)
      }),
    )
  })

  it('4.58 printed at 2 decimals and 4.6 at 1 agree on [4.575, 4.585)', () => {
    const r = intersectBounds([printedBounds(d('4.58'), 2), printedBounds(d('4.6'), 1)])
    expect(json(r)).toEqual({ lo: '4.575', hi: '4.585', loClosed: true, hiClosed: false })
  })

  it('at equal ends, an end is closed only if it is closed in both', () => {
    expect(json(intersectBounds([b('1', '2', true, true), b('1', '2', false, true)]))).toEqual({
      lo: '1',
      hi: '2',
      loClosed: false,
      hiClosed: true,
    })
    expect(json(intersectBounds([b('1', '2', true, true), b('1', '2', true, false)]))).toEqual({
      lo: '1',
      hi: '2',
      loClosed: true,
      hiClosed: false,
    })
    expect(json(intersectBounds([b('1', '3', true, true), b('0', '2', false, false)]))).toEqual({
      lo: '1',
      hi: '2',
      loClosed: true,
      hiClosed: false,
    })
    expect(json(intersectBounds([b('0', '2', false, false), b('1', '3', true, true)]))).toEqual({
      lo: '1',
      hi: '2',
      loClosed: true,
      hiClosed: false,
    })
  })

  it('empty results: disjoint, touching at an open end, and the empty list give null', () => {
    expect(intersectBounds([])).toBeNull()
    expect(intersectBounds([b('1', '2'), b('3', '4')])).toBeNull()
    expect(intersectBounds([b('1', '2', true, false), b('2', '3')])).toBeNull()
    expect(intersectBounds([b('1', '2'), b('2', '3', false, true)])).toBeNull()
    expect(json(intersectBounds([b('1', '2'), b('2', '3')]))).toEqual({
      lo: '2',
      hi: '2',
      loClosed: true,
      hiClosed: true,
    })
    // 9160 beds against a total printed as 9160 at 0 decimals overlap; against 6000, not
    expect(overlap(pointBounds(d(9160)), printedBounds(d(9160), 0))).toBe(true)
    expect(overlap(pointBounds(d(6005)), printedBounds(d(6000), 0))).toBe(false)
  })
})

describe('arithmetic on bounds', () => {
  it('addBounds: 3.00 + 1.08 + 0.50, as printed, stand for [4.565, 4.595) (seed 003 L146)', () => {
    const parts = ['3.00', '1.08', '0.50'].map((t) => printedBounds(d(t), printedDecimals(t)))
    expect(json(addBounds(parts))).toEqual({
      lo: '4.565',
      hi: '4.595',
      loClosed: true,
      hiClosed: false,
    })
    expect(json(addBounds([]))).toEqual({ lo: '0', hi: '0', loClosed: true, hiClosed: true })
    expect(json(addBounds([b('1', '2', false, true), b('1', '2', true, true)]))).toEqual({
      lo: '2',
      hi: '4',
      loClosed: false,
      hiClosed: true,
    })
  })

  it('law: a sum of points from each part lies in the bounds of the sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(bounds, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 4 }),
        (parts) => {
          const live = parts.filter(([x]) => !isEmpty(x) && x.loClosed && x.hiClosed)
          const pick = live.map(([x, t]) => x.lo.plus(x.hi.minus(x.lo).times(d(t))))
          const sum = pick.reduce((acc, v) => acc.plus(v), d(0))
          expect(boundsContain(addBounds(live.map(([x]) => x)), sum)).toBe(true)
        },
      ),
    )
  })

  it('subBounds: 9160 less 6855 is 2305; lows take the other high, with its flag', () => {
    const beds = subBounds(pointBounds(d(9160)), pointBounds(d(6855)))
    expect(json(beds)).toEqual({ lo: '2305', hi: '2305', loClosed: true, hiClosed: true })
    expect(json(subBounds(b('10', '20', true, false), b('1', '2', false, true)))).toEqual({
      lo: '8',
      hi: '19',
      loClosed: true,
      hiClosed: false,
    })
    // each end is closed only where both ends it comes from are
    expect(json(subBounds(b('10', '20'), b('1', '2', false, false)))).toMatchObject({
      loClosed: false,
      hiClosed: false,
    })
    expect(json(subBounds(b('10', '20', false, false), b('1', '2')))).toMatchObject({
      loClosed: false,
      hiClosed: false,
    })
    expect(json(subBounds(b('10', '20', false, true), b('1', '2', true, false)))).toEqual({
      lo: '8',
      hi: '19',
      loClosed: false,
      hiClosed: true,
    })
  })

  it('scaleBounds: a share printed 0.2 ([0.15, 0.25)) of 100 is [15, 25), flags kept', () => {
    expect(json(scaleBounds(printedBounds(d('0.2'), 1), d(100)))).toEqual({
      lo: '15',
      hi: '25',
      loClosed: true,
      hiClosed: false,
    })
  })

  it('timesBounds: a printed 4.58 per 1,000 times 2,000,000 residents is [9150, 9170) beds per 1,000', () => {
    const t = timesBounds(printedBounds(d('4.58'), 2), pointBounds(d(2000)))
    expect(json(t)).toEqual({ lo: '9150', hi: '9170', loClosed: true, hiClosed: false })
    expect(json(timesBounds(b('1', '2', false, true), b('3', '4', true, false)))).toEqual({
      lo: '3',
      hi: '8',
      loClosed: false,
      hiClosed: false,
    })
    expect(json(timesBounds(b('1', '2'), b('3', '4')))).toMatchObject({
      loClosed: true,
      hiClosed: true,
    })
  })

  it('law: a product of points from non-negative bounds lies in timesBounds', () => {
    const nonNegative = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([x, y]) => b(String(Math.min(x, y) / 4), String(Math.max(x, y) / 4)))
    fc.assert(
      fc.property(
        nonNegative,
        nonNegative,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, y, t) => {
          const px = x.lo.plus(x.hi.minus(x.lo).times(d(t)))
          const py = y.lo.plus(y.hi.minus(y.lo).times(d(t)))
          expect(boundsContain(timesBounds(x, y), px.times(py))).toBe(true)
        },
      ),
    )
  })

  it('divBounds: 8400 nurses over 7300 physicians; null once the divisor reaches 0 (seed 003 L688)', () => {
    const q = divBounds(pointBounds(d(8400)), pointBounds(d(7300)))
    expect(q?.lo.toDecimalPlaces(4).toString()).toBe('1.1507')
    expect(q?.lo.eq(q.hi)).toBe(true)
    expect(json(divBounds(b('10', '20', true, false), b('2', '5', false, true)))).toEqual({
      lo: '2',
      hi: '10',
      loClosed: true,
      hiClosed: false,
    })
    expect(json(divBounds(b('10', '20', false, true), b('2', '5', true, false)))).toEqual({
      lo: '2',
      hi: '10',
      loClosed: false,
      hiClosed: true,
    })
    expect(json(divBounds(b('10', '20'), b('2', '5', false, false)))).toMatchObject({
      loClosed: false,
      hiClosed: false,
    })
    expect(json(divBounds(b('10', '20', false, false), b('2', '5')))).toMatchObject({
      loClosed: false,
      hiClosed: false,
    })
    expect(divBounds(b('1', '2'), b('0', '5'))).toBeNull()
    expect(divBounds(b('1', '2'), b('-1', '5'))).toBeNull()
    expect(divBounds(b('1', '2'), b('0.0001', '5'))).not.toBeNull()
  })

  it('impliedPopulationBounds: 9160 beds at a printed 4.58 per 1,000 imply (1,997,818.97…, 2,002,185.79…]', () => {
    const p = impliedPopulationBounds(d(9160), d(1000), printedBounds(d('4.58'), 2))
    expect(p?.lo.toDecimalPlaces(2).toString()).toBe('1997818.97')
    expect(p?.hi.toDecimalPlaces(2).toString()).toBe('2002185.79')
    expect(p?.loClosed).toBe(false)
    expect(p?.hiClosed).toBe(true)
    expect(p && boundsContain(p, d(2_000_000))).toBe(true)
    const closedAbove = impliedPopulationBounds(d(9160), d(1000), b('4.575', '4.585', false, true))
    expect(closedAbove).toMatchObject({ loClosed: true, hiClosed: false })
  })

  it('impliedPopulationBounds: null where the rate can be 0 (a rate printed 0.0 is [−0.05, 0.05))', () => {
    expect(impliedPopulationBounds(d(9160), d(1000), printedBounds(d('0.0'), 1))).toBeNull()
    expect(impliedPopulationBounds(d(9160), d(1000), b('0', '1'))).toBeNull()
    expect(impliedPopulationBounds(d(9160), d(1000), b('0.001', '1'))).not.toBeNull()
  })

  it('totalBounds: 3.00 per 1,000 as printed requires [5990, 6010) of 2,000,000', () => {
    const t = totalBounds(printedBounds(d('3.00'), 2), d(2_000_000), d(1000))
    expect(json(t)).toEqual({ lo: '5990', hi: '6010', loClosed: true, hiClosed: false })
    expect(t && boundsContain(t, d(6005))).toBe(true)
  })

  it('law: a total from a rate in the bounds lies in totalBounds, and implies a population in impliedPopulationBounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.constantFrom(1000, 10_000, 100_000, 30_000),
        (n, places, population, per) => {
          const printed = d(n).div(d(10).pow(places))
          const rate = printedBounds(printed, places)
          const total = printed.times(population).div(per)
          expect(boundsContain(totalBounds(rate, d(population), d(per)), total)).toBe(true)
          const implied = impliedPopulationBounds(total, d(per), rate)
          if (rate.lo.lte(0)) expect(implied).toBeNull()
          else expect(implied !== null && boundsContain(implied, d(population))).toBe(true)
        },
      ),
    )
  })
})

describe('boundsJson', () => {
  it('writes plain decimal strings, never exponents or −0, frozen', () => {
    const j = boundsJson(b('-0', '1e-7', true, false))
    expect(j).toEqual({ lo: '0', hi: '0.0000001', loClosed: true, hiClosed: false })
    expect(Object.isFrozen(j)).toBe(true)
  })
})
