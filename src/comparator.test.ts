/**
 * Comparators as the documents write them: 不低于 (ge), 不超过 (le), 超过 (gt), 低于 (lt), 左右
 * (approx), a bare target (eq).
 */
import { describe, expect, it } from 'vitest'
import { assertComparator, COMPARATOR_SYMBOL, COMPARATORS } from './comparator.js'

describe('COMPARATORS and their symbols', () => {
  it('lists six comparators in a stable order, each with its table symbol, frozen', () => {
    expect(COMPARATORS).toEqual(['ge', 'le', 'gt', 'lt', 'approx', 'eq'])
    expect(COMPARATOR_SYMBOL).toEqual({ ge: '≥', le: '≤', gt: '>', lt: '<', approx: '≈', eq: '=' })
    expect(Object.isFrozen(COMPARATOR_SYMBOL)).toBe(true)
  })
})

describe('assertComparator', () => {
  it.each(COMPARATORS)('accepts %s and returns it', (c) => {
    expect(assertComparator(c)).toBe(c)
  })

  it('throws invalid-comparator for anything else, at `comparator`, listing the six', () => {
    for (const bad of ['>=', 'GE', '', 'toString', null, undefined, 1]) {
      expect(() => assertComparator(bad)).toThrow(
        expect.objectContaining({
          name: 'BedstaffError',
          code: 'invalid-comparator',
          path: ['comparator'],
        }),
      )
    }
    expect(() => assertComparator('>=')).toThrow(
      expect.objectContaining({
        params: { received: '">="', expected: 'ge, le, gt, lt, approx, eq' },
      }),
    )
  })

  it('reports the path it is given', () => {
    expect(() => assertComparator('≥', ['rules', 2, 'comparator'])).toThrow(
      expect.objectContaining({ code: 'invalid-comparator', path: ['rules', 2, 'comparator'] }),
    )
  })
})
