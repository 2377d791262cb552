/**
 * `npm run bench`: what exactness costs, measured in one run on this machine. Prints a table
 * and a final JSON line. The library and the hand-written baselines are bundled alike by
 * esbuild (load.ts) and timed in alternating batches; figures are medians, and the ratios are
 * of timings taken in the same run, so a busy machine moves both sides alike. Nothing here is
 * asserted as a test: the targets are printed, met or not.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { SweepCase } from '../../src/plan/compile/decimal-case.js'
import { auditScale } from './audit-scale.js'
import { bundles } from './load.js'
import { measureSizes } from './sizes.js'

const root = join(import.meta.dirname, '..', '..')
const read = (id: string) => JSON.parse(readFileSync(join(root, 'fixtures', `${id}.json`), 'utf8'))
const SEEDS = [
  'cixi-2021-2025',
  'cixi-2016-2020',
  'longhu-2016-2020',
  'fenghua-2021-2025',
  'haishu-2021-2025',
]
const { lib, worker, national, dir } = await bundles(root)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
/** CPU milliseconds of this process so far (every thread): steadier than the clock when the
 * machine is shared, since time spent waiting for a core is not counted. */
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
/** Median CPU milliseconds per call of each function, timed in alternating batches of `n` calls. */
function timeTogether(fns: readonly (() => unknown)[], n: number, batches = 9): number[] {
  const per = fns.map(() => [] as number[])
  for (const fn of fns) for (let i = 0; i < n; i++) fn()
  for (let b = 0; b < batches; b++) {
    fns.forEach((fn, k) => {
      const t = cpuMs()
      for (let i = 0; i < n; i++) fn()
      per[k]?.push((cpuMs() - t) / n)
    })
  }
  return per.map(median)
}

// 1. evaluatePlan against the fair hand-written decimal.js evaluation (the same result).
const cixiJson = read('cixi-2021-2025')
const cixi = lib.loadPlan(cixiJson)
const same = isDeepStrictEqual(
  JSON.parse(JSON.stringify(lib.evaluatePlan(cixi))),
  JSON.parse(JSON.stringify(lib.handWrittenDecimal(cixiJson))),
)
if (!same)
  throw new Error('the hand-written baseline does not give the evaluation evaluatePlan gives')
const [evaluateMs, handMs] = timeTogether(
  [() => lib.evaluatePlan(cixi), () => lib.handWrittenDecimal(cixiJson)],
  100,
  25,
) as [number, number]

// 2. Sweeps of Cixi, every rule an output: the same cases through each implementation.
const cases: SweepCase[] = Array.from({ length: 20_000 }, (_, i) => ({
  populations: {
    'resident-2025': i % 97 === 0 ? '1800000' : String(1_500_000 + ((i * 7919) % 1_000_000)),
  },
  values: {
    'beds-per-1000': (4 + (i % 150) / 100).toFixed(2),
    'beds-specialist-per-1000': i % 3 === 0 ? '1.08' : (1 + (i % 20) / 100).toFixed(2),
    'negative-pressure-ambulances': `${15 + (i % 16)}%`,
    'physician-nurse-ratio': (1 + (i % 40) / 100).toFixed(2),
  },
}))
const compiled = lib.compilePlan(cixi).evaluator()
const sweep = lib.createSweep(cixi)
const decimalPath = lib.decimalSweep(cixi)
const byHand = lib.decimalJsSweep(cixiJson)
const byFloat = lib.floatSweep(cixiJson)
const few = cases.slice(0, 2000)
let mismatches = 0
let floatWrong = 0
cases.forEach((c, i) => {
  const want = JSON.stringify(compiled(c))
  if (JSON.stringify(byHand(c)) !== want || JSON.stringify(sweep(c)) !== want) mismatches++
  if (i < few.length && JSON.stringify(decimalPath(c)) !== want) mismatches++
  if (JSON.stringify(byFloat(c)) !== want) floatWrong++
})
const out = compiled(cases[0] as SweepCase)
const each = (fn: (c: SweepCase) => unknown, list: readonly SweepCase[]) => () => {
  for (const c of list) fn(c)
}
const [compiledMs, sweepMs, handSweepMs, floatMs] = (
  timeTogether(
    [
      each((c) => compiled(c, out), cases),
      each(sweep, cases),
      each(byHand, cases),
      each(byFloat, cases),
    ],
    1,
    5,
  ) as number[]
).map((t) => t / cases.length) as [number, number, number, number]
const [decimalPathMs] = timeTogether([each(decimalPath, few)], 1, 5).map((t) => t / few.length) as [
  number,
]

