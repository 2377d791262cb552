/**
 * `bedstaff/norm`: the norm-text parser. "每千常住人口4.58张", "医护比1:1.25" or
 * "每3万人口1辆" become typed rules, with the comparator, scale and base the text names.
 *
 * @packageDocumentation
 * @module bedstaff/norm
 */

export type { NormForm, NormValue, ParsedNorm, PrintedNumber } from './norm.js'
export { MAX_NORM_TEXT, normalizeNormText, parseNorm } from './parse-norm.js'
