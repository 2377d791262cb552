/**
 * Folds norm text to one spelling, character by character and then figure by figure. The
 * public entry, which checks the input first, is `normalizeNormText` in parse-norm.ts.
 */
import { foldChineseFigures } from './chinese-numerals.js'

const CHAR_FOLD: ReadonlyMap<string, string> = new Map([
  ['．', '.'],
  ['％', '%'],
  ['﹪', '%'],
  ['∶', ':'],
  ['：', ':'],
  ['﹕', ':'],
  ['︰', ':'],
  ['（', '('],
  ['）', ')'],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['≧', '≥'],
  ['≦', '≤'],
  ['⩾', '≥'],
  ['⩽', '≤'],
  ['／', '/'],
])

const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
const SPACE = /\s/
/** A comma between thousands: "5,000" → "5000". */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g
/**
 * One or two dash-like characters between figures become the range dash. 至 and 到 are left
 * alone: "由3.74到4.58" is a change, not a range.
 */
const RANGE_DASH = /([\d%‰])[-~～〜—–－‐‑‒―−]{1,2}(?=\d)/g

/** One character folded: full-width digits and signs to ASCII, spaces and zero-widths dropped. */
function foldChar(ch: string): string {
  if (SPACE.test(ch) || INVISIBLE.has(ch)) return ''
  const code = ch.codePointAt(0) ?? 0
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0)
  return CHAR_FOLD.get(ch) ?? ch
}

/**
 * Folds checked norm text: characters, Chinese numerals that count (两名 → 2名), thousands
 * commas, `>=`/`<=`, range dashes. @internal
 */
export function foldNormText(text: string): string {
  let out = ''
  for (const ch of text) out += foldChar(ch)
  return foldChineseFigures(out)
    .replace(THOUSANDS, '$1')
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤')
    .replace(RANGE_DASH, '$1-')
}
