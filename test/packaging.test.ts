/**
 * The packed tarball, installed into a fresh project, as users get it: ES module and CommonJS
 * consumers run the README's example (Cixi 2021–2025, line 143: 4.58 beds per 1,000 of
 * 2,000,000 residents is 9160), TypeScript consumers type-check under each module setting
 * users pick, with the library's own declarations checked too (`skipLibCheck: false`), and
 * the shipped fixtures resolve through the package.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
let project = ''

/** The README's example, as a consumer writes it. */
const example = (importLine: string) => `${importLine}
const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const total = totalFromRate(beds, residents, { rounding: 'ceil' })
console.log(total.count)
`

const node = (file: string) =>
  execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }).trim()

/** The module settings a consumer may choose: `module` and `moduleResolution` for tsc. */
const SETTINGS = [
  ['nodenext', 'nodenext'],
  ['node16', 'node16'],
  ['esnext', 'bundler'],
] as const

/** Runs tsc on `files` of the consumer project; its output when it fails, '' when clean. */
function typeCheck(module: string, resolution: string, files: string[]): string {
  const flags = ['--noEmit', '--strict', '--target', 'es2022', '--skipLibCheck', 'false']
  flags.push('--resolveJsonModule')
  try {
    execFileSync(
      process.execPath,
      [tsc, ...flags, '--module', module, '--moduleResolution', resolution, ...files],
      { cwd: project, encoding: 'utf8' },
    )
    return ''
  } catch (e) {
    return String((e as { stdout?: string }).stdout)
  }
}

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
    expect(node('esm.mjs')).toBe('9160')
  })

  it('a CommonJS consumer requires it and prints 9160', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      example("const { base, rate, totalFromRate } = require('bedstaff')"),
    )
    expect(node('cjs.cjs')).toBe('9160')
  })

  it('every entry loads from ESM and CommonJS, and the plan entry evaluates a shipped fixture', () => {
    const uses = `const ev = plan.evaluatePlan(fixture)
console.log(ev.rules.find((r) => r.rule === 'beds-per-1000').count, Object.keys(norm).length > 0, typeof audit.auditPlan, typeof scenario.loadScenario, typeof report.renderEvaluation, typeof csv.csvTable)
`
    writeFileSync(
      join(project, 'entries.mjs'),
      `import * as plan from 'bedstaff/plan'
import * as norm from 'bedstaff/norm'
import * as audit from 'bedstaff/audit'
import * as scenario from 'bedstaff/scenario'
import * as report from 'bedstaff/report'
import * as csv from 'bedstaff/csv'
import fixture from 'bedstaff/fixtures/cixi-2021-2025.json' with { type: 'json' }
${uses}`,
    )
    writeFileSync(
      join(project, 'entries.cjs'),
      `const [plan, norm, audit, scenario, report, csv] = ['plan', 'norm', 'audit', 'scenario', 'report', 'csv'].map((e) => require(\`bedstaff/\${e}\`))
const fixture = require('bedstaff/fixtures/cixi-2021-2025.json')
${uses}`,
    )
    // Cixi 2021–2025, line 143: 9160 beds
    const want = '9160 true function function function function'
    expect(node('entries.mjs')).toBe(want)
    expect(node('entries.cjs')).toBe(want)
  })

  it('an error thrown by one build is recognised by the other through isBedstaffError', () => {
    writeFileSync(
      join(project, 'dual.mjs'),
      `import { createRequire } from 'node:module'
import { BedstaffError, isBedstaffError, toDecimal } from 'bedstaff'
const cjs = createRequire(import.meta.url)('bedstaff')
let e
try { cjs.toDecimal('4,58') } catch (x) { e = x }
console.log(e instanceof BedstaffError, isBedstaffError(e), e.code, cjs.isBedstaffError(new Error('x')))
`,
    )
    expect(node('dual.mjs')).toBe('false true invalid-number false')
  })

  it('the fixtures resolve through the package, from ESM and CommonJS', () => {
    writeFileSync(
      join(project, 'fixture.mjs'),
      `import plan from 'bedstaff/fixtures/cixi-2021-2025.json' with { type: 'json' }
console.log(plan.id, import.meta.resolve('bedstaff/fixtures/norms/gangyao-2015-2020.json').endsWith('/node_modules/bedstaff/fixtures/norms/gangyao-2015-2020.json'))
`,
    )
    writeFileSync(
      join(project, 'fixture.cjs'),
      "console.log(require('bedstaff/fixtures/cixi-2021-2025.json').id)\n",
    )
    expect(node('fixture.mjs')).toBe('cixi-2021-2025 true')
    expect(node('fixture.cjs')).toBe('cixi-2021-2025')
  })

  it.each(SETTINGS)(
    'a TypeScript consumer type-checks under module %s, resolution %s, libraries checked too',
    (module, resolution) => {
      writeFileSync(
        join(project, 'consumer.ts'),
        `${example("import { base, rate, totalFromRate, type TotalFromRate } from 'bedstaff'")}
import { Dec, type Dec as Decimal, isBedstaffError } from 'bedstaff'
import { auditPlan, type Finding } from 'bedstaff/audit'
import { csvTable } from 'bedstaff/csv'
import { parseNorm } from 'bedstaff/norm'
import { evaluatePlan, type Plan, planJsonSchema, type Rule } from 'bedstaff/plan'
import { totalGrid } from 'bedstaff/report'
import { loadScenario, type Scenario } from 'bedstaff/scenario'
import fixture from 'bedstaff/fixtures/cixi-2021-2025.json'
const typed: TotalFromRate<'beds', 'resident'> = total
// a Dec is a decimal, not any: a number is not one
const d: Decimal = new Dec('4.58').times(2000)
// @ts-expect-error a number is not a Dec
const wrong: Decimal = 9160
const e: unknown = null
const code: string | false = isBedstaffError(e) && e.code
// the types of the other entries, used as a consumer uses them
const plan: Plan = fixture as unknown as Plan
const rules: readonly Rule[] = plan.rules
const count: number | null | undefined = evaluatePlan(plan).rules[0]?.count
const findings: readonly Finding[] = auditPlan(plan).findings
const scenario: Scenario = loadScenario({ id: 'low' })
const csv: string = csvTable(totalGrid(total, 'en'), 'en')
const schema: unknown = planJsonSchema().properties
const norm: string = parseNorm('每千常住人口4.58张').form
export { code, count, csv, d, findings, norm, rules, scenario, schema, typed, wrong }
`,
      )
      expect(typeCheck(module, resolution, ['consumer.ts'])).toBe('')
    },
    120_000,
  )

  it('a unit mix-up does not type-check', () => {
    writeFileSync(
      join(project, 'wrong.ts'),
      `import { base, rate, totalFromRate } from 'bedstaff'
const gp = rate('gps', '5.0', { per: 10000, base: 'registered' })
totalFromRate(gp, base.resident(1, { year: 2025, vintage: 'derived' }), { rounding: 'ceil' })
export {}
`,
    )
    // a per-registered rate given a resident base
    expect(typeCheck('nodenext', 'nodenext', ['wrong.ts'])).toMatch(
      /wrong\.ts\(3,\d+\): error TS2345: .*"resident".* not assignable .*"registered"/,
    )
  }, 120_000)

  it('the package ships its bin, its changelog and only what users need', () => {
    const files = execFileSync(npm, ['pack', '--dry-run', '--json'], {
      cwd: root,
      encoding: 'utf8',
    })
    const paths = (JSON.parse(files)[0].files as { path: string }[]).map((f) => f.path)
    expect(paths).toContain('dist/cli.js')
    expect(paths).toContain('dist/index.d.cts')
    expect(paths).toContain('CHANGELOG.md')
    expect(paths).toContain('fixtures/cixi-2021-2025.json')
    // the `npm start` demo runs from a clone only
    expect(paths).not.toContain('dist/cli-start.js')
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/'))).toEqual([])
  })
})
