/**
 * Applying a scenario to a plan: population overrides become base values (and yearly bases),
 * rule and rounding overrides replace single fields of rules. The result is validated again by
 * `loadPlan`, so a scenario can never produce a plan the library would refuse.
 */
import { describe } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { loadPlan } from '../plan/load.js'
import type { BaseEntry, Plan, Rule } from '../plan/schema.js'
import { withLevel } from '../plan/with-level.js'
import { loadScenario } from './load.js'
import { type ProjectedPopulation, projectPopulation } from './projection.js'
import type { RuleOverride, Scenario } from './schema.js'

/** Where one year's population of an overridden base lives in the applied plan. */
export interface ProjectionSlot {
  /** The id of the applied plan's base holding that year's value. */
  readonly id: string
  readonly population: ProjectedPopulation
}

/** A plan with a scenario applied, and where the scenario's yearly populations went. @internal */
export interface AppliedScenario {
  readonly plan: Plan
  readonly scenario: Scenario
  /** Overridden base id → year → slot. */
  readonly projections: ReadonlyMap<string, ReadonlyMap<number, ProjectionSlot>>
}

const ID_LIMIT = 80

/**
 * The id of the base a scenario adds for another year of a base: `resident-2025.2021`. (Plan ids
 * allow lower-case letters, digits, ".", "_" and "-", so `@` cannot be used.)
 *
 * @example
 * ```ts
 * import { projectedBaseId } from 'bedstaff/scenario'
 *
 * projectedBaseId('resident-2025', 2021) // => 'resident-2025.2021'
 * projectedBaseId('resident-2025', Number.NaN) // throws invalid-year
 * ```
 */
export function projectedBaseId(base: string, year: number): string {
  if (typeof base !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,79}$/.test(base)) {
    fail('invalid-argument', ['base'], {
      problem: `not a base id: ${describe(base)}`,
      problemZh: `不是人口基数编号：${describe(base)}`,
    })
  }
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    fail('invalid-year', ['year'], { received: describe(year) })
  }
  return `${base}.${year}`
}

const missing = (id: string, what: 'base' | 'rule', path: Path): never =>
  fail('unknown-reference', path, { id, what, whatZh: what === 'base' ? '人口基数' : '规则' })

const sourceLine = (b: BaseEntry): string =>
  `${b.source.document}${b.source.line !== undefined ? ` line ${b.source.line}` : ''}`

function overrideRule(rule: Rule, o: RuleOverride, path: Path): Rule {
  if (o.percent !== undefined) {
    if (rule.type !== 'share') {
      fail('invalid-scenario', [...path, 'percent'], {
        problem: `rule "${rule.id}" is a ${rule.type} rule; give "value" or "range"`,
      })
    }
    return withLevel(rule, `${o.percent}%`, [...path, 'percent'])
  }
  const key = o.value !== undefined ? 'value' : 'range'
  const level = o.value ?? o.range
  if (level === undefined) return rule
  return withLevel(rule, level, [...path, key])
}

/**
 * Applies a scenario and reports where each yearly population went. @internal
 *
 * @throws BedstaffError as {@link applyScenario}
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { applyScenario } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const growth = {
 *   id: 'growth',
 *   populations: [{ base: 'resident-2025', growth: { fromYear: 2022, fromValue: '1900000' } }],
 * }
 * const added = applyScenario(cixi, growth).bases.filter((b) => b.vintage === 'projection')
 * added.map((b) => b.id) // => ["resident-2025.2022", "resident-2025.2023", "resident-2025.2024"]
 * ```
 */
