/**
 * Every analysis on the command line: `yearly`, `sensitivity`, `montecarlo` and `sweep` answer
 * on Cixi 2021–2025 with valid JSON whose numbers are the library functions' own, in every
 * format and language; table output shows no number with more than 12 significant digits.
 *
 * Cixi's numbers (seeds/003_060dd4848616d4d7.txt): 4.58 beds per 1,000 (L143), one ambulance
 * per 30,000 of 300% of the population (L706); the population is 2,000,000 in 2025
 * (9160 / 4.58 × 1000, research note seed-003.md §1); 1,829,488 is a 2020 population chosen
 * for the growth cases.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSweep } from '../src/plan/sweep.js'
import { REPORT_FORMATS } from '../src/report/grid.js'
import { monteCarlo } from '../src/scenario/monte-carlo.js'
import { sensitivity } from '../src/scenario/sensitivity.js'
import { yearlyTable } from '../src/scenario/yearly-table.js'
import { bedstaffInProcess, bedstaffToEnd } from './support/cli-in-process.js'

const root = join(import.meta.dirname, '..')
const cixiFile = join(root, 'fixtures', 'cixi-2021-2025.json')
const cixi = JSON.parse(readFileSync(cixiFile, 'utf8'))
const tmp = mkdtempSync(join(tmpdir(), 'bedstaff-analyses-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const bedstaff = (...argv: string[]) => bedstaffInProcess(argv)
const bedstaffAsync = (...argv: string[]) => bedstaffToEnd(argv)

/** The JSON a command prints, after checking it exits 0 and prints only JSON. */
function json(...argv: string[]): unknown {
  const r = bedstaff(...argv, '--format', 'json')
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout)
}

/** Same data, as JSON sees it (frozen objects and plain ones alike). */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x))

/** Numbers in text (grouping commas removed) with more than 12 significant digits. */
function longNumbers(text: string): string[] {
  const numbers = text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []
  return numbers.filter((n) => n.replace('.', '').replace(/^0+/, '').length > 12)
}

const growth = 'resident-2025=growth:2020:1829488'

describe('bedstaff yearly', () => {
  it('gives yearlyTable’s table: beds 8530 in 2021 growing to 9160 in 2025', () => {
    const out = json('yearly', cixiFile, '--from', '2021', '--to', '2025', '--population', growth)
    const scenario = {
      id: 'command-line',
      label: 'bedstaff scenario options',
      populations: [{ base: 'resident-2025', growth: { fromYear: 2020, fromValue: '1829488' } }],
    }
    expect(out).toEqual(plain(yearlyTable(cixi, scenario, { fromYear: 2021, toYear: 2025 })))
    const beds = (out as { rows: { rules: { rule: string; count: number }[] }[] }).rows.map(
      (r) => r.rules.find((c) => c.rule === 'beds-per-1000')?.count,
    )
    expect(beds).toEqual([8530, 8684, 8840, 8999, 9160])
  })

  it('answers without a growth too: the plan has a base for 2025 only', () => {
    const out = json('yearly', cixiFile, '--from', '2024', '--to', '2025') as {
      rows: { rules: { rule: string; status: string; count: number | null }[] }[]
    }
    const beds = out.rows.map((r) => r.rules.find((c) => c.rule === 'beds-per-1000'))
    expect(beds.map((c) => c?.status)).toEqual(['base-missing', 'ok'])
    expect(beds[1]?.count).toBe(9160)
  })
})

describe('bedstaff sensitivity', () => {
  it('gives sensitivity’s tornado: beds 4.58 ± 10% moves the beds sum by 1832', () => {
    const out = json('sensitivity', cixiFile, '--percent', '10')
    expect(out).toEqual(plain(sensitivity(cixi, { percent: '10' })))
    const beds = json('sensitivity', cixiFile, '--percent', '10', '--outputs', 'beds') as {
      tables: { rows: { rule: string; low: number; high: number; swing: number }[] }[]
    }
    // 4.58 × 0.9 = 4.122 and 4.58 × 1.1 = 5.038 per 1,000 of 2,000,000: 8244 and 10076 beds
    expect(beds.tables[0]?.rows[0]).toMatchObject({ rule: 'beds-per-1000', swing: 1832 })
  })
})

describe('bedstaff montecarlo', () => {
  it('gives monteCarlo’s percentiles for the same runs and seed', () => {
    const out = json('montecarlo', cixiFile, '--runs', '300', '--seed', '7')
    expect(out).toEqual(plain(monteCarlo(cixi, { runs: 300, seed: 7 })))
  })

  it('draws a population range as monteCarlo does, read as 1,900,000-2,100,000', () => {
    const out = json(
      'montecarlo',
      cixiFile,
      '--runs',
      '100',
      '--seed',
      '1',
      '--population',
      'resident-2025=190万-2,100,000',
    )
    const populations = [{ base: 'resident-2025', lo: '1900000', hi: '2100000' }]
    expect(out).toEqual(plain(monteCarlo(cixi, { runs: 100, seed: 1, populations })))
  })

  it('shows the 90% interval the library gives, and refuses another', () => {
    expect(bedstaff('montecarlo', cixiFile, '--runs', '10', '--interval', '90').code).toBe(0)
    const r = bedstaff('montecarlo', cixiFile, '--runs', '10', '--interval', '80')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('90% interval (p5 to p95)')
  })
})

