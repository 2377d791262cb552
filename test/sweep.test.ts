import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import { createSweep } from '../src/plan/sweep.js'
import { evaluateScenario } from '../src/scenario/evaluate.js'

const cixi = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
)
const outputs = [
  'beds-per-1000',
  'nurses-per-1000',
  'physician-nurse-ratio',
  'ambulances-per-30000',
  'negative-pressure-ambulances',
  'ambulance-aides',
  'hts-per-bed-iii-a',
  'gps-per-10000-registered',
]

describe('sweeps', () => {
  const sweep = createSweep(cixi, { outputs })

  it('gives the plan itself for an empty case: 9160 beds, 8400 nurses, 200 ambulances (seed 003 L143, L688, L706)', () => {
    expect(sweep({})).toEqual([9160, 8400, 8395, 200, 40, 400, 4250, null])
  })

  it('re-evaluates what a population touches: 1,950,000 residents give 8931 beds and 195 ambulances', () => {
    // 4.58 × 1950 = 8931; 3 × 1,950,000 / 30,000 = 195; ceil(0.2 × 195) = 39
    expect(sweep({ populations: { 'resident-2025': '1950000' } })).toEqual([
      8931,
      8190,
      8186,
      195,
      39,
      390,
      4250,
      null,
    ])
  })

  it('agrees with a full scenario evaluation for any population and rule values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 9_000_000 }),
        fc.integer({ min: 100, max: 900 }),
        fc.integer({ min: 50, max: 120 }),
        (population, beds, ratio) => {
          const bedsValue = (beds / 100).toFixed(2)
          const ratioValue = (ratio / 100).toFixed(2)
          const swept = sweep({
            populations: { 'resident-2025': population },
            values: { 'beds-per-1000': bedsValue, 'physician-nurse-ratio': ratioValue },
          })
          const full = evaluateScenario(cixi, {
            id: 'case',
            populations: [{ base: 'resident-2025', value: String(population) }],
            rules: [
              { rule: 'beds-per-1000', value: bedsValue },
              { rule: 'physician-nurse-ratio', value: ratioValue },
            ],
          })
          expect(swept).toEqual(
            outputs.map((id) => full.rules.find((r) => r.rule === id)?.count ?? null),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses unknown bases, unknown rules and bad numbers with typed errors', () => {
    const code = (fn: () => unknown) => {
      try {
        fn()
      } catch (e) {
        return e instanceof BedstaffError ? [e.code, e.path] : e
      }
      return 'no error'
    }
    expect(code(() => sweep({ populations: { nowhere: '1' } }))).toEqual([
      'unknown-reference',
      ['populations', 'nowhere'],
    ])
    expect(code(() => sweep({ values: { nothing: '1' } }))).toEqual([
      'unknown-reference',
      ['values', 'nothing'],
    ])
    expect(code(() => sweep({ populations: { 'resident-2025': '-1' } }))).toEqual([
      'non-positive-population',
      ['populations', 'resident-2025'],
    ])
    expect(code(() => createSweep(cixi, { outputs: ['nope'] }))).toEqual([
      'unknown-reference',
      ['options', 'outputs', 0],
    ])
  })
})
