/**
 * The words of audit messages in each language. A check passes a message parameter either as
 * one text for both languages (a number) or as its English and its Chinese (a label, a printed
 * figure); the English message quotes any Chinese it carries as document text.
 */
import { printedEn, quoteWide, VINTAGE_WORDS } from '../bilingual.js'

/** A message parameter: one text for both languages, or its English and its Chinese. */
export type Param = string | { readonly en: string; readonly zh: string }

/** Message parameters, each in one language. @internal */
export type InLanguage = Readonly<Record<string, string>>

/**
 * The parameters in one language: the English of a pair (its Chinese quoted as document
 * text), or its Chinese. @internal
 */
export function inLanguage(params: Readonly<Record<string, Param>>, lang: 'en' | 'zh'): InLanguage {
  const out: Record<string, string> = {}
  for (const [k, p] of Object.entries(params)) {
    const text = typeof p === 'string' ? p : p[lang]
    out[k] = lang === 'en' ? quoteWide(text) : text
  }
  return out
}

/** Something labelled in both languages (a figure, a rule). */
type Labelled = { readonly label: { readonly zh: string; readonly en?: string | undefined } }

/** A label: its English (its Chinese where it has none) and its Chinese. @internal */
export const labelPair = (x: Labelled): Param => ({ en: x.label.en ?? x.label.zh, zh: x.label.zh })

/** A figure as printed: in English read (`1800张` is `1800 beds`), in Chinese as printed. @internal */
export const printedPair = (printed: string): Param => ({ en: printedEn(printed), zh: printed })

/**
 * A label with its year, unless the label already says the year: `Beds (2025)`, 床位（2025年）.
 * @internal
 */
export function labelWithYear(x: Labelled, year: number | string | null): Param {
  const { en, zh } = labelPair(x) as { en: string; zh: string }
  if (year === null || year === '') return { en, zh }
  const y = String(year)
  return {
    en: en.includes(y) ? en : `${en} (${y})`,
    zh: zh.includes(y) ? zh : `${zh}（${y}年）`,
  }
}

/** Document lines: `lines 40, 738 and 743`, 第40、738、743行. @internal */
export function linesPair(lines: readonly (number | undefined)[]): Param {
  const known = lines.filter((l): l is number => l !== undefined).map(String)
  if (known.length === 0) return { en: 'a line not given', zh: '未注明行号' }
  const last = known[known.length - 1] ?? ''
  const list = known.length === 1 ? last : `${known.slice(0, -1).join(', ')} and ${last}`
  return { en: `line${known.length === 1 ? '' : 's'} ${list}`, zh: `第${known.join('、')}行` }
}

/** A population vintage in words: `6th census`, 六普. @internal */
export function vintagePair(vintage: string): Param {
  const [en, zh] = VINTAGE_WORDS[vintage] ?? [vintage, vintage]
  return { en, zh }
}

/** Decimal digits grouped by thousands, for populations in messages: 827,171.8. @internal */
export const grouped = (text: string): string =>
  text.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','))

/** Figures as printed, joined: `7300 people + 8400 people`, 7300人 + 8400人. @internal */
export function printedListPair(printed: readonly string[], separator: string): Param {
  return {
    en: printed.map(printedEn).join(separator),
    zh: printed.join(separator),
  }
}
