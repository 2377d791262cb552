/**
 * The gap kernel. Cixi's beds: 9160 required in 2025 and 6855 in 2020, 2305 to be added (seed 003
 * L143; fixtures/cixi-2021-2025.json).
 */
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { gapOf } from './gap.js'

const d = (v: string | number) => new Dec(v)
const parts = (required: string, stock: string, c: Parameters<typeof gapOf>[2]) => {
  const g = gapOf(d(required), d(stock), c)
  return { difference: g.difference.toFixed(), status: g.status, by: g.by.toFixed() }
}

describe('gapOf', () => {
  it('6855 beds against 9160 required (≥) are short by 2305', () => {
    expect(parts('9160', '6855', 'ge')).toEqual({
      difference: '-2305',
      status: 'short',
      by: '2305',
    })
  })

  it('over a cap by the excess, and 0 when it meets, above or below', () => {
    expect(parts('9160', '9200', 'le')).toEqual({ difference: '40', status: 'over', by: '40' })
    expect(parts('9160', '9200', 'ge')).toEqual({ difference: '40', status: 'meets', by: '0' })
    expect(parts('9160', '6855', 'le')).toEqual({ difference: '-2305', status: 'meets', by: '0' })
    expect(parts('56.9088', '56.9088', 'eq')).toEqual({ difference: '0', status: 'meets', by: '0' })
    expect(parts('9160', '9160', 'gt')).toEqual({ difference: '0', status: 'short', by: '0' })
  })

  it('by is a positive 0 when it meets below a cap', () => {
    expect(gapOf(d(9160), d(6855), 'le').by.isNegative()).toBe(false)
  })
})
