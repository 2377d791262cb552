/**
 * The built `bedstaff` command, run as a child process (node dist/cli.js): outputs, exit
 * status, one-line errors, --out, YAML, npm start and a closed pipe. Bad input, CSV import,
 * scenarios and comparisons are in cli-inputs.test.ts, in process.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { stringify as toYaml } from 'yaml'
import { displayWidth } from '../src/report/width.js'
import { consistentPlan } from './support/consistent-plan.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const cixi = join(root, 'fixtures', 'cixi-2021-2025.json')
let tmp = ''

// Each test starts node once or more; leave room on a slow machine.
vi.setConfig({ testTimeout: 60_000 })

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function bedstaff(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** One line on stderr, naming what it names, with no stack trace. */
function expectOneLineError(r: Run, ...parts: string[]): void {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  const lines = r.stderr.split('\n').filter((l) => l !== '')
  expect(lines).toHaveLength(1)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  for (const p of parts) expect(r.stderr).toContain(p)
}

const seed = {
  population: 1_234_567,
  rates: [4580, 3650, 4200],
  split: [300, 200],
  growth: 800,
} as const

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root })
  tmp = mkdtempSync(join(tmpdir(), 'bedstaff-cli-'))
}, 120_000)

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

describe('bedstaff total', () => {
  it('computes 4.58 per 1,000 of 2,000,000 residents exactly, with base and rounding', () => {
    const r = bedstaff(
      'total',
      '每千常住人口4.58张',
      '--base',
      'resident=2000000',
      '--format',
      'json',
    )
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.exact).toBe('9160')
    expect(out.count).toBe(9160)
    expect(out.rounding).toBe('ceil')
    expect(out.quantity).toBe('beds')
    expect(out.base).toMatchObject({ kind: 'resident', value: '2000000' })
    expect(out.rate).toMatchObject({ value: '4.58', per: '1000', base: 'resident' })
  })

  it('takes the year, vintage and rounding it is given', () => {
    const r = bedstaff(
      'total',
      '每千常住人口4.58张',
      '--base',
      'resident=1497600',
      '--year',
      '2020',
      '--vintage',
      'census-7',
      '--rounding',
      'floor',
      '--format',
      'json',
    )
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ exact: '6859.008', count: 6859, rounding: 'floor' })
    expect(out.base).toMatchObject({ year: 2020, vintage: 'census-7' })
  })

  it('refuses a norm that is not a per-capita rate', () => {
    expectOneLineError(bedstaff('total', '1:1.25', '--base', 'resident=2000000'), 'norm-not-a-rate')
  })
})

