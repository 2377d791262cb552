/**
 * What the command line is given before the library sees it: files that are not regular files,
 * YAML plans too large for the YAML library or using tags JSON has no value for, and
 * `--set`/`--population` arguments that are long or not numbers. Each is refused with a typed
 * error and exit status 2. The command runs in this process, on the real file system.
 */
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify as toYaml } from 'yaml'
import { MAX_KEY_VALUE } from '../src/cli/args.js'
import { MAX_FILE_BYTES } from '../src/cli/io.js'
import { MAX_YAML_KEYS, MAX_YAML_VALUES, parseYaml } from '../src/cli/plan-file.js'
import { BedstaffError } from '../src/errors.js'
import { bedstaffInProcess, type CliRun } from './support/cli-in-process.js'

const root = join(import.meta.dirname, '..')
const cixi = join(root, 'fixtures', 'cixi-2021-2025.json')
let tmp = ''

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'bedstaff-input-'))
})

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

/** Runs `bedstaff ...argv` against the real file system, capturing its output. */
const bedstaff = (...argv: string[]): CliRun => bedstaffInProcess(argv)

/** Exit status 2 and one line on stderr ending in `[code]`, naming each of `parts`. */
function expectRefused(r: CliRun, code: string, ...parts: string[]): void {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(r.stderr.trimEnd().endsWith(`[${code}]`)).toBe(true)
  for (const p of parts) expect(r.stderr).toContain(p)
}

/** The code of the BedstaffError `fn` throws. */
function codeOf(fn: () => unknown): string | null {
  try {
    fn()
    return null
  } catch (e) {
    if (e instanceof BedstaffError) return e.code
    throw e
  }
}

describe('plan files are read only when they are regular files of bounded size', () => {
  it('refuses a FIFO named like a plan without waiting for a writer', () => {
    const fifo = join(tmp, 'plan.json')
    execFileSync('mkfifo', [fifo])
    expect(statSync(fifo).isFIFO()).toBe(true)
    expectRefused(bedstaff('evaluate', fifo), 'file-unreadable', 'not a regular file')
  })

  it('refuses /dev/zero, given directly to import-csv or through a link named like a plan', () => {
    expectRefused(
      bedstaff('import-csv', 'facilities', '/dev/zero'),
      'file-unreadable',
      'not a regular file',
    )
    const link = join(tmp, 'zero.json')
    symlinkSync('/dev/zero', link)
    expectRefused(bedstaff('evaluate', link), 'file-unreadable', 'not a regular file')
    expectRefused(bedstaff('evaluate', '/dev/zero'), 'invalid-argument')
  })

  it('says which file, in Chinese too', () => {
    const r = bedstaff('evaluate', join(tmp, 'zero.json'), '--lang', 'zh')
    expectRefused(r, 'file-unreadable', 'zero.json', '不是普通文件')
  })

  it('refuses a file over the size limit without reading it, and a folder as before', () => {
    const big = join(tmp, 'big.json')
    writeFileSync(big, '')
    truncateSync(big, MAX_FILE_BYTES + 1) // sparse: no bytes are written
    expectRefused(bedstaff('evaluate', big), 'file-unreadable', `larger than ${MAX_FILE_BYTES}`)
    const folder = join(tmp, 'folder.json')
    execFileSync('mkdir', [folder])
    expectRefused(bedstaff('evaluate', folder), 'file-unreadable', 'it is a folder')
    expectRefused(bedstaff('evaluate', join(tmp, 'none.json')), 'file-unreadable', 'no such')
  })

  it('still reads a regular plan file, byte-order mark and all', () => {
    const withBom = join(tmp, 'bom.json')
    writeFileSync(withBom, `\ufeff${readFileSync(cixi, 'utf8')}`)
    const r = bedstaff('evaluate', withBom, '--format', 'json')
    expect(r.code).toBe(0)
    const beds = JSON.parse(r.stdout).rules.find(
      (x: { rule: string }) => x.rule === 'beds-per-1000',
    )
    // fixtures/cixi-2021-2025.json: 4.58 per 1,000 of 2,000,000 residents
    expect(beds).toMatchObject({ exact: '9160', count: 9160 })
  })
})

/** A YAML mapping of `n` keys `k0: 1`, `k1: 1`, …, under `notes` of a plan. */
function yamlWithKeys(n: number): string {
  const lines = ['id: plan', 'notes:']
  for (let i = 0; i < n; i++) lines.push(`  k${i}: 1`)
  return `${lines.join('\n')}\n`
}

