/**
 * Display width of text in a terminal: Chinese characters and full-width forms take two
 * columns, combining marks none.
 */
import { WIDE, hasWide as wideIn } from '../bilingual.js'
import { describe } from '../decimal.js'
import { fail } from '../errors.js'

const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
]

/** Text of characters below U+0300 only: no wide character, no combining mark. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
const NARROW = /^[\u0000-\u02ff]*$/

const within = (cp: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi)

/**
 * Whether a text holds a wide (East Asian) character: Chinese, Japanese, Korean, full-width
 * forms.
 * @internal
 */
export function hasWide(text: string): boolean {
  return wideIn(textArg(text))
}

/** The text argument of the width functions: a string, at most 1,000,000 characters. */
function textArg(text: unknown): string {
  if (typeof text !== 'string' || text.length > 1_000_000) {
    fail('invalid-argument', ['text'], {
      problem: `expected a text of at most 1,000,000 characters, got ${describe(text)}`,
      problemZh: `应为不超过 1,000,000 个字符的文本，收到 ${describe(text)}`,
    })
  }
  return text
}

/** A width argument: a whole number of columns from 0 to 10,000. */
function widthArg(width: unknown): number {
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 0 || width > 10_000) {
    fail('invalid-argument', ['width'], {
      problem: `expected a whole number of columns from 0 to 10000, got ${describe(width)}`,
      problemZh: `宽度应为 0 至 10000 的整数，收到 ${describe(width)}`,
    })
  }
  return width
}

/**
 * How many terminal columns a text takes: East Asian wide characters two, combining marks
 * none, others one.
 * @internal
 */
export function displayWidth(text: string): number {
  const t = textArg(text)
  // below U+0300 every character takes one column (most tables are only these)
  if (NARROW.test(t)) return t.length
  let w = 0
  for (const ch of t) {
    const cp = ch.codePointAt(0) ?? 0
    if (within(cp, ZERO)) continue
    w += within(cp, WIDE) ? 2 : 1
  }
  return w
}

/**
 * Replaces control characters (line breaks, tabs, escape sequences) by spaces, so that a cell
 * stays on one line and cannot drive the terminal.
 */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the target
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
}

const WIDE_CLASS =
  '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6'

/**
 * The pieces a line may break between: a word with its trailing spaces (a hyphen between letters
 * ends a piece too: `beds-per-1000` may break after `beds-`; `-1,044` stays whole), or one
 * wide character with the opening marks before it and the closing marks after it (no line
 * starts with ，).
 */
const PIECES = new RegExp(
  `[（「『【《“]*[${WIDE_CLASS}][，。；：、）」』】》”！？]*|[^\\s${WIDE_CLASS}]+\\s*|\\s+`,
  'gu',
)

const pieces = (text: string): string[] =>
  (text.match(PIECES) ?? []).flatMap((p) => p.split(/(?<=[A-Za-z]-)(?=[A-Za-z])/))

/** Splits a piece wider than `width` into pieces of at most `width` columns, in one pass. */
function splitWide(piece: string, width: number): string[] {
  const out: string[] = []
  let cur = ''
  let w = 0
  for (const ch of piece) {
    const cw = displayWidth(ch)
    if (cur !== '' && w + cw > width) {
      out.push(cur)
      cur = ''
      w = 0
    }
    cur += ch
    w += cw
  }
  if (cur !== '') out.push(cur)
  return out
}

/**
 * Text broken into lines of at most `width` display columns: between words, between Chinese
 * characters, and inside a word only when the word alone is wider than a line. Linear in the
 * length of the text.
 * @internal
 */
export function wrapText(text: string, width: number): string[] {
  textArg(text)
  widthArg(width)
  if (width <= 0 || displayWidth(text) <= width) return [text]
  const lines: string[] = []
  let cur = ''
  let w = 0
  for (const piece of pieces(text).flatMap((p) => splitWide(p, width))) {
    const shown = displayWidth(piece.trimEnd())
    if (cur !== '' && w + shown > width) {
      lines.push(cur.trimEnd())
      cur = piece.trimStart()
      w = displayWidth(cur)
    } else {
      cur += piece
      w += displayWidth(piece)
    }
  }
  if (cur.trim() !== '') lines.push(cur.trimEnd())
  return lines.length === 0 ? [''] : lines
}

/**
 * Text cut to at most `width` display columns, ending in `…` where it was cut.
 * @internal
 */
export function truncateText(text: string, width: number): string {
  textArg(text)
  widthArg(width)
  if (width <= 0 || displayWidth(text) <= width) return text
  // one pass: the columns so far, not the width of the growing text at every character
  let out = ''
  let used = displayWidth('…')
  for (const ch of text) {
    const w = displayWidth(ch)
    if (used + w > width) break
    out += ch
    used += w
  }
  return `${out}…`
}
