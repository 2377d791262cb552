/**
 * What printed numbers stand for. Figures from the seeds: 149.76万 residents (seed 000 L217),
 * 4.58 per 1,000 and 9160 beds (seed 003 L143), 3.00, 1.08 and 0.50 per 1,000 (seed 003 L146),
 * 6855 beds in 2020 (9160 − 2305, L143); fixtures/cixi-2016-2020.json and cixi-2021-2025.json.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { boundsContain, boundsJson } from './bounds.js'
import {
  lastDigitUnit,
  moreThanBounds,
  printedBounds,
  printedDecimals,
  printedNumberBounds,
  roundedToUnitBounds,
} from './printed.js'

const d = (v: string | number) => new Dec(v)

describe('lastDigitUnit: the place of the last non-zero digit', () => {
  it.each([
    ['149.76', '0.01'],
    ['4.58', '0.01'],
    ['0.50', '0.1'],
    ['0.05', '0.01'],
    ['3.050', '0.01'],
    ['3.00', '1'],
    ['9160', '10'],
    ['6855', '1'],
    ['2000000', '1000000'],
    ['600', '100'],
    [' 7200 ', '100'],
    ['00600', '100'],
    ['5', '1'],
    ['0', '1'],
    ['0.0', '1'],
    ['000', '1'],
  ])('%j → %s', (text, unit) => {
    expect(lastDigitUnit(text).toFixed()).toBe(unit)
  })
})

describe('moreThanBounds and roundedToUnitBounds', () => {
  it('more than 600万, less than the next 100万: (6,000,000, 7,000,000), open at both ends', () => {
    expect(boundsJson(moreThanBounds(d(6_000_000), d(1_000_000)))).toEqual({
      lo: '6000000',
      hi: '7000000',
      loClosed: false,
      hiClosed: false,
    })
  })

  it('200万 rounded to the 万 stands for [1,995,000, 2,005,000)', () => {
    expect(boundsJson(roundedToUnitBounds(d(2_000_000), d(10_000)))).toEqual({
      lo: '1995000',
      hi: '2005000',
      loClosed: true,
      hiClosed: false,
    })
  })

  it('law: rounding to the unit 10^-d is what a value printed with d decimals stands for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 6 }),
        (n, places) => {
          const v = d(n).div(d(10).pow(places))
          const byUnit = boundsJson(roundedToUnitBounds(v, d(10).pow(-places)))
          expect(byUnit).toEqual(boundsJson(printedBounds(v, places)))
          expect(printedDecimals(v.toFixed(places))).toBe(places)
        },
      ),
    )
  })

  it('law: a value in (v, v + unit) is more than v, and neither end is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 999 }),
        (n, k) => {
          const b = moreThanBounds(d(n), d(1000))
          expect(boundsContain(b, d(n).plus(k))).toBe(true)
          expect(boundsContain(b, d(n))).toBe(false)
          expect(boundsContain(b, d(n).plus(1000))).toBe(false)
        },
      ),
    )
  })
})

describe('printedNumberBounds: the interval of the number in a text that is the value', () => {
  const json = (text: string, value: string | number) => {
    const b = printedNumberBounds(text, d(value))
    return b === null ? null : boundsJson(b)
  }

  it('149.76万 for 1,497,600 stands for [1,497,550, 1,497,650) (seed 000 L217)', () => {
    expect(json('2020年，慈溪市预计为149.76万人', 1_497_600)).toEqual({
      lo: '1497550',
      hi: '1497650',
      loClosed: true,
      hiClosed: false,
    })
  })

  it('每3万人口1辆: 3万 for 30,000 is [25,000, 35,000), and 1 for 1 is [0.5, 1.5) (seed 003 L706)', () => {
    expect(json('按照每3万人口1辆的标准配备救护车', 30_000)).toMatchObject({
      lo: '25000',
      hi: '35000',
    })
    expect(json('按照每3万人口1辆的标准配备救护车', 1)).toMatchObject({ lo: '0.5', hi: '1.5' })
  })

  it('reads 亿, bare numbers, full-width digits and a space before the unit', () => {
    expect(json('1.5亿', 150_000_000)).toMatchObject({ lo: '145000000', hi: '155000000' })
    expect(json('每千常住人口4.58张', '4.58')).toMatchObject({ lo: '4.575', hi: '4.585' })
    expect(json('每４．５８张', '4.58')).toMatchObject({ lo: '4.575', hi: '4.585' })
    expect(json('３万', 30_000)).toMatchObject({ lo: '25000', hi: '35000' })
    expect(json('3 万', 30_000)).toMatchObject({ lo: '25000', hi: '35000' })
  })

  it('null where no number of the text is the value, or it lies past 300 characters', () => {
    expect(json('每3万人口1辆', 3)).toBeNull()
    expect(json('每3万人口1辆', 40_000)).toBeNull()
    expect(json('没有数字', 1)).toBeNull()
    expect(json(`${'字'.repeat(300)}3万`, 30_000)).toBeNull()
    expect(json(`${'字'.repeat(296)}3万`, 30_000)).toMatchObject({ lo: '25000' })
  })
})
