/**
 * A schema problem in Chinese, by its issue code: what zod reports in English (`Invalid input:
 * expected string, received number`), read from the issue's code and fields. The error
 * messages of `invalid-plan`, `invalid-scenario` and `invalid-options` use it when they are
 * given the issue (`issue`, `expected`, `minimum`, …) and no Chinese text of their own.
 */

/** The fields of a schema issue a Chinese message needs, as error parameters carry them. */
export type IssueParams = Readonly<Record<string, string | number | undefined>>

/** The JavaScript types zod names, in Chinese. */
const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数值',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '空缺',
  bigint: '大整数',
  nan: '非数值',
}

/** What a size limit is about: a number's value, a text's length, a list's entries. */
const ORIGIN_ZH: Readonly<Record<string, string>> = {
  number: '数值',
  int: '数值',
  string: '字符数',
  array: '条目数',
  set: '条目数',
  file: '文件大小',
}

const typeZh = (t: unknown): string => TYPE_ZH[String(t)] ?? String(t)

/**
 * The Chinese of one schema issue, or `null` when the parameters carry none. Codes are zod's:
 * `invalid_type`, `too_small`, `too_big`, `invalid_format`, `invalid_value`,
 * `unrecognized_keys`, `invalid_union`, `invalid_key`, `invalid_element`, `not_multiple_of`,
 * `custom`.
 * @internal
 */
export function schemaIssueZh(p: IssueParams): string | null {
  const inclusive = p.inclusive !== 'false'
  const what = ORIGIN_ZH[String(p.origin)] ?? '取值'
  switch (p.issue) {
    case undefined:
      return null
    case 'invalid_type':
      return p.expected === undefined
        ? '类型不符合要求'
        : `应为${typeZh(p.expected)}${p.received === undefined ? '' : `，收到${typeZh(p.received)}`}`
    case 'too_small':
      return `${what}应${inclusive ? '不小于' : '大于'} ${p.minimum ?? '?'}`
    case 'too_big':
      return `${what}应${inclusive ? '不大于' : '小于'} ${p.maximum ?? '?'}`
    case 'invalid_format':
      return p.format === 'regex' || p.format === undefined
        ? '格式不符合要求'
        : `格式应为 ${p.format}`
    case 'invalid_value':
      return p.values === undefined ? '取值不在允许范围内' : `应为以下取值之一：${p.values}`
    case 'unrecognized_keys':
      return `有未知的键${p.keys === undefined ? '' : `：${p.keys}`}`
    case 'invalid_union':
      return '不符合任何一种允许的形式'
    case 'invalid_key':
      return '键名不符合要求'
    case 'invalid_element':
      return '集合中有不符合要求的条目'
    case 'not_multiple_of':
      return `应为 ${p.divisor ?? '?'} 的倍数`
    default:
      return '取值不符合要求'
  }
}

/**
 * The Chinese of a problem: its own Chinese text (`problemZh`), else the Chinese of the schema
 * issue it came from, else `fallback`. @internal
 */
export function problemZh(p: IssueParams, fallback: string): string {
  const own = p.problemZh
  if (own !== undefined) return String(own)
  const issue = schemaIssueZh(p)
  const more = p.more === undefined || Number(p.more) === 0 ? '' : `（另有 ${p.more} 处问题）`
  return issue === null ? fallback : `${issue}${more}`
}
