/**
 * Where a figure comes from: the document's file name, its line, and the quoted text.
 */

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
