/**
 * The words of plan files that are lists of values: hospital grades, facility categories and
 * the ways a figure bounds its value. The plan's types and its schemas both read them from here.
 */

/**
 * Hospital grades, with the Chinese the documents print.
 *
 * @example
 * ```ts
 * import { GRADES } from 'bedstaff/plan'
 *
 * GRADES['III-A'] // => "三级甲等"
 * GRADES['managed-as-III'] // => "参照三级医院管理"
 * ```
 */
export const GRADES = Object.freeze({
  'III-A': '三级甲等',
  'III-B': '三级乙等',
  III: '三级',
  'II-A': '二级甲等',
  'II-B': '二级乙等',
  II: '二级',
  'I-A': '一级甲等',
  'I-B': '一级乙等',
  I: '一级',
  'managed-as-III': '参照三级医院管理',
  ungraded: '无等级',
} as const)
/** A hospital grade key. */
export type Grade = keyof typeof GRADES

/**
 * Kinds of facility, for scoping rules ("三级甲等综合医院" is grade III-A and `general`).
 *
 * @example
 * ```ts
 * import { FACILITY_CATEGORIES } from 'bedstaff/plan'
 *
 * FACILITY_CATEGORIES // => ["general","tcm","integrated","specialist","mch","psychiatric","rehabilitation","primary","public-health","other"]
 * ```
 */
export const FACILITY_CATEGORIES = Object.freeze([
  'general',
  'tcm',
  'integrated',
  'specialist',
  'mch',
  'psychiatric',
  'rehabilitation',
  'primary',
  'public-health',
  'other',
] as const)

/**
 * How a figure bounds the true value, where the document does not print a plain number:
 * `approx` 约/左右 (the printed precision), `more-than` 多/余 ("600多万": above 600万, below
 * 700万), `over` 超过 (above, no upper end), `at-least` (a met standard, 以上: at or above),
 * `under` 不足/不到 (below), `at-most` (at or below).
 */
export const FIGURE_BOUNDS = Object.freeze([
  'approx',
  'more-than',
  'over',
  'at-least',
  'under',
  'at-most',
] as const)
