/**
 * bedstaff computes with its own decimal clone: a caller who changes the global decimal.js
 * settings (here 3 significant digits, rounding down, exponent notation from 100 up) changes no
 * result of the library.
 *
 * seed 003 = /work/shared/seeds/003_060dd4848616d4d7.txt
 * seed 000 = /work/shared/seeds/000_ff1a5d35d0013e9c.txt
 */
import Decimal from 'decimal.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Dec } from '../src/decimal.js'
import { compoundMinimum } from '../src/derive/compound-minimum.js'
import { increment } from '../src/derive/gap.js'
import { impliedPopulation } from '../src/derive/implied-population.js'
import { rateFromTotal } from '../src/derive/rate-from-total.js'
import { sumComponents, sumRates } from '../src/derive/sum.js'
import { ratioOf, throughRatio } from '../src/derive/through-ratio.js'
import { totalFromRate } from '../src/derive/total-from-rate.js'
import { base } from '../src/population/base.js'
import { contains, intersect, printedInterval } from '../src/quantity/interval.js'
import { rate } from '../src/quantity/rate.js'
import { ratio } from '../src/quantity/ratio.js'
import { share } from '../src/quantity/share.js'

const residentRate = <Q extends 'beds' | 'physicians' | 'nurses'>(quantity: Q, value: string) =>
  rate(quantity, value, { per: 1000, base: 'resident' })

