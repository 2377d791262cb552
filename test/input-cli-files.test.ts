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
import { type Io, MAX_FILE_BYTES, nodeIo } from '../src/cli/io.js'
import { run } from '../src/cli/run.js'

const root = join(import.meta.dirname, '..')
const cixi = join(root, 'fixtures', 'cixi-2021-2025.json')
let tmp = ''

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'bedstaff-input-'))
})

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `bedstaff ...argv` against the real file system, capturing its output. */
function bedstaff(...argv: string[]): Result {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    ...nodeIo,
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
  }
  const code = run(argv, io)
  return { code, stdout, stderr }
}

/** Exit status 2 and one line on stderr ending in `[code]`, naming each of `parts`. */
function expectRefused(r: Result, code: string, ...parts: string[]): void {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(r.stderr.trimEnd().endsWith(`[${code}]`)).toBe(true)
  for (const p of parts) expect(r.stderr).toContain(p)
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
