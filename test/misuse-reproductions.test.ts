/**
 * The misuse reported in "Every entry point checks what it is given", each as it was found: a
 * value saved and edited, a rounding name in capitals, a decimal place too many. Each is now
 * refused with its typed error and a path, never answered with "Infinity", "NaN", a negative
 * count or a 300-digit exact value.
 *
 * Figures: seed 003, Cixi 2021–2025 (fixtures/cixi-2021-2025.json): 4.58 beds per 1,000 of
 * 2,000,000 residents is 9160 (L143). Seed 000 (Cixi 2016–2020): 3.8 psychiatrists per 100,000
 * of 1,497,600 is 56.9088, counted 57 (L224, L217).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  amountValue,
  base,
  countOf,
  Dec,
  decimalString,
  gap,
  rate,
  roundTo,
  sumComponents,
  sumRates,
  toDecimal,
  totalFromRate,
} from '../src/index.js'
import { evaluatePlan } from '../src/plan/index.js'
import { evaluationGrid, stableJson } from '../src/report/index.js'

const refused = (code: string, path?: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, ...(path ? { path } : {}) })

const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
/** The rate as `stableJson` saved it, read back. */
const savedBeds = JSON.parse(stableJson(beds)) as typeof beds
const ceil = { rounding: 'ceil' } as const

describe('a rate saved with stableJson and edited', () => {
  it('per "0" is refused at rate.per: totalFromRate no longer gives exact "Infinity"', () => {
    expect(totalFromRate(savedBeds, residents, ceil).exact).toBe('9160')
    expect(() => totalFromRate({ ...savedBeds, per: '0' }, residents, ceil)).toThrow(
      refused('non-positive-value', ['rate', 'per']),
    )
  })

  it('value "NaN", "-4.58" or "1e300", and per "1e-300", are refused, each at its field', () => {
    const edits: [Partial<typeof beds>, string, string][] = [
      [{ value: 'NaN', printed: 'NaN' }, 'non-finite-number', 'value'],
      [{ value: '-4.58', printed: '-4.58' }, 'negative-value', 'value'],
      [{ value: '1e300', printed: '1e300' }, 'number-out-of-range', 'value'],
      [{ per: '1e-300' }, 'number-out-of-range', 'per'],
      [{ per: 'Infinity' }, 'non-finite-number', 'per'],
      [{ base: 'tourists' as never }, 'unknown-base-kind', 'base'],
      [{ quantity: 'wards' as never }, 'unknown-quantity-kind', 'quantity'],
    ]
    for (const [edit, code, field] of edits) {
      expect(() => totalFromRate({ ...savedBeds, ...edit }, residents, ceil)).toThrow(
        refused(code, ['rate', field]),
      )
    }
  })

  it('a base edited to a negative or 300-digit population is refused at base.value', () => {
    const saved = JSON.parse(stableJson(residents))
    expect(() => totalFromRate(beds, { ...saved, value: '-2000000' }, ceil)).toThrow(
      refused('non-positive-population', ['base', 'value']),
    )
    expect(() => totalFromRate(beds, { ...saved, value: '1e300' }, ceil)).toThrow(
      refused('number-out-of-range', ['base', 'value']),
    )
    // 301 digits of text are not read as a number at all
    expect(() => totalFromRate(beds, { ...saved, value: `1${'0'.repeat(300)}` }, ceil)).toThrow(
      refused('invalid-number', ['base', 'value']),
    )
  })

  it('no edit of value, per or population gives a total with NaN, Infinity or a negative count', () => {
    const text = fc.oneof(
      fc.constantFrom('0', '-0', '-1', 'NaN', 'Infinity', '1e300', '1e-300', '', ' ', '4.58e2'),
      fc.double().map(String),
    )
    fc.assert(
      fc.property(text, text, text, (value, per, population) => {
        try {
          const t = totalFromRate(
            { ...savedBeds, value, printed: value, per },
            { ...JSON.parse(stableJson(residents)), value: population },
            ceil,
          )
          expect(t.exact).toMatch(/^\d+(\.\d+)?$/)
          // inputs within [1e-15, 1e15] keep an exact value within 1e-45 … 1e45, 40 digits
          expect(t.exact.length).toBeLessThanOrEqual(90)
          expect(t.count === null || t.count >= 0).toBe(true)
        } catch (e) {
          expect(e).toEqual(expect.objectContaining({ name: 'BedstaffError' }))
        }
      }),
    )
  })
})

