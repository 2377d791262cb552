/**
 * The command's answers to bad input, CSV import, scenarios and comparisons, run in process
 * through `run` with a captured Io (the process-level behaviour is in cli-command.test.ts): bad
 * input exits 2 with one line naming the file, the path and the code, in Chinese with
 * `--lang zh`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { bedstaffInProcess, type CliRun } from './support/cli-in-process.js'

const root = join(import.meta.dirname, '..')
const cixi = join(root, 'fixtures', 'cixi-2021-2025.json')
const extra = join(root, 'test', 'fixtures-extra')
const tmp = mkdtempSync(join(tmpdir(), 'bedstaff-cli-inputs-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

type Run = CliRun

const bedstaff = (...args: string[]): Run => bedstaffInProcess(args)

/** One line on stderr, naming what it names, with no stack trace. */
function expectOneLineError(r: Run, ...parts: string[]): void {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  const lines = r.stderr.split('\n').filter((l) => l !== '')
  expect(lines).toHaveLength(1)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  for (const p of parts) expect(r.stderr).toContain(p)
}

describe('bad input exits 2 with one line and no stack trace', () => {
  it('a malformed plan', () => {
    const file = join(tmp, 'malformed.json')
    writeFileSync(file, '{\n  "id": "x",,\n}')
    expectOneLineError(bedstaff('evaluate', file), file, 'line 2', 'malformed-json')
  })

  it('an invalid plan, naming the field path', () => {
    const p = JSON.parse(readFileSync(cixi, 'utf8'))
    p.rules[3].value = '4,58'
    const file = join(tmp, 'invalid.json')
    writeFileSync(file, JSON.stringify(p))
    expectOneLineError(bedstaff('evaluate', file), file, 'rules[3].value', 'invalid-plan')
    expectOneLineError(bedstaff('audit', file), 'rules[3].value')
  })

  it('a missing file', () => {
    const file = join(tmp, 'no-such-plan.json')
    expectOneLineError(bedstaff('evaluate', file), file, 'file-unreadable')
  })

  it('an unknown option', () => {
    expectOneLineError(
      bedstaff('evaluate', cixi, '--frobnicate'),
      '--frobnicate',
      'invalid-argument',
    )
  })

  it('an unknown command, a missing argument, a bad option value', () => {
    expectOneLineError(bedstaff('frobnicate'), 'frobnicate')
    expectOneLineError(bedstaff('evaluate'), 'evaluate')
    expectOneLineError(bedstaff('evaluate', cixi, '--format', 'xml'), '--format')
    expectOneLineError(bedstaff('evaluate', cixi, '--year', '20x5'), '--year')
    expectOneLineError(bedstaff('evaluate', cixi, '--base', 'nowhere=1'), 'nowhere')
  })

  it('YAML anchors and aliases', () => {
    const r = bedstaff('evaluate', join(extra, 'alias-bomb.yaml'))
    expectOneLineError(r, 'alias-bomb.yaml', 'malformed-yaml')
  })

  it('in Chinese with --lang zh', () => {
    const r = bedstaff('evaluate', join(tmp, 'no-such-plan.json'), '--lang', 'zh')
    expectOneLineError(r, '无法读取文件')
  })
})

describe('bedstaff import-csv', () => {
  it('prints the validated facilities and bases as JSON', () => {
    const f = bedstaff('import-csv', 'facilities', join(extra, 'facilities.csv'))
    expect(f.code).toBe(0)
    const facilities = JSON.parse(f.stdout)
    expect(facilities).toHaveLength(7)
    expect(facilities[0]).toMatchObject({ id: 'renmin', openBeds: { '2025': '1000' } })
    const b = bedstaff('import-csv', 'bases', join(extra, 'bases.csv'))
    expect(JSON.parse(b.stdout)[1]).toMatchObject({ id: 'ambulance-base-2025', multiplier: '3' })
  })

  it('rejects a bad number in row 7, naming the row and the column', () => {
    const r = bedstaff('import-csv', 'facilities', join(extra, 'facilities-bad-row7.csv'))
    expectOneLineError(r, 'facilities-bad-row7.csv', 'row 7', 'open_2025', '4O', 'csv-invalid-row')
  })
})

describe('bedstaff scenario and compare', () => {
  it('evaluates a plan under --population and --set', () => {
    const r = bedstaff(
      'scenario',
      cixi,
      '--population',
      'resident-2025=1950000',
      '--set',
      'beds-per-1000=4.8',
      '--format',
      'json',
    )
    expect(r.code).toBe(0)
    const ev = JSON.parse(r.stdout)
    const beds = ev.rules.find((x: { rule: string }) => x.rule === 'beds-per-1000')
    expect(beds).toMatchObject({ value: '4.8', exact: '9360', count: 9360 })
  })

  it('compares scenario files rule by rule', () => {
    const r = bedstaff(
      'compare',
      cixi,
      join(extra, 'scenario-plan.json'),
      join(extra, 'scenario-low.json'),
      '--format',
      'csv',
    )
    expect(r.code).toBe(0)
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true, bom: true })
    expect(rows.find((x) => x.rule === 'beds-per-1000')).toMatchObject({
      'plan.count': '9160',
      'low.count': '8931',
      'low.count_difference': '-229',
    })
  })
})

describe('help and version', () => {
  it('prints --help and --version', () => {
    const help = bedstaff('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('bedstaff evaluate PLAN')
    expect(bedstaff('audit', '--help').stdout).toContain('Exit status 1')
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(bedstaff('--version').stdout.trim()).toBe(pkg.version)
  })
})