describe('YAML plans are bounded before they are parsed', () => {
  it('refuses a 40,000-key mapping as input-too-large (before any key is compared)', () => {
    expect(codeOf(() => parseYaml(yamlWithKeys(40_000)))).toBe('input-too-large')
    const file = join(tmp, 'keys.yaml')
    writeFileSync(file, yamlWithKeys(40_000))
    expectRefused(bedstaff('evaluate', file), 'input-too-large', 'keys.yaml', `${MAX_YAML_VALUES}`)
  })

  it('refuses one mapping with more than the key limit, and reads one with exactly the limit', () => {
    expect(codeOf(() => parseYaml(yamlWithKeys(MAX_YAML_KEYS + 1)))).toBe('input-too-large')
    const ok = parseYaml(yamlWithKeys(MAX_YAML_KEYS)) as { notes: Record<string, number> }
    expect(Object.keys(ok.notes)).toHaveLength(MAX_YAML_KEYS)
    expect(ok.notes.k9999).toBe(1)
  })

  it('refuses more values in all than the limit, in a flow sequence', () => {
    const text = `ids: [${Array.from({ length: MAX_YAML_VALUES }, () => '1').join(', ')}]\n`
    expect(codeOf(() => parseYaml(text))).toBe('input-too-large')
  })

  it('refuses a key repeated, also when one spelling is quoted (they are one JSON key)', () => {
    expect(codeOf(() => parseYaml('a: 1\nb: 2\na: 3\n'))).toBe('malformed-yaml')
    expect(codeOf(() => parseYaml('1: x\n"1": y\n'))).toBe('malformed-yaml')
    expect(codeOf(() => parseYaml('[1, 2]: x\n'))).toBe('malformed-yaml')
    expect(parseYaml('1: x\n"2": y\n')).toEqual({ 1: 'x', 2: 'y' })
  })

  it('gives the YAML and JSON forms of a real plan the same data', () => {
    const data = JSON.parse(readFileSync(cixi, 'utf8'))
    expect(parseYaml(toYaml(data))).toEqual(data)
  })
})

describe('YAML tags with no JSON value are malformed-yaml, not invalid-plan', () => {
  const cases = [
    ['!!binary', 'id: !!binary aGVsbG8=\n'],
    ['!!set', 'id: !!set {a, b}\n'],
    ['!!timestamp', 'id: !!timestamp 2025-01-01\n'],
    ['!!omap', 'id: !!omap [a: 1]\n'],
    ['!!pairs', 'id: !!pairs [a: 1]\n'],
    ['the verbatim binary tag', 'id: !<tag:yaml.org,2002:binary> aGk=\n'],
  ] as const
  it.each(cases)('%s', (_name, text) => {
    expect(codeOf(() => parseYaml(text))).toBe('malformed-yaml')
  })

  it('in a plan file, through the command', () => {
    const file = join(tmp, 'tagged.yaml')
    writeFileSync(file, 'id: !!binary aGVsbG8=\nlabel: plan\n')
    expectRefused(bedstaff('evaluate', file), 'malformed-yaml', 'tagged.yaml', 'binary')
  })

  it('keeps the core tags, whose values JSON has', () => {
    expect(parseYaml('a: !!str 3\nb: !!int 3\nc: !!bool true\nd: !!null null\n')).toEqual({
      a: '3',
      b: 3,
      c: true,
      d: null,
    })
    expect(parseYaml('!!map {a: !!seq [1]}\n')).toEqual({ a: [1] })
  })
})

describe('scenario --set and --population arguments', () => {
  it('refuses a range end that is not a number as an argument error, not an internal one', () => {
    const r = bedstaff('scenario', cixi, '--set', 'beds-per-1000=abc-5')
    expectRefused(r, 'invalid-argument', '"abc" is not a number')
    expectRefused(bedstaff('scenario', cixi, '--set', 'beds-per-1000=5~x'), 'invalid-argument')
  })

  it('still reads a range and refuses a downward one through the library', () => {
    const r = bedstaff('scenario', cixi, '--set', 'beds-per-1000=5 - 6', '--format', 'json')
    expect(r.code).toBe(0)
    const beds = JSON.parse(r.stdout).rules.find(
      (x: { rule: string }) => x.rule === 'beds-per-1000',
    )
    // 5 and 6 per 1,000 of the plan's 2,000,000 residents
    expect(beds).toMatchObject({ value: '5-6', min: { exact: '10000' }, max: { exact: '12000' } })
    expectRefused(bedstaff('scenario', cixi, '--set', 'beds-per-1000=6-5'), 'invalid-scenario')
  })

  it('refuses a 60 KB argument by its length', () => {
    const long = `beds-per-1000=1${' '.repeat(60_000)}x`
    const r = bedstaff('scenario', cixi, '--set', long)
    expectRefused(r, 'invalid-argument', `at most ${MAX_KEY_VALUE} characters`)
    expect(r.stderr.length).toBeLessThan(300)
    const pop = bedstaff('scenario', cixi, '--population', `resident=${'9'.repeat(60_000)}`)
    expectRefused(pop, 'invalid-argument', `at most ${MAX_KEY_VALUE} characters`)
  })
})
