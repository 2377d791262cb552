/**
 * Trajectories (逐步达到): a value moving from a base-year level to the target-year level.
 */
import { decimalString, describe, toDecimal } from '../decimal.js'
import { fail } from '../errors.js'
import { interpolate } from '../kernel/arithmetic.js'

/**
 * The linear path from `fromValue` in `fromYear` to `toValue` in `toYear`, one exact value per
 * year after the base year, ending on the target value.
 *
 * @throws BedstaffError `invalid-year` when the target year is not after the base year
 * @example
 * ```ts
 * import { linearTrajectory } from 'bedstaff/plan'
 *
 * linearTrajectory(2020, '0.95', 2025, '1.15') // => [{"year":2021,"value":"0.99"},{"year":2022,"value":"1.03"},{"year":2023,"value":"1.07"},{"year":2024,"value":"1.11"},{"year":2025,"value":"1.15"}]
 * linearTrajectory(2025, '1.15', 2020, '0.95') // throws invalid-year
 * ```
 */
export function linearTrajectory(
  fromYear: number,
  fromValue: string,
  toYear: number,
  toValue: string,
): readonly { readonly year: number; readonly value: string }[] {
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    toYear <= fromYear ||
    toYear - fromYear > 200
  ) {
    fail('invalid-year', ['trajectory', 'fromYear'], {
      received: `${describe(fromYear)} → ${describe(toYear)}`,
    })
  }
  const a = toDecimal(fromValue, ['trajectory', 'fromValue'])
  const to = toDecimal(toValue, ['value'])
  const out: { year: number; value: string }[] = []
  for (let y = fromYear + 1; y <= toYear; y++) {
    out.push(
      Object.freeze({ year: y, value: decimalString(interpolate(a, to, fromYear, toYear, y)) }),
    )
  }
  return Object.freeze(out)
}