describe('bedstaff sweep', () => {
  const cases = join(tmp, 'cases.csv')
  writeFileSync(
    cases,
    'case,resident-2025,beds-per-1000\nplan,,\nlow,"1,950,000",\nhigher rate,,5\nboth,195万,5\n',
  )
  const outputs = ['beds-per-1000', 'ambulances-per-30000']
  const sweep = createSweep(cixi, { outputs })
  const expected = [
    ['plan', sweep({})],
    ['low', sweep({ populations: { 'resident-2025': '1950000' } })],
    ['higher rate', sweep({ values: { 'beds-per-1000': '5' } })],
    [
      'both',
      sweep({ populations: { 'resident-2025': '1950000' }, values: { 'beds-per-1000': '5' } }),
    ],
  ]

  it('gives createSweep’s counts, one case per row: 9160, 8931, 10000 and 9750 beds', () => {
    const out = json('sweep', cixiFile, cases, '--outputs', outputs.join(',')) as {
      outputs: string[]
      cases: { case: string; counts: (number | null)[] }[]
    }
    expect(out.outputs).toEqual(outputs)
    expect(out.cases.map((c) => [c.case, c.counts])).toEqual(expected)
    expect(out.cases.map((c) => c.counts[0])).toEqual([9160, 8931, 10000, 9750])
  })

  it('streams CSV: the header, then each case as it is evaluated', () => {
    const r = bedstaff('sweep', cixiFile, cases, '--outputs', outputs.join(','), '--format', 'csv')
    expect(r.stdout).toBe(
      '\ufeffcase,beds-per-1000,ambulances-per-30000\nplan,9160,200\nlow,8931,195\nhigher rate,10000,200\nboth,9750,195\n',
    )
    expect(r.writes).toBe(5)
  })

  it('takes base columns by kind, and prints the headline rules when no outputs are given', () => {
    const byKind = join(tmp, 'by-kind.csv')
    writeFileSync(byKind, 'case,resident\nlow,1950000\n')
    const out = json('sweep', cixiFile, byKind) as {
      outputs: string[]
      cases: { counts: number[] }[]
    }
    expect(out.outputs.slice(0, 3)).toEqual([
      'beds-per-1000',
      'physicians-per-1000',
      'nurses-per-1000',
    ])
    expect(out.cases[0]?.counts[0]).toBe(8931)
  })

  it('--threads N gives the same rows in the same order, in every format', async () => {
    for (const format of ['csv', 'json', 'markdown', 'table']) {
      const args = ['sweep', cixiFile, cases, '--outputs', outputs.join(','), '--format', format]
      const once = bedstaff(...args)
      const threaded = await bedstaffAsync(...args, '--threads', '2')
      expect(threaded).toEqual({ ...once, writes: threaded.writes })
      expect(threaded.code).toBe(0)
    }
    const out = await bedstaffAsync('sweep', cixiFile, cases, '--threads', '1', '--format', 'csv')
    // 9160, 8931, 10000 and 9750 beds, as createSweep counts them
    expect(out.stdout.split('\n').map((l) => l.split(',')[1])).toEqual([
      'beds-per-1000',
      '9160',
      '8931',
      '10000',
      '9750',
      undefined,
    ])
  })

  it('--threads N names the row of a value that cannot be counted, as without it', async () => {
    const bad = join(tmp, 'bad-value.csv')
    writeFileSync(bad, 'case,resident-2025,beds-per-1000\nfine,,\nwrong,,abc\n')
    const once = bedstaff('sweep', cixiFile, bad, '--format', 'csv')
    const threaded = await bedstaffAsync(
      'sweep',
      cixiFile,
      bad,
      '--format',
      'csv',
      '--threads',
      '2',
    )
    expect(once.code).toBe(2)
    expect(once.stderr).toContain('rows[3].values.beds-per-1000')
    expect(threaded.code).toBe(2)
    expect(threaded.stderr).toBe(once.stderr)
    const more = await bedstaffAsync('sweep', cixiFile, bad, '--threads', '65')
    expect(more.code).toBe(2)
    expect(more.stderr).toContain('--threads must be a whole number from 1 to 64')
  })

  it('names the file, the row and the column of a bad cell', () => {
    const bad = join(tmp, 'bad.csv')
    writeFileSync(bad, 'case,resident-2025,nowhere\nx,1,2\n')
    const r = bedstaff('sweep', cixiFile, bad)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('column 3 "nowhere"')
  })
})

describe('every analysis in every format and language', () => {
  const commands = [
    ['yearly', cixiFile, '--from', '2021', '--to', '2025', '--population', growth],
    ['sensitivity', cixiFile, '--percent', '10'],
    ['montecarlo', cixiFile, '--runs', '200', '--seed', '3'],
    ['evaluate', cixiFile],
    ['evaluate', cixiFile, '--table', 'levels'],
    ['evaluate', cixiFile, '--all'],
    ['audit', cixiFile],
  ]
  for (const argv of commands) {
    it(`${argv.slice(0, 1).concat(argv.slice(2)).join(' ')}: answers in each format, and shows no number of more than 12 significant digits`, () => {
      // CSV holds one table: --all is for the other formats
      const formats = argv.includes('--all')
        ? REPORT_FORMATS.filter((f) => f !== 'csv')
        : REPORT_FORMATS
      for (const format of formats) {
        for (const lang of ['en', 'zh']) {
          const r = bedstaff(...argv, '--format', format, '--lang', lang)
          expect(r.stderr).toBe('')
          expect(r.code).toBe(argv[0] === 'audit' ? 1 : 0)
          if (format === 'table' || format === 'markdown') expect(longNumbers(r.stdout)).toEqual([])
        }
      }
    })
  }
})
