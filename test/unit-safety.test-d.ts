import { describe, expectTypeOf, it } from 'vitest'
import { gap, increment } from '../src/derive/gap.js'
import { throughRatio } from '../src/derive/through-ratio.js'
import { totalFromRate } from '../src/derive/total-from-rate.js'
import { base } from '../src/population/base.js'
import { convertBase } from '../src/population/convert-base.js'
import { rate } from '../src/quantity/rate.js'
import { ratio } from '../src/quantity/ratio.js'
import { stock } from '../src/quantity/stock.js'

const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const bedRate = rate('beds', '4.58', { per: 1000, base: 'resident' })
// seed 003 L688: 每万户籍人口全科医生数达到5.0人以上
const gpRate = rate('gps', '5.0', { per: 10000, base: 'registered' })

describe('unit safety at compile time', () => {
  it('a bed requirement cannot be compared with a nurse stock', () => {
    const beds = totalFromRate(bedRate, residents, { rounding: 'ceil' })
    // @ts-expect-error beds against nurses
    gap(beds, stock('nurses', 4328), 'ge')
    // @ts-expect-error beds against nurses
    increment(beds, stock('nurses', 4328))
    expectTypeOf(gap(beds, stock('beds', 6855), 'ge').quantity).toEqualTypeOf<'beds'>()
  })

  it('a per-registered rate cannot take a resident base without an explicit conversion', () => {
    // @ts-expect-error resident base for a per-registered rate
    totalFromRate(gpRate, residents, { rounding: 'ceil' })
    const registered = convertBase(residents, 'registered', { factor: '0.6' })
    expectTypeOf(
      totalFromRate(gpRate, registered, { rounding: 'ceil' }).base.kind,
    ).toEqualTypeOf<'registered'>()
  })

  it('a beds-to-nurses ratio cannot be fed physicians', () => {
    const perBed = ratio('beds', 'nurses', '0.7')
    // @ts-expect-error physicians into a per-bed rule
    throughRatio(stock('physicians', 7300), perBed, { rounding: 'ceil' })
    expectTypeOf(
      throughRatio(stock('beds', 1000), perBed, { rounding: 'ceil' }).quantity,
    ).toEqualTypeOf<'nurses'>()
  })
})
