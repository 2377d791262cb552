import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../src/plan/evaluate.js'
import type { Evaluation } from '../src/plan/result.js'

// Seed 003: 慈溪市医疗卫生服务体系暨医疗机构设置“十四五”规划 (003_060dd4848616d4d7.txt)
const file = join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json')
const plan = JSON.parse(readFileSync(file, 'utf8'))
const ev = evaluatePlan(plan)
const rule = (e: Evaluation, id: string) => {
  const r = e.rules.find((x) => x.rule === id)
  if (!r) throw new Error(`no rule ${id}`)
  return r
}
const facility = (id: string) => {
  const f = ev.facilities.find((x) => x.facility === id)
  if (!f) throw new Error(`no facility ${id}`)
  return f
}
const need = (facilityId: string, ruleId: string) =>
  facility(facilityId).requirements.find((q) => q.rule === ruleId)?.count

describe('Cixi 2021–2025 evaluated on the derived 2025 resident base of 2,000,000', () => {
  it('uses the 2,000,000 base it records as derived (9160 / 4.58 × 1000, L143)', () => {
    const beds = rule(ev, 'beds-per-1000')
    expect(beds.base).toMatchObject({
      id: 'resident-2025',
      kind: 'resident',
      value: '2000000',
      year: 2025,
      vintage: 'derived',
    })
    expect(beds.rounding).toBe('ceil')
    expect(beds.source.line).toBe(143)
  })

  it('gives 9160 beds (L143), 7300 physicians and 8400 nurses (L688)', () => {
    expect(rule(ev, 'beds-per-1000').count).toBe(9160)
    expect(rule(ev, 'physicians-per-1000').count).toBe(7300)
    expect(rule(ev, 'nurses-per-1000').count).toBe(8400)
  })

  it('measures the 2020 stocks against them: short by the planned increases 2305, 2758 and 4072', () => {
    expect(rule(ev, 'beds-per-1000').gap).toMatchObject({
      stock: '6855',
      status: 'short',
      by: '2305',
    })
    expect(rule(ev, 'physicians-per-1000').gap).toMatchObject({
      stock: '4542',
      status: 'short',
      by: '2758',
    })
    expect(rule(ev, 'nurses-per-1000').gap).toMatchObject({
      stock: '4328',
      status: 'short',
      by: '4072',
    })
  })

  it('gives 200 ambulances on 300% of the population (L706), 40 negative-pressure, crews 200/200/400 (L699)', () => {
    const amb = rule(ev, 'ambulances-per-30000')
    expect(amb.count).toBe(200)
    expect(amb.base).toMatchObject({ kind: 'service', value: '6000000' })
    expect(amb.base?.derivedFrom).toEqual({
      fromKind: 'resident',
      fromValue: '2000000',
      factor: '3',
    })
    const np = rule(ev, 'negative-pressure-ambulances')
    expect(np.count).toBe(40)
    expect(np.binding).toBe('share')
    expect(rule(ev, 'ambulance-crew-physicians').count).toBe(200)
    expect(rule(ev, 'ambulance-crew-nurses').count).toBe(200)
    expect(rule(ev, 'ambulance-aides').count).toBe(400)
  })

  it('takes the component beds 6005 / 2151 / 1004 from 表2, 表3 and 表4 (L298–L302, L457–L461, L676–L680)', () => {
    expect(ev.tables).toEqual([
      { table: '表2', facilities: 17, openBeds: '6005' },
      { table: '表3', facilities: 17, openBeds: '2151' },
      { table: '表4', facilities: 22, openBeds: '1004' },
    ])
  })

  it('staffs 慈溪市人民医院 (III-A, 1000 beds) at ≥ 1250 health-technical staff and ≥ 700 nurses (L697)', () => {
    expect(facility('renmin').openBeds).toBe('1000')
    expect(need('renmin', 'hts-per-bed-iii-a')).toBe(1250)
    expect(need('renmin', 'nurses-per-bed-iii-a')).toBe(700)
  })

  it('staffs 宁波市杭州湾医院 (III-A, 1200 beds) at ≥ 1500 and ≥ 840', () => {
    expect(facility('hangzhouwan').openBeds).toBe('1200')
    expect(need('hangzhouwan', 'hts-per-bed-iii-a')).toBe(1500)
    expect(need('hangzhouwan', 'nurses-per-bed-iii-a')).toBe(840)
  })

  it('evaluates each III-B general hospital at 1:1.15 and 0.65 per bed, rounding each hospital up', () => {
    const iiib = ev.facilities.filter((f) => f.grade === 'III-B' && f.category === 'general')
    expect(
      iiib.map((f) => [
        f.openBeds,
        need(f.facility, 'hts-per-bed-iii-b'),
        need(f.facility, 'nurses-per-bed-iii-b'),
      ]),
    ).toEqual([
      ['450', 518, 293], // 450 × 1.15 = 517.5; 450 × 0.65 = 292.5
      ['222', 256, 145], // 255.3; 144.3
      ['510', 587, 332], // 586.5; 331.5
    ])
  })

  it('reports totals by grade, per-hospital ceilings beside the aggregate (research §4.13: 1361 vs 1360)', () => {
    const iiia = ev.grades.find((g) => g.grade === 'III-A')
    expect(iiia?.requirements.find((q) => q.rule === 'hts-per-bed-iii-a')).toMatchObject({
      count: 4250,
    })
    expect(iiia?.requirements.find((q) => q.rule === 'nurses-per-bed-iii-a')).toMatchObject({
      count: 2380,
    })
    const iiib = ev.grades.find((g) => g.grade === 'III-B')
    expect(iiib?.requirements.find((q) => q.rule === 'hts-per-bed-iii-b')).toMatchObject({
      count: 1361,
      aggregate: { exact: '1359.3', count: 1360 },
    })
    expect(iiib?.requirements.find((q) => q.rule === 'nurses-per-bed-iii-b')).toMatchObject({
      count: 770,
      aggregate: { exact: '768.3', count: 769 },
    })
  })

  it('keeps the printed 二级 "1:10" (L697) and evaluates it as printed: 157 beds → 1570', () => {
    const ii = rule(ev, 'hts-per-bed-ii')
    expect(ii.value).toBe('10')
    expect(need('honghe', 'hts-per-bed-ii')).toBe(1570)
  })

  it('reports "base missing" for GPs per 10,000 registered: the plan gives no registered population', () => {
    const gp = rule(ev, 'gps-per-10000-registered')
    expect(gp.status).toBe('base-missing')
    expect(gp.missing).toBe('registered population for 2025')
    expect(gp.count).toBeNull()
    expect(gp.base).toBeNull()
  })

  it('computes GPs on a registered base when the caller gives one, and never on the resident base', () => {
    const withRegistered = evaluatePlan(plan, {
      bases: [
        {
          id: 'registered-2025',
          kind: 'registered',
          value: '1100000',
          year: 2025,
          vintage: 'projection',
          source: { document: 'caller' },
        },
      ],
    })
    const gp = rule(withRegistered, 'gps-per-10000-registered')
    expect(gp.status).toBe('ok')
    // 5.0 per 10,000 × 1,100,000 = 550
    expect(gp.count).toBe(550)
    expect(gp.base).toMatchObject({ id: 'registered-2025', kind: 'registered' })
  })

  it('gives the 医护比 trajectory 1:0.95 (2020) → 1:1.15 (2025), one value a year', () => {
    expect(rule(ev, 'physician-nurse-ratio').trajectory?.map((p) => [p.year, p.value])).toEqual([
      [2021, '0.99'],
      [2022, '1.03'],
      [2023, '1.07'],
      [2024, '1.11'],
      [2025, '1.15'],
    ])
  })

  it('evaluating the same plan twice gives byte-identical JSON, and never mutates it', () => {
    const before = JSON.stringify(plan)
    expect(JSON.stringify(evaluatePlan(plan))).toBe(
      JSON.stringify(evaluatePlan(JSON.parse(before))),
    )
    expect(JSON.stringify(plan)).toBe(before)
  })

  it('has no NaN, Infinity, undefined or -0 anywhere in its output', () => {
    const text = JSON.stringify(ev, (_k, v) => {
      if (v === undefined) throw new Error('undefined in output')
      if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
        throw new Error(`bad number ${v}`)
      return v
    })
    expect(text).not.toMatch(/NaN|Infinity/)
  })
})
