/**
 * The typed result of reading norm text ("每千常住人口4.58张", "1:1.25", "每床不少于0.7人",
 * "不低于20%且不少于2辆", "5-6名", "7.65(7.28)", "9.5以下"). See {@link parseNorm}.
 */

import type { Comparator } from '../comparator.js'
import type { BaseKind } from '../population/base.js'
import type { QuantityKind } from '../quantity/kinds.js'

/**
 * A number as printed: `value` exact (normalized), `printed` as written after normalization,
 * with what rescaled it: "20%" (value 0.2), "2:3" (value 1.5), "0.9万" (value 9000).
 */
export interface PrintedNumber {
  readonly value: string
  readonly printed: string
}

/**
 * The value of a norm:
 * - `point`: one number; `alternate` holds a bracketed second figure ("7.65(7.28)": 7.28 on
 *   another basis, such as the 7th census), else `null`;
 * - `range`: "5-6", "0.6-1", "3~5" (both ends inclusive).
 */
export type NormValue =
  | {
      readonly type: 'point'
      readonly number: PrintedNumber
      readonly alternate: PrintedNumber | null
    }
  | { readonly type: 'range'; readonly min: PrintedNumber; readonly max: PrintedNumber }

/**
 * What kind of norm the text is:
 * - `rate`: per-capita ("每千常住人口4.58张", "每3万人口1辆", "按常住人口9‰");
 * - `ratio`: "1:1.25" (`value` units of the second term per one of the first);
 * - `per-unit`: "每床不少于0.7人", "每辆救护车…";
 * - `share`: "不低于20%" (value is the fraction, 0.2);
 * - `level`: a bare figure with a comparator or unit ("9.5以下", "5-6名", "≥3").
 */
export type NormForm = 'rate' | 'ratio' | 'per-unit' | 'share' | 'level'

/**
 * A norm read from text. Every field is present; `null` means the text does not say.
 *
 * @example
 * ```ts
 * import { type ParsedNorm, parseNorm } from 'bedstaff/norm'
 *
 * const n: ParsedNorm = parseNorm('每千常住人口4.58张')
 * n.form // => "rate"
 * n.quantity // => "beds"
 * n.comparator // => "eq"
 * n.scale // => {"per":"1000","base":"resident"}
 * ```
 */
export interface ParsedNorm {
  /** The text as given. */
  readonly text: string
  /** The text after normalization (full-width digits, ％, ∶, ～, spaces, 两名 → 2名 folded). */
  readonly normalized: string
  readonly form: NormForm
  /** The quantity counted, when the text names it (张 → beds, 辆 → ambulances, 全科医生 → gps…). */
  readonly quantity: QuantityKind | null
  /** ≥ for 不低于/不少于/以上/达到…以上/≥, ≤ for 不超过/以下/以内/≤, `eq` for a bare level. */
  readonly comparator: Comparator
  readonly value: NormValue
  /** The counting unit as printed: 张, 人, 名, 辆, 个, %, ‰, or `null`. */
  readonly unit: string | null
  /** For `rate`: people per `per` and which base ("每万户籍人口" → per 10000, registered). */
  readonly scale: { readonly per: string; readonly base: BaseKind | null } | null
  /** For `per-unit`: the unit each figure is per ("每床" → beds, "每辆救护车" → ambulances). */
  readonly perUnit: QuantityKind | null
  /** For a compound minimum ("且不少于2辆"): the absolute floor that holds beside the share. */
  readonly floor: PrintedNumber | null
  /** 力争/争取: an aspiration, not a commitment. */
  readonly aspirational: boolean
  /** 逐步达到: a trajectory toward the value by the target year. */
  readonly trajectory: boolean
}
