/**
 * Misuse: every public function of every entry of package.json is called with hostile values in
 * every argument position, the others valid (VALID, from its documented example; a function
 * without one is listed as a failure). Each call returns clean values (no NaN, ±Infinity, -0 or
 * undefined) or throws a BedstaffError. The functions are read at run time: a new export is
 * called without anyone adding it. Left out: `kernels.*`, the Dec-in, Dec-out arithmetic that
 * trusts its arguments by design (the derivations validate, then call it, so sweeps pay nothing
 * per case), and `Dec`, decimal.js's constructor, whose errors are decimal.js's.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BedstaffError, ERROR_CODES } from '../src/errors.js'

const root = join(import.meta.dirname, '..')

/** The source module of each entry of package.json: `.` is src/index.ts, `./plan` src/plan/index.ts. */
function entrySources(): Record<string, string> {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const out: Record<string, string> = {}
  for (const [key, target] of Object.entries(exports as Record<string, unknown>)) {
    const file = JSON.stringify(target).match(/"\.\/dist\/([\w-]+)\.js"/)?.[1]
    if (file === undefined) continue
    out[key === '.' ? 'bedstaff' : `bedstaff/${key.slice(2)}`] =
      file === 'index' ? 'src/index.ts' : `src/${file}/index.ts`
  }
  return out
}

const ENTRIES = entrySources()
const modules: Record<string, Record<string, unknown>> = {}
for (const [name, file] of Object.entries(ENTRIES)) modules[name] = await import(join(root, file))
const api = Object.assign({}, ...Object.values(modules)) as Record<string, unknown>
// biome-ignore lint/suspicious/noExplicitAny: the samples are built from the library's own results
const A: any = api
type Fn = (...args: unknown[]) => unknown
/** Left out, with the reason above. */
const EXCLUDED = new Set(['kernels', 'Dec'])

/** A JSON fixture, deeply frozen: a function that writes to its input fails loudly. */
const frozen = (v: unknown): unknown => {
  if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) frozen(x)
  return typeof v === 'object' && v !== null ? Object.freeze(v) : v
}
const fixture = (path: string) => frozen(JSON.parse(readFileSync(join(root, path), 'utf8')))

// Seed 003 (Cixi 2021–2025, fixtures/cixi-2021-2025.json): 4.58 beds per 1,000 residents
// (L143) of 2,000,000 is 9160; ambulances 1 per 30,000 of 300% of residents (L706).
// loaded once: a loaded plan is taken as it is, so each call costs its own work, not validation
const plan = A.loadPlan(fixture('fixtures/cixi-2021-2025.json'))
const normSet = fixture('fixtures/norms/ambulance-standards.json')
const low = { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }
const residents = A.base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const beds = A.rate('beds', '4.58', { per: 1000, base: 'resident' })
const total = A.totalFromRate(beds, residents, { rounding: 'ceil' })
const ev = A.evaluatePlan(plan)
const audit = A.auditPlan(plan)
const comparison = A.compareScenarios(plan, [{ id: 'plan' }, low])
const grid = A.totalGrid(total, 'en')
const yearly = A.yearlyTable(plan, { id: 'plan' }, { fromYear: 2024, toYear: 2025 })
const tornado = A.sensitivity(plan, { percent: '10', outputs: ['ambulances'] })
const percentiles = A.monteCarlo(plan, { runs: 10, seed: 2025 })
const physicians = { quantity: 'physicians', value: '7300' }
const nurses = { quantity: 'nurses', value: '8400' }
const bedsRule = A.loadPlan(plan).rules.find((r: { id: string }) => r.id === 'beds-per-1000')
const compiled = A.compilePlan(A.loadPlan(plan))
const years = { year: 2025, vintage: 'derived' }
const csvBases = 'id,kind,value,year,vintage,document\nr,resident,2000000,2025,derived,003.txt\n'
const csvFacilities = `id,name,category,grade,gradePrinted,owner,document\nr,医院,general,III-A,三甲,public,003.txt`

