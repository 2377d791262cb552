/**
 * Whole counts from bounds. 3.8 psychiatrists per 100,000 of 1,497,600 residents is 56.9088
 * (seed 000 L224 and L217; fixtures/cixi-2016-2020.json): any rounding gives 56 or 57.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { countOf, type Rounding } from '../rounding.js'
import { boundsContain, boundsJson, pointBounds } from './bounds.js'
import { wholeCounts } from './counts.js'
import { printedBounds } from './printed.js'

const d = (v: string | number) => new Dec(v)

describe('wholeCounts', () => {
  it('56.9088 can be counted 56 or 57: [56, 57], closed', () => {
    expect(boundsJson(wholeCounts(pointBounds(d('56.9088'))))).toEqual({
      lo: '56',
      hi: '57',
      loClosed: true,
      hiClosed: true,
    })
  })

  it('a whole value is its own count; open ends close', () => {
    expect(boundsJson(wholeCounts(pointBounds(d(9160))))).toMatchObject({ lo: '9160', hi: '9160' })
    expect(boundsJson(wholeCounts(printedBounds(d('4.58'), 2)))).toEqual({
      lo: '4',
      hi: '5',
      loClosed: true,
      hiClosed: true,
    })
  })

  it('law: every rounding of every value in the bounds is a count within them', () => {
    const modes: Rounding[] = ['ceil', 'floor', 'half-up', 'half-even']
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, t) => {
          const lo = d(Math.min(a, b)).div(100)
          const hi = d(Math.max(a, b)).div(100)
          const counts = wholeCounts({ lo, hi, loClosed: true, hiClosed: true })
          const v = lo.plus(hi.minus(lo).times(d(t)))
          for (const m of modes) expect(boundsContain(counts, d(countOf(v, m) ?? -1))).toBe(true)
        },
      ),
    )
  })
})
