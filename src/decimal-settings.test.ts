/**
 * The decimal module's settings, read through an import inside each test. A wrong setting (an
 * option decimal.js refuses, a limit that is not a number) stops the module from loading; a test
 * file that imports it at the top would then fail to load and hold no test at all, which a
 * mutation run cannot tell from a file with nothing to say. Here the test itself fails.
 */
import { describe, expect, it } from 'vitest'

const load = () => import('./decimal.js')

describe('the decimal module loads with its settings', () => {
  it('Dec: 40 significant digits, half-up, plain notation within ±1e50', async () => {
    const { Dec } = await load()
    expect(new Dec(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`)
    expect(new Dec('1e-49').toString()).toBe(`0.${'0'.repeat(48)}1`)
    expect(new Dec('1e49').toString()).toBe(`1${'0'.repeat(49)}`)
    expect(new Dec('1e-50').toString()).toBe('1e-50')
    expect(new Dec('1e50').toString()).toBe('1e+50')
  })

  it('accepts magnitudes from 1e-15 to 1e15 and 40 digits', async () => {
    const { MAX_DIGITS, MAX_MAGNITUDE, MIN_MAGNITUDE, toDecimal } = await load()
    expect(MAX_MAGNITUDE.toFixed()).toBe('1000000000000000')
    expect(MIN_MAGNITUDE.toFixed()).toBe('0.000000000000001')
    expect(MAX_DIGITS).toBe(40)
    expect(toDecimal('1e15').toFixed()).toBe('1000000000000000')
    expect(toDecimal('1e-15').toFixed()).toBe('0.000000000000001')
  })
})
