/**
 * Building blocks of the plan format's types: labels and ranges. Numbers are decimal strings
 * ("4.58", "2000000"), so that nothing is lost to floating point; years and line numbers are
 * JSON integers. What the library returns is deeply frozen.
 */

/** A label in Chinese, as the document prints it, with an optional English one. */
export interface Label {
  /** The label in Chinese, as the document prints it. */
  zh: string
  /** The label in English. */
  en?: string | undefined
}

/** A range such as "5-6": both ends as decimal strings, `min` ≤ `max`. */
export interface Range {
  /** The lower end, e.g. "5". */
  min: string
  /** The upper end, e.g. "6". */
  max: string
}
