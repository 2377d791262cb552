/**
 * `--set RULE=VALUE` and `--population BASE=VALUE | BASE=growth:FROMYEAR:FROMVALUE` as a
 * scenario object for the library's `evaluateScenario`. Text is split, never computed with.
 */
import type { Plan } from '../plan/schema.js'
import { keyValue } from './args.js'
import { badArgument } from './failure.js'

const RANGE = /^([^-~]+)\s*[-~]\s*([^-~]+)$/

/**
 * A rule override from `RULE=VALUE`: `20%` (or any value of a share rule) is a percent,
 * `5-6` a range, anything else a value. The library validates the numbers.
 */
export function ruleOverride(plan: Plan, spec: string): Record<string, unknown> {
  const [rule, value] = keyValue('set', spec)
  const target = plan.rules.find((r) => r.id === rule)
  if (value.endsWith('%') || target?.type === 'share') {
    return { rule, percent: value.replace(/%$/, '').trim() }
  }
  const range = RANGE.exec(value)
  if (range) return { rule, range: { min: range[1]?.trim(), max: range[2]?.trim() } }
  return { rule, value }
}

/** A population override from `BASE=VALUE` or `BASE=growth:FROMYEAR:FROMVALUE`. */
export function populationOverride(spec: string): Record<string, unknown> {
  const [base, value] = keyValue('population', spec)
  if (!value.startsWith('growth:')) return { base, value }
  const parts = value.split(':')
  const fromYear = parts[1] ?? ''
  if (parts.length !== 3 || !/^\d{4}$/.test(fromYear) || (parts[2] ?? '') === '') {
    return badArgument(
      `--population ${spec}: growth is written growth:FROMYEAR:FROMVALUE, e.g. growth:2020:1830000`,
      `--population ${spec}：增长的写法为 growth:起始年份:起始人口，例如 growth:2020:1830000`,
    )
  }
  return { base, growth: { fromYear: Number(fromYear), fromValue: parts[2] } }
}

/** The scenario the options describe, with id `command-line`. */
export function scenarioFromOptions(
  plan: Plan,
  sets: readonly string[],
  populations: readonly string[],
): Record<string, unknown> {
  return {
    id: 'command-line',
    label: 'bedstaff scenario options',
    ...(populations.length > 0 ? { populations: populations.map(populationOverride) } : {}),
    ...(sets.length > 0 ? { rules: sets.map((s) => ruleOverride(plan, s)) } : {}),
  }
}
