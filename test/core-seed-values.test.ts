/**
 * The core arithmetic pinned to the figures of the seed documents. Every number below is quoted
 * from a seed (file and line in the comment) or derived from seed figures by a stated law.
 *
 * seed 003 = /work/shared/seeds/003_060dd4848616d4d7.txt (Cixi 2021–2025)
 * seed 000 = /work/shared/seeds/000_ff1a5d35d0013e9c.txt (Cixi 2016–2020)
 */
import { describe, expect, it } from 'vitest'
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

const SEED_003 = '003_060dd4848616d4d7.txt'
const SEED_000 = '000_ff1a5d35d0013e9c.txt'

// seed 003 L143: 每千常住人口4.58张，实际开放床位总数将达到9160张 → 9160 / 4.58 × 1000 = 2,000,000
// (the plan states no population; the 2025 base is derived, research/seed-003.md §1.1)
const residents2025 = base.resident(2_000_000, {
  year: 2025,
  vintage: 'derived',
  source: { document: SEED_003, line: 143, note: '9160 / 4.58 × 1000' },
})

// seed 003 L143: 每千常住人口4.58张
const bedRate = rate('beds', '4.58', { per: 1000, base: 'resident' })
// seed 003 L688: 每千常住人口执业（助理）医师数规划配置标准为3.65人
const physicianRate = rate('physicians', '3.65', { per: 1000, base: 'resident' })
// seed 003 L688: 注册护士数为4.2人 (附表1 L60 prints 4.20)
const nurseRate = rate('nurses', '4.2', { per: 1000, base: 'resident' })

describe('seed 003: beds, physicians and nurses from per-1,000 rates on 2,000,000 residents', () => {
  it('a total is rate × population / per, exact, then counted with the named rounding (4.58‰ × 2,000,000 = 9160)', () => {
    // seed 003 L143: 每千常住人口4.58张，实际开放床位总数将达到9160张
    const beds = totalFromRate(bedRate, residents2025, { rounding: 'ceil' })
    expect(beds.exact).toBe('9160')
    expect(beds.count).toBe(9160)
    expect(beds.quantity).toBe('beds')
    expect(beds.rounding).toBe('ceil')
    expect(beds.base).toEqual(residents2025)
    expect(beds.base.kind).toBe('resident')
    expect(beds.base.value).toBe('2000000')
    expect(beds.rate).toEqual(bedRate)
  })

  it('a total and a printed rate imply a point population and the half-open interval the printed rate allows', () => {
    // seed 003 L143: 4.58张 … 9160张 → 2,000,000; "4.58" stands for [4.575, 4.585)
    // → (9,160,000 / 4.585, 9,160,000 / 4.575] = (1,997,818.97…, 2,002,185.79…]
    const p = impliedPopulation(9160, bedRate)
    expect(p.exact).toBe('2000000')
    expect(p.base).toBe('resident')
    expect(p.interval.loClosed).toBe(false)
    expect(p.interval.hiClosed).toBe(true)
    expect(p.interval.lo.startsWith('1997818.97')).toBe(true)
    expect(p.interval.hi.startsWith('2002185.79')).toBe(true)
    expect(contains(p.interval, '2000000')).toBe(true)
  })

  it('physicians and nurses follow from their per-1,000 rates (3.65‰ → 7300, 4.2‰ → 8400)', () => {
    // seed 003 L688: 3.65人 … 4.2人 … 需求预测人数分别为7300人、8400人
    const physicians = totalFromRate(physicianRate, residents2025, { rounding: 'ceil' })
    const nurses = totalFromRate(nurseRate, residents2025, { rounding: 'ceil' })
    expect(physicians.exact).toBe('7300')
    expect(physicians.count).toBe(7300)
    expect(nurses.exact).toBe('8400')
    expect(nurses.count).toBe(8400)
  })

  it('医护比 is nurses / physicians, printed 1:x at 2 dp half-up (8400 / 7300 = 1.1507 → "1:1.15")', () => {
    // seed 003 L688: 医护比逐步达到1:1.15 … 7300人、8400人
    const physicians = totalFromRate(physicianRate, residents2025, { rounding: 'ceil' })
    const nurses = totalFromRate(nurseRate, residents2025, { rounding: 'ceil' })
    const r = ratioOf(physicians, nurses, { decimals: 2, rounding: 'half-up' })
    expect(r.exact.startsWith('1.1506849')).toBe(true)
    expect(r.value).toBe('1.15')
    expect(r.display).toBe('1:1.15')
    expect(r.from).toBe('physicians')
    expect(r.to).toBe('nurses')
    // seed 003 L70: 附表1 prints 1:1.16 for 2025; the exact ratio lies outside "1.16"'s interval
    expect(contains(printedInterval('1.16'), r.exact)).toBe(false)
    expect(contains(printedInterval('1.15'), r.exact)).toBe(true)
  })
})

