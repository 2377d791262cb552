/**
 * Seeded, reproducible Monte Carlo runs over a plan's ranges: every range rule (5–6 per 10,000)
 * and every listed population is drawn uniformly, the plan evaluated, and each rule's counts
 * summarised by nearest-rank percentiles.
 */
import { Dec, decimalString, describe, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { nearestRankIndex } from '../kernel/ranks.js'
import {
  checkWork,
  invalidOption,
  knownKeys,
  listOption,
  optionsObject,
  stringOption,
} from '../options.js'
import { resolveBases } from '../plan/bases.js'
import { compiledEvaluator, programOf } from '../plan/compile/compile-plan.js'
import { loadPlan } from '../plan/load.js'
import { runWork } from '../plan/runner.js'
import { type BaseEntry, PLAN_LIMITS, type Rule } from '../plan/schema.js'
import { deepFreeze } from '../plan/schema-error.js'
import { mulberry32, uniformDecimal } from './prng.js'

/**
 * Most runs one call may make.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { MAX_RUNS, monteCarlo } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * MAX_RUNS // => 100000
 * monteCarlo(cixi, { runs: MAX_RUNS + 1, seed: 1 }) // throws too-many-runs
 * ```
 */
export const MAX_RUNS = 100_000

/** A population drawn uniformly in [lo, hi). */
export interface PopulationRange {
  readonly base: string
  readonly lo: string | number
  readonly hi: string | number
}

/** Options of {@link monteCarlo}. */
export interface MonteCarloOptions {
  /** How many runs: a whole number from 1 to 100,000. */
  readonly runs: number
  /** The generator's seed: a whole number from 0 to 2^32 − 1. The same seed gives the same output. */
  readonly seed: number
  /** Bases (given directly, not made from another) to draw in [lo, hi) in each run. */
  readonly populations?: readonly PopulationRange[]
}

/** One rule's counts over the runs. */
export interface MonteCarloRule {
  readonly rule: string
  readonly quantity: string
  /** How many runs gave the rule a count. */
  readonly runs: number
  /** Nearest-rank percentiles of the counts. */
  readonly p5: number
  readonly p50: number
  readonly p95: number
  readonly min: number
  readonly max: number
}

/** What {@link monteCarlo} returns. */
export interface MonteCarlo {
  readonly plan: string
  readonly runs: number
  readonly seed: number
  /** What each run draws, in the order drawn: range rules (plan order), then populations. */
  readonly sampled: { readonly rules: readonly string[]; readonly populations: readonly string[] }
  /** Every rule that had a count in at least one run, in plan order. */
  readonly rules: readonly MonteCarloRule[]
}

const isRanged = (rule: Rule): boolean =>
  rule.type !== 'banded-ratio' && 'range' in rule && !!rule.range

function wholeNumber(value: unknown, path: Path, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalidOption(path, `expected a whole number from ${min} to ${max}, got ${describe(value)}`)
  }
  return value
}

/**
 * Runs a plan `runs` times. Each run draws, with a mulberry32 generator seeded by `seed`, every
 * rule stated as a range (per-capita, ratio or per-facility; in plan order) uniformly in
 * [min, max), and then every listed population uniformly in [lo, hi); each draw is
 * `lo + (k / 2^32) × (hi − lo)` in Dec, with k the generator's 32-bit integer. The plan is
 * counted with the drawn values (compiled once, as `compilePlan` does: exact, and falling
 * back to the decimal kernels where only they can count), and each rule's counts are summarised: nearest-rank p5, p50,
 * p95, min and max. The same plan, options and seed always give the same output.
 *
 * @throws BedstaffError `too-many-runs` (runs above 100,000), `invalid-options` (runs, seed,
 *   populations), `unknown-reference` (a population's base; path
 *   `['options', 'populations', i, 'base']`), `invalid-number`, and the errors of `loadPlan`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const options = { runs: 1000, seed: 2025 }
 * const mc = monteCarlo(cixi, options)
 * mc.sampled.rules // => ["chc-physicians-per-10000", "supervision-staff-per-10000"]
 * const chc = mc.rules.find((r) => r.rule === 'chc-physicians-per-10000')
 * const spread = [chc?.min, chc?.p5, chc?.p50, chc?.p95, chc?.max]
 * spread // => [1001, 1010, 1095, 1187, 1200]   (5–6 per 10,000 of 2,000,000)
 * JSON.stringify(monteCarlo(cixi, options)) === JSON.stringify(mc) // => true
 * ```
 */
