/**
 * Random version-2 plans for the compiled differential (test/fuzz/compiled-plans.ts): bases
 * with one made from another, rules of every type and rounding, facilities with and without
 * beds, a stock compared with a rule, and sometimes the 1978 establishment bands.
 */
import fc from 'fast-check'

const src = { document: 'generated' }
const SAFE = 2 ** 53

const per = fc.constantFrom('1000', '10000', '30000', '100000', '1', '3', '7', '0.5', '1.5')
export const value = fc.oneof(
  fc.constantFrom('1.08', '4.58', '0.5', '2.5', '1.5', '0.3', '1', '3', '1.15', '0.7', '1.2775'),
  fc.constantFrom('0', '5', '0.000000000000001', '999999999999999', '1e3', '0.125', '3.5'),
  fc.constantFrom('1.234567890123456789012345678901', '7.000000000000000000000000000001'),
  fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toFixed(2)),
  fc.integer({ min: 0, max: 999 }).map((n) => `0.${String(n).padStart(3, '0')}5`),
)
export const percent = fc.oneof(
  fc.constantFrom('20%', '115%', '0.2', '12.5%', '33.333%', '0%', '70%', '85%', '10%', '50%'),
  fc.integer({ min: 0, max: 20_000 }).map((n) => `${n / 100}%`),
  value,
)
export const population = fc.oneof(
  fc.integer({ min: 1, max: 20_000_000 }).map(String),
  fc.constantFrom('1800000', '2000000', '1', '3', '30000', '15', '25', '1000000000000000'),
  fc.constantFrom('123456789.123456789', '999999999999999.5', '2000000.000000000000000000000001'),
  fc.constantFrom('0.5', '1234567.890123456789012345678901234567', '77777.7777777'),
  fc
    .tuple(fc.constantFrom(1, 3, 7, 1000, 10_000, 30_000, 100_000), fc.integer({ min: -3, max: 3 }))
    .map(([p, k]) => String(Math.max(1, Math.min(1e15, Math.floor(SAFE / p) + k)))),
  fc.integer({ min: 1, max: 2 ** 31 }).map((n) => `${n}.${n % 1000}`),
)
const rounding = fc.constantFrom('ceil', 'floor', 'half-up', 'half-even', 'none')
const level = fc.oneof(
  { weight: 3, arbitrary: value.map((v) => ({ value: v })) },
  {
    weight: 1,
    arbitrary: fc.tuple(value, value).map(([a, b]) => {
      const [min, max] = Number(a) <= Number(b) ? [a, b] : [b, a]
      return { range: { min, max } }
    }),
  },
)
const GRADES = ['III-A', 'II-A', 'I'] as const
const scope = fc.oneof(
  fc.subarray([...GRADES], { minLength: 1 }).map((grades) => ({ grades })),
  fc.constant({ categories: ['general'] }),
)

