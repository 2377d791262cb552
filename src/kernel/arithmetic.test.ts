/**
 * The arithmetic kernels, on the figures of Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json)
 * and Cixi 2016–2020 (seed 000; fixtures/cixi-2016-2020.json), and on laws.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import {
  compoundMinimumOf,
  fractionOfPercent,
  interpolate,
  movedByPercent,
  perCapitaExact,
  percentOfFraction,
  pointBetween,
  populationOf,
  productOf,
  rateOfTotal,
  ratioValue,
  sumOf,
  throughExact,
  truncateTo,
} from './arithmetic.js'

const d = (v: string | number) => new Dec(v)
const s = (v: Dec) => v.toFixed()

describe('perCapitaExact: value × population / per', () => {
  it.each([
    ['4.58', 2_000_000, 1000, '9160'], // seed 003 L143: 4.58 per 1,000 → 9160 beds
    ['3.00', 2_000_000, 1000, '6000'], // seed 003 L146: 3.00 per 1,000 (6005 beds printed as 3.00)
    ['3.8', 1_497_600, 100_000, '56.9088'], // seed 000 L224 on L217's 149.76万
    ['1', 6_000_000, 30_000, '200'], // seed 003 L706: 每3万人口1辆 on 300% of 2,000,000
  ] as const)('%s per %i… of %i is %s', (value, population, per, total) => {
    expect(s(perCapitaExact(d(value), d(population), d(per)))).toBe(total)
  })
})

describe('throughExact: amount × value (/ per)', () => {
  it('7300 physicians at 医护比 1:1.15 need 8395 nurses (seed 003 L688)', () => {
    expect(s(throughExact(d(7300), d('1.15')))).toBe('8395')
  })

  it('1000 beds at 每床不少于0.7人 need 700 nurses (seed 003 L697); with per, it divides', () => {
    expect(s(throughExact(d(1000), d('0.7')))).toBe('700')
    expect(s(throughExact(d(6_000_000), d(1), d(30_000)))).toBe('200')
    expect(s(throughExact(d(1000), d('0.7'), null))).toBe('700')
  })
})

describe('rateOfTotal, populationOf and ratioValue: the inverses', () => {
  it('6005 beds of 2,000,000 are 3.0025 per 1,000; 2151 are 1.0755 (seed 003 L146)', () => {
    expect(s(rateOfTotal(d(6005), d(2_000_000), d(1000)))).toBe('3.0025')
    expect(s(rateOfTotal(d(2151), d(2_000_000), d(1000)))).toBe('1.0755')
  })

  it('9160 beds at 4.58 per 1,000 imply 2,000,000 residents (seed 003 L143)', () => {
    expect(s(populationOf(d(9160), d('4.58'), d(1000)))).toBe('2000000')
  })

  it('8400 nurses to 7300 physicians is 1:1.1507 (seed 003 L688); 8395 to 7300 is 1:1.15', () => {
    expect(ratioValue(d(7300), d(8400)).toDecimalPlaces(4).toString()).toBe('1.1507')
    expect(s(ratioValue(d(7300), d(8395)))).toBe('1.15')
  })

  it('law: rateOfTotal and populationOf undo perCapitaExact', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }).map((n) => d(n).div(100)),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom(1000, 10_000, 100_000),
        (rate, population, per) => {
          const total = perCapitaExact(rate, d(population), d(per))
          expect(rateOfTotal(total, d(population), d(per)).eq(rate)).toBe(true)
          expect(populationOf(total, rate, d(per)).eq(population)).toBe(true)
        },
      ),
    )
  })
})

describe('compoundMinimumOf: max(ceil(fraction × of), floor), 负压救护车比例不低于20%且不少于2辆 (seed 003 L706)', () => {
  it.each([
    [200, '40', '40', '40', 'share'], // 200 ambulances: 40 by the share
    [201, '40.2', '41', '41', 'share'], // the share term rounds up
    [10, '2', '2', '2', 'both'],
    [6, '1.2', '2', '2', 'both'], // ceil(1.2) = 2 = the floor
    [4, '0.8', '1', '2', 'floor'], // the floor binds
    [0, '0', '0', '2', 'floor'],
  ] as const)(
    'of %i: share %s → %s, count %s, %s binds',
    (of, exact, shareCount, count, binding) => {
      const m = compoundMinimumOf(d(of), d('0.2'), d(2))
      expect({
        shareExact: s(m.shareExact),
        shareCount: s(m.shareCount),
        count: s(m.count),
        binding: m.binding,
      }).toEqual({ shareExact: exact, shareCount, count, binding })
    },
  )
})

describe('truncateTo', () => {
  it('149.76万 read as a whole 149万 is 1,490,000; a whole multiple stays (seed 000 L217)', () => {
    expect(s(truncateTo(d(1_497_600), d(10_000)))).toBe('1490000')
    expect(s(truncateTo(d(2_000_000), d(10_000)))).toBe('2000000')
    expect(s(truncateTo(d('56.9088'), d(1)))).toBe('56')
    expect(s(truncateTo(d('4.58'), d('0.1')))).toBe('4.5')
  })

  it('law: the result is a multiple of the step, not above the value, less than a step below', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom('0.01', '1', '100', '10000'),
        (n, step) => {
          const t = truncateTo(d(n).div(100), d(step))
          expect(t.mod(d(step)).isZero()).toBe(true)
          expect(t.lte(d(n).div(100))).toBe(true)
          expect(d(n).div(100).minus(t).lt(d(step))).toBe(true)
        },
      ),
    )
  })
})

describe('sums, products, percents and lines', () => {
  it('sumOf: 6005 + 2151 + 1004 = 9160 beds and 3.00 + 1.08 + 0.50 = 4.58 (seed 003 L146); none is 0', () => {
    expect(s(sumOf([d(6005), d(2151), d(1004)]))).toBe('9160')
    expect(s(sumOf(['3.00', '1.08', '0.50'].map(d)))).toBe('4.58')
    expect(s(sumOf([]))).toBe('0')
  })

  it('productOf: 300% of 110% is 3.3; none is 1', () => {
    expect(s(productOf([d(3), d('1.1')]))).toBe('3.3')
    expect(s(productOf([]))).toBe('1')
  })

  it('fractionOfPercent and percentOfFraction: 20% is 0.2 (seed 003 L706), 0.7 is 70% (L697)', () => {
    expect(s(fractionOfPercent(d(20)))).toBe('0.2')
    expect(s(percentOfFraction(d('0.7')))).toBe('70')
    expect(s(percentOfFraction(fractionOfPercent(d('31.5647'))))).toBe('31.5647')
  })

  it('movedByPercent: 4.58 less 10% is 4.122, plus 10% is 5.038', () => {
    expect(s(movedByPercent(d('4.58'), d(-10)))).toBe('4.122')
    expect(s(movedByPercent(d('4.58'), d(10)))).toBe('5.038')
    expect(s(movedByPercent(d('4.58'), d(0)))).toBe('4.58')
  })

  it('pointBetween: a quarter of the way from 4 to 5 is 4.25; 0 and 1 give the ends', () => {
    expect(s(pointBetween(d(4), d(5), d('0.25')))).toBe('4.25')
    expect(s(pointBetween(d(4), d(5), d(0)))).toBe('4')
    expect(s(pointBetween(d(4), d(5), d(1)))).toBe('5')
  })

  // seed 003 L688: 医护比逐步达到1:1.15; in 2020, 8400 − 4072 nurses to 7300 − 2758 physicians is 1:0.95
  it('interpolate: 医护比 from 1:0.95 in 2020 to 1:1.15 in 2025 is 1:1.03 in 2022', () => {
    const at = (t: number) => s(interpolate(d('0.95'), d('1.15'), 2020, 2025, t))
    expect([2020, 2021, 2022, 2023, 2024, 2025].map(at)).toEqual([
      '0.95',
      '0.99',
      '1.03',
      '1.07',
      '1.11',
      '1.15',
    ])
  })

  it('interpolate gives the end exactly, even where b − a needs more than 40 digits', () => {
    // 1e-41 − 1 has 41 nines: a + (b − a) at 40 digits would be 0
    expect(interpolate(d(1), d('1e-41'), 2020, 2025, 2025).eq('1e-41')).toBe(true)
    expect(interpolate(d(1), d('1e-41'), 2020, 2025, 2020).eq(1)).toBe(true)
  })
})