describe('seed 003: increments from the 2020 stocks', () => {
  const physicians = totalFromRate(physicianRate, residents2025, { rounding: 'ceil' })
  const nurses = totalFromRate(nurseRate, residents2025, { rounding: 'ceil' })
  const beds = totalFromRate(bedRate, residents2025, { rounding: 'ceil' })

  it('the 2020 stock is the 2025 target less the stated increment (7300 − 2758 = 4542, 8400 − 4072 = 4328)', () => {
    // seed 003 L688: 需新增执业（助理）医师2758人、注册护士4072人
    expect(increment(physicians, { quantity: 'physicians', value: '2758' })).toBe('4542')
    expect(increment(nurses, { quantity: 'nurses', value: '4072' })).toBe('4328')
  })

  it('the increment from a stock to a target is target − stock (9160 − 6855 = 2305 beds)', () => {
    // seed 003 L143: 实际开放床位总数将达到9160张，比“十三五”期间新增2305张床位
    // 2020 stock 6855 = 9160 − 2305 (also 4546 + 1445 + 864 from 表2–4, L298–L302, L457–L461, L676–L680)
    expect(increment(beds, { quantity: 'beds', value: '2305' })).toBe('6855')
    expect(increment(beds, stock('beds', 6855, { year: 2020 }))).toBe('2305')
  })

  it('a floor gap reports the shortfall of a stock against the requirement (需新增 2758 / 4072 / 2305)', () => {
    // seed 003 L688: 需新增执业（助理）医师2758人、注册护士4072人; L143: 新增2305张
    const gp = gap(physicians, stock('physicians', 4542, { year: 2020 }), 'ge')
    expect(gp.status).toBe('short')
    expect(gp.by).toBe('2758')
    expect(gp.difference).toBe('-2758')
    const gn = gap(nurses, stock('nurses', 4328, { year: 2020 }), 'ge')
    expect(gn.status).toBe('short')
    expect(gn.by).toBe('4072')
    const gb = gap(beds, stock('beds', 6855, { year: 2020 }), 'ge')
    expect(gb.status).toBe('short')
    expect(gb.by).toBe('2305')
    expect(gb.required).toBe('9160')
    expect(gb.stock).toBe('6855')
  })
})

describe('seed 003: the 2020 population implied by the 2020 stocks and ratios', () => {
  it('the implied populations of several (total, printed rate) pairs intersect in one interval', () => {
    // seed 003 附表1: 2020 beds 3.74 (L24), physicians 2.48 (L54), nurses 2.36 (L59), per 1,000 resident (L83)
    // 2020 stocks (derived above): 6855 beds, 4542 physicians, 4328 nurses
    const beds = impliedPopulation(6855, rate('beds', '3.74', { per: 1000, base: 'resident' }))
    const physicians = impliedPopulation(
      4542,
      rate('physicians', '2.48', { per: 1000, base: 'resident' }),
    )
    const nurses = impliedPopulation(4328, rate('nurses', '2.36', { per: 1000, base: 'resident' }))
    // research/seed-003.md §1.1: (1,830,440.6, 1,835,341.4], (1,827,766.6, 1,835,151.5], (1,830,021.1, 1,837,791.9]
    expect(beds.interval.lo.startsWith('1830440.58')).toBe(true)
    expect(beds.interval.hi.startsWith('1835341.36')).toBe(true)
    expect(physicians.interval.lo.startsWith('1827766.59')).toBe(true)
    expect(physicians.interval.hi.startsWith('1835151.51')).toBe(true)
    expect(nurses.interval.lo.startsWith('1830021.14')).toBe(true)
    expect(nurses.interval.hi.startsWith('1837791.93')).toBe(true)

    // research/seed-003.md §1.1: all together (1,830,440.6, 1,835,151.5]
    const all = intersect([beds.interval, physicians.interval, nurses.interval])
    expect(all).not.toBeNull()
    if (all === null) return
    // exact digits: lo = 6,855,000 / 3.745 = 1830440.587…, hi = 4,542,000 / 2.475 = 1835151.5151…
    expect(all.lo.startsWith('1830440.587')).toBe(true)
    expect(all.hi.startsWith('1835151.5151')).toBe(true)
    // to 1 dp, as the research file prints them
    expect(new Dec(all.lo).toFixed(1)).toBe('1830440.6')
    expect(new Dec(all.hi).toFixed(1)).toBe('1835151.5')
    expect(all.loClosed).toBe(false)
    expect(all.hiClosed).toBe(true)
    // the 2025 base is not in it: the plan uses two different resident bases
    expect(contains(all, '2000000')).toBe(false)
  })
})

