/**
 * Printed forms of values: the text a document prints, checked against the value it stands for.
 */
import { type Dec, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { type Bounds, boundsContain } from '../kernel/bounds.js'
import { printedBounds, printedDecimals } from '../kernel/printed.js'
import { type What, wrongType } from '../made.js'

const PRINTED: What = { en: 'the printed text of the value', zh: '数值的原文' }

/**
 * A printed form checked against the value it stands for: text (or a number) whose interval
 * under half-up rounding at its decimals (`bounds`) holds `value`. "4.58" stands for any value
 * in [4.575, 4.585); "4.60" does not stand for 4.58. @internal
 *
 * @throws BedstaffError `invalid-argument`, and what `bounds` throws
 */
export function checkPrinted(
  printed: unknown,
  value: Dec,
  bounds: (text: string, at: Path) => Bounds,
  path: Path,
): string {
  if (typeof printed !== 'string' && typeof printed !== 'number') {
    return wrongType(PRINTED, printed, path)
  }
  const text = String(printed).trim()
  if (!boundsContain(bounds(text, path), value)) {
    fail('invalid-argument', path, {
      problem: `printed "${text.slice(0, 40)}" does not stand for the value ${value.toFixed()}`,
      problemZh: `原文「${text.slice(0, 40)}」与数值 ${value.toFixed()} 不符`,
    })
  }
  return text
}

/** What a printed decimal stands for: its half-up interval at the decimals it shows. @internal */
export function printedDecimalBounds(text: string, path: Path): Bounds {
  return printedBounds(toDecimal(text, path), printedDecimals(text))
}
