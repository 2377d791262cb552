/**
 * The launcher of the built command (dist/cli.js, src/cli/launch.ts): it keeps V8's compiled
 * code between runs in a directory of the user's own, and whatever that cache holds (nothing,
 * garbage, another run's code), the command prints the same thing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const cixi = join(root, 'fixtures', 'cixi-2021-2025.json')
const cixi2016 = join(root, 'fixtures', 'cixi-2016-2020.json')
let tmp = ''

vi.setConfig({ testTimeout: 60_000 })

/** Runs `bedstaff evaluate` on Cixi with `TMPDIR` set to `dir`. */
function evaluate(dir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, 'evaluate', cixi, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: dir, ...env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const cacheDir = (dir: string) =>
  join(dir, `bedstaff-compile-cache-${process.getuid?.() ?? 'user'}`)
const cacheFiles = (dir: string) =>
  existsSync(cacheDir(dir)) ? readdirSync(cacheDir(dir)).filter((f) => f.endsWith('.bin')) : []

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root })
  tmp = mkdtempSync(join(tmpdir(), 'bedstaff-launch-'))
}, 120_000)

afterAll(() => {
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true })
})

describe('the compile cache', () => {
  it('is written by the first run, read by the next, and the output is the same', () => {
    const dir = mkdtempSync(join(tmp, 'fresh-'))
    const first = evaluate(dir)
    expect(first.code).toBe(0)
    // Cixi 2021–2025 L143: 4.58 beds per 1,000 of 2,000,000 residents
    expect(first.stdout).toContain('"count": 9160')
    const files = cacheFiles(dir)
    expect(files).toHaveLength(1)
    const [file] = files as [string]
    const written = readFileSync(join(cacheDir(dir), file))
    expect(written.length).toBeGreaterThan(1000)
    const second = evaluate(dir)
    expect(second).toEqual(first)
    // a cache V8 took is not written again
    expect(readFileSync(join(cacheDir(dir), file)).equals(written)).toBe(true)
  })

  it('holding garbage is refused by V8, replaced, and changes nothing', () => {
    const dir = mkdtempSync(join(tmp, 'garbage-'))
    const reference = evaluate(dir)
    const [file] = cacheFiles(dir) as [string]
    writeFileSync(join(cacheDir(dir), file), Buffer.from('not compiled code'))
    const again = evaluate(dir)
    expect(again).toEqual(reference)
    expect(readFileSync(join(cacheDir(dir), file)).length).toBeGreaterThan(1000)
  })

  it('is neither read nor written when BEDSTAFF_NO_COMPILE_CACHE is set', () => {
    const dir = mkdtempSync(join(tmp, 'off-'))
    const r = evaluate(dir, { BEDSTAFF_NO_COMPILE_CACHE: '1' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('"count": 9160')
    expect(existsSync(cacheDir(dir))).toBe(false)
  })

  it('is not used in a directory others may write to', () => {
    const dir = mkdtempSync(join(tmp, 'shared-'))
    mkdirSync(cacheDir(dir), { mode: 0o777 })
    chmodSync(cacheDir(dir), 0o777)
    const r = evaluate(dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('"count": 9160')
    expect(cacheFiles(dir)).toEqual([])
  })

  it('is kept per command: another command writes its own', () => {
    const dir = mkdtempSync(join(tmp, 'commands-'))
    evaluate(dir)
    const audit = spawnSync(process.execPath, [cli, 'audit', cixi2016], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: dir },
    })
    // seed 000 (Cixi 2016–2020) L229: beds 2892 + 1611 + 2100 = 6603 against 6653 stated
    expect(audit.stdout).toContain('6603')
    const files = cacheFiles(dir)
    expect(files).toHaveLength(2)
    expect(files.filter((f) => f.startsWith('evaluate@'))).toHaveLength(1)
    expect(files.filter((f) => f.startsWith('audit@'))).toHaveLength(1)
  })

  it('of an earlier build is replaced, not kept beside the new one', () => {
    const dir = mkdtempSync(join(tmp, 'rebuilt-'))
    // a copy of the built command, whose bundle can be "rebuilt" (given another time)
    const bin = mkdtempSync(join(tmp, 'bin-'))
    for (const f of ['cli.js', 'cli-main.cjs']) copyFileSync(join(root, 'dist', f), join(bin, f))
    const runCopy = () =>
      spawnSync(process.execPath, [join(bin, 'cli.js'), 'evaluate', cixi, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: dir },
      })
    const first = runCopy()
    const [before] = cacheFiles(dir)
    utimesSync(join(bin, 'cli-main.cjs'), new Date(2020, 0, 1), new Date(2020, 0, 1))
    const second = runCopy()
    expect(second.stdout).toBe(first.stdout)
    const after = cacheFiles(dir)
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(before)
    expect(after[0]?.startsWith('evaluate@')).toBe(true)
  })

  it('that cannot be made (the temporary directory is a file) leaves the command working', () => {
    const file = join(tmp, 'not-a-directory')
    writeFileSync(file, '')
    const r = evaluate(file)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('"count": 9160')
    expect(r.stderr).toBe('')
  })
})
