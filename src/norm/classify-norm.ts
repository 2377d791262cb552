/**
 * Decides, from a clause as read, what kind of norm it is (rate, ratio, per-unit, share,
 * level), its population scale, and what it counts and per what.
 */
import type { QuantityKind } from '../quantity/kinds.js'
import type { NormForm, ParsedNorm } from './norm.js'
import { unreadable } from './norm-errors.js'
import { UNIT_KIND } from './norm-vocabulary.js'
import type { Clause, Floor } from './read-norm-clause.js'
import type { Expr } from './read-norm-figure.js'

/** The norm's form; fails when a ratio, rate, per-unit phrase and percentage are mixed. @internal */
export function formOf(src: string, clause: Clause, expr: Expr): NormForm {
  const { phrase, words } = clause
  const colon = expr.first.b !== null || (expr.second?.b ?? null) !== null
  const unit = expr.unit
  if (colon) {
    if (phrase !== null || unit === '%' || unit === '‰') {
      unreadable(
        src,
        'a 1:x ratio mixed with a rate, per-unit phrase or percentage',
        '1:x 比值不能与每千人口、每单位或百分比混用',
      )
    }
    return 'ratio'
  }
  if (phrase?.t === 'scale' || unit === '‰') {
    if (unit === '%' || (phrase !== null && unit === '‰')) {
      unreadable(
        src,
        'a per-capita rate cannot also be a percentage',
        '每千人口指标不能同时为百分比',
      )
    }
    return 'rate'
  }
  if (phrase?.t === 'unit') {
    if (unit === '%')
      unreadable(src, 'a per-unit rule cannot be a percentage', '每单位规则不能为百分比')
    return 'per-unit'
  }
  if (words.pair !== null && unit !== '%') return 'ratio'
  return unit === '%' ? 'share' : 'level'
}

/** A rate's scale: the 每 phrase's, else per 1000 of the one base named; `null` for other forms. @internal */
export function scaleOf(clause: Clause, form: NormForm): ParsedNorm['scale'] {
  if (form !== 'rate') return null
  const only = clause.words.bases.length === 1 ? (clause.words.bases[0] ?? null) : null
  const phrase = clause.phrase
  if (phrase?.t === 'scale') return Object.freeze({ per: phrase.per, base: phrase.base ?? only })
  return Object.freeze({ per: '1000', base: only })
}

/** The quantity a counting unit names (张 → beds), or `null`. */
function unitKind(unit: string | null | undefined): QuantityKind | null {
  return unit == null ? null : (UNIT_KIND.get(unit) ?? null)
}

/** What the norm counts and what it is per, from its words, phrase, unit and floor. @internal */
export function kindsOf(
  form: NormForm,
  clause: Clause,
  unit: string | null,
  floor: Floor | null,
): { readonly quantity: QuantityKind | null; readonly perUnit: QuantityKind | null } {
  const { words, phrase } = clause
  if (form === 'ratio') {
    if (words.pair !== null) {
      const other = words.kinds.find((k) => k !== words.pair?.from) ?? null
      return { perUnit: words.pair.from, quantity: words.pair.to ?? other }
    }
    const [from, to] = words.kinds
    return from !== undefined && to !== undefined
      ? { perUnit: from, quantity: to }
      : { perUnit: null, quantity: null }
  }
  const perUnit = phrase?.t === 'unit' ? phrase.perUnit : null
  if (words.each && words.kinds.length > 1) return { perUnit, quantity: null }
  const quantity =
    words.kinds[0] ?? floor?.kinds[0] ?? unitKind(unit) ?? unitKind(floor?.unit) ?? null
  return { perUnit, quantity }
}
