/**
 * What `npm start` and `bedstaff evaluate` show first: a summary that fits, with Cixi's
 * headline counts; `--base` by kind (and year), read in three notations; the usage, help, BOM
 * and repeated tables. In process, through `run` and `startRun` with a captured Io.
 *
 * Numbers are Cixi 2021–2025's (seeds/003_060dd4848616d4d7.txt): 9160 beds at 4.58 per 1,000
 * (L143), 7300 physicians at 3.65 and 8400 nurses at 4.2 (L688), 200 ambulances at one per
 * 30,000 of 300% of the population and 40 negative-pressure at ≥ 20% (L706); research note
 * shared/research/seed-003.md, table rows 1–10 and §1.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { startRun } from '../src/cli/start-run.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { displayWidth } from '../src/report/width.js'
import { bedstaffInProcess, capturedIo } from './support/cli-in-process.js'

const root = join(import.meta.dirname, '..')
const cixi = join(root, 'fixtures', 'cixi-2021-2025.json')

/** An Io on the real files that captures output; `columns` is the terminal's width. */
function capture(columns?: number) {
  const { io, result } = capturedIo(columns)
  return { io, out: () => result(0) }
}

const bedstaff = (...argv: string[]) => bedstaffInProcess(argv)

const rule = (json: string, id: string) =>
  (JSON.parse(json).rules as { rule: string; exact: string; count: number }[]).find(
    (r) => r.rule === id,
  )

/** The text with the thousands separators between digits taken out. */
const ungrouped = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, '$1')

describe('npm start', () => {
  const { io, out } = capture(200)
  const code = startRun(io)
  const lines = out().stdout.split('\n')

  it('ends 0 although the audit finds errors (its exit status 1 is its result)', () => {
    expect(code).toBe(0)
    expect(out().stdout).toContain('bedstaff audit exit status 1')
  })

  it('prints no line wider than 120 display columns, a Chinese character counting 2', () => {
    const widest = Math.max(...lines.map(displayWidth))
    expect(widest).toBeLessThanOrEqual(120)
    expect(lines.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true)
  })

  it('shows 9160 beds, 7300 physicians, 8400 nurses, 200 ambulances and 40 negative-pressure in its first 40 lines', () => {
    const head = lines.slice(0, 40).map(ungrouped)
    const row = (quantity: string) => head.find((l) => l.startsWith(`${quantity} `)) ?? ''
    expect(row('beds')).toMatch(/\b9160 beds\b.*\b6855 \(2020\)\s+short 2305\b.*\b143$/)
    expect(row('physicians')).toMatch(/\b7300 people\b.*short 2758\b.*\b688$/)
    expect(row('nurses')).toMatch(/\b8400 people\b.*short 4072\b.*\b688$/)
    expect(row('ambulances')).toMatch(/\b200 vehicles\b.*\b706$/)
    expect(row('negative-pressure ambulances')).toMatch(/\b40 vehicles\b.*≥ floor\s+706$/)
    expect(head.join('\n')).toContain('the share binds')
  })

  it('gives the audit its error count and three findings after the summary', () => {
    const text = out().stdout
    const summary = text.slice(0, text.indexOf('$ bedstaff audit'))
    expect(summary).toMatch(/^Audit: 6 errors, 16 warnings, 0 notes; the first 3:$/m)
    expect(summary.match(/^ {2}error {2}line \d+ {2}[a-z-]+$/gm)).toHaveLength(3)
  })
})

describe('bedstaff evaluate: the summary first', () => {
  it('fits 100 columns even on a wider terminal, and lists every headline quantity', () => {
    const { io, out } = capture(160)
    run(['evaluate', cixi], io)
    const text = out().stdout
    expect(Math.max(...text.split('\n').map(displayWidth))).toBeLessThanOrEqual(100)
    for (const q of ['beds', 'physicians', 'nurses', 'health-technical staff', 'GPs']) {
      expect(text).toMatch(new RegExp(`^${q} `, 'm'))
    }
    // 1.60 health-technical staff per bed × 9160 beds = 14656 (附表1 row 11, L75)
    expect(ungrouped(text)).toMatch(/^health-technical staff +14656 people/m)
    // no base for GPs: the plan gives no registered population (seed-003.md §1)
    expect(text).toMatch(/^GPs +no base /m)
    expect(text).toContain('needs registered population for 2025')
  })

  it('prints full tables only when asked, each table once', () => {
    const summary = bedstaff('evaluate', cixi).stdout
    expect(summary).not.toContain('Rules (cixi-2021-2025, 2025)')
    const twice = bedstaff('evaluate', cixi, '--table', 'tables', '--table', 'tables,tables')
    expect(twice.stdout.match(/^Bed tables \(2025\)$/gm)).toHaveLength(1)
    expect(twice.stdout).not.toContain('what 2025 requires')
    const all = bedstaff('evaluate', cixi, '--all').stdout
    for (const title of [
      'what 2025 requires',
      'Rules (',
      'Stated levels (',
      'Facilities (',
      'Grades (',
      'Bed tables (',
    ]) {
      expect(all).toContain(title)
    }
  })
})