/** Functions the public ones return, called like them. */
const RETURNED: Record<string, Fn> = {
  'createSweep(…)': A.createSweep(plan, { outputs: ['beds-per-1000'] }),
  'compilePlan(…).evaluator': compiled.evaluator,
  'compilePlan(…).evaluator(…)': compiled.evaluator({ outputs: ['beds-per-1000'] }),
}

/** One valid argument list per function, from its documented example. */
const VALID: Record<string, () => unknown[]> = {
  BedstaffError: () => ['zero-denominator', ['from'], { what: 'physicians' }],
  amountValue: () => [total, ['required']],
  applyScenario: () => [plan, low],
  auditPlan: () => [plan],
  base: () => [JSON.parse(JSON.stringify(residents))],
  'base.resident': () => [2_000_000, years],
  'base.registered': () => [2_000_000, years],
  'base.elderly': () => [205_000, { ...years, ageMin: 60 }],
  'base.children': () => [1000, { ...years, ageMin: 0, ageMax: 14 }],
  'base.service': () => [6_000_000, years],
  'base.serviceFrom': () => [residents, 3, { year: 2025 }],
  basesFromCsv: () => [csvBases],
  builtInNormSets: () => [],
  checkGrowthPlausible: () => [A.growthFraction('2%'), '2%', []],
  compareScenarios: () => [plan, [{ id: 'plan' }, low]],
  compilePlan: () => [plan],
  comparisonGrid: () => [comparison, 'en'],
  compoundMinimum: () => [
    { quantity: 'ambulances', value: '200' },
    A.share('negative-pressure-ambulances', 'ambulances', '20%'),
    2,
  ],
  contains: () => [A.printedInterval('3.00'), '3.0025'],
  convertBase: () => [residents, 'registered', { factor: '0.8' }],
  countOf: () => [A.toDecimal('56.9088'), 'ceil', ['rules', 0]],
  createSweep: () => [plan, { outputs: ['beds-per-1000'] }],
  // async generators: they check their arguments when first read, not when called (their
  // refusals are pinned in test/compile-parallel.test.ts); a call returns a generator
  csvCases: () => [[['populations.resident-2025'], ['1950000']]],
  sweepParallel: () => [plan, [{}], { threads: 1 }],
  sweepPlansParallel: () => [[{ plan, cases: [{}] }], { threads: 1 }],
  csvTable: () => [grid, 'en'],
  decimalString: () => [A.toDecimal('9160')],
  evaluatePlan: () => [plan, { year: 2025 }],
  evaluateScenario: () => [plan, low],
  evaluationGrid: () => [ev, 'rules', 'en'],
  facilitiesFromCsv: () => [csvFacilities],
  findingsGrid: () => [audit, 'zh'],
  formatPath: () => [['rules', 3, 'value']],
  gap: () => [{ quantity: 'beds', value: '9160' }, A.stock('beds', 6855), 'ge'],
  growthFraction: () => ['2%', ['growth']],
  impliedPopulation: () => [9160, beds],
  increment: () => [{ quantity: 'beds', value: '9160' }, A.stock('beds', 6855, { year: 2020 })],
  intersect: () => [[A.interval('1', '3'), A.interval('2', '5')]],
  interval: () => ['5', '6', { hiClosed: false }, ['range']],
  isBedstaffError: () => [new BedstaffError('empty-input', [])],
  linearTrajectory: () => [2020, '0.95', 2025, '1.15'],
  loadNormSet: () => [normSet],
  loadPlan: () => [plan],
  loadScenario: () => [low],
  markdownTable: () => [grid, 'zh'],
  monteCarlo: () => [plan, { runs: 10, seed: 2025 }],
  normSetJsonSchema: () => [],
  normalizeNormText: () => ['每千常住人口 ４．５８ 张'],
  parseNorm: () => ['每千常住人口4.58张'],
  perCapita: () => [beds],
  pickBand: () => [
    [
      { minFrom: null, maxFrom: '300' },
      { minFrom: '300', maxFrom: null },
    ],
    A.toDecimal(300),
  ],
  planJsonSchema: () => [],
  printedInterval: () => ['3.00', ['printed']],
  projectedBaseId: () => ['resident-2025', 2021],
  rate: () => ['beds', '4.58', { per: 1000, base: 'resident' }],
  rateFromTotal: () => [6005, residents, { per: 1000, decimals: 2, rounding: 'half-up' }],
  ratio: () => ['physicians', 'nurses', '1.15', {}],
  ratioOf: () => [physicians, nurses, { decimals: 2, rounding: 'half-up' }],
  renderAudit: () => [audit, { format: 'csv', lang: 'en' }],
  renderComparison: () => [comparison, { format: 'markdown', lang: 'zh' }],
  renderEvaluation: () => [ev, { format: 'csv', lang: 'en', tables: ['tables'] }],
  renderGrids: () => [[grid], { format: 'table', lang: 'en', width: 80 }],
  renderTotal: () => [total, { format: 'json', lang: 'en' }],
  rescale: () => [beds, 10_000],
  roundTo: () => [A.toDecimal('1.0755'), 2, 'half-up'],
  scenarioJsonSchema: () => [],
  sensitivity: () => [plan, { percent: '10', outputs: ['health-technical-staff'] }],
  share: () => ['health-technical-staff', 'staff', '70%', {}],
  shareFraction: () => ['20%', ['share']],
  stableJson: () => [{ exact: '9160', count: 9160 }],
  stock: () => ['beds', 6855, { year: 2020 }],
  sumComponents: () => [[6005, 2151, 1004], 9160],
  sumRates: () => [[beds, A.rate('beds', '10.8', { per: 10_000, base: 'resident' })]],
  textTable: () => [grid, 'en', { width: 60 }],
  throughRatio: () => [physicians, A.ratio('physicians', 'nurses', '1.15'), { rounding: 'ceil' }],
  toDecimal: () => ['4.58', ['value']],
  totalFromRate: () => [beds, residents, { rounding: 'ceil' }],
  totalGrid: () => [total, 'zh'],
  withLevel: () => [bedsRule, '5', ['rules', 0]],
  yearlyTable: () => [plan, { id: 'plan' }, { fromYear: 2024, toYear: 2025 }],
  yearlyGrid: () => [yearly, 'en'],
  sensitivityGrid: () => [tornado, 'zh'],
  monteCarloGrid: () => [percentiles, 'en'],
  sweepGrid: () => ['cixi-2021-2025', ['beds-per-1000'], [['low', [8931]]], 'en'],
  renderSummary: () => [ev, audit, { format: 'table', lang: 'zh', width: 80 }],
  renderYearly: () => [yearly, { format: 'csv', lang: 'en' }],
  renderSensitivity: () => [tornado, { format: 'table', lang: 'en' }],
  renderMonteCarlo: () => [percentiles, { format: 'markdown', lang: 'en' }],
  rulesGrid: () => [ev, 'en'],
  levelsGrid: () => [ev, 'zh'],
  headlineRules: () => [ev, ['resident-2025']],
  summaryGrid: () => [ev, 'zh', []],
  summaryText: () => [ev, audit, { lang: 'en', width: 100 }],
  selectRules: () => [ev, { rules: 'beds-*', only: 'short' }],
  'createSweep(…)': () => [{ populations: { 'resident-2025': '1950000' } }],
  'compilePlan(…).evaluator': () => [{ outputs: ['beds-per-1000'] }],
  'compilePlan(…).evaluator(…)': () => [{ populations: { 'resident-2025': '1800000' } }],
}

