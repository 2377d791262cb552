/**
 * A year-by-year table of a scenario's per-capita rules: each year's population (from the
 * scenario's series or growth, else the plan's base of that year) times each year's rule value
 * (from the rule's trajectory, else its target value).
 */
import { Dec, decimalString } from '../decimal.js'
import { productOf, throughExact } from '../kernel/arithmetic.js'
import { invalidOption, knownKeys, listOption, optionsObject, yearOption } from '../options.js'
import { chooseBase, type NamedBase, resolveBases } from '../plan/bases.js'
import { evaluatePlan } from '../plan/evaluate.js'
import { evaluateRule } from '../plan/evaluate-rule.js'
import type { NormSet } from '../plan/norm-set.js'
import type { RuleResult } from '../plan/result.js'
import { ruleRunner } from '../plan/runner.js'
import type { Plan, Rule } from '../plan/schema.js'
import { deepFreeze } from '../plan/schema-error.js'
import { linearTrajectory } from '../plan/trajectory.js'
import { withLevel } from '../plan/with-level.js'
import { type AppliedScenario, applyScenarioDetailed, type ProjectionSlot } from './apply.js'
import type {
  YearlyCell,
  YearlyPopulation,
  YearlyRow,
  YearlyTable,
  YearlyTableOptions,
} from './yearly-types.js'

export type {
  YearlyCell,
  YearlyPopulation,
  YearlyRow,
  YearlyTable,
  YearlyTableOptions,
} from './yearly-types.js'

type PerCapita = Extract<Rule, { type: 'per-capita' }>

const MAX_YEARS = 200

/** The rule's value in a year: its trajectory's before its year, else its target value. */
function valueIn(rule: PerCapita, year: number): { value: string; from: 'trajectory' | 'target' } {
  const target = rule.value ?? '0'
  const t = rule.trajectory
  if (!t || year >= rule.year) return { value: target, from: 'target' }
  if (year <= t.fromYear) return { value: t.fromValue, from: 'trajectory' }
  const point = linearTrajectory(t.fromYear, t.fromValue, rule.year, target).find(
    (p) => p.year === year,
  )
  return { value: point?.value ?? target, from: 'trajectory' }
}

interface Lookup {
  readonly applied: AppliedScenario
  readonly bases: ReadonlyMap<string, NamedBase>
  /** Applied-plan base id → the scenario slot that set its value. */
  readonly slots: ReadonlyMap<string, ProjectionSlot>
}

/** The chain of a base down to the base it is made from: [base, …, root], with multipliers. */
function chain(plan: Plan, id: string): { root: string; factors: string[] } {
  const factors: string[] = []
  let cur = plan.bases.find((b) => b.id === id)
  let root = id
  const seen = new Set<string>()
  while (cur?.from !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id)
    factors.push(cur.multiplier ?? '1')
    root = cur.from
    const from = cur.from
    cur = plan.bases.find((b) => b.id === from)
  }
  return { root, factors }
}

/** The population a per-capita rule uses in a year other than its own, or why there is none. */
function populationIn(
  look: Lookup,
  rule: PerCapita,
  year: number,
): YearlyPopulation | { missing: string } {
  const plan = look.applied.plan
  const own = chooseBase(look.bases, rule.base, rule.year, rule.baseId)
  const ruleBase = own.status === 'ok' ? own.base : null
  const { root, factors } = ruleBase ? chain(plan, ruleBase.id) : { root: null, factors: [] }
  const rootBase = root === null ? null : look.bases.get(root)
  let holder: NamedBase | null = null
  if (rootBase) {
    const slot = look.applied.projections.get(rootBase.id)?.get(year)
    if (slot) holder = look.bases.get(slot.id) ?? null
  }
  const kind = rootBase?.kind ?? rule.base
  if (!holder) {
    const found = chooseBase(look.bases, kind, year, undefined)
    if (found.status === 'base-missing') return { missing: `${kind} population for ${year}` }
    if (found.status === 'base-ambiguous') {
      return { missing: `one ${kind} base for ${year}, found ${found.candidates.join(', ')}` }
    }
    holder = found.base
  }
  const factor = factors.length === 0 ? null : productOf(factors.map((m) => new Dec(m)))
  const value =
    factor === null ? new Dec(holder.value) : throughExact(new Dec(holder.value), factor)
  const slot = look.slots.get(holder.id)
  return {
    base: ruleBase?.id ?? holder.id,
    kind: ruleBase?.kind ?? holder.kind,
    year,
    value: decimalString(value),
    from: holder.id,
    factor: factor === null ? null : decimalString(factor),
    origin: slot ? 'scenario' : 'plan',
    exact: slot ? slot.population.exact : true,
  }
}

/** The population of a rule's own year, described from its evaluation. */
function populationOf(look: Lookup, result: RuleResult): YearlyPopulation | null {
  const b = result.base
  if (!b) return null
  const { root, factors } = chain(look.applied.plan, b.id)
  const slot = look.slots.get(root)
  return {
    base: b.id,
    kind: b.kind,
    year: b.year,
    value: b.value,
    from: root,
    factor: factors.length === 0 ? null : decimalString(productOf(factors.map((m) => new Dec(m)))),
    origin: slot ? 'scenario' : 'plan',
    exact: slot ? slot.population.exact : true,
  }
}

