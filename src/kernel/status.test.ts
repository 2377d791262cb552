/**
 * The comparator status kernel, as a table: for every comparator, a stock just below, at and
 * just above what is required. Differences are stock − required.
 */
import { describe, expect, it } from 'vitest'
import { COMPARATORS } from '../comparator.js'
import { Dec } from '../decimal.js'
import { comparatorStatus, type GapStatus } from './status.js'

// The smallest step a plan prints (4 decimals, seed 003 L691 "1.2775"), and a whole unit.
const below = [new Dec('-1'), new Dec('-0.0001')]
const above = [new Dec('0.0001'), new Dec('1')]

// comparator → [status below, status at 0, status above]
const TABLE: Record<(typeof COMPARATORS)[number], readonly [GapStatus, GapStatus, GapStatus]> = {
  ge: ['short', 'meets', 'meets'],
  gt: ['short', 'short', 'meets'],
  le: ['meets', 'meets', 'over'],
  lt: ['meets', 'over', 'over'],
  eq: ['short', 'meets', 'over'],
  approx: ['short', 'meets', 'over'],
}

describe('comparatorStatus: a floor is short below, a cap is over above, a level meets only at 0', () => {
  it.each(COMPARATORS)('%s below, at and above the requirement', (c) => {
    const [under, at, over] = TABLE[c]
    for (const d of below) expect(comparatorStatus(d, c)).toBe(under)
    expect(comparatorStatus(new Dec(0), c)).toBe(at)
    for (const d of above) expect(comparatorStatus(d, c)).toBe(over)
  })

  it('a difference of −0 is 0 for every comparator', () => {
    for (const c of COMPARATORS) {
      expect(comparatorStatus(new Dec('-0'), c)).toBe(TABLE[c][1])
    }
  })
})
