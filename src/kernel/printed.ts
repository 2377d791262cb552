/**
 * What a printed number stands for: the decimals it shows, the interval half-up rounding maps
 * onto it, the place of its last digit, and "more than" figures such as 600多万.
 */
import { Dec } from '../decimal.js'
import type { Bounds } from './bounds.js'

/**
 * How many decimal places a printed number shows ("4.20" → 2, "5" → 0, "1.5e3" → 1).
 *
 * @example
 * ```ts
 * import { kernels } from 'bedstaff'
 *
 * kernels.printedDecimals('4.20') // => 2
 * kernels.printedDecimals('5') // => 0
 * ```
 */
export function printedDecimals(text: string): number {
  const t = text.trim().replace(/[eE].*$/, '')
  const dot = t.indexOf('.')
  return dot < 0 ? 0 : t.length - dot - 1
}

/**
 * The interval a value printed with `decimals` places stands for under half-up rounding:
 * [v − ½·10^-d, v + ½·10^-d).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.printedBounds(toDecimal('3'), 2)) // => {"lo":"2.995","hi":"3.005","loClosed":true,"hiClosed":false}
 * ```
 */
export function printedBounds(value: Dec, decimals: number): Bounds {
  const half = new Dec(5).times(new Dec(10).pow(-(decimals + 1)))
  return { lo: value.minus(half), hi: value.plus(half), loClosed: true, hiClosed: false }
}

/**
 * The place of the last non-zero digit of a printed number: "600" → 100, "7200" → 100,
 * "3.5" → 0.1, "5" → 1.
 *
 * @example
 * ```ts
 * import { kernels } from 'bedstaff'
 *
 * kernels.lastDigitUnit('600').toString() // => "100"
 * kernels.lastDigitUnit('3.5').toString() // => "0.1"
 * ```
 */
export function lastDigitUnit(text: string): Dec {
  const [whole = '', frac = ''] = text.trim().split('.')
  const f = frac.replace(/0+$/, '')
  if (f.length > 0) return new Dec(10).pow(-f.length)
  const zeros = /0*$/.exec(whole.replace(/^0+(?=\d)/, ''))?.[0].length ?? 0
  return whole.replace(/0/g, '') === '' ? new Dec(1) : new Dec(10).pow(zeros)
}

/**
 * "More than `value`, less than the next `unit`": "600多万" stands for (600万, 700万), "7200余张"
 * for (7200, 7300).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.moreThanBounds(toDecimal(6_000_000), toDecimal(1_000_000))) // => {"lo":"6000000","hi":"7000000","loClosed":false,"hiClosed":false}
 * ```
 */
export function moreThanBounds(value: Dec, unit: Dec): Bounds {
  return { lo: value, hi: value.plus(unit), loClosed: false, hiClosed: false }
}

/**
 * The interval a value stands for when it is rounded to `unit` (half-up): "约9000" rounded to
 * the thousand stands for [8500, 9500).
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * kernels.boundsJson(kernels.roundedToUnitBounds(toDecimal(9000), toDecimal(1000))) // => {"lo":"8500","hi":"9500","loClosed":true,"hiClosed":false}
 * ```
 */
export function roundedToUnitBounds(value: Dec, unit: Dec): Bounds {
  const half = unit.div(2)
  return { lo: value.minus(half), hi: value.plus(half), loClosed: true, hiClosed: false }
}

const UNITS: Readonly<Record<string, string>> = { 万: '1e4', 亿: '1e8' }

/**
 * The interval a number printed in `text` stands for, where that number (times 万 or 亿 when
 * one follows it) is `value`: "4.5万" for 45,000 stands for [44,500, 45,500); "1.2万张" for
 * 12,000 for [11,500, 12,500). `null` where no number of the text is the value.
 *
 * @example
 * ```ts
 * import { kernels, toDecimal } from 'bedstaff'
 *
 * const b = kernels.printedNumberBounds('每4.5万人口1辆', toDecimal(45_000))
 * b === null ? null : kernels.boundsJson(b) // => {"lo":"44500","hi":"45500","loClosed":true,"hiClosed":false}
 * ```
 */
export function printedNumberBounds(text: string, value: Dec): Bounds | null {
  const folded = text.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
  for (const m of folded.slice(0, 300).matchAll(/(\d{1,20}(?:\.\d{1,20})?)\s*([万亿])?/g)) {
    const digits = m[1] ?? '0'
    const unit = new Dec(UNITS[m[2] ?? ''] ?? 1)
    if (new Dec(digits).times(unit).eq(value)) {
      const b = printedBounds(new Dec(digits), printedDecimals(digits))
      return { ...b, lo: b.lo.times(unit), hi: b.hi.times(unit) }
    }
  }
  return null
}
