/**
 * Chinese numerals in norm text: their value (两 2, 二十 20, 一百零五 105, 三万 30000, 一万五
 * 15000), and the fold that writes a counted figure in digits (每千人口两名 → 每千人口2名) while
 * leaving words that hold a numeral (三级医院, 十四五, 第一人民医院, 一次性) as they are.
 */

const DIGITS: ReadonlyMap<string, bigint> = new Map([
  ['零', 0n],
  ['〇', 0n],
  ['一', 1n],
  ['二', 2n],
  ['两', 2n],
  ['三', 3n],
  ['四', 4n],
  ['五', 5n],
  ['六', 6n],
  ['七', 7n],
  ['八', 8n],
  ['九', 9n],
])
const SMALL_UNITS: ReadonlyMap<string, bigint> = new Map([
  ['十', 10n],
  ['百', 100n],
  ['千', 1000n],
])
const BIG_UNITS: ReadonlyMap<string, bigint> = new Map([
  ['万', 10_000n],
  ['亿', 100_000_000n],
])

/** Every character of a Chinese numeral. @internal */
export const NUMERAL_CHARS: ReadonlySet<string> = new Set([
  ...DIGITS.keys(),
  ...SMALL_UNITS.keys(),
  ...BIG_UNITS.keys(),
])

/** Counting units after which a Chinese numeral is a figure (两名, 三十张, 五家). */
const COUNT_UNITS = new Set([...'张人名辆个家所台位'])
/** What may join two figures of a range (五至六名 is read as 5至6名, then refused as digits are). */
const CONNECTORS = new Set([...'-~～〜—–－‐‑‒―−至到'])
/** After these a numeral is not a figure: 每/slash scales are read there, 第 makes an ordinal. */
const NOT_AFTER = new Set([...'每/第.0123456789'])

/** The state of {@link chineseInteger} between characters. */
interface Reading {
  total: bigint
  section: bigint
  digit: bigint | null
  zero: boolean
  lastSmall: bigint
  lastBig: bigint
  lastUnit: bigint
}

/** Adds a unit character to `r`; `false` when it cannot stand there. */
function addUnit(r: Reading, ch: string, first: boolean): boolean {
  const small = SMALL_UNITS.get(ch)
  if (small !== undefined) {
    if (small >= r.lastSmall) return false
    if (r.digit === null && !(small === 10n && first)) return false
    r.section += (r.digit ?? 1n) * small
    r.lastSmall = small
  } else {
    const big = BIG_UNITS.get(ch) ?? 0n
    // 一千二万 (1200万 or 1002万?) and 一百零万 are not read
    const abbreviated = r.digit !== null && !r.zero && r.lastSmall < 10_000n && r.lastSmall > 10n
    if (big >= r.lastBig || abbreviated || (r.zero && r.digit === null)) return false
    const section = r.section + (r.digit ?? 0n)
    if (section === 0n) return false
    r.total += section * big
    r.section = 0n
    r.lastSmall = 10_000n
    r.lastBig = big
  }
  r.lastUnit = small ?? BIG_UNITS.get(ch) ?? 1n
  r.digit = null
  r.zero = false
  return true
}

/**
 * The value of a run of Chinese numeral characters, or `null` when it is not one number:
 * 两 2, 十五 15, 二十 20, 一百零五 105, 一百二 120, 三千五 3500, 三万 30000, 一万五 15000,
 * 一亿三千万 130000000; 十四五, 二〇二五, 一一, 一万亿 and a trailing 零 are not numbers.
 * @internal
 */
export function chineseInteger(run: string): bigint | null {
  if (run === '零' || run === '〇') return 0n
  const r: Reading = {
    total: 0n,
    section: 0n,
    digit: null,
    zero: false,
    lastSmall: 10_000n,
    lastBig: 10n ** 12n,
    lastUnit: 1n,
  }
  let first = true
  for (const ch of run) {
    const d = DIGITS.get(ch)
    if (d === 0n) {
      if (r.digit !== null || r.zero || (r.total === 0n && r.section === 0n)) return null
      r.zero = true
    } else if (d !== undefined) {
      if (r.digit !== null) return null
      r.digit = d
    } else if (!addUnit(r, ch, first)) {
      return null
    }
    first = false
  }
  if (r.zero && r.digit === null) return null
  if (r.digit === null) return r.total + r.section
  // a last digit straight after 百, 千, 万 or 亿 counts in the next unit down (一百二 is 120)
  const scale = r.zero || r.lastUnit <= 10n ? 1n : r.lastUnit / 10n
  return r.total + r.section + r.digit * scale
}

/** Whether `run` may begin a number: a digit, or 十 (十五); 千人 and 万人 are words. */
function canStart(run: string): boolean {
  const first = run.charAt(0)
  return first === '十' || (DIGITS.has(first) && (DIGITS.get(first) !== 0n || run.length === 1))
}

/** A run of numeral characters from `at`, with its value when it is a number. @internal */
export function readChineseNumeral(
  s: string,
  at: number,
): { readonly value: bigint; readonly end: number } | null {
  let end = at
  while (end < s.length && NUMERAL_CHARS.has(s.charAt(end))) end += 1
  const run = s.slice(at, end)
  if (run === '' || !canStart(run)) return null
  const value = chineseInteger(run)
  return value === null ? null : { value, end }
}

/** A number in digits, keeping a last 万 or 亿 of the text (三万 → 3万, 一万五 → 15000). */
function digitsOf(run: string, value: bigint): string {
  const big = BIG_UNITS.get(run.charAt(run.length - 1))
  return big === undefined ? String(value) : `${value / big}${run.charAt(run.length - 1)}`
}

/** Where each maximal run of numeral characters in `text` starts and ends. */
function runsOf(text: string): { readonly start: number; readonly end: number }[] {
  const runs: { start: number; end: number }[] = []
  for (let i = 0; i < text.length; i++) {
    if (!NUMERAL_CHARS.has(text.charAt(i))) continue
    const start = i
    while (i < text.length && NUMERAL_CHARS.has(text.charAt(i))) i += 1
    runs.push({ start, end: i })
  }
  return runs
}

/**
 * Writes in digits each Chinese numeral that is a figure: one followed by a counting unit
 * (两名 → 2名), or by a range connector and another figure (五～六名 → 5～6名). A numeral after
 * 每, a slash, 第 or a digit, or followed by anything else, is left as written. Folding twice
 * changes nothing. @internal
 */
export function foldChineseFigures(text: string): string {
  let out = text
  let nextStart = -1
  for (const run of runsOf(text).reverse()) {
    const folded = figureAt(text, run.start, run.end, nextStart)
    nextStart = folded === null ? -1 : run.start
    if (folded !== null) out = out.slice(0, run.start) + folded + out.slice(run.end)
  }
  return out
}

/**
 * The digits of the numeral from `start` to `end` when it is a figure, else `null`;
 * `folded` is where the next figure folded starts (-1 if it was not folded).
 */
function figureAt(text: string, start: number, end: number, folded: number): string | null {
  const run = text.slice(start, end)
  if (NOT_AFTER.has(text.charAt(start - 1)) || !canStart(run)) return null
  const value = chineseInteger(run)
  if (value === null) return null
  if (COUNT_UNITS.has(text.charAt(end))) return digitsOf(run, value)
  let k = end
  while (k < end + 2 && CONNECTORS.has(text.charAt(k))) k += 1
  const next = text.charAt(k)
  const figureNext = k === folded || (next >= '0' && next <= '9')
  return k > end && figureNext ? digitsOf(run, value) : null
}
