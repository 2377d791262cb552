/**
 * Bundle sizes as users pay them: the packed tarball installed into a fresh project, then each
 * use bundled by esbuild for the browser, minified, with its dependencies (decimal.js, zod)
 * included. One row per use, against its budget; decimal.js alone is bundled for reference.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

/** One measured use of the package. */
export interface SizeRow {
  readonly name: string
  /** Minified bytes of the bundle, dependencies included. */
  readonly bytes: number
  /** The budget in bytes, or `null` for a reference row. */
  readonly budget: number | null
  /** Bytes of the bundle by package, largest first: `decimal.js 31.3 KB`, … */
  readonly byPackage: readonly string[]
}

const KB = 1024

/** What a user writes, and what it may cost. */
const USES: readonly { name: string; budget: number | null; code: string }[] = [
  {
    name: '{ base, rate, totalFromRate } from bedstaff',
    budget: 25 * KB,
    code: `import { base, rate, totalFromRate } from 'bedstaff'
const total = totalFromRate(
  rate('beds', '4.58', { per: 1000, base: 'resident' }),
  base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
  { rounding: 'ceil' },
)
console.log(total.count)`,
  },
  {
    name: '{ parseNorm } from bedstaff/norm',
    budget: 40 * KB,
    code: "import { parseNorm } from 'bedstaff/norm'\nconsole.log(parseNorm('每千常住人口4.58张'))",
  },
  {
    name: 'evaluatePlan (bedstaff/plan) + auditPlan (bedstaff/audit)',
    budget: 200 * KB,
    code: `import { evaluatePlan } from 'bedstaff/plan'
import { auditPlan } from 'bedstaff/audit'
export const run = (plan) => [evaluatePlan(plan), auditPlan(plan)]`,
  },
  {
    name: 'decimal.js alone (reference)',
    budget: null,
    code: "import Decimal from 'decimal.js'\nconsole.log(new Decimal(1).plus(2).toString())",
  },
]

/** Packs the package at `root`, installs it into a fresh project, and bundles each use. */
export async function measureSizes(root: string): Promise<SizeRow[]> {
  const project = mkdtempSync(join(tmpdir(), 'bedstaff-size-'))
  try {
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] }
    execFileSync('npm', ['pack', '--silent', '--pack-destination', project], {
      cwd: root,
      ...quiet,
    })
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack made no tarball')
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'size', version: '1.0.0', private: true, type: 'module' }),
    )
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', `./${tarball}`], {
      cwd: project,
      ...quiet,
    })
    const rows: SizeRow[] = []
    for (const use of USES) {
      const result = await build({
        stdin: { contents: use.code, resolveDir: project, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
      })
      const [output] = Object.values(result.metafile.outputs)
      const packages = new Map<string, number>()
      for (const [file, input] of Object.entries(output?.inputs ?? {})) {
        const name = packageOf(file)
        packages.set(name, (packages.get(name) ?? 0) + input.bytesInOutput)
      }
      const byPackage = [...packages]
        .filter(([, bytes]) => bytes > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => `${name} ${(bytes / KB).toFixed(1)} KB`)
      const bytes = result.outputFiles[0]?.contents.length ?? 0
      rows.push({ name: use.name, bytes, budget: use.budget, byPackage })
    }
    return rows
  } finally {
    rmSync(project, { recursive: true, force: true })
  }
}

/** The package a bundled file comes from (`node_modules/zod/v4/core/api.js`: zod). */
function packageOf(file: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)
  return m?.[1] ?? 'the example'
}
