/**
 * A generator of internally consistent plans: totals computed from rates and a base, rounded
 * the way documents round (counts up, printed ratios half-up to 2 decimals), components that
 * add up, increments that subtract, and a 医护比 printed from its two counts.
 */
import Decimal from 'decimal.js'
import fc from 'fast-check'

const D = Decimal.clone({ precision: 40 })
const src = (line: number) => ({ document: 'generated', line })
const r2 = (count: InstanceType<typeof D>, pop: InstanceType<typeof D>) =>
  count.times(1000).div(pop).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)

/** Inputs of one consistent plan. */
export interface PlanSeed {
  readonly population: number
  readonly rates: readonly [number, number, number] // beds, physicians, nurses, in thousandths per 1,000
  readonly split: readonly [number, number] // bed components, as shares in thousandths
  readonly growth: number // physicians 2020 as a share of 2025, in thousandths
}

/** fast-check arbitrary of plan seeds. */
export const planSeed: fc.Arbitrary<PlanSeed> = fc.record({
  population: fc.integer({ min: 50_000, max: 20_000_000 }),
  rates: fc.tuple(
    fc.integer({ min: 500, max: 9000 }),
    fc.integer({ min: 500, max: 6000 }),
    fc.integer({ min: 500, max: 7000 }),
  ),
  split: fc.tuple(fc.integer({ min: 100, max: 500 }), fc.integer({ min: 100, max: 400 })),
  growth: fc.integer({ min: 500, max: 990 }),
})

const figure = (
  id: string,
  indicator: string,
  form: 'count' | 'rate' | 'ratio' | 'increment',
  value: string,
  line: number,
  extra: Record<string, unknown> = {},
) => ({
  id,
  label: { zh: id, en: id },
  indicator,
  form,
  quantity: indicator.split('.')[0] ?? indicator,
  value,
  printed: form === 'ratio' ? `1:${value}` : value,
  year: 2025,
  ...(form === 'rate' ? { per: '1000', base: 'resident' } : {}),
  ...extra,
  source: src(line),
})

/** A consistent plan from a seed. */
export function consistentPlan(seed: PlanSeed) {
  const pop = new D(seed.population)
  const counts = seed.rates.map((k) => new D(k).div(1000).times(pop).div(1000).ceil())
  const [beds, physicians, nurses] = counts as [
    InstanceType<typeof D>,
    InstanceType<typeof D>,
    InstanceType<typeof D>,
  ]
  const a = beds.times(seed.split[0]).div(1000).floor()
  const b = beds.times(seed.split[1]).div(1000).floor()
  const parts = [a, b, beds.minus(a).minus(b)]
  const ph2020 = physicians.times(seed.growth).div(1000).floor()
  const figures = [
    figure('beds-count', 'beds', 'count', beds.toFixed(), 10, { rule: 'beds-rule' }),
    figure('beds-rate', 'beds', 'rate', r2(beds, pop), 11, { rule: 'beds-rule' }),
    ...parts.flatMap((p, i) => [
      figure(`beds-part-${i}-count`, `beds.part${i}`, 'count', p.toFixed(), 20 + i),
      figure(`beds-part-${i}-rate`, `beds.part${i}`, 'rate', r2(p, pop), 30 + i),
    ]),
    figure('physicians-count', 'physicians', 'count', physicians.toFixed(), 40, {
      rule: 'physicians-rule',
    }),
    figure('physicians-rate', 'physicians', 'rate', r2(physicians, pop), 41, {
      rule: 'physicians-rule',
    }),
    { ...figure('physicians-2020', 'physicians', 'count', ph2020.toFixed(), 42), year: 2020 },
    figure(
      'physicians-increment',
      'physicians.increment',
      'increment',
      physicians.minus(ph2020).toFixed(),
      43,
    ),
    figure('nurses-count', 'nurses', 'count', nurses.toFixed(), 50, { rule: 'nurses-rule' }),
    figure('nurses-rate', 'nurses', 'rate', r2(nurses, pop), 51, { rule: 'nurses-rule' }),
    figure(
      'physician-nurse-ratio',
      'physician-nurse-ratio',
      'ratio',
      nurses.div(physicians).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      60,
    ),
  ]
  const rule = (id: string, quantity: string, rateId: string, line: number) => ({
    id,
    label: { zh: id },
    type: 'per-capita',
    quantity,
    comparator: 'eq',
    nature: 'expected',
    rounding: 'ceil',
    year: 2025,
    value: figures.find((f) => f.id === rateId)?.value,
    per: '1000',
    base: 'resident',
    source: src(line),
  })
  return {
    id: 'generated',
    title: { zh: '生成' },
    jurisdiction: { zh: '生成' },
    period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
    document: { file: 'generated', title: 'generated', issuer: null, date: null },
    bases: [
      {
        id: 'resident-2025',
        kind: 'resident',
        value: pop.toFixed(),
        year: 2025,
        vintage: 'projection',
        source: src(1),
      },
    ],
    rules: [
      rule('beds-rule', 'beds', 'beds-rate', 11),
      rule('physicians-rule', 'physicians', 'physicians-rate', 41),
      rule('nurses-rule', 'nurses', 'nurses-rate', 51),
    ],
    facilities: [],
    stocks: [],
    figures,
    relations: [
      {
        id: 'beds-sum',
        type: 'sum',
        total: 'beds-count',
        parts: parts.map((_, i) => `beds-part-${i}-count`),
        complete: true,
        source: src(10),
      },
      {
        id: 'beds-rate-sum',
        type: 'sum',
        total: 'beds-rate',
        parts: parts.map((_, i) => `beds-part-${i}-rate`),
        complete: true,
        source: src(11),
      },
      {
        id: 'physicians-new',
        type: 'difference',
        target: 'physicians-count',
        from: 'physicians-2020',
        increment: 'physicians-increment',
        source: src(43),
      },
      {
        id: 'pn-ratio',
        type: 'ratio-of',
        ratio: 'physician-nurse-ratio',
        numerator: 'nurses-rate',
        denominator: 'physicians-rate',
        source: src(60),
      },
    ],
  }
}
