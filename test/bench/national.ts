/**
 * The national sweep: 2,844 synthetic county plans (Cixi 2021–2025 with its own resident
 * population and its own rule values, drawn at random) × 1,000 scenarios each (the population
 * and three rule values moved), every rule an output, counted on worker threads with
 * `sweepPlansParallel`, per-plan percentiles streamed back. Plans and scenarios are made as
 * the workers ask for them, so memory stays flat. Prints one JSON line: time, cases, cases per
 * second per thread, CPU time of the whole process (every thread: on a shared machine, what
 * the run would take on idle cores), peak and sampled memory.
 *
 * Run (bundled by load.ts): `node national.mjs <worker module> [plans] [scenarios] [threads]`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SweepCase } from '../../src/plan/compile/decimal-case.js'
import { sweepPlansParallel } from '../../src/plan/index.js'

const [worker, plansArg, scenariosArg, threadsArg] = process.argv.slice(2)
const PLANS = Number(plansArg ?? 2844)
const SCENARIOS = Number(scenariosArg ?? 1000)
const THREADS = Number(threadsArg ?? 2)
const root = join(import.meta.dirname ?? '.', '..', '..')
const cixiText = readFileSync(
  join(process.env.BEDSTAFF_ROOT ?? root, 'fixtures', 'cixi-2021-2025.json'),
  'utf8',
)

/** mulberry32: a seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/**
 * Cixi as JSON text with holes where a county's numbers go: the resident population and each
 * rule value (shares kept). A county is the text with its numbers in the holes, so that
 * making one costs next to nothing and the workers parse it (jobs may give plans as JSON text).
 */
const HOLE = '\u0000hole\u0000'
const cixi = JSON.parse(cixiText)
const planned: number[] = []
for (const b of cixi.bases) if (b.id === 'resident-2025') b.value = HOLE
for (const r of cixi.rules) {
  if (typeof r.value !== 'string' || r.type === 'share') continue
  planned.push(Number(r.value))
  r.value = HOLE
}
const pieces = JSON.stringify(cixi).split(JSON.stringify(HOLE).slice(1, -1))

/** County k: Cixi with its own population and rule values (±20%), as JSON text. */
function county(k: number): { plan: string; population: number } {
  const rand = random(k + 1)
  const population = Math.round(150_000 + rand() * 2_850_000)
  const numbers = [String(population), ...planned.map((v) => (v * (0.8 + rand() * 0.4)).toFixed(3))]
  let text = (pieces[0] as string).replace('"cixi-2021-2025"', `"county-${k}"`)
  numbers.forEach((n, i) => {
    text += n + (pieces[i + 1] as string)
  })
  return { plan: text, population }
}

/** Rule values a scenario picks from: 3.50 to 5.99 beds, 3.00 to 4.99 nurses, 1:0.90 to 1:1.39. */
const levels = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => (from + i / 100).toFixed(2))
const BEDS = levels(3.5, 250)
const NURSES = levels(3, 200)
const RATIOS = levels(0.9, 50)
const pick = (list: readonly string[], u: number) => list[Math.floor(u * list.length)] as string

/** The scenarios of a county: its population ±10%, beds, nurses and the 1:x ratio moved. */
function scenarios(k: number, population: number): SweepCase[] {
  const rand = random(1_000_000 + k)
  return Array.from({ length: SCENARIOS }, () => ({
    populations: { 'resident-2025': Math.round(population * (0.9 + rand() * 0.2)) },
    values: {
      'beds-per-1000': pick(BEDS, rand()),
      'nurses-per-1000': pick(NURSES, rand()),
      'physician-nurse-ratio': pick(RATIOS, rand()),
    },
  }))
}

function* jobs() {
  for (let k = 0; k < PLANS; k++) {
    const { plan, population } = county(k)
    yield { plan, cases: scenarios(k, population) }
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const samples: number[] = []
const cpu = process.cpuUsage()
const started = performance.now()
let cases = 0
let plans = 0
let checksum = 0
for await (const r of sweepPlansParallel(jobs(), {
  threads: THREADS,
  percentiles: true,
  ...(worker ? { worker } : {}),
})) {
  plans++
  cases += r.cases
  checksum += r.percentiles?.[0]?.p50 ?? 0
  if (plans % Math.ceil(PLANS / 8) === 0) samples.push(mb(process.memoryUsage().rss))
}
const seconds = (performance.now() - started) / 1000
const used = process.cpuUsage(cpu)
const cpuSeconds = (used.user + used.system) / 1e6
console.log(
  JSON.stringify({
    plans,
    scenarios: SCENARIOS,
    cases,
    threads: THREADS,
    seconds,
    casesPerSecondPerThread: cases / seconds / THREADS,
    cpuSeconds,
    casesPerCpuSecond: cases / cpuSeconds,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssSamplesMB: samples,
    checksum,
  }),
)
