import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let project = ''

/** The README's example, as a consumer writes it. */
const example = (importLine: string) => `${importLine}
const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const total = totalFromRate(beds, residents, { rounding: 'ceil' })
console.log(total.count)
`

describe('the packed tarball, installed into a fresh project', () => {
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'bedstaff-consumer-'))
    execFileSync(npm, ['pack', '--silent', '--pack-destination', project], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack made no tarball')
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
    )
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--silent', join(project, tarball)], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
  }, 180_000)

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true })
  })

  it('an ESM consumer imports it and prints 9160', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      example("import { base, rate, totalFromRate } from 'bedstaff'"),
    )
    expect(
      execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }).trim(),
    ).toBe('9160')
  })

  it('a CommonJS consumer requires it and prints 9160', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      example("const { base, rate, totalFromRate } = require('bedstaff')"),
    )
    expect(
      execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }).trim(),
    ).toBe('9160')
  })

  it('a TypeScript consumer type-checks with tsc --noEmit, and a unit mix-up does not', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `${example("import { base, rate, totalFromRate, type TotalFromRate } from 'bedstaff'")}
const typed: TotalFromRate<'beds', 'resident'> = total
export {}
`,
    )
    writeFileSync(
      join(project, 'wrong.ts'),
      `import { base, rate, totalFromRate } from 'bedstaff'
const gp = rate('gps', '5.0', { per: 10000, base: 'registered' })
totalFromRate(gp, base.resident(1, { year: 2025, vintage: 'derived' }), { rounding: 'ceil' })
export {}
`,
    )
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    const flags = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      'false',
    ]
    execFileSync(process.execPath, [tsc, ...flags, 'consumer.ts'], {
      cwd: project,
      encoding: 'utf8',
    })
    let report = ''
    try {
      execFileSync(process.execPath, [tsc, ...flags, 'wrong.ts'], {
        cwd: project,
        encoding: 'utf8',
      })
    } catch (e) {
      report = String((e as { stdout?: string }).stdout)
    }
    // a per-registered rate given a resident base
    expect(report).toMatch(
      /wrong\.ts\(3,\d+\): error TS2345: .*"resident".* not assignable .*"registered"/,
    )
  }, 120_000)

  it('the package ships its bin, and only what users need', () => {
    const files = execFileSync(npm, ['pack', '--dry-run', '--json'], {
      cwd: root,
      encoding: 'utf8',
    })
    const paths = (JSON.parse(files)[0].files as { path: string }[]).map((f) => f.path)
    expect(paths).toContain('dist/cli.js')
    expect(paths).toContain('dist/index.d.cts')
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/'))).toEqual([])
  })
})