function cellFromEvaluation(look: Lookup, rule: PerCapita, r: RuleResult): YearlyCell {
  return {
    rule: rule.id,
    quantity: rule.quantity,
    status: r.status,
    missing: r.missing,
    value: r.value,
    valueFrom: 'target',
    population: populationOf(look, r),
    exact: r.exact,
    count: r.count,
    min: r.min,
    max: r.max,
  }
}

function cellIn(look: Lookup, rule: PerCapita, year: number): YearlyCell {
  const v = valueIn(rule, year)
  const pop = populationIn(look, rule, year)
  const text = rule.range ? `${rule.range.min}-${rule.range.max}` : v.value
  const head = { rule: rule.id, quantity: rule.quantity }
  if ('missing' in pop) {
    return {
      ...head,
      status: 'base-missing',
      missing: pop.missing,
      value: text,
      valueFrom: v.from,
      population: null,
      exact: null,
      count: null,
      min: null,
      max: null,
    }
  }
  // The rule in that year, on that year's population, through the one evaluator.
  const yearBase: NamedBase = Object.freeze({
    ...(look.bases.get(pop.from) as NamedBase),
    id: YEAR_BASE,
    kind: rule.base,
    value: pop.value,
    year,
    derivedFrom: null,
  })
  const inYear = rule.range ? rule : withLevel(rule, v.value)
  const { trajectory: _, ...plain } = inYear as PerCapita
  const r = evaluateRule(
    { ...plain, year, baseId: YEAR_BASE },
    { plan: look.applied.plan, bases: new Map([[YEAR_BASE, yearBase]]), results: new Map() },
  )
  return {
    ...head,
    status: r.status,
    missing: r.missing,
    value: text,
    valueFrom: v.from,
    population: pop,
    exact: r.exact,
    count: r.count,
    min: r.min,
    max: r.max,
  }
}

/** The id of the one base a rule is evaluated on in another year. */
const YEAR_BASE = 'year-base'

/**
 * For each year from `fromYear` to `toYear`, every per-capita rule of the plan (in plan order)
 * evaluated on that year's population with that year's rule value.
 *
 * - Population: the scenario's series or growth value for the year if it gives one (for a base
 *   made from another, such as 300% of residents, the value of the base it is made from, times
 *   the multiplier); else the plan's one base of the rule's kind for that year; else the cell
 *   says `base-missing`.
 * - Rule value: from the rule's linear trajectory before the rule's year (held at the
 *   trajectory's start value before its start year), else the rule's target value.
 * - In the rule's own year the cell is the scenario's evaluation of the rule, so the row of the
 *   plan's target year equals `evaluateScenario`'s counts.
 *
 * @throws BedstaffError `invalid-year` (a year outside 1900–2200, or toYear before fromYear),
 *   `invalid-options` (more than 200 years), and the errors of `applyScenario` and `evaluatePlan`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { yearlyTable } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const growth = {
 *   id: 'growth',
 *   populations: [{ base: 'resident-2025', growth: { fromYear: 2020, fromValue: '1829488' } }],
 * }
 * const t = yearlyTable(cixi, growth, { fromYear: 2020, toYear: 2025 })
 * t.rows.map((r) => r.rules.find((c) => c.rule === 'beds-per-1000')?.count) // => [8380, 8530, 8684, 8840, 8999, 9160]
 * ```
 */
export function yearlyTable(
  plan: unknown,
  scenario: unknown,
  options: YearlyTableOptions,
): YearlyTable {
  const o = optionsObject(options)
  knownKeys(o, ['fromYear', 'toYear', 'norms'], ['options'])
  const fromYear = yearOption(o.fromYear, ['options', 'fromYear'])
  const toYear = yearOption(o.toYear, ['options', 'toYear'])
  if (toYear < fromYear) invalidOption(['options', 'toYear'], 'toYear is before fromYear')
  if (new Dec(toYear).minus(fromYear).gt(MAX_YEARS)) {
    invalidOption(['options', 'toYear'], `a table spans at most ${MAX_YEARS} years`)
  }
  const norms = (listOption(o.norms, ['options', 'norms'], 100) ?? []) as readonly NormSet[]
  const applied = applyScenarioDetailed(plan, scenario)
  const evaluation = evaluatePlan(applied.plan, { norms })
  const results = new Map(evaluation.rules.map((r) => [r.rule, r]))
  const rules = ruleRunner(applied.plan, norms).rules.filter(
    (r): r is PerCapita => r.type === 'per-capita',
  )
  const slots = new Map<string, ProjectionSlot>()
  for (const years of applied.projections.values()) {
    for (const slot of years.values()) slots.set(slot.id, slot)
  }
  const look: Lookup = { applied, bases: resolveBases(applied.plan), slots }
  const rows: YearlyRow[] = []
  for (let year = fromYear; year <= toYear; year++) {
    const cells = rules.map((rule) => {
      const r = results.get(rule.id)
      return year === rule.year && r ? cellFromEvaluation(look, rule, r) : cellIn(look, rule, year)
    })
    rows.push({ year, rules: cells })
  }
  return deepFreeze({
    plan: applied.plan.id,
    scenario: applied.scenario.id,
    fromYear,
    toYear,
    rows,
  })
}
