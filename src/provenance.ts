/**
 * Where a figure comes from: the document's file name, its line, and the quoted text.
 */
import type { Path } from './errors.js'
import { savedFields, type What, wrongType } from './made.js'

/**
 * The provenance of a rule, base, stock or stated figure.
 *
 * @example
 * ```ts
 * import { rate, type Source } from 'bedstaff'
 *
 * const source: Source = { document: '003_060dd4848616d4d7.txt', line: 143, quote: '每千常住人口4.58张' }
 * rate('beds', '4.58', { per: 1000, base: 'resident', source }).source // => {"document":"003_060dd4848616d4d7.txt","line":143,"quote":"每千常住人口4.58张"}
 * ```
 */
export interface Source {
  /** The document's file name (or a citation for a published norm). */
  readonly document: string
  /** The 1-based line in that document, when it has lines. */
  readonly line?: number | undefined
  /** The text quoted from the document, as printed. */
  readonly quote?: string | undefined
  /** A remark: how a value was derived, or a caveat about a secondary source. */
  readonly note?: string | undefined
}

const SOURCE: What = {
  en: 'a source { document, line?, quote?, note? }',
  zh: '出处 { document, line?, quote?, note? }',
}
const SOURCE_KEYS = ['document', 'line', 'quote', 'note'] as const

/** An optional text field of a source. */
function text(value: unknown, path: Path, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    return wrongType({ en: 'a text', zh: '文本' }, value, path)
  }
  return value
}

/**
 * A source as the library keeps it: `null` when none is given, else a frozen copy with a
 * non-empty `document`, a `line` from 1, and text `quote` and `note` (keys left `undefined` are
 * dropped). @internal
 *
 * @throws BedstaffError `invalid-argument`
 */
export function validSource(value: unknown, path: Path): Source | null {
  if (value === undefined || value === null) return null
  const o = savedFields(value, SOURCE, SOURCE_KEYS, path)
  const document = text(o.document, [...path, 'document'], true) as string
  const line = o.line
  if (line !== undefined && (!Number.isSafeInteger(line) || (line as number) < 1)) {
    wrongType({ en: 'a line number from 1', zh: '从 1 起的行号' }, line, [...path, 'line'])
  }
  const quote = text(o.quote, [...path, 'quote'], false)
  const note = text(o.note, [...path, 'note'], false)
  return Object.freeze({
    document,
    ...(line === undefined ? {} : { line: line as number }),
    ...(quote === undefined ? {} : { quote }),
    ...(note === undefined ? {} : { note }),
  })
}
