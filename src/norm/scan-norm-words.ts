/**
 * Finds the words of a clause — comparators, quantity names, population bases, named ratios,
 * 各 — scanning left to right by longest match, so that 临床 is not read as 床.
 */

import type { Comparator } from '../comparator.js'
import type { BaseKind } from '../population/base.js'
import type { QuantityKind } from '../quantity/kinds.js'
import { type ComparatorWord, comparatorWords, type FoundComparators } from './norm-comparators.js'
import { BASE_WORDS, KIND_WORDS, PAIR_WORDS, SKIP_WORDS } from './norm-vocabulary.js'

/** What one lexicon word means. */
type Word =
  | ({ readonly t: 'cmp' } & ComparatorWord)
  | { readonly t: 'kind'; readonly k: QuantityKind }
  | { readonly t: 'base'; readonly b: BaseKind }
  | { readonly t: 'pair'; readonly from: QuantityKind; readonly to: QuantityKind | null }
  | { readonly t: 'each' }
  | { readonly t: 'skip' }

/** Every word the scanner knows, with what it means. */
function buildLexicon(): ReadonlyMap<string, Word> {
  const m = new Map<string, Word>()
  for (const [w, cmp] of comparatorWords()) m.set(w, { t: 'cmp', ...cmp })
  for (const [k, words] of KIND_WORDS) for (const w of words) m.set(w, { t: 'kind', k })
  for (const [b, words] of BASE_WORDS) for (const w of words) m.set(w, { t: 'base', b })
  for (const [w, from, to] of PAIR_WORDS) m.set(w, { t: 'pair', from, to })
  m.set('各', { t: 'each' })
  for (const w of SKIP_WORDS) m.set(w, { t: 'skip' })
  return m
}

const LEXICON = buildLexicon()
const LONGEST_WORD = Math.max(...[...LEXICON.keys()].map((w) => w.length))

/** The words found in a clause, each kind of word distinct and in order. @internal */
export interface Words extends FoundComparators {
  readonly kinds: readonly QuantityKind[]
  readonly bases: readonly BaseKind[]
  readonly pair: { readonly from: QuantityKind; readonly to: QuantityKind | null } | null
  readonly each: boolean
}

/** The longest lexicon word starting at `i`, or `null`. */
function longestWord(
  s: string,
  i: number,
): { readonly word: Word; readonly length: number } | null {
  for (let len = Math.min(LONGEST_WORD, s.length - i); len > 0; len--) {
    const word = LEXICON.get(s.slice(i, i + len))
    if (word !== undefined) return { word, length: len }
  }
  return null
}

/** Appends `item` unless the list has it. */
function pushNew<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item)
}

/** Scans a clause for its words by longest match, left to right. @internal */
export function scanWords(s: string): Words {
  const strong: Comparator[] = []
  const weak: Comparator[] = []
  const kinds: QuantityKind[] = []
  const bases: BaseKind[] = []
  let pair: Words['pair'] = null
  let each = false
  let i = 0
  while (i < s.length) {
    const hit = longestWord(s, i)
    if (hit === null) {
      i += 1
      continue
    }
    const w = hit.word
    if (w.t === 'cmp') pushNew(w.weak ? weak : strong, w.c)
    else if (w.t === 'kind') pushNew(kinds, w.k)
    else if (w.t === 'base') pushNew(bases, w.b)
    else if (w.t === 'pair') pair = pair ?? { from: w.from, to: w.to }
    else if (w.t === 'each') each = true
    i += hit.length
  }
  return { strong, weak, kinds, bases, pair, each }
}
