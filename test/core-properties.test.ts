/**
 * Laws of the core arithmetic, checked on generated inputs with fast-check. The generators stay
 * within what the seeds print: whole-person populations, rates with 0–4 decimals, and the scales
 * 每千 / 每万 / 每10万 / 每3万.
 *
 * seed 003 = /work/shared/seeds/003_060dd4848616d4d7.txt
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPARATORS } from '../src/comparator.js'
import { Dec } from '../src/decimal.js'
import { compoundMinimum } from '../src/derive/compound-minimum.js'
import { gap, increment } from '../src/derive/gap.js'
import { impliedPopulation } from '../src/derive/implied-population.js'
import { rateFromTotal } from '../src/derive/rate-from-total.js'
import { sumComponents, sumRates } from '../src/derive/sum.js'
import { ratioOf, throughRatio } from '../src/derive/through-ratio.js'
import { totalFromRate } from '../src/derive/total-from-rate.js'
import { base } from '../src/population/base.js'
import { contains, intersect, printedInterval } from '../src/quantity/interval.js'
import { rate, rescale } from '../src/quantity/rate.js'
import { ratio } from '../src/quantity/ratio.js'
import { share } from '../src/quantity/share.js'
import { stock } from '../src/quantity/stock.js'
import { ROUNDINGS, type Rounding } from '../src/rounding.js'

const RUNS = { numRuns: 1000 }
const COUNTING: readonly Exclude<Rounding, 'none'>[] = ['ceil', 'floor', 'half-up', 'half-even']

// Whole-person populations from 1 to 10^9 (every seed population, e.g. seed 003's derived
// 2,000,000, lies well inside).
const population = fc.integer({ min: 1, max: 1_000_000_000 })

// Rates as printed: an integer over 10^k with k = 0..4 decimals, trailing zeros kept.
// seed 003 L143 "4.58" (2 dp), L688 "4.2" (1 dp), L691 "1.022" (3 dp) and "1.2775" (4 dp), L701 "15" (0 dp)
const rateText = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, k]) => new Dec(n).div(new Dec(10).pow(k)).toFixed(k))

// Decimal scales: 每千 (seed 003 L143), 每万 (L124), 每10万 (L695)
const decimalScale = fc.constantFrom('1000', '10000', '100000')
// Any scale the seeds use, including 每3万 (seed 003 L706), whose quotients need not terminate
const anyScale = fc.constantFrom('1000', '10000', '100000', '30000')

const residents = (p: number) => base.resident(p, { year: 2025, vintage: 'projection' })
const bedRate = (value: string, per: string) => rate('beds', value, { per, base: 'resident' })

describe('laws of totals from rates', () => {
  it('a total computed from a rate, fed back through impliedPopulation, gives the base value exactly', () => {
    fc.assert(
      fc.property(rateText, decimalScale, population, (v, per, p) => {
        const r = bedRate(v, per)
        const b = residents(p)
        const t = totalFromRate(r, b, { rounding: 'none' })
        const implied = impliedPopulation(t.exact, r)
        expect(implied.exact).toBe(b.value)
        // and the interval the printed rate stands for holds the base
        expect(contains(implied.interval, b.value)).toBe(true)
      }),
      RUNS,
    )
  })

  it('rescaling is exact: 4.58 per 1,000 ≡ 45.8 per 10,000 (same 9160 beds on 2,000,000)', () => {
    // seed 003 L143: 每千常住人口4.58张 … 9160张
    const perThousand = bedRate('4.58', '1000')
    const perTenThousand = rescale(perThousand, 10000)
    expect(perTenThousand.value).toBe('45.8')
    expect(bedRate('45.8', '10000').value).toBe(perTenThousand.value)
    const b = residents(2_000_000)
    expect(totalFromRate(perTenThousand, b, { rounding: 'none' }).exact).toBe('9160')
    expect(totalFromRate(perThousand, b, { rounding: 'none' }).exact).toBe('9160')
  })

  it('a rate rescaled to any whole scale gives the same total, and rescales back to itself', () => {
    fc.assert(
      fc.property(
        rateText,
        decimalScale,
        fc.integer({ min: 1, max: 1_000_000 }),
        population,
        (v, per, to, p) => {
          const r = bedRate(v, per)
          const b = residents(p)
          const moved = rescale(r, to)
          expect(moved.per).toBe(String(to))
          expect(totalFromRate(moved, b, { rounding: 'none' }).exact).toBe(
            totalFromRate(r, b, { rounding: 'none' }).exact,
          )
          expect(rescale(moved, per).value).toBe(r.value)
        },
      ),
      RUNS,
    )
  })

  it('a total is monotone in population: a larger base never needs less, in every rounding mode', () => {
    fc.assert(
      fc.property(rateText, anyScale, population, population, (v, per, p1, p2) => {
        const [small, large] = p1 <= p2 ? [p1, p2] : [p2, p1]
        const r = bedRate(v, per)
        for (const rounding of ROUNDINGS) {
          const a = totalFromRate(r, residents(small), { rounding })
          const b = totalFromRate(r, residents(large), { rounding })
          expect(new Dec(a.exact).lte(new Dec(b.exact))).toBe(true)
          if (a.count !== null && b.count !== null) expect(a.count).toBeLessThanOrEqual(b.count)
        }
      }),
      RUNS,
    )
  })

  it('a ceil count meets the rate and one fewer does not', () => {
    fc.assert(
      fc.property(rateText, anyScale, population, (v, per, p) => {
        const r = bedRate(v, per)
        const t = totalFromRate(r, residents(p), { rounding: 'ceil' })
        expect(t.count).not.toBeNull()
        const count = new Dec(t.count ?? Number.NaN)
        const perD = new Dec(per)
        const pop = new Dec(p)
        const value = new Dec(v)
        // count × per / population ≥ rate
        expect(count.times(perD).div(pop).gte(value)).toBe(true)
        // (count − 1) × per / population < rate
        expect(count.minus(1).times(perD).div(pop).lt(value)).toBe(true)
      }),
      RUNS,
    )
  })

  it('for one base, component totals (unrounded) sum to the total of the summed rates', () => {
    // seed 003 L146: components 3.00 + 1.08 + 0.50 of one resident base; here 1 to 6 components
    const component = fc.tuple(rateText, decimalScale)
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 6 }), population, (parts, p) => {
        const rates = parts.map(([v, per]) => bedRate(v, per))
        const b = residents(p)
        const totals = rates.map((r) => totalFromRate(r, b, { rounding: 'none' }).exact)
        const summed = totalFromRate(sumRates(rates), b, { rounding: 'none' }).exact
        const sum = totals.reduce((acc, t) => acc.plus(new Dec(t)), new Dec(0))
        expect(sum.toFixed()).toBe(summed)
        expect(sumComponents(totals, summed).equal).toBe(true)
      }),
      RUNS,
    )
  })

  it('rounding never moves a count by 1 or more, in every mode, and each mode rounds its way', () => {
    fc.assert(
      fc.property(rateText, anyScale, population, (v, per, p) => {
        const r = bedRate(v, per)
        const b = residents(p)
        expect(totalFromRate(r, b, { rounding: 'none' }).count).toBeNull()
        for (const rounding of COUNTING) {
          const t = totalFromRate(r, b, { rounding })
          expect(t.count).not.toBeNull()
          expect(Number.isSafeInteger(t.count)).toBe(true)
          const exact = new Dec(t.exact)
          const moved = new Dec(t.count ?? Number.NaN).minus(exact)
          expect(moved.abs().lt(1)).toBe(true)
          if (rounding === 'ceil') expect(moved.gte(0)).toBe(true)
          if (rounding === 'floor') expect(moved.lte(0)).toBe(true)
          if (rounding === 'half-up' || rounding === 'half-even') {
            expect(moved.abs().lte(new Dec('0.5'))).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })
})

describe('laws of chaining', () => {
  it('every exact string a derivation writes is accepted back as an input (even a 40-digit quotient)', () => {
    fc.assert(
      fc.property(rateText, anyScale, population, rateText, (v, per, p, x) => {
        const r = bedRate(v, per)
        const t = totalFromRate(r, residents(p), { rounding: 'none' })
        // fed to a ratio, an implied population, an interval test, a rate from a total
        const through = throughRatio(t, ratio('beds', 'nurses', x), { rounding: 'ceil' })
        expect(new Dec(through.exact).eq(new Dec(t.exact).times(new Dec(x)))).toBe(true)
        expect(contains(impliedPopulation(t.exact, r).interval, String(p))).toBe(true)
        expect(contains(printedInterval(v), t.exact)).toBe(
          contains(printedInterval(v), new Dec(t.exact)),
        )
        expect(
          rateFromTotal(t.exact, residents(p), { per, decimals: 4, rounding: 'none' }).exact,
        ).toBe(new Dec(t.exact).times(new Dec(per)).div(new Dec(p)).toFixed())
      }),
      RUNS,
    )
  })
})

/** Every leaf that is not a clean JSON value: NaN, ±Infinity, -0, undefined, '-0', 'NaN', exponent notation. */
function badLeaves(value: unknown, path = '$'): string[] {
  if (value === undefined) return [`${path} is undefined`]
  if (value === null || typeof value === 'boolean') return []
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [`${path} is ${value}`]
    if (Object.is(value, -0)) return [`${path} is -0`]
    return []
  }
  if (typeof value === 'string') {
    if (/NaN|Infinity/.test(value)) return [`${path} is "${value}"`]
    if (/^-0(?:\.0*)?$/.test(value)) return [`${path} is "${value}"`]
    // a string that starts like a number must be a plain decimal, or a printed 1:x ratio
    if (/^[-+]?\d/.test(value) && !/^(?:1:)?-?\d+(?:\.\d+)?$/.test(value)) {
      return [`${path} is not a plain decimal: "${value}"`]
    }
    return []
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => badLeaves(v, `${path}[${i}]`))
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => badLeaves(v, `${path}.${k}`))
  }
  return [`${path} is a ${typeof value}`]
}