/** The hostile values, made fresh for each call (a function may write to what it is given). */
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['-0', () => -0],
  ['1.5', () => 1.5],
  ['10n', () => 10n],
  ['Symbol()', () => Symbol()],
  ['a function', () => () => 1],
  ['[]', () => []],
  ['{}', () => ({})],
  ["''", () => ''],
  ['new Date()', () => new Date(0)],
  ['new Map()', () => new Map()],
  ['a cyclic object', () => ((c: Record<string, unknown>) => Object.assign(c, { self: c }))({})],
  ['Object.create(null)', () => Object.create(null)],
  ['a 1 MB string', () => 'x'.repeat(1 << 20)],
  ['{length: 1e9}', () => ({ length: 1e9 })],
]

/** The exported functions, the functions they hold (`base.resident`), and RETURNED. */
function callables(): [string, Fn][] {
  const out = new Map<string, Fn>()
  const seen = new Set<unknown>()
  for (const [name, value] of Object.entries(api)) {
    if (EXCLUDED.has(name) || seen.has(value) || value === null || Array.isArray(value)) continue
    seen.add(value)
    if (typeof value === 'function') out.set(name, value as Fn)
    if (typeof value !== 'function' && typeof value !== 'object') continue
    for (const [member, f] of Object.entries(value)) {
      if (typeof f === 'function') out.set(`${name}.${member}`, f as Fn)
    }
  }
  for (const [name, f] of Object.entries(RETURNED)) out.set(name, f)
  return [...out]
}