describe('bedstaff evaluate', () => {
  const json = () => JSON.parse(bedstaff('evaluate', cixi, '--format', 'json').stdout)
  const rule = (ev: { rules: { rule: string }[] }, id: string) =>
    ev.rules.find((r) => r.rule === id)

  it('gives Cixi 9160 beds, 7300 physicians, 8400 nurses, 200 ambulances, 40 negative-pressure', () => {
    const ev = json()
    expect(rule(ev, 'beds-per-1000')).toMatchObject({ exact: '9160', count: 9160 })
    expect(rule(ev, 'physicians-per-1000')).toMatchObject({ exact: '7300', count: 7300 })
    expect(rule(ev, 'nurses-per-1000')).toMatchObject({ exact: '8400', count: 8400 })
    expect(rule(ev, 'ambulances-per-30000')).toMatchObject({ exact: '200', count: 200 })
    expect(rule(ev, 'negative-pressure-ambulances')).toMatchObject({ exact: '40', count: 40 })
  })

  it('gives the same rules as CSV, and the CSV round-trips through the CSV parser', () => {
    const ev = json()
    const csv = bedstaff('evaluate', cixi, '--format', 'csv')
    expect(csv.code).toBe(0)
    const rows: Record<string, string>[] = parse(csv.stdout, { columns: true, bom: true })
    expect(rows.map((r) => r.rule)).toEqual(ev.rules.map((r: { rule: string }) => r.rule))
    for (const r of ev.rules) {
      const row = rows.find((x) => x.rule === r.rule)
      expect(row?.exact).toBe(r.exact ?? '')
      expect(row?.count).toBe(r.count === null ? '' : String(r.count))
      expect(row?.rounding).toBe(r.rounding)
      expect(row?.base_value).toBe(r.base?.value ?? '')
      expect(row?.line).toBe(r.source.line === undefined ? '' : String(r.source.line))
    }
    expect(csv.stdout.startsWith('\ufeff')).toBe(true)
    const cells: string[][] = parse(csv.stdout, { bom: true })
    expect(`\ufeff${stringify(cells, { eof: true, record_delimiter: 'unix' })}`).toBe(csv.stdout)
  })

  it('exports every table of the evaluation as CSV', () => {
    const ev = json()
    for (const table of ['facilities', 'grades', 'tables'] as const) {
      const r = bedstaff('evaluate', cixi, '--format', 'csv', '--table', table)
      expect(r.code).toBe(0)
      const rows: Record<string, string>[] = parse(r.stdout, { columns: true, bom: true })
      if (table === 'facilities') expect(rows).toHaveLength(ev.facilities.length)
      if (table === 'tables') {
        expect(rows).toEqual(
          ev.tables.map((t: { table: string; facilities: number; openBeds: string }) => ({
            table: t.table,
            facilities: String(t.facilities),
            open_beds: t.openBeds,
          })),
        )
      }
      if (table === 'grades') expect(rows[0]?.grade).toBe(ev.grades[0].grade)
    }
  })

  it('replaces a base with --base ID=VALUE', () => {
    const r = bedstaff('evaluate', cixi, '--base', 'resident-2025=1950000', '--format', 'json')
    const ev = JSON.parse(r.stdout)
    expect(rule(ev, 'beds-per-1000')).toMatchObject({ exact: '8931', count: 8931 })
    expect(rule(ev, 'ambulances-per-30000')).toMatchObject({ exact: '195', count: 195 })
  })

  it('prints the summary first, then aligned tables and Markdown in either language', () => {
    const en = bedstaff('evaluate', cixi)
    expect(en.code).toBe(0)
    expect(en.stdout).toMatch(/^beds +9,160 beds +6,855 \(2020\) +short 2,305 += level +143$/m)
    const rules = bedstaff('evaluate', cixi, '--table', 'rules', '--width', '0')
    expect(rules.stdout).toMatch(/^beds-per-1000 .* 9,160 +beds +up +computed /m)
    const zh = bedstaff(
      'evaluate',
      cixi,
      '--lang',
      'zh',
      '--format',
      'markdown',
      '--table',
      'rules',
    )
    expect(zh.stdout).toContain('| 规则 | 名称 |')
    expect(zh.stdout).toContain('每千常住人口医疗卫生机构实际开放床位数')
  })

  it('gives identical results for the YAML and JSON forms of one plan', () => {
    const yamlFile = join(tmp, 'cixi.yaml')
    writeFileSync(yamlFile, toYaml(JSON.parse(readFileSync(cixi, 'utf8'))))
    for (const format of ['json', 'csv', 'table']) {
      const a = bedstaff('evaluate', cixi, '--format', format)
      const b = bedstaff('evaluate', yamlFile, '--format', format)
      expect(b.code).toBe(0)
      expect(b.stdout).toBe(a.stdout)
    }
  })
})

