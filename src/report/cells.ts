/**
 * Cells that join several fields of a result into one readable text (for text and Markdown
 * tables). They format; they never compute.
 */
import type { Gap } from '../derive/gap.js'
import type { BaseUsed, Counted, FromUsed } from '../plan/result.js'
import type { Lang } from './grid.js'
import { baseKindWord, word } from './words.js'

/**
 * A base as one cell: `resident 2000000 (2025, derived)`; a base made from another says so.
 */
export function baseCell(b: BaseUsed | null, lang: Lang): string | null {
  if (b === null) return null
  const from =
    b.derivedFrom === null
      ? ''
      : ` = ${baseKindWord(b.derivedFrom.fromKind, lang)} ${b.derivedFrom.fromValue} × ${b.derivedFrom.factor}`
  const when =
    lang === 'zh'
      ? `（${b.year}，${word(b.vintage, lang)}）`
      : ` (${b.year}, ${word(b.vintage, lang)})`
  return `${baseKindWord(b.kind, lang)} ${b.value}${from}${when}`
}

/**
 * Where a ratio or share took its amount: `rule ambulances-per-30000: 200`.
 */
export function fromCell(f: FromUsed | null, lang: Lang): string | null {
  if (f === null) return null
  return `${word(f.kind, lang)}${f.id === null ? '' : ` ${f.id}`}: ${f.value}`
}

/**
 * A gap as one cell: `short 2305`, `meets`, `over 12`.
 */
export function gapCell(g: Gap | null, lang: Lang): string | null {
  if (g === null) return null
  return g.status === 'meets' ? word(g.status, lang) : `${word(g.status, lang)} ${g.by}`
}

/**
 * The exact value of a result, or `min – max` for a range.
 */
export function exactCell(
  exact: string | null,
  min: Counted | null,
  max: Counted | null,
): string | null {
  if (exact !== null) return exact
  return min !== null && max !== null ? `${min.exact} – ${max.exact}` : null
}

/**
 * The count of a result, or `min – max` for a range; `null` when not counted.
 */
export function countCell(
  count: number | null,
  min: Counted | null,
  max: Counted | null,
): string | null {
  if (count !== null) return String(count)
  if (min === null || max === null || min.count === null || max.count === null) return null
  return `${min.count} – ${max.count}`
}