/** One rule, given the ids of the rules before it. */
function ruleArb(i: number): fc.Arbitrary<Record<string, unknown>> {
  const common = { id: `r${i}`, label: { zh: `r${i}` }, year: 2025, source: src }
  const quantity = fc.constant('beds')
  const perCapita = fc
    .record({ level, per, rounding, quantity, base: fc.constantFrom('resident', 'service') })
    .chain((r) =>
      fc
        .record({
          trajectory: fc.option(
            value.map((v) => ({ fromYear: 2020, fromValue: v, method: 'linear' })),
          ),
          baseId: fc.constantFrom(
            undefined,
            r.base === 'service' ? 'service-2025' : 'resident-2025',
          ),
        })
        .map((t) => ({
          ...common,
          type: 'per-capita',
          comparator: 'ge',
          quantity: r.quantity,
          rounding: r.rounding,
          ...r.level,
          per: r.per,
          base: r.base,
          ...(t.baseId ? { baseId: t.baseId } : {}),
          ...(t.trajectory && 'value' in r.level ? { trajectory: t.trajectory } : {}),
        })),
    )
  const from = fc.oneof(
    ...(i > 0
      ? [fc.integer({ min: 0, max: i - 1 }).map((d) => ({ kind: 'rule', id: `r${d}` }))]
      : []),
    fc.constant({ kind: 'stock', id: 'stock-0' }),
    fc.record({
      kind: fc.constant('facilities'),
      scope,
      beds: fc.constantFrom('open', 'approved'),
    }),
  )
  const ratio = fc.record({ from, level, per: fc.option(per), rounding, quantity }).map((r) => ({
    ...common,
    type: 'ratio',
    comparator: 'ge',
    quantity: r.quantity,
    rounding: r.rounding,
    from: r.from,
    fromQuantity: 'beds',
    ...r.level,
    ...(r.per ? { per: r.per } : {}),
  }))
  const share = fc
    .record({ from, value: percent, rounding, floor: fc.option(fc.constantFrom('0', '2', '40')) })
    .map((r) => ({
      ...common,
      type: 'share',
      quantity: 'beds',
      from: r.from,
      fromQuantity: 'beds',
      value: r.value,
      ...(r.floor !== null && r.from.kind !== 'facilities'
        ? { floor: r.floor, comparator: 'ge', rounding: 'ceil' }
        : { comparator: 'ge', rounding: r.rounding }),
    }))
  const perFacility = fc.record({ scope, level, rounding }).map((r) => ({
    ...common,
    type: 'per-facility',
    comparator: 'ge',
    quantity: 'beds',
    rounding: r.rounding,
    scope: r.scope,
    ...r.level,
  }))
  return fc.oneof(
    { weight: 4, arbitrary: perCapita },
    { weight: 3, arbitrary: ratio },
    { weight: 2, arbitrary: share },
    { weight: 1, arbitrary: perFacility },
  )
}

const beds = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.constantFrom('12.5', '1000', '333.3', '7'),
)
const facility = (i: number) =>
  fc
    .record({
      grade: fc.constantFrom(...GRADES),
      open: fc.option(beds, { nil: undefined, freq: 8 }),
      approved: fc.option(beds, { nil: undefined }),
      absent: fc.boolean(),
    })
    .map((f) => ({
      id: `f${i}`,
      name: `F${i}`,
      category: 'general',
      grade: f.grade,
      gradePrinted: f.grade,
      owner: null,
      openBeds: f.absent ? { '2025': null } : f.open === undefined ? {} : { '2025': f.open },
      ...(f.approved !== undefined ? { approvedBeds: { '2025': f.approved } } : {}),
      source: src,
    }))

/** A version-2 plan: two bases and a service base made from them, rules, facilities, stocks. */
export const generatedPlan = fc
  .record({
    resident: population,
    resident2020: fc.option(population),
    multiplier: fc.constantFrom('3', '1.5', '0.3333333333333333333333333333333333333'),
    rules: fc.integer({ min: 1, max: 10 }),
    facilities: fc.integer({ min: 0, max: 5 }),
    stock: value,
    stockRule: fc.integer({ min: 0, max: 9 }),
    stockQuantity: fc.constantFrom('beds', 'nurses'),
    norms: fc.boolean(),
  })
  .chain((s) =>
    fc
      .tuple(
        fc.tuple(...Array.from({ length: s.rules }, (_, i) => ruleArb(i))),
        fc.tuple(...Array.from({ length: s.facilities }, (_, i) => facility(i))),
      )
      .map(([rules, facilities]) => ({
        version: 2,
        id: 'generated',
        title: { zh: '生成' },
        jurisdiction: { zh: '生成' },
        period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
        document: { file: 'generated', title: 'generated', issuer: null, date: null },
        bases: [
          {
            id: 'resident-2025',
            kind: 'resident',
            value: s.resident,
            year: 2025,
            vintage: 'estimate',
            source: src,
          },
          ...(s.resident2020
            ? [
                {
                  id: 'resident-2020',
                  kind: 'resident',
                  value: s.resident2020,
                  year: 2020,
                  vintage: 'census-7',
                  source: src,
                },
              ]
            : []),
          {
            id: 'service-2025',
            kind: 'service',
            from: 'resident-2025',
            multiplier: s.multiplier,
            source: src,
          },
        ],
        ...(s.norms ? { norms: [{ set: 'bianzhi-1978', year: 2025 }] } : {}),
        rules,
        facilities,
        stocks: [
          {
            id: 'stock-0',
            quantity: s.stockQuantity,
            value: s.stock,
            year: 2025,
            rule: `r${s.stockRule % s.rules}`,
            source: src,
          },
        ],
        figures: [],
      })),
  )