describe('sumRates never returns a rate per "0"', () => {
  it('a rate per "0" among those summed is refused at its index', () => {
    const r = (v: string) => rate('beds', v, { per: 1000, base: 'resident' })
    // 3.00 + 1.08 + 0.50 = 4.58 (seed 003, 表2–表4 per 1,000)
    expect(sumRates([r('3.00'), r('1.08'), r('0.50')])).toMatchObject({
      value: '4.58',
      per: '1000',
    })
    const zero = { ...JSON.parse(stableJson(r('1.08'))), per: '0' }
    expect(() => sumRates([zero, r('3.00')])).toThrow(
      refused('non-positive-value', ['rates', 0, 'per']),
    )
    expect(() => sumRates([r('3.00'), zero])).toThrow(
      refused('non-positive-value', ['rates', 1, 'per']),
    )
  })
})

describe('decimals, roundings and JSON', () => {
  it('decimalString never prints "Infinity" or "NaN"', () => {
    expect(() => decimalString(new Dec(1).div(0))).toThrow(refused('non-finite-number'))
    expect(() => decimalString(new Dec(Number.NaN))).toThrow(refused('non-finite-number'))
    expect(() => decimalString(4.58 as never)).toThrow(refused('invalid-number'))
    expect(decimalString(toDecimal('9.16e3'))).toBe('9160')
  })

  it("countOf(x, 'CEIL') and roundTo(x, 2, 'bogus') refuse the rounding name", () => {
    const exact = toDecimal('56.9088') // 3.8 per 100,000 of 1,497,600 (seed 000 L224)
    expect(countOf(exact, 'ceil')).toBe(57)
    expect(() => countOf(exact, 'CEIL' as never)).toThrow(refused('invalid-rounding', ['rounding']))
    expect(() => roundTo(exact, 2, 'bogus' as never)).toThrow(
      refused('invalid-rounding', ['rounding']),
    )
  })

  it('roundTo refuses 21 decimals, a negative or a fractional number of them', () => {
    const d = toDecimal('1.0755')
    expect(roundTo(d, 20, 'half-up').toString()).toBe('1.0755')
    for (const decimals of [21, -1, 1.5, Number.NaN]) {
      expect(() => roundTo(d, decimals, 'half-up')).toThrow(
        refused('invalid-decimals', ['decimals']),
      )
    }
  })

  it('stableJson refuses undefined, a cycle, a bigint and a Map rather than writing them wrongly', () => {
    expect(() => stableJson(undefined)).toThrow(refused('invalid-argument', []))
    const cyclic: Record<string, unknown> = { beds: 9160 }
    cyclic.self = cyclic
    expect(() => stableJson(cyclic)).toThrow(refused('invalid-argument', ['self']))
    expect(() => stableJson({ count: 10n })).toThrow(refused('invalid-argument', ['count']))
    expect(() => stableJson({ byYear: new Map() })).toThrow(refused('invalid-argument', ['byYear']))
    expect(() => stableJson({ rows: [undefined] })).toThrow(
      refused('invalid-argument', ['rows', 0]),
    )
    expect(stableJson({ exact: '9160', line: undefined })).toBe('{\n  "exact": "9160"\n}\n')
  })
})

describe('derivations refuse what they cannot count', () => {
  it('gap refuses a quantity kind it does not know, even on both sides', () => {
    const wards = { quantity: 'wards' as never, value: '3' }
    expect(() => gap(wards, wards, 'ge')).toThrow(
      refused('unknown-quantity-kind', ['required', 'quantity']),
    )
  })

  it('an amount with a negative or fractional count is refused', () => {
    const t = totalFromRate(beds, residents, ceil)
    expect(amountValue(t).toString()).toBe('9160')
    expect(() => amountValue({ ...t, count: -9160 })).toThrow(refused('negative-value', ['count']))
    expect(() => amountValue({ ...t, count: 9159.5 })).toThrow(refused('not-an-integer', ['count']))
  })

  it('sumComponents([], 5) is refused: no parts cannot add up to anything', () => {
    expect(() => sumComponents([], 5)).toThrow(refused('empty-input', ['parts']))
    // 6005 + 2151 + 1004 = 9160 (seed 003, 表2–表4)
    expect(sumComponents([6005, 2151, 1004], 9160).equal).toBe(true)
  })
})

describe('reports refuse what they do not know', () => {
  const plan = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
  )
  const ev = evaluatePlan(plan)

  it("evaluationGrid(ev, 'bogus') is refused at table, and an unknown language at lang", () => {
    expect(evaluationGrid(ev, 'tables', 'en').rows[0]).toEqual(['表2', '17', '6005'])
    expect(() => evaluationGrid(ev, 'bogus' as never, 'en')).toThrow(
      refused('invalid-argument', ['table']),
    )
    expect(() => evaluationGrid(ev, 'rules', 'fr' as never)).toThrow(
      refused('invalid-argument', ['lang']),
    )
  })

  it('an evaluation with a field of the wrong type is refused at its path', () => {
    const broken = { ...ev, rules: [{ ...ev.rules[0], count: '9160' }] }
    expect(() => evaluationGrid(broken as never, 'rules', 'en')).toThrow(
      refused('invalid-argument', ['evaluation', 'rules', 0, 'count']),
    )
  })
})
