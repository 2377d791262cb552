/**
 * The auditor computes through the kernels: the populations it says a count and a printed rate
 * imply are exactly those of the public `impliedPopulation`; a zero rule value cannot stall it;
 * and its finding tables cannot be rewritten by a caller.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { canAgree, figureBounds, printedPlaces } from '../src/audit/figure-bounds.js'
import { FINDING_CODES, FINDINGS } from '../src/audit/finding.js'
import { impliedPopulationOf } from '../src/audit/implied.js'
import { decimalString, toDecimal } from '../src/decimal.js'
import { impliedPopulation } from '../src/derive/implied-population.js'
import { boundsContain, boundsJson, pointBounds } from '../src/kernel/bounds.js'
import { rate } from '../src/quantity/rate.js'

const fixture = (id: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', `${id}.json`), 'utf8'))

/** "4.580" written with full-width digits, as some documents print it: "４．５８０". */
const fullWidth = (s: string) =>
  s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))

/** A positive rate as a document prints it: 1 to 999,999 units of its last decimal, 0–3 decimals. */
const printedRate = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([units, decimals]) => {
    const digits = String(units).padStart(decimals + 1, '0')
    return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
  })

/** How the printed number may sit in a figure's printed text. */
const context = fc.constantFrom(
  (p: string) => p,
  (p: string) => `每千人口${p}张`,
  (p: string) => `${p}(7.28)`,
  fullWidth,
)

describe('the auditor computes through the kernels', () => {
  it("the auditor's implied-population bounds of a count and a printed rate equal impliedPopulation(count, rate).interval: both ends and both flags", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        printedRate,
        context,
        fc.constantFrom(1000, 10_000, 100_000, 30_000),
        (count, printed, inText, per) => {
          const value = decimalString(toDecimal(printed))
          const countFigure = Object.freeze({
            form: 'count' as const,
            value: String(count),
            printed: String(count),
          })
          const rateFigure = Object.freeze({
            form: 'rate' as const,
            value,
            printed: inText(printed),
            per: String(per),
          })
          const auditor = impliedPopulationOf(countFigure, rateFigure)
          const pub = impliedPopulation(count, rate('beds', printed, { per, base: 'resident' }))
          expect(auditor).not.toBeNull()
          expect(boundsJson(auditor ?? pointBounds(toDecimal(0)))).toEqual(pub.interval)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('a figure stands for the decimals of the printed number equal to its value', () => {
    expect(printedPlaces('7.28', '7.65(7.28)')).toBe(2)
    expect(printedPlaces('1.6', '1:1.60')).toBe(2)
    expect(printedPlaces('4.5', '４．５０')).toBe(2)
    expect(printedPlaces('3', 'about three')).toBe(0)
  })

  it('a value on the very edge of a printed interval is outside it, yet can agree with it', () => {
    const printed300 = figureBounds(Object.freeze({ form: 'rate', value: '3', printed: '3.00' }))
    expect(boundsContain(printed300, toDecimal('3.005'))).toBe(false)
    expect(canAgree(printed300, pointBounds(toDecimal('3.005')))).toBe(true)
    expect(canAgree(printed300, pointBounds(toDecimal('3.0051')))).toBe(false)
  })
})

/** A copy of a plan with the `value` of the object whose id is `id` replaced, wherever it sits. */
function withValue(plan: unknown, id: string, value: string): unknown {
  let found = 0
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk)
    if (x === null || typeof x !== 'object') return x
    const copy = Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]))
    if (copy.id === id && 'value' in copy) {
      found++
      copy.value = value
    }
    return copy
  }
  const out = walk(plan)
  if (found !== 1) throw new Error(`expected one object with id ${id}, found ${found}`)
  return out
}

describe('a grade-scoped 1:x rule of any value', () => {
  it.each(['0', '0.00000001', '99999999'])(
    'the Cixi 2021–2025 plan with its grade II rule (printed 1:10) at %s audits and returns findings',
    (value) => {
      const a = auditPlan(withValue(fixture('cixi-2021-2025'), 'hts-per-bed-ii', value))
      expect(a.plan).not.toBeNull()
      expect(a.findings.map((f) => f.code)).not.toContain('plan-invalid')
      expect(a.findings.length).toBeGreaterThan(0)
      const tens = a.findings.filter((f) => f.code === 'ratio-factor-ten')
      if (value === '0') expect(tens).toEqual([])
      else expect(tens.map((f) => f.subjects[0])).toContain('hts-per-bed-ii')
    },
  )
})

/** Runs a write in strict mode (this module is ESM, hence strict) and says whether it threw. */
function writeThrows(write: () => void): boolean {
  try {
    write()
    return false
  } catch (e) {
    return e instanceof TypeError
  }
}

describe('the finding tables are deeply frozen', () => {
  it('FINDINGS, each of its entries and FINDING_CODES are frozen', () => {
    expect(Object.isFrozen(FINDINGS)).toBe(true)
    for (const code of FINDING_CODES) expect(Object.isFrozen(FINDINGS[code])).toBe(true)
    expect(Object.isFrozen(FINDING_CODES)).toBe(true)
  })

  it('replacing an entry, a message or a code throws, and auditPlan gives the same findings', () => {
    const plan = fixture('cixi-2016-2020')
    const before = JSON.stringify(auditPlan(plan))
    const table = FINDINGS as unknown as Record<string, unknown>
    expect(writeThrows(() => (table['sum-mismatch'] = undefined))).toBe(true)
    expect(writeThrows(() => delete table['sum-mismatch'])).toBe(true)
    const entry = FINDINGS['sum-mismatch'] as { en: unknown; severity: string }
    expect(writeThrows(() => (entry.en = 'not a function'))).toBe(true)
    expect(writeThrows(() => (entry.severity = 'info'))).toBe(true)
    expect(writeThrows(() => ((FINDING_CODES as string[])[0] = 'gone'))).toBe(true)
    expect(JSON.stringify(auditPlan(plan))).toBe(before)
    expect(FINDINGS['sum-mismatch'].severity).toBe('error')
  })
})