// 3. The national sweep, in a process of its own (its peak memory is its own).
const nationalRun = JSON.parse(
  execFileSync(process.execPath, [national, worker, '2844', '1000', '2'], {
    env: { ...process.env, BEDSTAFF_ROOT: root },
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString(),
)

// 4. Cold start of the command, and of Node itself, whole processes, alternating. One run first,
// as a user's first run: it writes the compile cache the runs after it start from.
const evaluateCixi = [
  join(root, 'dist', 'cli.js'),
  'evaluate',
  join(root, 'fixtures', 'cixi-2021-2025.json'),
]
execFileSync(process.execPath, evaluateCixi, { stdio: 'ignore' })
const starts: number[][] = [[], []]
for (let i = 0; i < 7; i++) {
  for (const [k, args] of [evaluateCixi, ['-e', '0']].entries()) {
    const t = performance.now()
    execFileSync(process.execPath, args as string[], { stdio: ['ignore', 'ignore', 'inherit'] })
    starts[k]?.push(performance.now() - t)
  }
}
const [cliMs, nodeMs] = starts.map(median) as [number, number]

// 5. Loading, auditing and bundle sizes.
const [loadMs] = timeTogether([() => lib.loadPlan(structuredClone(cixiJson))], 20, 5) as [number]
const plans = SEEDS.map((id) => lib.loadPlan(read(id)))
const auditAll = () => {
  for (const p of plans) lib.auditPlan(p)
}
const [auditMs] = timeTogether([auditAll], 5, 5) as [number]
let sizes: Awaited<ReturnType<typeof measureSizes>> = []
try {
  sizes = await measureSizes(root)
} catch (e) {
  console.error(`bundle sizes not measured: ${e instanceof Error ? e.message.split('\n')[0] : e}`)
}
rmSync(dir, { recursive: true, force: true })

const figures = {
  evaluateLibraryMs: evaluateMs,
  evaluateFairDecimalJsMs: handMs,
  evaluateOverFairBaseline: evaluateMs / handMs,
  sweepCompiledUs: compiledMs * 1000,
  sweepCompiledCasesPerSecond: Math.round(1000 / compiledMs),
  sweepCreateSweepUs: sweepMs * 1000,
  sweepDecimalPathUs: decimalPathMs * 1000,
  sweepHandDecimalJsUs: handSweepMs * 1000,
  sweepFloatUs: floatMs * 1000,
  evaluatePlanOverCompiledCase: evaluateMs / compiledMs,
  sweepMismatches: mismatches,
  sweepCasesCompared: cases.length,
  floatCasesWrong: floatWrong,
  national: nationalRun,
  cliColdStartMs: cliMs,
  nodeColdStartMs: nodeMs,
  loadAndValidateMs: loadMs,
  auditFiveFixturesMs: auditMs,
  bundleMinifiedBytes: Object.fromEntries(sizes.map((r) => [r.name, r.bytes])),
  node: process.version,
}
const targets = {
  evaluateOverFairBaseline: figures.evaluateOverFairBaseline <= 1.3,
  compiledOverEvaluatePlan: figures.evaluatePlanOverCompiledCase >= 50,
  compiledCasesPerSecond: figures.sweepCompiledCasesPerSecond >= 100_000,
  sweepMismatches: mismatches === 0,
  nationalSeconds: nationalRun.seconds < 60,
  coldStartOverNode: cliMs / nodeMs <= 2.5,
  auditFiveFixturesMs: auditMs <= 50,
  bundleBudgets: sizes.every((r) => r.budget === null || r.bytes <= r.budget),
}
const row = (name: string, value: string, note = '') =>
  console.log(`${name.padEnd(58)} ${value.padStart(14)}  ${note}`)
const ms = (v: number) => `${v.toFixed(3)} ms`
const us = (v: number) => `${(v * 1000).toFixed(2)} µs`
const x = (v: number) => `${v.toFixed(2)}×`
console.log(
  'bedstaff benchmark (medians of CPU time, except the national sweep and cold starts: wall clock;\n library and baselines bundled alike by esbuild; on a shared machine, compare the ratios)\n',
)
row('evaluate Cixi 2021–2025: evaluatePlan', ms(evaluateMs))
row('evaluate Cixi 2021–2025: hand-written decimal.js (same result)', ms(handMs))
row('  evaluatePlan / hand-written', x(evaluateMs / handMs), '(goal ≤ 1.30×)')
console.log(`\nsweep Cixi, every rule an output, ${cases.length} cases (per case)`)
row(
  'compiled (compilePlan evaluator)',
  us(compiledMs),
  `${figures.sweepCompiledCasesPerSecond}/s (goal ≥ 100,000/s)`,
)
row('createSweep (compiled, arrays with null)', us(sweepMs), x(sweepMs / compiledMs))
row(
  'decimal path (runner, reusing untouched rules)',
  us(decimalPathMs),
  x(decimalPathMs / compiledMs),
)
row('hand-written decimal.js, counts only', us(handSweepMs), x(handSweepMs / compiledMs))
row(
  'floats, counts only (reference)',
  us(floatMs),
  `${x(floatMs / compiledMs)}, wrong in ${floatWrong} cases`,
)
row('evaluatePlan / compiled case', x(evaluateMs / compiledMs), '(goal ≥ 50×)')
row(
  'mismatches: compiled vs decimal.js, createSweep, decimal path',
  String(mismatches),
  '(must be 0)',
)
const n = nationalRun
console.log(
  `\nnational: ${n.plans} county plans × ${n.scenarios} scenarios on ${n.threads} worker threads`,
)
row('time', `${n.seconds.toFixed(1)} s`, '(goal < 60 s)')
row('cases per second per thread', String(Math.round(n.casesPerSecondPerThread)))
row(
  'CPU time, every thread (÷ threads: on idle cores)',
  `${n.cpuSeconds.toFixed(1)} s`,
  `${(n.cpuSeconds / n.threads).toFixed(1)} s on ${n.threads} idle cores; ${Math.round(n.casesPerCpuSecond)} cases per CPU-second`,
)
row('peak memory (whole process)', `${n.peakRssMB} MB`, `sampled: ${n.rssSamplesMB.join(', ')} MB`)
console.log('\ncold start, whole processes')
row(
  'bedstaff evaluate fixtures/cixi-2021-2025.json',
  ms(cliMs),
  `${x(cliMs / nodeMs)} node (goal ≤ 2.50×; medians of 7 runs after one that writes the compile cache)`,
)
row('node -e 0', ms(nodeMs))
console.log('')
row('load and validate Cixi (zod)', ms(loadMs))
row('audit the five seed fixtures (warm)', ms(auditMs), '(target ≤ 50 ms)')
const scale = auditScale(root)
row(
  'audit Cixi 2021–2025 with its figures ×10, against once',
  `${scale.ratio.toFixed(1)}×`,
  '(target < 20×)',
)
console.log('\nbundles of the packed tarball (esbuild, browser, minified, dependencies included)')
for (const r of sizes) {
  const budget =
    r.budget === null
      ? ''
      : `(budget ≤ ${r.budget / 1024} KB${r.bytes <= r.budget ? '' : ', over'})`
  row(r.name, `${(r.bytes / 1024).toFixed(1)} KB`, budget)
  console.log(`  ${r.byPackage.join(', ')}`)
}
console.log(JSON.stringify({ bench: figures, targetsMet: targets }))