describe('--base by kind, by kind and year, and by id', () => {
  it('computes the rehabilitation-nursing rules on an elderly base: 4.5 and 5.5 per 1,000 of 400,000', () => {
    // 附表1 row 4 (L38–L41, L738, L743) states 4.5; L146 states 5.5 (seed-003.md table row 4)
    const r = bedstaff('evaluate', cixi, '--base', 'elderly=400000', '--format', 'json')
    expect(r.code).toBe(0)
    expect(rule(r.stdout, 'elderly-rehab-nursing-beds-table')).toMatchObject({
      exact: '1800',
      count: 1800,
    })
    expect(rule(r.stdout, 'elderly-rehab-nursing-beds-text')).toMatchObject({
      exact: '2200',
      count: 2200,
    })
    const base = JSON.parse(r.stdout).commandLine.bases[0]
    expect(base).toMatchObject({
      kind: 'elderly',
      value: '400000',
      year: 2025,
      vintage: 'estimate',
    })
    expect(base.source.document).toBe('command line')
  })

  it('computes the GP rule on a registered base: 5.0 per 10,000 of 1,070,000 is 535', () => {
    // “每万户籍人口全科医生数达到5.0人以上” (L688)
    const r = bedstaff('evaluate', cixi, '--base', 'registered=1070000', '--format', 'json')
    expect(rule(r.stdout, 'gps-per-10000-registered')).toMatchObject({ exact: '535', count: 535 })
    const text = bedstaff('evaluate', cixi, '--base', 'registered:2025=1070000').stdout
    expect(text).toContain('Bases set on the command line: registered 1,070,000 (2025, estimate)')
    expect(text).toMatch(/^GPs +535 people .* 688$/m)
  })

  it('reads 1,950,000, 195万 and 1.95e6 alike: 4.58 per 1,000 of 1,950,000 is 8931', () => {
    for (const v of ['1950000', '1,950,000', '195万', '1.95e6']) {
      const json = bedstaff('evaluate', cixi, '--base', `resident=${v}`, '--format', 'json').stdout
      expect(rule(json, 'beds-per-1000')).toMatchObject({ exact: '8931', count: 8931 })
      // the ambulance base is 300% of the residents: 5,850,000 / 30,000 = 195 (L706)
      expect(rule(json, 'ambulances-per-30000')).toMatchObject({ count: 195 })
    }
    const rules = (...base: string[]) =>
      JSON.parse(bedstaff('evaluate', cixi, '--base', ...base, '--format', 'json').stdout).rules
    expect(rules('resident-2025=195万')).toEqual(rules('resident=1.95e6'))
  })

  it('adds a base of another year without touching the target year', () => {
    const json = bedstaff(
      'evaluate',
      cixi,
      '--base',
      'registered:2030=1070000',
      '--format',
      'json',
    ).stdout
    expect(rule(json, 'gps-per-10000-registered')).toMatchObject({ count: null })
    expect(JSON.parse(json).commandLine.bases[0].year).toBe(2030)
  })

  it('refuses a key that is neither a base nor a kind, and a value that is not a population', () => {
    const r = bedstaff('evaluate', cixi, '--base', 'nowhere=1')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('"nowhere" is neither a base of the plan')
    const bad = bedstaff('evaluate', cixi, '--base', 'resident=1,95,000', '--lang', 'zh')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('不是人口数')
  })
})

describe('the command itself', () => {
  it('prints the usage when run with no command, and exits 0', () => {
    const r = bedstaff()
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('bedstaff yearly PLAN --from YEAR --to YEAR')
    expect(r.stdout).toBe(bedstaff('--help').stdout)
  })

  it('says in its help that growth is geometric, not linear, in both languages', () => {
    const en = bedstaff('yearly', '--help').stdout
    expect(en).toMatch(/geometrically \(the same percentage every year, not the\s+same number\)/)
    expect(en).not.toMatch(/\blinear/)
    expect(bedstaff('scenario', '--help', '--lang', 'zh').stdout).toContain('几何增长')
    expect(bedstaff('--help', '--lang', 'zh').stdout).toContain('用法：')
  })

  it('starts CSV with a byte-order mark unless --no-bom, and JSON never', () => {
    const csv = bedstaff('evaluate', cixi, '--format', 'csv').stdout
    expect(csv.startsWith('\ufeffrule,label,')).toBe(true)
    expect(
      bedstaff('evaluate', cixi, '--format', 'csv', '--no-bom').stdout.startsWith('rule,'),
    ).toBe(true)
    expect(bedstaff('evaluate', cixi, '--format', 'json').stdout.startsWith('{')).toBe(true)
  })

  it('gives the evaluation JSON of the library unchanged when no --base is given', () => {
    const plan = JSON.parse(readFileSync(cixi, 'utf8'))
    expect(JSON.parse(bedstaff('evaluate', cixi, '--format', 'json').stdout)).toEqual(
      JSON.parse(JSON.stringify(evaluatePlan(plan))),
    )
  })
})
