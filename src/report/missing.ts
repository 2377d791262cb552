/**
 * What a rule without a result lacks, in a language. Results say it in English
 * (`registered population for 2025`); Chinese output reads the same facts in Chinese.
 */
import type { Lang } from './grid.js'
import { baseKindWord } from './words.js'

const BED_KIND_ZH: Readonly<Record<string, string>> = { open: '实际开放', approved: '编制' }

type Reader = readonly [RegExp, (m: RegExpExecArray, names: Names) => string]

/** Facility id → name, to say which facilities lack data by name. */
type Names = ReadonlyMap<string, string>

/** Facility ids (`renmin, liuyuan`) as their names, joined the Chinese way. */
const facilityList = (ids: string, names: Names): string =>
  ids
    .split(', ')
    .map((id) => names.get(id) ?? `「${id}」`)
    .join('、')

/** The forms of `missing` that rules give, each with its Chinese. */
const READERS: readonly Reader[] = [
  [/^(\w+) population for (\d{4})$/, (m) => `${m[2]}年${baseKindWord(m[1] ?? '', 'zh')}`],
  [/^base "([^"]*)" \((\w+)\)$/, (m) => `人口基数「${m[1]}」（${baseKindWord(m[2] ?? '', 'zh')}）`],
  [
    /^one (\w+) base for (\d{4}), found (.*)$/,
    (m) => `${m[2]}年${baseKindWord(m[1] ?? '', 'zh')}基数只应有一个，现有${m[3]}`,
  ],
  [/^stock "([^"]*)"$/, (m) => `存量「${m[1]}」`],
  [
    /^rule "([^"]*)" gives a range, not one amount$/,
    (m) => `规则「${m[1]}」给出的是区间而非单一数值`,
  ],
  [
    /^(open|approved) beds for (\d{4}) of (.*)$/,
    (m, names) => `${facilityList(m[3] ?? '', names)}的${m[2]}年${BED_KIND_ZH[m[1] ?? '']}床位数`,
  ],
]

/**
 * What a rule lacks, in a language: English as the result says it; Chinese read from it
 * (`registered population for 2025` is 2025年户籍人口), facilities by their `names` where
 * given. A form it cannot read is said in general words rather than left in English.
 * @internal
 */
export function missingText(missing: string, lang: Lang, names: Names = new Map()): string {
  if (lang === 'en') return missing
  const nested = /^rule "([^"]*)" has no result \((.*)\)$/.exec(missing)
  if (nested) return `规则「${nested[1]}」无结果（${missingText(nested[2] ?? '', lang, names)}）`
  for (const [pattern, zh] of READERS) {
    const m = pattern.exec(missing)
    if (m) return zh(m, names)
  }
  return missing === 'not evaluated' ? '未计算' : '所需数据'
}
