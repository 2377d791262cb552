/**
 * One-at-a-time sensitivity (a tornado table): each chosen rule's value is moved down and up by a
 * percentage, and the summed counts of each output quantity are reported at low, base and high.
 */
import { Dec, decimalString } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { movedByPercent } from '../kernel/arithmetic.js'
import {
  checkWork,
  decimalOption,
  invalidOption,
  knownKeys,
  listOption,
  optionsObject,
  stringOption,
} from '../options.js'
import { compiledEvaluator, programOf } from '../plan/compile/compile-plan.js'
import { loadPlan } from '../plan/load.js'
import { runWork } from '../plan/runner.js'
import { PLAN_LIMITS, type Rule } from '../plan/schema.js'
import { deepFreeze } from '../plan/schema-error.js'
import { withLevel } from '../plan/with-level.js'
import { assertQuantityKind, QUANTITY_KIND_LIST } from '../quantity/kinds.js'
import { SHARE_TEXT } from '../quantity/share.js'
import { countOf } from '../rounding.js'

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** How far each value moves, in percent of itself: "10" means × 0.9 and × 1.1. From 0 to 100. */
  readonly percent: string | number
  /** The rules to move; default: every per-capita, ratio and share rule with a single value. */
  readonly rules?: readonly string[]
  /** The quantities whose summed counts are reported; default: every quantity counted. */
  readonly outputs?: readonly string[]
}

/** One rule's effect on one output quantity. */
export interface SensitivityRow {
  readonly rule: string
  /** The quantity the rule itself counts. */
  readonly quantity: string
  /** The rule's value (a share's percent) as written, and moved down and up. */
  readonly value: string
  readonly lowValue: string
  readonly highValue: string
  /** The output's summed counts with the rule's value low, as written, and high. */
  readonly low: number
  readonly base: number
  readonly high: number
  /** `high − low`. */
  readonly swing: number
}

/** The tornado table of one output quantity. */
export interface SensitivityTable {
  readonly output: string
  /** The output's summed counts with every value as written. */
  readonly base: number
  /** Sorted by swing, largest first, then by rule id. */
  readonly rows: readonly SensitivityRow[]
}

/** What {@link sensitivity} returns. */
export interface Sensitivity {
  readonly plan: string
  readonly percent: string
  /** The rules moved, in plan order. */
  readonly rules: readonly string[]
  readonly tables: readonly SensitivityTable[]
}

/** The single value a rule states ("4.58", a share's "20%"), or `null` for a range or bands. */
function singleValue(rule: Rule): string | null {
  if (rule.type === 'banded-ratio') return null
  return rule.value ?? null
}

/** A value moved by a percent of itself, written as it was ("20%" stays a percent). */
function moved(written: string, percent: Dec): string {
  const m = SHARE_TEXT.exec(written)
  const v = movedByPercent(new Dec(m?.[1] ?? written), percent)
  return `${decimalString(v)}${m?.[2] ?? ''}`
}

/** The summed counts of one quantity over every rule with a count (NaN: none). */
function summed(
  rules: readonly Rule[],
  counts: Float64Array,
  quantity: string,
  path: Path,
): number {
  let sum = new Dec(0)
  rules.forEach((rule, i) => {
    const c = counts[i] as number
    if (rule.quantity === quantity && !Number.isNaN(c)) sum = sum.plus(new Dec(c))
  })
  return countOf(sum, 'floor', path) ?? 0
}

/**
 * A tornado table. For each chosen rule, the rule's value `v` (a share's percent) is set to
 * `v × (1 − p)` and `v × (1 + p)` with `p = percent / 100`, everything else as written, and the
 * plan is counted (compiled once, exactly, as `compilePlan` does); for each output quantity,
 * the counts of every rule of that quantity are summed at low, base and high. Rows are sorted
 * by swing (high − low), largest first, then by rule id. `percent: "0"` changes nothing:
 * low = base = high for every row.
 *
 * @throws BedstaffError `invalid-options`, `invalid-number` (percent), `unknown-reference` (a rule
 *   id; path `['options', 'rules', i]`), `unknown-quantity-kind` (an output), and the errors of
 *   `loadPlan`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const t = sensitivity(cixi, { percent: '10', outputs: ['health-technical-staff'] })
 * t.tables[0]?.base // => 22017
 * const top = t.tables[0]?.rows[0]
 * const row = [top?.rule, top?.low, top?.high, top?.swing]
 * row // => ["beds-per-1000", 20552, 23483, 2931]
 * ```
 */