export function monteCarlo(plan: unknown, options: MonteCarloOptions): MonteCarlo {
  const p = loadPlan(plan)
  const o = optionsObject(options)
  knownKeys(o, ['runs', 'seed', 'populations'], ['options'])
  if (typeof o.runs === 'number' && Number.isInteger(o.runs) && o.runs > MAX_RUNS) {
    fail('too-many-runs', ['options', 'runs'], { received: o.runs, limit: MAX_RUNS })
  }
  const runs = wholeNumber(o.runs, ['options', 'runs'], 1, MAX_RUNS)
  const seed = wholeNumber(o.seed, ['options', 'seed'], 0, 4_294_967_295)

  const drawn: { entry: BaseEntry; lo: Dec; hi: Dec }[] = []
  const listed = listOption(o.populations, ['options', 'populations'], PLAN_LIMITS.bases) ?? []
  listed.forEach((item, i) => {
    const path: Path = ['options', 'populations', i]
    const range = optionsObject(item, path)
    knownKeys(range, ['base', 'lo', 'hi'], path)
    const id = stringOption(range.base, [...path, 'base'])
    const entry = p.bases.find((b) => b.id === id)
    if (!entry)
      fail('unknown-reference', [...path, 'base'], { id, what: 'base', whatZh: '人口基数' })
    if (entry.from !== undefined) {
      invalidOption(
        [...path, 'base'],
        `base "${id}" is computed from "${entry.from}"; draw that base`,
      )
    }
    if (drawn.some((d) => d.entry.id === id)) invalidOption([...path, 'base'], `"${id}" twice`)
    const lo = toDecimal(range.lo, [...path, 'lo'])
    const hi = toDecimal(range.hi, [...path, 'hi'])
    if (lo.lte(0)) invalidOption([...path, 'lo'], 'a population is greater than zero')
    if (lo.gt(hi)) invalidOption([...path, 'hi'], 'hi is below lo')
    drawn.push({ entry, lo, hi })
  })

  const runner = programOf(p).runner
  checkWork(runs * runWork(runner), ['options', 'runs'], `${runs} Monte Carlo runs`)
  const ranged = runner.rules.filter(isRanged)
  // A base made from a drawn one is checked as resolving the plan's bases checks it.
  const checkDerived = drawn.some((d) => p.bases.some((b) => b.from === d.entry.id))
  const count = compiledEvaluator(p)
  const out = new Float64Array(runner.rules.length)
  const counts: number[][] = runner.rules.map(() => [])
  const next = mulberry32(seed)

  for (let run = 0; run < runs; run++) {
    const values: Record<string, string> = {}
    for (const rule of ranged) {
      const r = 'range' in rule ? rule.range : undefined
      const min = new Dec(r?.min ?? '0')
      const max = new Dec(r?.max ?? '0')
      values[rule.id] = decimalString(uniformDecimal(next, min, max))
    }
    const populations: Record<string, string> = {}
    for (const d of drawn) {
      populations[d.entry.id] = decimalString(uniformDecimal(next, d.lo, d.hi))
    }
    if (checkDerived) {
      resolveBases(
        p,
        drawn.map((d) => ({ ...d.entry, value: populations[d.entry.id] })),
      )
    }
    count({ values, populations }, out)
    out.forEach((c, i) => {
      if (!Number.isNaN(c)) counts[i]?.push(c)
    })
  }

  const rules: MonteCarloRule[] = []
  for (const [i, rule] of runner.rules.entries()) {
    const list = counts[i] ?? []
    if (list.length === 0) continue
    const sorted = [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    rules.push({
      rule: rule.id,
      quantity: rule.quantity,
      runs: sorted.length,
      p5: sorted[nearestRankIndex(sorted.length, 5)] as number,
      p50: sorted[nearestRankIndex(sorted.length, 50)] as number,
      p95: sorted[nearestRankIndex(sorted.length, 95)] as number,
      min: sorted[0] as number,
      max: sorted[sorted.length - 1] as number,
    })
  }
  return deepFreeze({
    plan: p.id,
    runs,
    seed,
    sampled: { rules: ranged.map((r) => r.id), populations: drawn.map((d) => d.entry.id) },
    rules,
  })
}
