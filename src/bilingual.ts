/**
 * What English and Chinese texts share: which characters are East Asian wide, the English of
 * the units and vintages plans print, and how a figure printed in Chinese reads in English
 * ("1800张" is `1800 beds`; what cannot be read is quoted as printed). The auditor's messages
 * and the report's tables both use it, so that English text never carries a bare Chinese word.
 */

/** East Asian wide and full-width code points: Chinese, Japanese, Korean, full-width forms. */
export const WIDE: readonly (readonly [number, number])[] = Object.freeze([
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
] as const)

/** Whether a code point is East Asian wide. @internal */
export const isWide = (cp: number): boolean => WIDE.some(([lo, hi]) => cp >= lo && cp <= hi)

/** Whether a text holds an East Asian wide character. @internal */
export function hasWide(text: string): boolean {
  for (const ch of text) if (isWide(ch.codePointAt(0) ?? 0)) return true
  return false
}

/** Quotes that open and close quoted document text. */
const QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '"': '"' }

/**
 * English text with every run of Chinese in it quoted as document text: `Beds of 宁波前湾新区医院
 * excluded from 表2` reads `Beds of “宁波前湾新区医院” excluded from “表2”`. A run already
 * inside quotes is left as it is. @internal
 */
export function quoteWide(text: string): string {
  let out = ''
  let run = ''
  let closing: string | null = null
  const flush = () => {
    if (run === '') return
    const core = run.trimEnd()
    const [open, close] = /[“”]/.test(core) ? ['「', '」'] : ['“', '”']
    out += hasWide(core) ? `${open}${core}${close}${run.slice(core.length)}` : run
    run = ''
  }
  for (const ch of text) {
    if (closing !== null) {
      out += ch
      if (ch === closing) closing = null
    } else if (run === '' && QUOTES[ch] !== undefined) {
      out += ch
      closing = QUOTES[ch] ?? null
    } else if (isWide(ch.codePointAt(0) ?? 0) || (run !== '' && /[\d.:/%‰ ·“”-]/.test(ch))) {
      run += ch
    } else {
      flush()
      out += ch
    }
  }
  flush()
  return out
}

/** The English of the units plans print; a unit not here is quoted as printed. */
const UNIT_EN: Readonly<Record<string, string>> = {
  张: 'beds',
  人: 'people',
  名: 'people',
  人次: 'visits',
  辆: 'vehicles',
  个: 'units',
  家: 'institutions',
  所: 'institutions',
  处: 'sites',
  吨: 'tonnes',
  天: 'days',
  岁: 'years',
  分钟: 'minutes',
  公里: 'km',
  元: 'yuan',
  万元: '×10⁴ yuan',
  亿元: '×10⁸ yuan',
  万平方米: '×10⁴ m²',
  平方米: 'm²',
  项: 'items',
  条: 'items',
  分: 'points',
  级: 'level',
  指数: 'index',
  '%': '%',
  '％': '%',
  '‰': '‰',
  '%/年': '% a year',
  '个百分点/年': 'percentage points a year',
  '1/10万': 'per 100,000',
  '/10万': 'per 100,000',
  '个/千人': 'per 1,000 people',
  '男婴/100女婴': 'boys per 100 girls',
  '男/100女': 'males per 100 females',
  '辆/2.5吨': 'vehicles per 2.5 tonnes',
  '人/村级医疗卫生机构': 'people per village clinic',
  '个/建制镇': 'per town',
  '家/镇': 'per town',
  '个/乡镇（街道）': 'per township (subdistrict)',
  '家/街道（或3-10万人）': 'per subdistrict (or 30,000 to 100,000 people)',
}

/** A printed unit in English, or `null` when the table does not know it. @internal */
export const unitEn = (unit: string): string | null => UNIT_EN[unit.trim()] ?? null

/** The vintages of population counts, in words. @internal */
export const VINTAGE_WORDS: Readonly<Record<string, readonly [en: string, zh: string]>> = {
  'census-6': ['6th census', '六普'],
  'census-7': ['7th census', '七普'],
  yearbook: ['yearbook', '统计年鉴'],
  projection: ['projection', '预测'],
  derived: ['derived', '推算'],
  estimate: ['estimate', '估计'],
}

/** Comparator words printed before or after a figure, as symbols. */
const BEFORE: Readonly<Record<string, string>> = {
  不低于: '≥',
  不少于: '≥',
  达到: '',
  小于: '<',
  低于: '<',
  不足: '<',
  不超过: '≤',
  超过: '>',
  约: '≈',
}
const AFTER: Readonly<Record<string, string>> = { 以上: '≥', 以下: '≤', 以内: '≤', 左右: '≈' }

const PRINTED = new RegExp(
  `^(${Object.keys(BEFORE).join('|')})?\\s*([\\d.]+(?:\\([\\d.]+\\))?)\\s*(\\S*?)\\s*(${Object.keys(AFTER).join('|')})?$`,
)

/**
 * A figure as printed, in English: `1800张` is `1800 beds`, `不低于1.50张` `≥ 1.50 beds`,
 * `1.50张左右` `≈ 1.50 beds`; text without Chinese is kept; anything else is quoted as printed.
 * @internal
 */
export function printedEn(printed: string): string {
  if (!hasWide(printed)) return printed
  const m = PRINTED.exec(printed.trim())
  const unit = m?.[3] ?? ''
  const en = unit === '' ? '' : unitEn(unit)
  if (m === null || en === null) return `“${printed}”`
  const symbol = BEFORE[m[1] ?? ''] || AFTER[m[4] ?? ''] || ''
  const space = en === '' || /^[%‰]/.test(en) ? '' : ' '
  return `${symbol === '' ? '' : `${symbol} `}${m[2]}${space}${en}`
}
