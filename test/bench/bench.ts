/**
 * `npm run bench`: what exactness costs, measured in one run on this machine. Prints a table
 * and a final JSON line. Times are medians of repeated batches after a warm-up; ratios are
 * against baselines measured in the same run, so a busy machine moves both alike.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { auditPlan } from '../../src/audit/index.js'
import { createSweep, evaluatePlan, loadPlan } from '../../src/plan/index.js'
import { handWrittenDecimal, plainFloats } from './baselines.js'
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

/** Median milliseconds per call of `fn`, over `batches` batches of `n` calls after a warm-up. */
function time(fn: () => unknown, n: number, batches = 9): number {
  for (let i = 0; i < n; i++) fn()
  const per: number[] = []
  for (let b = 0; b < batches; b++) {
    const t = performance.now()
    for (let i = 0; i < n; i++) fn()
    per.push((performance.now() - t) / n)
  }
  per.sort((x, y) => x - y)
  return per[Math.floor(per.length / 2)] as number
}

const cixiJson = read('cixi-2021-2025')
const cixi = loadPlan(cixiJson)

// The three evaluations must agree where they compute the same thing.
const lib = new Map(evaluatePlan(cixi).rules.map((r) => [r.rule, r.count]))
const hand = handWrittenDecimal(cixiJson)
const floats = plainFloats(cixiJson)
const disagree = [...hand].filter(([id, c]) => c !== null && lib.get(id) !== c).map(([id]) => id)
if (disagree.length > 0)
  throw new Error(`hand-written decimal.js disagrees with the library on ${disagree.join(', ')}`)
const floatWrong = [...hand]
  .filter(
    ([id, c]) =>
      c !== null && floats.get(id) !== undefined && floats.get(id) !== null && floats.get(id) !== c,
  )
  .map(([id]) => id)

const evaluateLibrary = time(() => evaluatePlan(cixi), 200)
const evaluateHand = time(() => handWrittenDecimal(cixiJson), 200)
const evaluateFloat = time(() => plainFloats(cixiJson), 2000)
const loadCixi = time(() => loadPlan(structuredClone(cixiJson)), 50)

const plans = SEEDS.map((id) => loadPlan(read(id)))
const auditFive = time(() => {
  for (const p of plans) auditPlan(p)
}, 20)

// Sweep: 100,000 scenarios with varied populations and rates, one core.
const SCENARIOS = 100_000
const headline = [
  'beds-per-1000',
  'physicians-per-1000',
  'nurses-per-1000',
  'ambulances-per-30000',
  'negative-pressure-ambulances',
]
const sweepRun = (outputs?: string[], count = SCENARIOS) => {
  const sweep = createSweep(cixi, outputs ? { outputs } : {})
  const t = performance.now()
  for (let i = 0; i < count; i++) {
    sweep({
      populations: { 'resident-2025': String(1_800_000 + ((i * 7919) % 400_000)) },
      values: {
        'beds-per-1000': (4 + (i % 100) / 100).toFixed(2),
        'nurses-per-1000': (3.8 + (i % 50) / 100).toFixed(2),
      },
    })
  }
  return count / ((performance.now() - t) / 1000)
}
sweepRun(headline, 5000)
const sweepHeadline = sweepRun(headline)
const sweepAllRules = sweepRun(undefined, 20_000)

// Cold start of the command, a fresh process each time.
const cli = join(root, 'dist', 'cli.js')
const coldStarts: number[] = []
for (let i = 0; i < 7; i++) {
  const t = performance.now()
  execFileSync(
    process.execPath,
    [cli, 'evaluate', join(root, 'fixtures', 'cixi-2021-2025.json'), '--format', 'json'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  coldStarts.push(performance.now() - t)
}
coldStarts.sort((a, b) => a - b)
const coldStart = coldStarts[3] as number

// Bundle sizes as users pay them: from the packed tarball, minified, dependencies included.
const sizes = await measureSizes(root)

const figures = {
  evaluateLibraryMs: evaluateLibrary,
  evaluateHandWrittenDecimalMs: evaluateHand,
  evaluatePlainFloatMs: evaluateFloat,
  libraryOverHandWritten: evaluateLibrary / evaluateHand,
  floatRulesWrong: floatWrong,
  loadAndValidateMs: loadCixi,
  auditFiveFixturesMs: auditFive,
  sweepScenariosPerSecondHeadline: Math.round(sweepHeadline),
  sweepScenariosPerSecondAllRules: Math.round(sweepAllRules),
  cliColdStartMs: coldStart,
  bundleMinifiedBytes: Object.fromEntries(sizes.map((r) => [r.name, r.bytes])),
  node: process.version,
}
const targets = {
  libraryOverHandWritten: figures.libraryOverHandWritten <= 2,
  auditFiveFixturesMs: figures.auditFiveFixturesMs <= 50,
  sweepScenariosPerSecond: figures.sweepScenariosPerSecondHeadline >= 10_000,
  cliColdStartMs: figures.cliColdStartMs <= 500,
  bundleBudgets: sizes.every((r) => r.budget === null || r.bytes <= r.budget),
}
const row = (name: string, value: string, target = '') =>
  console.log(`${name.padEnd(52)} ${value.padStart(14)}  ${target}`)
const ms = (v: number) => `${v.toFixed(3)} ms`
console.log('bedstaff benchmark (medians; one core)\n')
row('evaluate Cixi 2021–2025: library', ms(evaluateLibrary))
row('evaluate Cixi 2021–2025: hand-written decimal.js', ms(evaluateHand))
row(
  'evaluate Cixi 2021–2025: plain floats (reference)',
  ms(evaluateFloat),
  `wrong on: ${floatWrong.join(', ') || 'none'}`,
)
row(
  'library / hand-written decimal.js',
  `${figures.libraryOverHandWritten.toFixed(2)}×`,
  '(target ≤ 2.0×)',
)
row('load and validate Cixi (zod)', ms(loadCixi))
row('audit the five seed fixtures (warm)', ms(auditFive), '(target ≤ 50 ms)')
row(
  'sweep 100,000 scenarios, 5 headline outputs',
  `${figures.sweepScenariosPerSecondHeadline}/s`,
  '(target ≥ 10,000/s)',
)
row('sweep 20,000 scenarios, every rule as output', `${figures.sweepScenariosPerSecondAllRules}/s`)
row('CLI cold start: bedstaff evaluate (Cixi)', ms(coldStart), '(target ≤ 500 ms)')
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
