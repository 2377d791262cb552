import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import { linearTrajectory } from '../src/plan/trajectory.js'

const src = { document: 'test' }

/** A one-hospital plan that references the 1978 establishment bands. */
const bandPlan = (beds: string) => ({
  id: 'band-test',
  title: { zh: '测试' },
  jurisdiction: { zh: '测试' },
  period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
  document: { file: 'test', title: 'test', issuer: null, date: null },
  bases: [],
  norms: [{ set: 'bianzhi-1978', year: 2025 }],
  rules: [],
  facilities: [
    {
      id: 'h',
      name: 'H',
      category: 'general',
      grade: 'II-A',
      gradePrinted: '二级甲等',
      owner: null,
      openBeds: { '2025': beds },
      source: src,
    },
  ],
  stocks: [],
  figures: [],
})

const rule = (ev: ReturnType<typeof evaluatePlan>, id: string) => {
  const r = ev.rules.find((x) => x.rule === id)
  if (!r) throw new Error(`no rule ${id}`)
  return r
}

describe('1978 编制原则 bands (fixtures/norms/bianzhi-1978.json)', () => {
  // DOMAIN.md §6: 400 beds × 1.4 = 560, × 70% = 392
  it('400 beds take the 300-500 band lower bound 1:1.40 → 560 staff, of which 70% → 392 health-technical', () => {
    const ev = evaluatePlan(bandPlan('400'))
    const staff = rule(ev, 'bianzhi-1978.staff-by-size')
    expect(staff.count).toBe(560)
    expect(staff.min?.count).toBe(560)
    expect(staff.max?.count).toBe(600)
    expect(staff.facilities?.[0]?.band).toBe('300-500张床位的按1:1.40-1.50计算')
    const hts = rule(ev, 'bianzhi-1978.health-technical-share')
    expect(hts.count).toBe(392)
    expect(hts.from?.value).toBe('560')
  })

  it('the shared edge 300 falls in the first band ("300张床位以下", 1:1.30) and 301 in the second', () => {
    expect(
      rule(evaluatePlan(bandPlan('300')), 'bianzhi-1978.staff-by-size').facilities?.[0]?.band,
    ).toBe('300张床位以下的按1:1.30-1.40计算')
    expect(rule(evaluatePlan(bandPlan('300')), 'bianzhi-1978.staff-by-size').count).toBe(390)
    expect(
      rule(evaluatePlan(bandPlan('301')), 'bianzhi-1978.staff-by-size').facilities?.[0]?.band,
    ).toBe('300-500张床位的按1:1.40-1.50计算')
  })

  it('the shared edge 500 falls in the second band ("300-500张", 1:1.40) and 501 in the third (1:1.60)', () => {
    expect(rule(evaluatePlan(bandPlan('500')), 'bianzhi-1978.staff-by-size').count).toBe(700)
    expect(
      rule(evaluatePlan(bandPlan('501')), 'bianzhi-1978.staff-by-size').facilities?.[0]?.band,
    ).toBe('500张床位以上的按1:1.60-1.70计算')
    // 501 × 1.60 = 801.6 → 802 (ceil)
    expect(rule(evaluatePlan(bandPlan('501')), 'bianzhi-1978.staff-by-size').count).toBe(802)
  })

  it('a plan can override a single norm rule', () => {
    const plan = bandPlan('400')
    const ev = evaluatePlan({
      ...plan,
      norms: [
        {
          set: 'bianzhi-1978',
          year: 2025,
          overrides: [{ rule: 'health-technical-share', value: '72' }],
        },
      ],
    })
    // the upper end of the 70-72% band: 560 × 72% = 403.2 → 404 (ceil)
    expect(rule(ev, 'bianzhi-1978.health-technical-share').count).toBe(404)
    expect(rule(ev, 'bianzhi-1978.health-technical-share').value).toBe('72%')
  })

  it('an unknown norm set is a typed error naming its path', () => {
    const plan = { ...bandPlan('400'), norms: [{ set: 'no-such-set' }] }
    expect(() => evaluatePlan(plan)).toThrow(BedstaffError)
    try {
      evaluatePlan(plan)
    } catch (e) {
      expect((e as BedstaffError).code).toBe('unknown-norm-set')
      expect((e as BedstaffError).path).toEqual(['norms', 0, 'set'])
    }
  })
})

describe('trajectories (逐步达到)', () => {
  // seed 003 L70 (附表1 医护比 2020 "1:0.95") and L688 ("医护比逐步达到1:1.15")
  it('医护比 from 1:0.95 in 2020 to 1:1.15 in 2025 gives one value a year, 2021-2025, linear', () => {
    expect(linearTrajectory(2020, '0.95', 2025, '1.15')).toEqual([
      { year: 2021, value: '0.99' },
      { year: 2022, value: '1.03' },
      { year: 2023, value: '1.07' },
      { year: 2024, value: '1.11' },
      { year: 2025, value: '1.15' },
    ])
  })

  it('a target year not after the base year is refused', () => {
    expect(() => linearTrajectory(2025, '1', 2025, '2')).toThrow(BedstaffError)
  })
})

describe('plan loading', () => {
  it('a misspelt field is rejected with its path', () => {
    const plan = bandPlan('400') as Record<string, unknown>
    const bad = { ...plan, facilities: [{ ...(plan.facilities as object[])[0], gradePrinte: 'x' }] }
    try {
      loadPlan(bad)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BedstaffError)
      expect((e as BedstaffError).code).toBe('invalid-plan')
      expect((e as BedstaffError).path).toEqual(['facilities', 0])
      expect((e as BedstaffError).message).toContain('gradePrinte')
    }
  })

  it('loading never mutates the input and returns a frozen copy', () => {
    const input = bandPlan('400')
    const before = JSON.stringify(input)
    const plan = loadPlan(input)
    expect(JSON.stringify(input)).toBe(before)
    expect(Object.isFrozen(plan)).toBe(true)
    expect(Object.isFrozen(plan.facilities[0])).toBe(true)
    expect(plan).not.toBe(input)
  })
})
