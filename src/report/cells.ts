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
 * @internal
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
 * @internal
 */
export function fromCell(f: FromUsed | null, lang: Lang): string | null {
  if (f === null) return null
  return `${otherWord(f.kind, lang)}${f.id === null ? '' : ` ${f.id}`}: ${groupDigits(f.value)}`
}

/**
 * A gap as one cell: `short 2,305`, `meets`, `over 12`.
 * @internal
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
 * @internal
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
 * @internal
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
