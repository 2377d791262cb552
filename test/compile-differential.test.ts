/**
 * The compiled sweep against the decimal kernels: random plans and cases, and the traps named
 * one by one. The numbers of the traps come from laws (a rate times a population over its
 * scale), each checked against the runner as well.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toDecimal } from '../src/decimal.js'
import { perCapitaExact } from '../src/kernel/arithmetic.js'
import { compilePlan } from '../src/plan/compile/compile-plan.js'
import { countOf } from '../src/rounding.js'
import { checkCompiled, planWithCases } from './fuzz/compiled-plans.js'

const src = { document: 'test' }

/** A plan of one base and the given rules (rule ids r0, r1, …). */
function plan(population: string, rules: Record<string, unknown>[]) {
  return {
    version: 2,
    id: 'traps',
    title: { zh: '陷阱' },
    jurisdiction: { zh: '测试' },
    period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
    document: { file: 'test', title: 'test', issuer: null, date: null },
    bases: [
      {
        id: 'resident-2025',
        kind: 'resident',
        value: population,
        year: 2025,
        vintage: 'estimate',
        source: src,
      },
    ],
    rules: rules.map((r, i) => ({
      id: `r${i}`,
      label: { zh: `r${i}` },
      quantity: 'beds',
      comparator: 'ge',
      year: 2025,
      source: src,
      ...r,
    })),
    facilities: [],
    stocks: [],
    figures: [],
  }
}
const perCapita = (value: string, per: string, rounding: string) => ({
  type: 'per-capita',
  value,
  per,
  base: 'resident',
  rounding,
})
const counts = (p: unknown, c = {}) => compilePlan(p).evaluator()(c)
/** The decimal kernels' count of value × population / per. */
const decimalCount = (value: string, population: string, per: string, rounding: 'ceil' | 'floor') =>
  countOf(perCapitaExact(toDecimal(value), toDecimal(population), toDecimal(per)), rounding)

describe('compiled counts are the decimal kernels’ counts', () => {
  it('1.08 per 1,000 of 1,800,000 is 1944 exactly under ceil (floats give 1944.0000000000002 → 1945)', () => {
    expect((1.08 * 1_800_000) / 1000).not.toBe(1944) // the float trap is real
    const p = plan('1800000', [perCapita('1.08', '1000', 'ceil')])
    expect(counts(p)).toEqual([1944])
    expect(decimalCount('1.08', '1800000', '1000', 'ceil')).toBe(1944)
    expect(checkCompiled(p, [{ populations: { 'resident-2025': 1_800_000 } }])).toBe(2)
  })

  it('halves go to the even neighbour under half-even and away from zero under half-up: 2.5 → 2 and 3, 3.5 → 4 and 4', () => {
    const rules = [
      perCapita('2.5', '1', 'half-even'),
      perCapita('2.5', '1', 'half-up'),
      perCapita('3.5', '1', 'half-even'),
      perCapita('3.5', '1', 'half-up'),
      perCapita('0.0025', '1000', 'half-even'), // 0.0025 × 1000 / 1000 = 0.0025 → 0
    ]
    expect(counts(plan('1', rules))).toEqual([2, 3, 4, 4, 0])
    // 1 per 2 of 5 is 2.5, of 7 is 3.5
    const half = [perCapita('1', '2', 'half-even'), perCapita('1', '2', 'half-up')]
    expect(counts(plan('5', half))).toEqual([2, 3])
    expect(counts(plan('7', half))).toEqual([4, 4])
  })

  it('1 per 30,000 never ends: ceil 34 and floor 33 of 1,000,001; its unrounded value read by a rule is what the decimal kernels hold', () => {
    const rules = [
      perCapita('1', '30000', 'ceil'),
      perCapita('1', '30000', 'floor'),
      perCapita('1', '30000', 'none'),
      {
        type: 'ratio',
        from: { kind: 'rule', id: 'r2' },
        fromQuantity: 'beds',
        value: '30000',
        rounding: 'floor',
      },
    ]
    const p = plan('1000001', rules)
    expect(counts(p).slice(0, 2)).toEqual([34, 33])
    // 1,000,000 / 30,000 is 33.33…, held to 40 digits (…3333); times 30,000 it is 999,999.99…,
    // so the decimal kernels count 999,999 where exact rationals would say 1,000,000
    expect(counts(p, { populations: { 'resident-2025': '1000000' } })[3]).toBe(999_999)
    expect(checkCompiled(p, [{}, { populations: { 'resident-2025': '1000000' } }])).toBe(3)
  })

  it('a population near 2^53 / per counts exactly past 2^53 (BigInt) and as the decimal kernels do', () => {
    for (const per of ['1000', '30000']) {
      const population = String(Math.floor(2 ** 53 / Number(per)) + 1)
      const p = plan(population, [perCapita('4.58', per, 'ceil'), perCapita('0.999', per, 'floor')])
      expect(counts(p)).toEqual([
        decimalCount('4.58', population, per, 'ceil'),
        decimalCount('0.999', population, per, 'floor'),
      ])
      expect(
        checkCompiled(p, [
          { values: { r0: '1.08' } },
          { populations: { 'resident-2025': '9007199254740.5' } },
        ]),
      ).toBe(3)
    }
  })

  it('a count past 2^53 − 1 is refused with count-too-large, as the decimal kernels refuse it', () => {
    const p = plan('1000000', [perCapita('1', '1000', 'ceil')])
    const count = compilePlan(p).evaluator()
    expect(() => count({ values: { r0: '999999999999999' } })).toThrow(
      expect.objectContaining({ code: 'count-too-large' }),
    )
    expect(
      checkCompiled(p, [{ values: { r0: '999999999999999' } }, { values: { r0: '9007199254' } }]),
    ).toBe(3)
  })

  it('values and populations of more than 15 digits, and past 40, count as the decimal kernels round them', () => {
    const p = plan('1234567.890123456789012345678901234567', [
      perCapita('1.234567890123456789012345678901', '1000', 'ceil'),
      perCapita('7.000000000000000000000000000001', '7', 'floor'),
    ])
    expect(checkCompiled(p, [{}, { populations: { 'resident-2025': '7' } }])).toBe(3)
  })

  it('for random plans and at least 10,000 random cases, every compiled count equals the runner’s and every refusal is the same refusal', () => {
    let compared = 0
    fc.assert(
      fc.property(planWithCases, ({ plan: p, cases }) => {
        compared += checkCompiled(p, cases)
      }),
      { numRuns: 450 },
    )
    console.log(`compiled differential: ${compared} cases compared`)
    expect(compared).toBeGreaterThanOrEqual(10_000)
  })
})