describe('seed 003: bed components against the total', () => {
  // seed 003 L146: 综合性医院…3.00张…6005张；专科医院…1.08张…2151张；基层医疗机构…0.50张…1004张
  const general = rate('beds', '3.00', { per: 1000, base: 'resident' })
  const specialist = rate('beds', '1.08', { per: 1000, base: 'resident' })
  const primary = rate('beds', '0.50', { per: 1000, base: 'resident' })

  it('component counts add up to the stated total exactly (6005 + 2151 + 1004 = 9160)', () => {
    // seed 003 L146 (components), L143 (9160)
    const s = sumComponents([6005, 2151, 1004], 9160)
    expect(s.equal).toBe(true)
    expect(s.sum).toBe('9160')
    expect(s.residual).toBe('0')
  })

  it('component rates add up to the total rate exactly (3.00 + 1.08 + 0.50 = 4.58)', () => {
    // seed 003 L146 (components), L143 (4.58)
    const total = sumRates([general, specialist, primary])
    expect(total.value).toBe('4.58')
    expect(total.per).toBe('1000')
    expect(total.base).toBe('resident')
  })

  it('a rate derived from a component total prints, half-up at 2 dp, as the document prints it', () => {
    // seed 003 L146: 3.00张 … 6005张; 6005 / 2000 = 3.0025 → "3.00"
    const g = rateFromTotal(6005, residents2025, { per: 1000, decimals: 2, rounding: 'half-up' })
    expect(g.exact).toBe('3.0025')
    expect(g.display).toBe('3.00')
    expect(g.rounding).toBe('half-up')
    expect(g.base).toEqual(residents2025)
    // a printed "3.00" stands for [2.995, 3.005), which holds 3.0025
    expect(contains(printedInterval('3.00'), g.exact)).toBe(true)
    expect(contains(printedInterval('3.00'), '3.0025')).toBe(true)

    // seed 003 L146: 1.08张 … 2151张; 2151 / 2000 = 1.0755 → "1.08" half-up (truncation gives 1.07)
    const s = rateFromTotal(2151, residents2025, { per: 1000, decimals: 2, rounding: 'half-up' })
    expect(s.exact).toBe('1.0755')
    expect(s.display).toBe('1.08')
    expect(contains(printedInterval('1.08'), s.exact)).toBe(true)
    const truncated = rateFromTotal(2151, residents2025, {
      per: 1000,
      decimals: 2,
      rounding: 'floor',
    })
    expect(truncated.display).toBe('1.07')

    // seed 003 L146: 0.50张 … 1004张; 1004 / 2000 = 0.502 → "0.50"
    const p = rateFromTotal(1004, residents2025, { per: 1000, decimals: 2, rounding: 'half-up' })
    expect(p.exact).toBe('0.502')
    expect(p.display).toBe('0.50')
  })

  it('a component total differs from rate × base by a rounding residual, not an error (3.00 × 2000 = 6000 ≠ 6005)', () => {
    // seed 003 L146: 3.00张 … 6005张
    const fromRate = totalFromRate(general, residents2025, { rounding: 'none' })
    expect(fromRate.exact).toBe('6000')
    expect(fromRate.count).toBeNull()
    expect(gap(fromRate, stock('beds', 6005), 'ge').difference).toBe('5')
  })
})

describe('seed 000: psychiatrists per 100,000', () => {
  it('a minimum headcount is the exact product rounded up (3.8 per 100,000 × 1,497,600 = 56.9088 → 57)', () => {
    // seed 000 L224: 精神科执业（助理）医师不低于每10万常住人口3.8人
    const psychiatrists = rate('psychiatrists', '3.8', {
      per: 100000,
      base: 'resident',
      source: { document: SEED_000, line: 224 },
    })
    // seed 000 L217: 每千人口指标是以我市常住人口数为计算标准基数，2020年，慈溪市预计为149.76万人
    const residents2020 = base.resident(1_497_600, {
      year: 2020,
      vintage: 'projection',
      source: { document: SEED_000, line: 217 },
    })
    const t = totalFromRate(psychiatrists, residents2020, { rounding: 'ceil' })
    expect(t.exact).toBe('56.9088')
    expect(t.count).toBe(57)
    expect(t.rounding).toBe('ceil')
    // a cap would round down
    expect(totalFromRate(psychiatrists, residents2020, { rounding: 'floor' }).count).toBe(56)
  })
})

