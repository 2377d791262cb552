/**
 * Cells that join several fields of a result into one readable text (for text and Markdown
 * tables). They format; they never compute.
 */
import type { Gap } from '../derive/gap.js'
import type { BaseUsed, Counted, FromUsed } from '../plan/result.js'
import type { Lang } from './grid.js'
import { groupDigits, shownCount, shownExact } from './numbers.js'
import { baseKindWord, gapWord, otherWord, vintageWord } from './words.js'

/**
 * A base as one cell: `resident 2,000,000 (2025, derived)`; a base made from another says so.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { baseCell } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const ambulances = ev.rules.find((r) => r.rule === 'ambulances-per-30000')
 * baseCell(ambulances?.base ?? null, 'en') // => "service 6,000,000 = resident 2,000,000 × 3 (2025, derived)"
 * baseCell(ev.rules[0]?.base ?? null, 'zh') // => "常住人口 2,000,000（2025年，推算）"
 * ```
 */
export function baseCell(b: BaseUsed | null, lang: Lang): string | null {
  if (b === null) return null
  const from =
    b.derivedFrom === null
      ? ''
      : ` = ${baseKindWord(b.derivedFrom.fromKind, lang)} ${groupDigits(b.derivedFrom.fromValue)} × ${b.derivedFrom.factor}`
  const when =
    lang === 'zh'
      ? `（${b.year}年，${vintageWord(b.vintage, lang)}）`
      : ` (${b.year}, ${vintageWord(b.vintage, lang)})`
  return `${baseKindWord(b.kind, lang)} ${groupDigits(b.value)}${from}${when}`
}

/**
 * Where a ratio or share took its amount: `rule ambulances-per-30000: 200`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { fromCell } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const hts = ev.rules.find((r) => r.rule === 'hts-per-bed')
 * fromCell(hts?.from ?? null, 'en') // => "rule beds-per-1000: 9,160"
 * ```
 */
export function fromCell(f: FromUsed | null, lang: Lang): string | null {
  if (f === null) return null
  return `${otherWord(f.kind, lang)}${f.id === null ? '' : ` ${f.id}`}: ${groupDigits(f.value)}`
}

/**
 * A gap as one cell: `short 2,305`, `meets`, `over 12`.
 *
 * @example
 * ```ts
 * import { gap, stock } from 'bedstaff'
 * import { gapCell } from 'bedstaff/report'
 *
 * const g = gap({ quantity: 'beds', value: '9160' }, stock('beds', 6855, { year: 2020 }), 'ge')
 * gapCell(g, 'en') // => "short 2,305"
 * gapCell(g, 'zh') // => "缺口 2,305"
 * ```
 */
export function gapCell(g: Gap | null, lang: Lang): string | null {
  if (g === null) return null
  return g.status === 'meets'
    ? gapWord(g.status, lang)
    : `${gapWord(g.status, lang)} ${groupDigits(g.by)}`
}

/**
 * The exact value of a result for a table (to the rule's printed precision plus two
 * decimals), or `min – max` for a range.
 *
 * @example
 * ```ts
 * import { exactCell } from 'bedstaff/report'
 *
 * exactCell('8394.5', null, null, '1.15') // => "8,394.5"
 * exactCell(null, { exact: '1000', count: 1000 }, { exact: '1200', count: 1200 }, '5-6') // => "1,000 – 1,200"
 * ```
 */
export function exactCell(
  exact: string | null,
  min: Counted | null,
  max: Counted | null,
  ruleValue = '',
): string | null {
  if (exact !== null) return shownExact(exact, ruleValue)
  return min !== null && max !== null
    ? `${shownExact(min.exact, ruleValue)} – ${shownExact(max.exact, ruleValue)}`
    : null
}

/**
 * The count of a result, or `min – max` for a range; `null` when not counted.
 *
 * @example
 * ```ts
 * import { countCell } from 'bedstaff/report'
 *
 * countCell(14656, null, null) // => "14,656"
 * countCell(null, null, null) // => null
 * ```
 */
export function countCell(
  count: number | null,
  min: Counted | null,
  max: Counted | null,
): string | null {
  if (count !== null) return shownCount(count)
  if (min === null || max === null || min.count === null || max.count === null) return null
  return `${shownCount(min.count)} – ${shownCount(max.count)}`
}