export function applyScenarioDetailed(planInput: unknown, scenarioInput: unknown): AppliedScenario {
  const plan = loadPlan(planInput)
  const scenario = loadScenario(scenarioInput)
  const document = `scenario:${scenario.id}`
  const bases: BaseEntry[] = [...plan.bases]
  const baseAt = new Map(plan.bases.map((b, i) => [b.id, i]))
  const claimed = new Map<string, string>()
  const projections = new Map<string, Map<number, ProjectionSlot>>()

  for (const [i, o] of (scenario.populations ?? []).entries()) {
    const path: Path = ['populations', i]
    const at = baseAt.get(o.base)
    const b = at === undefined ? undefined : plan.bases[at]
    if (b === undefined || at === undefined) return missing(o.base, 'base', [...path, 'base'])
    if (b.from !== undefined || b.value === undefined || b.year === undefined) {
      return fail('invalid-scenario', [...path, 'base'], {
        problem: `base "${b.id}" is computed from "${b.from ?? '?'}"; override "${b.from ?? '?'}" instead`,
      })
    }
    const own = { id: b.id, value: b.value, year: b.year }
    const slots = new Map<number, ProjectionSlot>()
    // Geometric growth ends on the base's own value: the base stays as the plan gives it.
    const anchored = o.growth !== undefined && o.growth.rate === undefined
    for (const p of projectPopulation(o, own, path)) {
      if (anchored && p.year === b.year) continue
      const target = targetFor(plan, bases, baseAt, b, p.year, path)
      const where = `${target.id} (${p.year})`
      const before = claimed.get(target.id)
      if (before !== undefined) {
        fail('invalid-scenario', path, {
          problem: `the value of base ${where} is also set by ${before}`,
        })
      }
      claimed.set(target.id, `populations[${i}]`)
      if (target.index !== null) {
        const old = bases[target.index] as BaseEntry
        bases[target.index] = {
          ...old,
          value: p.value,
          vintage: 'projection',
          source: {
            document,
            note: `${p.how}; the plan's value was ${old.value ?? '?'} (${old.vintage ?? '?'}, ${sourceLine(old)})`,
          },
        }
      } else {
        baseAt.set(target.id, bases.length)
        bases.push({
          id: target.id,
          kind: b.kind,
          value: p.value,
          year: p.year,
          vintage: 'projection',
          ...(b.ageMin !== undefined ? { ageMin: b.ageMin } : {}),
          ...(b.ageMax !== undefined ? { ageMax: b.ageMax } : {}),
          source: { document, note: `${p.how}; a year of base "${b.id}"` },
        })
      }
      slots.set(p.year, Object.freeze({ id: target.id, population: p }))
    }
    projections.set(b.id, slots)
  }

  const rules: Rule[] = [...plan.rules]
  const ruleAt = new Map(plan.rules.map((r, i) => [r.id, i]))
  for (const [i, o] of (scenario.rules ?? []).entries()) {
    const at = ruleAt.get(o.rule)
    const rule = at === undefined ? undefined : rules[at]
    if (rule === undefined || at === undefined) return missing(o.rule, 'rule', ['rules', i, 'rule'])
    rules[at] = overrideRule(rule, o, ['rules', i])
  }
  for (const [i, o] of (scenario.rounding ?? []).entries()) {
    const at = ruleAt.get(o.rule)
    const rule = at === undefined ? undefined : rules[at]
    if (rule === undefined || at === undefined) {
      return missing(o.rule, 'rule', ['rounding', i, 'rule'])
    }
    rules[at] = { ...rule, rounding: o.rounding }
  }

  const applied = loadPlan({ ...plan, bases, rules })
  return Object.freeze({ plan: applied, scenario, projections })
}

/**
 * The base that holds a base's value for a year: the base itself in its own year; else a base
 * the scenario already named `<base>.<year>`; else the plan's one base of the same kind, ages and
 * year (so that no year gets two bases of one kind); else a new base `<base>.<year>`.
 */
function targetFor(
  plan: Plan,
  bases: readonly BaseEntry[],
  baseAt: ReadonlyMap<string, number>,
  b: BaseEntry,
  year: number,
  path: Path,
): { id: string; index: number | null } {
  if (year === b.year) return { id: b.id, index: baseAt.get(b.id) ?? null }
  const named = projectedBaseId(b.id, year)
  const at = baseAt.get(named)
  const existing = at === undefined ? undefined : bases[at]
  if (existing !== undefined && at !== undefined) {
    if (existing.from !== undefined || existing.kind !== b.kind) {
      fail('invalid-scenario', path, {
        problem: `the plan's base "${named}" is not a ${b.kind} base given directly; it cannot hold ${year}'s value`,
      })
    }
    return { id: named, index: at }
  }
  const same = plan.bases.filter(
    (x) =>
      x.from === undefined &&
      x.kind === b.kind &&
      x.year === year &&
      x.ageMin === b.ageMin &&
      x.ageMax === b.ageMax,
  )
  const [only] = same
  if (same.length === 1 && only) return { id: only.id, index: baseAt.get(only.id) ?? null }
  if (named.length > ID_LIMIT) {
    fail('invalid-scenario', [...path, 'base'], {
      problem: `the id "${named}" of the ${year} base would be longer than ${ID_LIMIT} characters`,
    })
  }
  return { id: named, index: null }
}

/**
 * Applies a scenario to a plan and returns the new validated, frozen plan. Neither input is
 * mutated.
 *
 * - A population `value` replaces the base's value (vintage `projection`, source naming the
 *   scenario and the plan's former value).
 * - A `series` or `growth` gives one value per year: the base's own year replaces its value; any
 *   other year replaces the plan's one base of that kind and year if there is one, else adds a
 *   base `<base>.<year>` (same kind and ages, vintage `projection`).
 * - A rule override gives the rule another `value` or `range` (through `withLevel`); a rounding
 *   override replaces its rounding.
 *
 * @throws BedstaffError `invalid-scenario`, `unknown-reference` (path into the scenario, e.g.
 *   `['rules', 0, 'rule']`), `invalid-year`, `number-out-of-range`, and the errors of `loadPlan`
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { applyScenario } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const low = applyScenario(cixi, {
 *   id: 'low',
 *   populations: [{ base: 'resident-2025', value: '1950000' }],
 * })
 * low.bases.find((b) => b.id === 'resident-2025')?.value // => '1950000'
 * applyScenario(cixi, { id: 'x', rules: [{ rule: 'cots', value: '1' }] }) // throws unknown-reference
 * ```
 */
export function applyScenario(plan: unknown, scenario: unknown): Plan {
  return applyScenarioDetailed(plan, scenario).plan
}