describe('seed 003: ambulances on a service base of 300% of residents', () => {
  // seed 003 L706: 根据市域人口的300%估算人口基数，按照每3万人口1辆的标准配备救护车 …
  // 负压救护车比例不低于20%且不少于2辆
  const ambulanceRate = rate('ambulances', '1', { per: 30000, base: 'service' })
  const negativePressure = share('negative-pressure-ambulances', 'ambulances', '20%')

  const ambulancesAt = (population: number) => {
    const residents = base.resident(population, { year: 2025, vintage: 'derived' })
    const service = base.serviceFrom(residents, 3)
    return totalFromRate(ambulanceRate, service, { rounding: 'ceil' })
  }

  it('the service base is 3 × residents and records its derivation', () => {
    // seed 003 L706: 市域人口的300%
    const service = base.serviceFrom(residents2025, 3)
    expect(service.kind).toBe('service')
    expect(service.value).toBe('6000000')
    expect(service.derivedFrom).toEqual({ fromKind: 'resident', fromValue: '2000000', factor: '3' })
  })

  it('one per 30,000 of 3 × 2,000,000 is 200 ambulances; 20% of them, at least 2, is 40 (the share binds)', () => {
    // research/seed-003.md §4.12: Ambulances 200; Negative-pressure 40
    const ambulances = ambulancesAt(2_000_000)
    expect(ambulances.exact).toBe('200')
    expect(ambulances.count).toBe(200)
    const np = compoundMinimum(ambulances, negativePressure, 2)
    expect(np.count).toBe(40)
    expect(np.shareExact).toBe('40')
    expect(np.binding).toBe('share')
    expect(np.quantity).toBe('negative-pressure-ambulances')
  })

  it('at 100,000 residents: 10 ambulances, 2 negative-pressure (20% and the floor of 2 coincide)', () => {
    // seed 003 L135: 常住人口超过10万人 (100,000, a population threshold of the same plan)
    const ambulances = ambulancesAt(100_000)
    expect(ambulances.count).toBe(10)
    const np = compoundMinimum(ambulances, negativePressure, 2)
    expect(np.count).toBe(2)
    expect(np.shareCount).toBe(2)
    expect(np.binding).toBe('both')
  })

  it('when 20% rounds up below 2, the absolute floor of 2 binds (40,000 residents: 4 ambulances → 2)', () => {
    // 40,000 residents: an illustrative small area (not a seed figure) where ceil(0.2 × 4) = 1 < 2
    const ambulances = ambulancesAt(40_000)
    expect(ambulances.count).toBe(4)
    const np = compoundMinimum(ambulances, negativePressure, 2)
    expect(np.shareExact).toBe('0.8')
    expect(np.shareCount).toBe(1)
    expect(np.count).toBe(2)
    expect(np.binding).toBe('floor')
  })

  it('crew minimums go through per-ambulance ratios (200 ambulances × 2 aides = 400)', () => {
    // seed 003 L699: 每辆救护车至少配置医师、护士各1名，急救辅助人员2名
    const ambulances = ambulancesAt(2_000_000)
    const aides = throughRatio(ambulances, ratio('ambulances', 'ambulance-aides', '2'), {
      rounding: 'ceil',
    })
    expect(aides.exact).toBe('400')
    expect(aides.count).toBe(400)
    expect(aides.quantity).toBe('ambulance-aides')
    const doctors = throughRatio(ambulances, ratio('ambulances', 'physicians', '1'), {
      rounding: 'ceil',
    })
    expect(doctors.count).toBe(200)
    const nurses = throughRatio(ambulances, ratio('ambulances', 'nurses', '1'), {
      rounding: 'ceil',
    })
    expect(nurses.count).toBe(200)
  })
})

describe('seed 003: rescaling a rate keeps the total', () => {
  it('4.58 per 1,000 is 45.8 per 10,000 and gives the same 9160 beds', () => {
    // seed 003 L143: 每千常住人口4.58张 … 9160张
    const perTenThousand = rescale(bedRate, 10000)
    expect(perTenThousand.value).toBe('45.8')
    expect(perTenThousand.per).toBe('10000')
    expect(totalFromRate(perTenThousand, residents2025, { rounding: 'ceil' }).exact).toBe('9160')
  })
})
