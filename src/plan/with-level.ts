/**
 * Giving a rule another value or range: scenarios, sweeps, sensitivity tables, Monte Carlo
 * draws and norm-set overrides all do it, through this one function, which checks the new
 * level as the plan schema would.
 */
import { decimalString, describe, nonNegative } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { shareFraction } from '../quantity/share.js'
import type { Rule } from './schema.js'

/** A new level: one value (a decimal string or number; for a share "20%" or a fraction), or a range. */
export type Level =
  | string
  | number
  | { readonly min: string | number; readonly max: string | number }

/**
 * The rule with its value (or range) replaced by `level`, checked: a decimal of 0 or more (a
 * share's value "20%" or "0.2"), a range with min ≤ max. A share takes one value, not a
 * range; a banded rule takes neither. The rule is not mutated.
 *
 * @throws BedstaffError `invalid-level`, and the number errors (`invalid-number`,
 *   `negative-value`, …) with `path` in front
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { loadPlan, withLevel } from 'bedstaff/plan'
 *
 * const plan = loadPlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const beds = plan.rules.find((r) => r.id === 'beds-per-1000')
 * if (beds?.type !== 'per-capita') throw new Error('seed 003 L143 is a per-capita rule')
 * const five = withLevel(beds, '5')
 * five.type === 'per-capita' && five.value // => "5"
 * const range = withLevel(beds, { min: '4', max: '5' })
 * range.type === 'per-capita' && range.range // => {"min":"4","max":"5"}
 * withLevel(beds, { min: '5', max: '4' }) // throws invalid-level
 * withLevel(beds, '-1') // throws negative-value
 * ```
 */
export function withLevel(rule: Rule, level: Level, path: Path = []): Rule {
  if (rule === null || typeof rule !== 'object' || typeof rule.type !== 'string') {
    return fail('invalid-argument', ['rule'], {
      problem: `expected a rule of a loaded plan, got ${describe(rule)}`,
      problemZh: `应为已载入规划中的规则，收到 ${describe(rule)}`,
    })
  }
  if (rule.type === 'banded-ratio') {
    return fail('invalid-level', path, {
      id: rule.id,
      problem: 'it has size bands',
      problemZh: '该规则按规模分档',
    })
  }
  if (level !== null && typeof level === 'object') {
    if (rule.type === 'share') {
      return fail('invalid-level', path, {
        id: rule.id,
        problem: 'a share takes one value, not a range',
        problemZh: '比例只取一个数值，不取区间',
      })
    }
    const min = nonNegative(level.min, [...path, 'min'])
    const max = nonNegative(level.max, [...path, 'max'])
    if (min.gt(max)) {
      return fail('invalid-level', [...path, 'max'], {
        id: rule.id,
        problem: 'the range runs downward (min > max)',
        problemZh: '区间下限大于上限',
      })
    }
    const { value: _, ...rest } = rule
    return { ...rest, range: { min: decimalString(min), max: decimalString(max) } } as Rule
  }
  if (rule.type === 'share') {
    shareFraction(level, path)
    const value = typeof level === 'number' ? decimalString(nonNegative(level, path)) : level.trim()
    return { ...rule, value }
  }
  const value = decimalString(nonNegative(level, path))
  const { range: _, ...rest } = rule
  return { ...rest, value } as Rule
}
