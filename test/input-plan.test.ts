/**
 * What a plan and the options of evaluatePlan are checked for: every reference resolves, every
 * number is in the core's range, every option is known and valid. Each of these used to give a
 * silent wrong number.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import { projectedBaseId } from '../src/scenario/apply.js'

const read = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8'))
const cixi = read('cixi-2021-2025.json')

function refusal(f: () => unknown): [string, unknown] | 'no error' {
  try {
    f()
  } catch (e) {
    return [(e as { code: string }).code, (e as { path: unknown }).path]
  }
  return 'no error'
}

/** Cixi 2021–2025 with one rule replaced. */
function withRule(id: string, change: (r: Record<string, unknown>) => Record<string, unknown>) {
  const rules = cixi.rules.map((r: Record<string, unknown>) => (r.id === id ? change(r) : r))
  return { ...cixi, rules }
}
const at = (id: string) => cixi.rules.findIndex((r: { id: string }) => r.id === id)

describe('a misspelt facility id is an error, not a requirement of 0', () => {
  it('in the scope of a per-facility rule', () => {
    const plan = withRule('hospital-public-health-doctors', (r) => ({
      ...r,
      scope: { facilities: ['cixi-peoples-hospitl'] },
    }))
    expect(refusal(() => loadPlan(plan))).toEqual([
      'unknown-reference',
      ['rules', at('hospital-public-health-doctors'), 'scope', 'facilities', 0],
    ])
  })

  it('in the facilities a figure counts', () => {
    const i = cixi.figures.findIndex((f: { facilities?: unknown }) => f.facilities)
    const figures = cixi.figures.map((f: Record<string, unknown>, j: number) =>
      j === i ? { ...f, facilities: ['nowhere'] } : f,
    )
    expect(refusal(() => loadPlan({ ...cixi, figures }))).toEqual([
      'unknown-reference',
      ['figures', i, 'facilities', 0],
    ])
  })
})

describe('plan numbers follow the core number grammar', () => {
  it('refuses a rule value below 1e-15 and a population above 1e15', () => {
    const tiny = withRule('beds-per-1000', (r) => ({ ...r, value: '1e-20' }))
    expect(refusal(() => loadPlan(tiny))).toEqual([
      'invalid-plan',
      ['rules', at('beds-per-1000'), 'value'],
    ])
    const bases = cixi.bases.map((b: Record<string, unknown>, j: number) =>
      j === 0 ? { ...b, value: '2e15' } : b,
    )
    expect(refusal(() => loadPlan({ ...cixi, bases }))).toEqual([
      'invalid-plan',
      ['bases', 0, 'value'],
    ])
  })

  it('refuses a range that runs downward', () => {
    const down = withRule('beds-per-1000', ({ value: _, ...r }) => ({
      ...r,
      range: { min: '5', max: '4' },
    }))
    expect(refusal(() => loadPlan(down))).toEqual([
      'invalid-plan',
      ['rules', at('beds-per-1000'), 'range', 'max'],
    ])
  })

  it('refuses an absolute floor beside a share that is not a minimum', () => {
    const cap = withRule('negative-pressure-ambulances', (r) => ({ ...r, comparator: 'le' }))
    expect(refusal(() => loadPlan(cap))).toEqual([
      'invalid-plan',
      ['rules', at('negative-pressure-ambulances'), 'floor'],
    ])
  })
})

describe('the options of evaluatePlan are checked', () => {
  it.each([
    ['NaN', Number.NaN],
    ['-0', -0],
    ['"abc"', 'abc'],
    ['2025.5', 2025.5],
  ])('a year of %s is refused, never passed on to lose every facility', (_what, year) => {
    expect(refusal(() => evaluatePlan(cixi, { year: year as number }))).toEqual([
      'invalid-year',
      ['options', 'year'],
    ])
  })

  it('a misspelt option is refused, with the option it was probably meant to be', () => {
    let message = ''
    try {
      evaluatePlan(cixi, { base: [] } as never)
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toContain('did you mean "bases"?')
  })

  it('caller norm sets are validated like loadNormSet: a share of -5% or a __proto__ key is refused', () => {
    const set = read('norms/ambulance-standards.json')
    const negative = {
      ...set,
      rules: set.rules.map((r: Record<string, unknown>) =>
        r.type === 'share' ? { ...r, value: '-5%' } : r,
      ),
    }
    expect(refusal(() => evaluatePlan(cixi, { norms: [negative] }))?.[0]).toBe('invalid-plan')
    const proto = JSON.parse(`{"__proto__": {}, "id": "x"}`)
    expect(refusal(() => evaluatePlan(cixi, { norms: [proto] }))?.[0]).toBe('invalid-plan')
  })
})

describe('projectedBaseId names only real ids and years', () => {
  it('refuses undefined and NaN instead of writing "undefined.NaN"', () => {
    expect(refusal(() => projectedBaseId(undefined as never, 2021))?.[0]).toBe('invalid-argument')
    expect(refusal(() => projectedBaseId('resident-2025', Number.NaN))?.[0]).toBe('invalid-year')
    expect(projectedBaseId('resident-2025', 2021)).toBe('resident-2025.2021')
  })
})