const isClass = (f: unknown) => /^class\b/.test(Function.prototype.toString.call(f))

/** What is wrong with a returned value: NaN, ±Infinity, -0, undefined, such decimal strings. */
function badValues(value: unknown): string[] {
  const found: string[] = []
  const seen = new Set<object>()
  const walk = (v: unknown, at: string, depth: number): void => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
      found.push(`${at} = ${v === 0 ? '-0' : v}`)
    else if (typeof v === 'string' && /^(?:-?Infinity|NaN|-0|undefined)$/.test(v))
      found.push(`${at} = "${v}"`)
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > 12) return
    seen.add(v)
    if (ArrayBuffer.isView(v)) {
      Array.from(v as unknown as ArrayLike<number>, (x, i) => walk(x, `${at}[${i}]`, depth + 1))
      return
    }
    const proto = Object.getPrototypeOf(v)
    const plain = Array.isArray(v) || proto === Object.prototype || proto === null
    if (!plain) return
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) found.push(`${at}.${k} is undefined`)
      else walk(x, `${at}.${k}`, depth + 1)
    }
  }
  walk(value, 'result', 0)
  return found.slice(0, 3)
}

/** Calls `fn` with `args`; what went wrong, or `null`. */
function misuse(fn: Fn, args: unknown[]): string | null {
  let out: unknown
  try {
    out = isClass(fn) ? Reflect.construct(fn, args) : fn(...args)
  } catch (e) {
    if (e instanceof BedstaffError) {
      return ERROR_CODES.includes(e.code) ? null : `threw an unknown code ${e.code}`
    }
    const what = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e)
    return `threw ${what.split('\n')[0]?.slice(0, 140)}`
  }
  const bad = badValues(out)
  return bad.length === 0 ? null : `returned ${bad.join(', ')}`
}

describe('misuse: every public function returns a value or throws a BedstaffError', () => {
  const list = callables()
  it('refuses hostile values in every argument position, and returns clean values', () => {
    expect(Object.keys(ENTRIES)).toContain('bedstaff')
    expect(list.length).toBeGreaterThan(60)
    const failures = new Map<string, string[]>()
    const note = (name: string, line: string) =>
      failures.set(name, [...(failures.get(name) ?? []), line])
    let calls = 0
    for (const [name, fn] of list) {
      const valid = VALID[name]
      if (valid === undefined) note(name, '  has no valid argument list in VALID')
      const sample = valid?.() ?? []
      calls++
      const ok = misuse(fn, sample)
      if (valid !== undefined && ok !== null) note(name, `  its valid arguments: ${ok}`)
      const positions = Math.max(sample.length, fn.length, 1)
      for (let i = 0; i < positions; i++) {
        for (const [label, make] of HOSTILE) {
          const args = valid?.() ?? []
          args[i] = make()
          calls++
          const problem = misuse(fn, args)
          if (problem !== null) note(name, `  argument ${i} = ${label}: ${problem}`)
        }
      }
    }
    const lines = [...failures].flatMap(([name, ls]) => [`${name} (${ls.length})`, ...ls])
    console.log(`misuse: ${calls} calls, ${list.length} functions, ${failures.size} failing`)
    if (lines.length > 0) console.log(lines.join('\n'))
    expect([...failures.keys()]).toEqual([])
  })
})
