/**
 * Growth kernels. Cixi's residents: 1,497,600 projected for 2020 (seed 000 L217;
 * fixtures/cixi-2016-2020.json) and 2,000,000 derived for 2025 (seed 003 L143;
 * fixtures/cixi-2021-2025.json).
 */
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { geometricBetween, grownBy } from './growth.js'

const d = (v: string | number) => new Dec(v)

describe('grownBy: v × (1 + rate)', () => {
  it('1,000,000 grown by 2% is 1,020,000; by −2% is 980,000; by 0 is itself', () => {
    expect(grownBy(d(1_000_000), d('0.02')).toFixed()).toBe('1020000')
    expect(grownBy(d(1_000_000), d('-0.02')).toFixed()).toBe('980000')
    expect(grownBy(d(1_497_600), d(0)).toFixed()).toBe('1497600')
  })
})

describe('geometricBetween: a × (b / a)^((t − t0) / (t1 − t0))', () => {
  const path = (t: number) => geometricBetween(d(1_497_600), d(2_000_000), 2020, 2025, t)

  it('gives exactly the stated populations at both ends', () => {
    expect(path(2020).toFixed()).toBe('1497600')
    // (2,000,000 / 1,497,600)^1 × 1,497,600 is 1,999,999.999… at 40 digits: the end is exact
    expect(path(2025).toFixed()).toBe('2000000')
  })

  it('100 to 400 over two years passes 200, the geometric mean', () => {
    expect(geometricBetween(d(100), d(400), 2020, 2022, 2021).toFixed()).toBe('200')
    expect(geometricBetween(d(400), d(100), 2020, 2022, 2021).toFixed()).toBe('200')
  })

  it('law: the yearly factor is the same every year, (2,000,000 / 1,497,600)^(1/5)', () => {
    const factors = [2020, 2021, 2022, 2023, 2024].map((t) => path(t + 1).div(path(t)))
    const first = factors[0] ?? d(0)
    for (const f of factors) expect(f.minus(first).abs().lt('1e-35')).toBe(true)
    expect(first.pow(5).minus(d(2_000_000).div(1_497_600)).abs().lt('1e-35')).toBe(true)
    // growing 2020's population by that factor, year after year, follows the path
    expect(grownBy(path(2022), first.minus(1)).minus(path(2023)).abs().lt('1e-30')).toBe(true)
  })

  it('runs past its ends at the same rate: 100 to 200 from 2020 to 2021 is 400 in 2022', () => {
    expect(geometricBetween(d(100), d(200), 2020, 2021, 2022).toFixed()).toBe('400')
    expect(geometricBetween(d(100), d(200), 2020, 2021, 2019).toFixed()).toBe('50')
  })
})
