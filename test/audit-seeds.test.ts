import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Audit, auditPlan } from '../src/audit/audit.js'
import type { Finding } from '../src/audit/finding.js'
import { renderAudit } from '../src/report/render.js'

const load = (id: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', `${id}.json`), 'utf8'))
const audits = new Map<string, Audit>()
const audit = (id: string): Audit => {
  let a = audits.get(id)
  if (!a) {
    a = auditPlan(load(id))
    audits.set(id, a)
  }
  return a
}
/** [code, first document line, first subject] of every finding, in the auditor's order. */
const summary = (a: Audit) => a.findings.map((f) => [f.code, f.line, f.subjects[0]])
const find = (a: Audit, code: string, subject: string): Finding => {
  const f = a.findings.find((x) => x.code === code && x.subjects.includes(subject))
  if (!f) throw new Error(`no ${code} on ${subject}`)
  return f
}

// Each expected finding below is one inconsistency of §4 of ../shared/research/seed-NNN.md,
// checked against the seed text; the comment names the section.
describe('seed 003, Cixi 2021–2025', () => {
  const a = audit('cixi-2021-2025')
  it('finds exactly the inconsistencies of research §4, with their lines', () => {
    expect(summary(a)).toEqual([
      ['facility-sum-mismatch', 30, 't1-beds-public-primary-2025'], // §4.4 3.08 vs the tables' 3.59
      ['stated-twice', 40, 't1-elderly-rehab-nursing-beds-2025'], // §4.8 4.5 vs 5.5
      ['ratio-mismatch', 55, 't1-physician-nurse-ratio-2025-of'], // §4.5 1:1.16 vs 4.20 / 3.65
      ['includes-shortfall', 75, 'hts-per-bed-2025-includes-physicians-nurses'], // §4.6 1.60 per bed
      ['rate-count-mismatch', 124, 'public-health-centre-beds-2025'], // §4.10 275 vs 300
      ['facility-sum-mismatch', 305, 'excluded-beds-qianwan'], // §4.11 1800 excluded, yet L114 says it is 表2's 邵逸夫 (1200)
      ['stated-twice', 35, 't1-beds-private-2025'], // §4.16 不低于 vs 左右
      ['facility-row-mismatch', 219, 'honghe'], // §4.3 and §5.10: twelve rows shrink with no reduction column
      ['facility-row-mismatch', 227, 'youyi'],
      ['facility-row-mismatch', 243, 'baoyaokun'],
      ['facility-row-mismatch', 259, 'mingfeng'],
      ['facility-row-mismatch', 283, 'mingguang'],
      ['facility-row-mismatch', 291, 'hesheng'], // 合盛 opens 400 but totals 250
      ['opened-exceeds-built', 322, 'gongwei-zhongxin'], // 公卫中心 builds 200, opens 275
      ['facility-row-mismatch', 362, 'lanshizi'],
      ['facility-row-mismatch', 386, 'boshi-yanke'],
      ['facility-row-mismatch', 402, 'aiboer-fuchan'],
      ['facility-row-mismatch', 410, 'huayang-kouqiang'],
      ['facility-row-mismatch', 426, 'zhishan-zhongyi'],
      ['facility-row-mismatch', 434, 'xieai-zhongyi'],
      ['grade-not-monotone', 697, 'hts-per-bed-ii'], // §4.7 "1:10"
      ['ratio-factor-ten', 697, 'hts-per-bed-ii'],
    ])
  })

  it('gives the numbers of research §4: 1:1.1507 against 1:1.16, 14656 against 15700, 3.5935 against 3.08', () => {
    const mh = find(a, 'ratio-mismatch', 't1-physician-nurse-ratio-2025')
    expect(mh.numbers.stated).toBe('1.16')
    expect(mh.numbers.recomputed?.slice(0, 6)).toBe('1.1506')
    expect(mh.numbers.interval).toEqual({ lo: '1.155', hi: '1.165' })
    const hts = find(a, 'includes-shortfall', 't1-hts-per-bed-2025')
    expect([hts.numbers.stated, hts.numbers.recomputed, hts.numbers.residual]).toEqual([
      '14656',
      '15700',
      '-1044',
    ])
    const split = find(a, 'facility-sum-mismatch', 't1-beds-public-primary-2025')
    expect([split.numbers.stated, split.numbers.recomputed]).toEqual(['3.08', '3.5935'])
    const infectious = find(a, 'rate-count-mismatch', 'public-health-centre-beds-2025')
    expect([
      infectious.numbers.stated,
      infectious.numbers.recomputed,
      infectious.numbers.residual,
    ]).toEqual(['275', '300', '-25'])
    const ten = find(a, 'ratio-factor-ten', 'hts-per-bed-ii')
    expect(ten.message).toContain('likely 1:1.0')
  })

  it('raises no error where the numbers agree within rounding: 6005 / 2,000,000 against the printed 3.00', () => {
    const judged = a.findings.filter((f) => f.severity === 'error').map((f) => f.figure)
    expect(judged).not.toContain('beds-general-total-2025')
    expect(judged).not.toContain('text-beds-general-per-1000')
    expect(judged).not.toContain('beds-total-2025')
    expect(a.findings.filter((f) => f.code === 'rate-count-mismatch').map((f) => f.figure)).toEqual(
      ['public-health-centre-beds-2025'],
    )
  })
})

describe('seed 000, Cixi 2016–2020', () => {
  const a = audit('cixi-2016-2020')
  it('finds exactly the inconsistencies of research §4, with their lines', () => {
    expect(summary(a)).toEqual([
      ['sum-mismatch', 229, 'beds-2020-components'], // §4.2 2892 + 1611 + 2100 = 6603 ≠ 6653
      ['stated-twice', 30, 'infant-mortality-2020-table'], // §4.10 以下 (L30) vs 小于 (L243)
      ['stated-twice', 30, 'maternal-mortality-2020-table'],
      ['stated-twice', 30, 'under5-mortality-2020-table'],
      ['floor-below-baseline', 31, 'gps-2020-table'], // §4.9 GPs 6.0 target below 6.88 in 2015
      ['floor-below-baseline', 32, 'nip-vaccination-2020-table'], // §4.9 95% below 99%
      ['implausible-unit', 33, 'tfr-2015-table'], // total fertility rate printed in %
      ['partial-breakdown', 260, 'institutions-2020-of-which'], // information: 578 of 716 itemised
    ])
  })

  it('says the components miss the total by 50 beds, and calls it a likely typo-sized gap', () => {
    const f = find(a, 'sum-mismatch', 'beds-2020-components')
    expect([f.numbers.stated, f.numbers.recomputed, f.numbers.residual]).toEqual([
      '6653',
      '6603',
      '50',
    ])
    expect(f.sources.map((s) => s.line)).toContain(229)
  })

  it('raises no error where the numbers agree within rounding: 1611 / 1,497,600 against the printed 1.08', () => {
    const judged = a.findings.filter((f) => f.severity === 'error').map((f) => f.figure)
    const primary = (
      load('cixi-2016-2020') as { figures: { id: string; value: string }[] }
    ).figures.filter((f) => f.value === '1611' || f.value === '1.08')
    expect(primary.length).toBeGreaterThan(1)
    for (const f of primary) expect(judged).not.toContain(f.id)
    expect(a.findings.filter((f) => f.code === 'rate-count-mismatch')).toEqual([])
  })

  it('confirms the non-government share 31.56% = 2100 / 6653 (31.5647%) within rounding', () => {
    const judged = a.findings.flatMap((f) => f.subjects)
    expect(judged).not.toContain('beds-private-2020-share-of')
    expect(judged).not.toContain('beds-private-2020-share')
  })
})

describe('seed 001, Longhu 2016–2020 (no population printed)', () => {
  const a = audit('longhu-2016-2020')
  it('finds exactly the inconsistencies of research §4, with their lines', () => {
    expect(summary(a)).toEqual([
      ['stated-twice', 15, 'infant-mortality-2015-table'], // §4.4 text vs table
      ['stated-twice', 15, 'maternal-mortality-2015-table'],
      ['stated-twice', 15, 'maternal-systematic-management-2015-table'],
      ['stated-twice', 17, 'diabetes-management-2015-table'],
      ['stated-twice', 17, 'hypertension-management-2015-table'],
      ['stated-twice', 21, 'institutions-village-stations-2015-l21'], // §4.3 32 vs 33
      ['implied-population-conflict', 30, 'nurses-2015-count'], // §4.6 no common population
      ['partial-exceeds-total', 30, 'staff-2015-of-which'], // §4.2 workforce 1945 > 1889
      ['ratio-mismatch', 30, 'physician-nurse-ratio-2015-counts'], // §4.7 719 / 731 ≠ 0.89
      ['share-mismatch', 36, 'visits-hospital-private-2015-share-of'], // §4.1 21.17 vs 21.1758
      ['share-mismatch', 36, 'visits-hospital-public-2015-share-of'], // §4.1 78.83 vs 78.8242
      ['stated-twice', 36, 'visits-primary-share-2015-table'], // §4.4
      ['average-out-of-range', 46, 'bed-occupancy-hospital-2015-average-of'], // §4.5 76.5 > 74.9
      ['partial-exceeds-total', 64, 'beds-2015-rate-of-which'], // §4.6 2.07 + 0.30 > 1.54
      ['stated-twice', 64, 'nurses-2015-table'], // §4.6 1.41 vs 1.1
      ['stated-twice', 64, 'physicians-2015-table'], // §4.6 1.58 vs 1.47
      ['floor-below-baseline', 314, 'government-health-share-2020-table'], // §4.10
      ['partial-breakdown', 30, 'htech-2015-of-which'], // information: 1450 of 1773 itemised
    ])
  })

  it('names the two indicators whose implied populations do not overlap', () => {
    const f = find(a, 'implied-population-conflict', 'nurses-2015-count')
    expect(f.message).toContain('nurses 719 at 1.1 per 1,000')
    expect(f.message).toContain('physicians 731 at 1.58 per 1,000')
    expect(f.messageZh).toContain('注册护士719人按每1,000人1.1推算')
    // 719 × 1000 / 1.15 = 625217.39…; 731 × 1000 / 1.575 = 464126.98…
    expect(f.numbers.interval?.lo.slice(0, 9)).toBe('625217.39')
    expect(f.numbers.interval?.hi.slice(0, 9)).toBe('464126.98')
  })

  it('recomputes the hospital-visit shares as 78.8242% and 21.1758%, against the printed 78.83% and 21.17%', () => {
    const pub = find(a, 'share-mismatch', 'visits-hospital-public-2015-share')
    expect([pub.numbers.stated, pub.numbers.recomputed?.slice(0, 8)]).toEqual(['78.83', '78.82421'])
    expect(pub.numbers.interval).toEqual({ lo: '78.825', hi: '78.835' })
    const priv = find(a, 'share-mismatch', 'visits-hospital-private-2015-share')
    expect([priv.numbers.stated, priv.numbers.recomputed?.slice(0, 8)]).toEqual([
      '21.17',
      '21.17578',
    ])
    expect(priv.numbers.interval).toEqual({ lo: '21.165', hi: '21.175' })
  })

  it('says the hospital bed occupancy 76.5% lies above both its parts, 74.9% and 57.3%', () => {
    const f = find(a, 'average-out-of-range', 'bed-occupancy-hospital-2015')
    expect([f.numbers.stated, f.numbers.recomputed, f.numbers.residual]).toEqual([
      '76.5',
      '74.95',
      '1.55',
    ])
    expect(f.message).toContain('57.3 to 74.9')
    // the overall 65.7% lies between 43.6% and 76.5%, and the other nine printed shares agree
    expect(a.findings.filter((x) => x.subjects.includes('bed-occupancy-all-2015'))).toEqual([])
    expect(a.findings.filter((x) => x.code === 'share-mismatch')).toHaveLength(2)
  })
})

describe('seed 002, Fenghua 2021–2025', () => {
  const a = audit('fenghua-2021-2025')
  it('finds exactly the inconsistencies of research §4, with their lines', () => {
    expect(summary(a)).toEqual([
      ['ratio-mismatch', 85, 'rel.t1.physician-nurse-ratio.2020-target'], // §4.3 1:1.25 vs 3.07 / 3.41
      ['sum-mismatch', 378, 'rel.a3.all.investment'], // §4.7 44.02 vs 43.12
      ['table-column-mismatch', 378, 'txt.projects.beds-new.total.l378'], // §4.7 965 vs the rows' 1015
      ['difference-mismatch', 429, 'rel.a3.jinping-chc-renovation.new-equals-open-minus-approved'], // §4.7 锦屏
      ['mixed-vintage', 84, 't1.beds.2020-target'], // §4.6 targets on census 6, actuals on census 7
      ['mixed-vintage', 85, 't1.physicians.2020-target'],
      // §4.3 again, between the rules: 3.07 / 3.41 nurses per physician is 1:0.90, not 1:1.25
      ['rule-conflict', 85, 't1-physician-nurse-ratio-2020'],
      ['mixed-vintage', 86, 't1.nurses.2020-target'],
      ['mixed-vintage', 88, 't1.public-health-staff.2020-target'],
      ['mixed-vintage', 89, 't1.primary-care-staff.2020-target'],
      ['mixed-vintage', 90, 't1.gps.2020-target'],
      ['floor-below-baseline', 177, 't2.within-county-rate.2025'], // §4.5 90 below 95.73
      ['partial-breakdown', 378, 'rel.a3.all.land'], // information: 23.13 of 32.87 万平方米 itemised
    ])
  })

  it('says the new-bed rows add up to 1015 where the text says 965', () => {
    const f = find(a, 'table-column-mismatch', 'txt.projects.beds-new.total.l378')
    expect([f.numbers.stated, f.numbers.recomputed, f.numbers.residual]).toEqual([
      '965',
      '1015',
      '-50',
    ])
  })

  it('confirms the L56 growth rates 9.1%, 19.4%, 46.4% and the health-literacy rise 339.5% within the rounding of their rates', () => {
    // §4.2: 8.97% lies in [8.74%, 9.20%] and 19.32% in [18.90%, 19.73%] once both printed rates may round
    expect(a.findings.filter((f) => f.code === 'growth-mismatch')).toEqual([])
    const judged = a.findings.flatMap((f) => f.subjects)
    for (const id of [
      'rel.beds.growth-vs-2015.l56',
      'rel.physicians.growth-vs-2015.l56',
      'rel.nurses.growth-vs-2015.l56',
      'rel.health-literacy.relative-increase.l52',
    ])
      expect(judged).not.toContain(id)
  })
})

describe('seed 004, Haishu 2021–2025', () => {
  const a = audit('haishu-2021-2025')
  it('finds exactly the inconsistencies of research §4, with their lines', () => {
    expect(summary(a)).toEqual([
      ['implied-population-conflict', 21, 'txt.beds.2020.count.l21'], // §4.3 on the 6th-census ratios
      ['implied-population-conflict', 21, 'txt.beds.2020.count.l21'], // §4.3 on the 7th-census ratios
      ['ratio-mismatch', 39, 'rel.t1.physician-nurse-ratio.2020-actual.census-6'], // §4.5 1:1.01
      ['ratio-mismatch', 39, 'rel.t1.physician-nurse-ratio.2020-target'], // §4.5 1:1.25 vs 4.2 / 5.9
      ['mixed-vintage', 38, 't1.beds.2020-target'], // §4.6 targets (census 6) vs actuals (census 7)
      ['mixed-vintage', 39, 't1.physicians.2020-target'],
      // §4.5 again, between the rules: 4.2 / 5.9 is 1:0.71, not the 1:1.25 the rule asks
      ['rule-conflict', 39, 't1-physician-nurse-ratio-2020'],
      ['mixed-vintage', 40, 't1.nurses.2020-target'],
      ['mixed-vintage', 42, 't1.public-health-staff.2020-target'],
      ['mixed-vintage', 43, 't1.primary-care-staff.2020-target'],
      ['mixed-vintage', 44, 't1.gps.2020-target'],
      // information: L21's own 6332 beds at 7.65 per 1,000 assume 827,172 to 828,253 residents
      ['implied-population', 21, 'txt.beds.2020.count.l21'],
      ['partial-breakdown', 21, 'rel.beds.2020.private'], // information: 1195 of 6332 itemised
    ])
  })

  it('recomputes 医护比 1:1.01 as 1:1.0864 on the 6th-census rates and lists the other bases that also miss', () => {
    const f = find(a, 'ratio-mismatch', 'rel.t1.physician-nurse-ratio.2020-actual.census-6')
    expect(f.numbers.recomputed?.slice(0, 6)).toBe('1.0863')
    expect(f.alsoFoundBy.map((x) => x.code)).toEqual(['ratio-mismatch', 'ratio-mismatch'])
  })
})

describe('audit output', () => {
  it.each([
    'cixi-2021-2025',
    'cixi-2016-2020',
    'longhu-2016-2020',
    'fenghua-2021-2025',
    'haishu-2021-2025',
  ])('%s: sorted by severity then line, and byte-identical on every run', (id) => {
    const a = auditPlan(load(id))
    const rank = { error: 0, warning: 1, info: 2 }
    // every figure of the seed fixtures cites its line, so every finding has one
    expect(a.findings.filter((f) => f.line === null)).toEqual([])
    const keys = a.findings.map((f) => rank[f.severity] * 1e6 + (f.line ?? 0))
    expect(keys).toEqual([...keys].sort((x, y) => x - y))
    expect(JSON.stringify(auditPlan(load(id)))).toBe(JSON.stringify(a))
    for (const f of a.findings) {
      expect(f.message.length).toBeGreaterThan(0)
      expect(f.messageZh).not.toBe(f.message)
    }
  })

  it('a plan that cannot be read gives one plan-invalid finding and throws nothing', () => {
    for (const bad of [null, 42, 'plan', {}, { id: 'x' }, JSON.parse('{"__proto__": {}}')]) {
      const a = auditPlan(bad)
      expect(a.findings.map((f) => f.code)).toEqual(['plan-invalid'])
      expect(a.counts.error).toBe(1)
    }
  })
})

describe('a finding whose figures cite no line', () => {
  /** The plan with `line` taken out of every source. */
  const withoutLines = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutLines)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'line')
        .map(([k, v]) => [k, withoutLines(v)]),
    )
  }

  it('says line null, never 0, and the tables leave the line empty', () => {
    const a = auditPlan(withoutLines(load('cixi-2016-2020')))
    // seed 000 L229: 2892 + 1611 + 2100 = 6603 beds against 6653 stated
    const sum = a.findings.find((f) => f.code === 'sum-mismatch' && f.numbers.stated === '6653')
    expect(sum?.line).toBeNull()
    expect(a.findings.every((f) => f.line === null)).toBe(true)
    const csv = renderAudit(a, { format: 'csv', lang: 'en' })
    const row = csv.split('\n').find((l) => l.includes('6653'))
    expect(row).toBeDefined()
    expect(row).not.toMatch(/,0,/)
    const text = renderAudit(a, { format: 'table', lang: 'en' })
    expect(text).not.toMatch(/line 0\b/)
  })
})