describe('results do not depend on the global decimal.js settings', () => {
  beforeAll(() => {
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN, toExpPos: 2, toExpNeg: -2 })
  })

  afterAll(() => {
    // decimal.js defaults
    Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP, toExpPos: 21, toExpNeg: -7 })
  })

  it('the global settings really are changed while these tests run', () => {
    expect(new Decimal(2).div(3).toString()).toBe('0.666')
    // seed 003 L143: 9160张, written by the global constructor in exponent notation
    expect(new Decimal(9160).toString()).toBe('9.16e+3')
    // bedstaff's own clone keeps its 40 digits, half-up
    expect(new Dec(2).div(3).toString()).toBe('0.6666666666666666666666666666666666666667')
    expect(new Dec(9160).toString()).toBe('9160')
  })

  it('4.58 per 1,000 × 2,000,000 residents is still exactly 9160 beds, ceil 9160', () => {
    // seed 003 L143: 每千常住人口4.58张，实际开放床位总数将达到9160张
    const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
    const beds = totalFromRate(residentRate('beds', '4.58'), residents, { rounding: 'ceil' })
    expect(beds.exact).toBe('9160')
    expect(beds.count).toBe(9160)
    expect(beds.base.value).toBe('2000000')
  })

  it('9160 beds at 4.58 still imply 2,000,000 in (1,997,818.97…, 2,002,185.79…]', () => {
    // seed 003 L143
    const p = impliedPopulation(9160, residentRate('beds', '4.58'))
    expect(p.exact).toBe('2000000')
    expect(p.interval.lo).toBe('1997818.974918211559432933478735005452563')
    expect(p.interval.hi).toBe('2002185.792349726775956284153005464480874')
    expect(p.interval.loClosed).toBe(false)
    expect(p.interval.hiClosed).toBe(true)
  })

  it('7300 physicians and 8400 nurses still give 医护比 1:1.1506849… → "1:1.15"', () => {
    // seed 003 L688: 3.65人 … 4.2人 … 7300人、8400人 … 1:1.15
    const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
    const physicians = totalFromRate(residentRate('physicians', '3.65'), residents, {
      rounding: 'ceil',
    })
    const nurses = totalFromRate(residentRate('nurses', '4.2'), residents, { rounding: 'ceil' })
    expect(physicians.count).toBe(7300)
    expect(nurses.count).toBe(8400)
    const r = ratioOf(physicians, nurses, { decimals: 2, rounding: 'half-up' })
    expect(r.exact).toBe('1.150684931506849315068493150684931506849')
    expect(r.display).toBe('1:1.15')
    // seed 003 L688: 需新增执业（助理）医师2758人、注册护士4072人; L143: 新增2305张
    expect(increment(physicians, { quantity: 'physicians', value: '2758' })).toBe('4542')
    expect(increment(nurses, { quantity: 'nurses', value: '4072' })).toBe('4328')
    expect(
      increment({ quantity: 'beds', value: '9160' }, { quantity: 'beds', value: '2305' }),
    ).toBe('6855')
  })

  it('the 2020 stocks still imply a 2020 population in (1,830,440.58…, 1,835,151.51…]', () => {
    // seed 003 附表1 2020: beds 3.74 (L24), physicians 2.48 (L54), nurses 2.36 (L59);
    // stocks 6855 = 9160 − 2305 (L143), 4542 = 7300 − 2758, 4328 = 8400 − 4072 (L688)
    const all = intersect([
      impliedPopulation(6855, residentRate('beds', '3.74')).interval,
      impliedPopulation(4542, residentRate('physicians', '2.48')).interval,
      impliedPopulation(4328, residentRate('nurses', '2.36')).interval,
    ])
    expect(all).toEqual({
      lo: '1830440.587449933244325767690253671562083',
      hi: '1835151.515151515151515151515151515151515',
      loClosed: false,
      hiClosed: true,
    })
  })

  it('bed components still add up, and 6005 / 2000 is still 3.0025 → "3.00", 2151 → 1.0755 → "1.08"', () => {
    // seed 003 L146: 3.00张 6005张; 1.08张 2151张; 0.50张 1004张; L143: 4.58张 9160张
    const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
    expect(sumComponents([6005, 2151, 1004], 9160).equal).toBe(true)
    const rates = ['3.00', '1.08', '0.50'].map((v) => residentRate('beds', v))
    expect(sumRates(rates).value).toBe('4.58')
    const g = rateFromTotal(6005, residents, { per: 1000, decimals: 2, rounding: 'half-up' })
    expect(g.exact).toBe('3.0025')
    expect(g.display).toBe('3.00')
    expect(contains(printedInterval('3.00'), g.exact)).toBe(true)
    expect(printedInterval('3.00')).toEqual({
      lo: '2.995',
      hi: '3.005',
      loClosed: true,
      hiClosed: false,
    })
    const s = rateFromTotal(2151, residents, { per: 1000, decimals: 2, rounding: 'half-up' })
    expect(s.exact).toBe('1.0755')
    expect(s.display).toBe('1.08')
  })

  it('3.8 per 100,000 × 1,497,600 is still 56.9088, ceil 57', () => {
    // seed 000 L224: 精神科执业（助理）医师不低于每10万常住人口3.8人
    // seed 000 L217: 2020年，慈溪市预计为149.76万人
    const residents = base.resident(1_497_600, { year: 2020, vintage: 'projection' })
    const psychiatrists = rate('psychiatrists', '3.8', { per: 100000, base: 'resident' })
    const t = totalFromRate(psychiatrists, residents, { rounding: 'ceil' })
    expect(t.exact).toBe('56.9088')
    expect(t.count).toBe(57)
  })

  it('ambulances are still 200 / 10 / 4 with 40 / 2 / 2 negative-pressure, and 400 aides', () => {
    // seed 003 L706: 市域人口的300% … 每3万人口1辆 … 负压救护车比例不低于20%且不少于2辆
    // seed 003 L699: 急救辅助人员2名 per ambulance
    const ambulanceRate = rate('ambulances', '1', { per: 30000, base: 'service' })
    const np = share('negative-pressure-ambulances', 'ambulances', '20%')
    // 2,000,000: seed 003's base; 100,000: seed 003 L135 (常住人口超过10万人); 40,000: illustrative
    const cases = [
      { residents: 2_000_000, ambulances: 200, negativePressure: 40, binding: 'share' },
      { residents: 100_000, ambulances: 10, negativePressure: 2, binding: 'both' },
      { residents: 40_000, ambulances: 4, negativePressure: 2, binding: 'floor' },
    ] as const
    for (const c of cases) {
      const residents = base.resident(c.residents, { year: 2025, vintage: 'derived' })
      const service = base.serviceFrom(residents, 3)
      const ambulances = totalFromRate(ambulanceRate, service, { rounding: 'ceil' })
      expect(ambulances.count).toBe(c.ambulances)
      const m = compoundMinimum(ambulances, np, 2)
      expect(m.count).toBe(c.negativePressure)
      expect(m.binding).toBe(c.binding)
    }
    const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
    const ambulances = totalFromRate(ambulanceRate, base.serviceFrom(residents, 3), {
      rounding: 'ceil',
    })
    const aides = throughRatio(ambulances, ratio('ambulances', 'ambulance-aides', '2'), {
      rounding: 'ceil',
    })
    expect(aides.count).toBe(400)
  })
})
