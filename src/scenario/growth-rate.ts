/**
 * Growth rates, with the library's one percent convention: "2%" is two percent a year, "0.02"
 * the same written as a fraction.
 */
import { type Dec, finiteDec, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { fractionOfPercent } from '../kernel/arithmetic.js'
import { SHARE_TEXT } from '../quantity/share.js'

/**
 * A growth rate as a fraction: "2%" → 0.02, "0.02" → 0.02, "-0.5%" → −0.005.
 *
 * @throws BedstaffError `invalid-number` (and the other number errors)
 * @example
 * ```ts
 * import { growthFraction } from 'bedstaff/scenario'
 *
 * growthFraction('2%').toString() // => "0.02"
 * growthFraction('0.02').toString() // => "0.02"
 * growthFraction('-0.5%').toString() // => "-0.005"
 * growthFraction('2 percent') // throws invalid-number
 * ```
 */
export function growthFraction(text: unknown, path: Path = []): Dec {
  const m = typeof text === 'string' ? SHARE_TEXT.exec(text) : null
  if (!m) return toDecimal(text, path)
  const n = toDecimal(m[1], path)
  return m[2] ? fractionOfPercent(n) : n
}

/**
 * Refuses a growth rate beyond ±`limitPercent` a year (20 by default) unless it is allowed: a
 * bare "2" is 200% a year, almost certainly meant as "2%".
 *
 * @throws BedstaffError `implausible-value`
 * @example
 * ```ts
 * import { checkGrowthPlausible, growthFraction } from 'bedstaff/scenario'
 *
 * checkGrowthPlausible(growthFraction('2%'), '2%', []) // => true
 * checkGrowthPlausible(growthFraction('2'), '2', []) // throws implausible-value
 * ```
 */
export function checkGrowthPlausible(
  fraction: Dec,
  printed: string,
  path: Path,
  limitPercent = 20,
): true {
  fraction = finiteDec(fraction, path)
  if (fraction.abs().gt(fractionOfPercent(toDecimal(limitPercent)))) {
    fail('implausible-value', path, {
      received: printed,
      limit: `±${limitPercent}% a year`,
      hint: 'write a percent as "2%"; set allowImplausible to keep it',
      hintZh: '百分数请写作 "2%"；如确需此值，请设置 allowImplausible',
    })
  }
  return true
}
