/**
 * `--set RULE=VALUE` and `--population BASE=VALUE | BASE=growth:FROMYEAR:FROMVALUE` as a
 * scenario object for the library's `evaluateScenario`. Text is split, never computed with.
 */
import { toDecimal } from '../decimal.js'
import { BedstaffError, type Path } from '../errors.js'
import type { Plan } from '../plan/schema.js'
import { keyValue } from './args.js'
import { badArgument, CliFailure } from './failure.js'

const OPTION: Readonly<Record<string, string>> = { populations: '--population', rules: '--set' }

/** Renames a scenario path (`populations[0].value`) after the option it came from. */
function optionPath(path: Path): Path {
  const [list, index, ...rest] = path
  const name = OPTION[String(list)]
  if (name === undefined || typeof index !== 'number') return path
  return [`${name}[${index + 1}]`, ...rest]
}

/**
 * Runs `fn`; a library error about the scenario the options made names the option instead
 * (`--population[1].value`).
 */
export function withOptionPaths<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof BedstaffError) {
      throw new CliFailure(null, new BedstaffError(e.code, optionPath(e.path), e.params))
    }
    throw e
  }
}

/** The characters that split a range: `5-6`, `5~6`. */
const RANGE_SIGNS = '-~'

/**
 * The two ends of `MIN-MAX` or `MIN~MAX` (the value has exactly one `-` or `~`, with text on
 * both sides), trimmed; `null` for any other value. One pass over the text, no pattern.
 */
function rangeEnds(value: string): readonly [string, string] | null {
  let at = -1
  for (let i = 0; i < value.length; i++) {
    if (!RANGE_SIGNS.includes(value.charAt(i))) continue
    if (at >= 0) return null
    at = i
  }
  const min = value.slice(0, at).trim()
  const max = value.slice(at + 1).trim()
  return at < 0 || min === '' || max === '' ? null : [min, max]
}

/** Whether `text` reads as a number (`1e-3` is one, not the range from `1e` to `3`). */
function isNumber(text: string): boolean {
  try {
    toDecimal(text)
    return true
  } catch (e) {
    if (e instanceof BedstaffError) return false
    throw e
  }
}

/** `end` of the range in `--set spec`, checked to be a number. */
function rangeEnd(spec: string, end: string): string {
  if (isNumber(end)) return end
  return badArgument(
    `--set ${spec}: "${end}" is not a number (a range is written MIN-MAX, e.g. 5-6)`,
    `--set ${spec}：「${end}」不是数值（区间的写法为 最小值-最大值，例如 5-6）`,
  )
}

/**
 * A rule override from `RULE=VALUE`: `20%` (or any value of a share rule) is a percent,
 * `5-6` a range, anything else a value. The library validates the numbers; the ends of a
 * range are checked here first, so that `abc-5` is refused as an argument.
 *
 * @throws CliFailure `invalid-argument` for a missing `=`, or a range end that is not a number
 */
export function ruleOverride(plan: Plan, spec: string): Record<string, unknown> {
  const [rule, value] = keyValue('set', spec)
  const target = plan.rules.find((r) => r.id === rule)
  if (value.endsWith('%') || target?.type === 'share') {
    return { rule, percent: value.replace(/%$/, '').trim() }
  }
  const range = rangeEnds(value)
  if (range === null || isNumber(value)) return { rule, value }
  return { rule, range: { min: rangeEnd(spec, range[0]), max: rangeEnd(spec, range[1]) } }
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