describe('bedstaff audit', () => {
  it('exits 1 on a plan whose figures do not add up', () => {
    const plan = existsSync(join(root, 'fixtures', 'cixi-2016-2020.json'))
      ? join(root, 'fixtures', 'cixi-2016-2020.json')
      : (() => {
          const p = consistentPlan(seed)
          const f = p.figures.find((x) => x.id === 'beds-part-0-count')
          if (f) f.value = String(Number(f.value) + 50)
          const file = join(tmp, 'broken.json')
          writeFileSync(file, JSON.stringify(p))
          return file
        })()
    const r = bedstaff('audit', plan)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^error /m)
  })

  it('exits 1 on a generated plan with one component changed, 0 on the consistent one', () => {
    const good = consistentPlan(seed)
    const goodFile = join(tmp, 'consistent.json')
    writeFileSync(goodFile, JSON.stringify(good))
    const ok = bedstaff('audit', goodFile, '--format', 'json')
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).counts.error).toBe(0)

    const bad = consistentPlan(seed)
    const part = bad.figures.find((x) => x.id === 'beds-part-0-count')
    if (part) part.value = String(Number(part.value) + 50)
    const badFile = join(tmp, 'inconsistent.json')
    writeFileSync(badFile, JSON.stringify(bad))
    const r = bedstaff('audit', badFile, '--format', 'csv')
    expect(r.code).toBe(1)
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true, bom: true })
    expect(rows.some((x) => x.severity === 'error' && x.code === 'sum-mismatch')).toBe(true)
  })

  it('shows finding messages in the chosen language', () => {
    const en = bedstaff('audit', cixi, '--format', 'json')
    const findings = JSON.parse(en.stdout).findings as { message: string; messageZh: string }[]
    // --width 0: messages are not wrapped
    const zh = bedstaff('audit', cixi, '--lang', 'zh', '--width', '0')
    expect(zh.code).toBe(1)
    expect(zh.stdout).toContain(findings[0]?.messageZh)
    expect(bedstaff('audit', cixi, '--width', '0').stdout).toContain(findings[0]?.message)
  })
})

describe('output', () => {
  it('--out refuses to overwrite without --force, and writes nothing else', () => {
    const dir = mkdtempSync(join(tmp, 'out-'))
    const file = join(dir, 'schema.json')
    const first = bedstaff('schema', '--out', file)
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    expect(JSON.parse(readFileSync(file, 'utf8')).type).toBe('object')

    writeFileSync(file, 'keep me')
    const second = bedstaff('evaluate', cixi, '--out', file)
    expectOneLineError(second, file, 'output-exists')
    expect(readFileSync(file, 'utf8')).toBe('keep me')

    const forced = bedstaff('evaluate', cixi, '--format', 'json', '--out', file, '--force')
    expect(forced.code).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8')).plan).toBe('cixi-2021-2025')
    expect(readdirSync(dir)).toEqual(['schema.json'])
  })

  it('ends quietly when the reader closes the pipe (bedstaff evaluate … | head -1)', async () => {
    const child = spawn(process.execPath, [cli, 'evaluate', cixi, '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += String(d)
    })
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })

  it('sweep --threads 2 counts on worker threads and prints what one thread prints', () => {
    // 2,500 cases of Cixi 2021–2025 with other populations and bed rates
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `c${i},${1_500_000 + ((i * 7919) % 1_000_000)},${(4 + (i % 150) / 100).toFixed(2)}`,
    )
    const file = join(tmp, 'many-cases.csv')
    writeFileSync(file, `case,resident-2025,beds-per-1000\n${rows.join('\n')}\n`)
    const once = bedstaff('sweep', cixi, file, '--format', 'csv')
    const threaded = bedstaff('sweep', cixi, file, '--format', 'csv', '--threads', '2')
    expect(once.code).toBe(0)
    expect(threaded).toEqual(once)
    expect(once.stdout.split('\n')).toHaveLength(2502)
    // the first case: 1,500,000 × 4.00 per 1,000
    expect(once.stdout.split('\n')[1]?.split(',').slice(0, 2)).toEqual(['c0', '6000'])
  })

  it('npm start (dist/cli-start.js) prints no line over 120 columns, Cixi’s counts first', () => {
    const env = { ...process.env, COLUMNS: '300' }
    const start = join(root, 'dist', 'cli-start.js')
    const r = spawnSync(process.execPath, [start], { cwd: root, encoding: 'utf8', env })
    expect(r.status).toBe(0)
    const lines = r.stdout.split('\n')
    // East Asian wide characters take two columns
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(120)
    // 9160 beds (L143), 7300 physicians, 8400 nurses (L688), 200 + 40 ambulances (L706)
    const head = lines.slice(0, 40).join('\n')
    for (const n of ['9,160 beds', '7,300 people', '8,400 people', '200 vehicles', '40 vehicles']) {
      expect(head).toContain(n)
    }
  })
})