export function sensitivity(plan: unknown, options: SensitivityOptions): Sensitivity {
  const p = loadPlan(plan)
  const o = optionsObject(options)
  knownKeys(o, ['percent', 'rules', 'outputs'], ['options'])
  const percent = decimalOption(o.percent, ['options', 'percent'], '0', '100')
  const runner = programOf(p).runner
  const count = compiledEvaluator(p)
  const baseline = count({})

  const chosen: Rule[] = []
  const given = listOption(o.rules, ['options', 'rules'], PLAN_LIMITS.rules)
  if (given === undefined) {
    for (const r of runner.rules) {
      if ((r.type === 'per-capita' || r.type === 'ratio' || r.type === 'share') && singleValue(r)) {
        chosen.push(r)
      }
    }
  } else {
    const picked = new Set<string>()
    given.forEach((item, i) => {
      const path: Path = ['options', 'rules', i]
      const id = stringOption(item, path)
      const rule = runner.byId.get(id)
      if (!rule) fail('unknown-reference', path, { id, what: 'rule', whatZh: '规则' })
      if (picked.has(id)) invalidOption(path, `rule "${id}" is listed twice`)
      if (singleValue(rule) === null) {
        invalidOption(path, `rule "${id}" states a range or bands, not a single value`)
      }
      picked.add(id)
    })
    for (const r of runner.rules) if (picked.has(r.id)) chosen.push(r)
  }

  const outputs: string[] = []
  const wanted = listOption(o.outputs, ['options', 'outputs'], QUANTITY_KIND_LIST.length)
  if (wanted === undefined) {
    runner.rules.forEach((r, i) => {
      if (!Number.isNaN(baseline[i] as number) && !outputs.includes(r.quantity)) {
        outputs.push(r.quantity)
      }
    })
  } else {
    wanted.forEach((item, i) => {
      const kind = assertQuantityKind(item, ['options', 'outputs', i])
      if (outputs.includes(kind)) invalidOption(['options', 'outputs', i], `"${kind}" twice`)
      outputs.push(kind)
    })
  }

  checkWork(2 * chosen.length * runWork(runner), ['options', 'rules'], 'this sensitivity table')
  const movedRules = chosen.map((rule) => {
    const written = singleValue(rule) ?? '0'
    const lowValue = moved(written, percent.neg())
    const highValue = moved(written, percent)
    const run = (value: string) => {
      withLevel(rule, value) // its checks and errors, as the rule is moved
      return count({ values: { [rule.id]: value } })
    }
    return {
      rule,
      value: written,
      lowValue,
      highValue,
      low: run(lowValue),
      high: run(highValue),
    }
  })

  const tables = outputs.map((output, k): SensitivityTable => {
    const path: Path = ['tables', k]
    const base = summed(runner.rules, baseline, output, path)
    const rows = movedRules.map((m): SensitivityRow & { sort: Dec } => {
      const low = summed(runner.rules, m.low, output, path)
      const high = summed(runner.rules, m.high, output, path)
      const swing = new Dec(high).minus(new Dec(low))
      return {
        rule: m.rule.id,
        quantity: m.rule.quantity,
        value: m.value,
        lowValue: m.lowValue,
        highValue: m.highValue,
        low,
        base,
        high,
        swing: countOf(swing, 'floor', path) ?? 0,
        sort: swing,
      }
    })
    rows.sort((a, b) => {
      const c = b.sort.comparedTo(a.sort)
      return c !== 0 ? c : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0
    })
    return { output, base, rows: rows.map(({ sort: _sort, ...row }) => row) }
  })

  return deepFreeze({
    plan: p.id,
    percent: decimalString(percent),
    rules: chosen.map((r) => r.id),
    tables,
  })
}