describe('laws of outputs', () => {
  it('no output is ever NaN, Infinity, -0 or undefined, and every output survives JSON unchanged', () => {
    const rounding = fc.constantFrom(...ROUNDINGS)
    fc.assert(
      fc.property(
        rateText,
        anyScale,
        population,
        rateText,
        rounding,
        fc.integer({ min: 0, max: 4 }),
        (v, per, p, other, mode, decimals) => {
          const b = residents(p)
          // seed 003 L706: 300% of the city population
          const service = base.serviceFrom(b, 3)
          const r = bedRate(v, per)
          const beds = totalFromRate(r, b, { rounding: mode })
          const bedsCeil = totalFromRate(r, b, { rounding: 'ceil' })
          const nurses = totalFromRate(rate('nurses', other, { per, base: 'resident' }), b, {
            rounding: mode,
          })
          const implied = impliedPopulation(beds.exact, r)
          const otherImplied = impliedPopulation(
            nurses.exact,
            rate('nurses', other, { per, base: 'resident' }),
          )
          const ambulances = totalFromRate(
            rate('ambulances', v, { per, base: 'service' }),
            service,
            { rounding: 'ceil' },
          )
          const results: unknown[] = [
            b,
            service,
            r,
            rescale(r, 10000),
            beds,
            nurses,
            implied,
            otherImplied,
            intersect([implied.interval, otherImplied.interval]),
            printedInterval(v),
            rateFromTotal(beds.exact, b, { per, decimals, rounding: mode }),
            ratioOf(bedsCeil, nurses, { decimals, rounding: mode }),
            throughRatio(beds, ratio('beds', 'nurses', other), { rounding: mode }),
            // seed 003 L706: 负压救护车比例不低于20%且不少于2辆
            compoundMinimum(
              ambulances,
              share('negative-pressure-ambulances', 'ambulances', '20%'),
              2,
            ),
            ...COMPARATORS.map((c) => gap(beds, stock('beds', bedsCeil.exact), c)),
            increment(bedsCeil, beds),
            increment(beds, bedsCeil),
            sumComponents([beds.exact, nurses.exact], bedsCeil.exact),
            sumRates([r, bedRate(other, '1000')]),
          ]
          for (const result of results) {
            expect(badLeaves(result)).toEqual([])
            expect(JSON.parse(JSON.stringify(result))).toEqual(result)
          }
        },
      ),
      RUNS,
    )
  })
})
