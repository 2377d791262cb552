/**
 * The message table of the error family: every error code with its English and Chinese
 * message. The single place where texts live; codes may be added, never renamed.
 */

import { problemZh } from './schema-issue-zh.js'

/** The values an error message is built from (`received`, `expected`, `limit`, …). */
export type Params = Readonly<Record<string, string | number>>

/** A message in English and Chinese. @internal */
export interface MessagePair {
  readonly en: (p: Params) => string
  readonly zh: (p: Params) => string
}

const s = (p: Params, key: string): string => String(p[key] ?? '?')

/**
 * Every error code with its bilingual message. Codes are stable: they may be added, never
 * renamed. The README's error table is checked against this list by a test.
 */
export const MESSAGES = {
  'invalid-number': {
    en: (p) => `not a decimal number: ${s(p, 'received')}`,
    zh: (p) => `不是有效的十进制数：${s(p, 'received')}`,
  },
  'non-finite-number': {
    en: (p) => `number must be finite, got ${s(p, 'received')}`,
    zh: (p) => `数值必须有限，收到 ${s(p, 'received')}`,
  },
  'number-out-of-range': {
    en: (p) => `number ${s(p, 'received')} is outside the supported range ${s(p, 'range')}`,
    zh: (p) => `数值 ${s(p, 'received')} 超出支持范围 ${s(p, 'range')}`,
  },
  'too-many-digits': {
    en: (p) => `number ${s(p, 'received')} has more than ${s(p, 'limit')} significant digits`,
    zh: (p) => `数值 ${s(p, 'received')} 的有效数字超过 ${s(p, 'limit')} 位`,
  },
  'non-positive-population': {
    en: (p) => `a population must be greater than zero, got ${s(p, 'received')}`,
    zh: (p) => `人口数必须大于零，收到 ${s(p, 'received')}`,
  },
  'negative-value': {
    en: (p) => `value must not be negative, got ${s(p, 'received')}`,
    zh: (p) => `数值不能为负，收到 ${s(p, 'received')}`,
  },
  'non-positive-value': {
    en: (p) => `value must be greater than zero, got ${s(p, 'received')}`,
    zh: (p) => `数值必须大于零，收到 ${s(p, 'received')}`,
  },
  'zero-denominator': {
    en: (p) => `division by zero: ${s(p, 'what')} is 0`,
    zh: (p) => `除数为零：${s(p, 'whatZh') === '?' ? '除数' : s(p, 'whatZh')}为 0`,
  },
  'not-an-integer': {
    en: (p) => `a count must be a whole number, got ${s(p, 'received')}`,
    zh: (p) => `计数必须为整数，收到 ${s(p, 'received')}`,
  },
  'count-too-large': {
    en: (p) => `count ${s(p, 'received')} is too large to be represented exactly`,
    zh: (p) => `计数 ${s(p, 'received')} 过大，无法精确表示`,
  },
  'unknown-base-kind': {
    en: (p) => `unknown population base kind: ${s(p, 'received')} (expected ${s(p, 'expected')})`,
    zh: (p) => `未知的人口基数类型：${s(p, 'received')}（应为 ${s(p, 'expected')}）`,
  },
  'unknown-quantity-kind': {
    en: (p) => `unknown quantity kind: ${s(p, 'received')}`,
    zh: (p) => `未知的资源类型：${s(p, 'received')}`,
  },
  'unknown-vintage': {
    en: (p) => `unknown population vintage: ${s(p, 'received')} (expected ${s(p, 'expected')})`,
    zh: (p) => `未知的人口口径：${s(p, 'received')}（应为 ${s(p, 'expected')}）`,
  },
  'invalid-year': {
    en: (p) => `year must be a whole number between 1900 and 2200, got ${s(p, 'received')}`,
    zh: (p) => `年份必须为 1900 至 2200 之间的整数，收到 ${s(p, 'received')}`,
  },
  'invalid-rounding': {
    en: (p) => `unknown rounding mode ${s(p, 'received')} (expected ${s(p, 'expected')})`,
    zh: (p) => `未知的取整方式 ${s(p, 'received')}（应为 ${s(p, 'expected')}）`,
  },
  'base-mismatch': {
    en: (p) =>
      `a rate per ${s(p, 'expected')} population cannot be applied to a ${s(p, 'received')} base; convert the base explicitly`,
    zh: (p) =>
      `按${s(p, 'expectedZh')}人口计的指标不能直接用于${s(p, 'receivedZh')}人口基数，请先显式换算基数`,
  },
  'kind-mismatch': {
    en: (p) => `expected a quantity of ${s(p, 'expected')}, got ${s(p, 'received')}`,
    zh: (p) => `应为${s(p, 'expectedZh')}，收到${s(p, 'receivedZh')}`,
  },
  'invalid-interval': {
    en: (p) => `interval lower bound ${s(p, 'lo')} is above its upper bound ${s(p, 'hi')}`,
    zh: (p) => `区间下限 ${s(p, 'lo')} 大于上限 ${s(p, 'hi')}`,
  },
  'invalid-comparator': {
    en: (p) => `unknown comparator ${s(p, 'received')} (expected ${s(p, 'expected')})`,
    zh: (p) => `未知的比较方式 ${s(p, 'received')}（应为 ${s(p, 'expected')}）`,
  },
  'invalid-share': {
    en: (p) => `a share must be between 0 and 1 (0% and 100%), got ${s(p, 'received')}`,
    zh: (p) => `比例必须在 0 与 1（0% 与 100%）之间，收到 ${s(p, 'received')}`,
  },
  'invalid-decimals': {
    en: (p) => `decimal places must be a whole number from 0 to 20, got ${s(p, 'received')}`,
    zh: (p) => `小数位数必须为 0 至 20 的整数，收到 ${s(p, 'received')}`,
  },
  'empty-input': {
    en: () => 'input is empty',
    zh: () => '输入为空',
  },
  'input-too-long': {
    en: (p) => `input is longer than ${s(p, 'limit')} characters`,
    zh: (p) => `输入超过 ${s(p, 'limit')} 个字符`,
  },
  'norm-unreadable': {
    en: (p) => `cannot read a norm from "${s(p, 'received')}": ${s(p, 'reason')}`,
    zh: (p) => `无法解析指标文本「${s(p, 'received')}」：${s(p, 'reasonZh')}`,
  },
  'norm-no-number': {
    en: (p) => `norm text "${s(p, 'received')}" holds no number`,
    zh: (p) => `指标文本「${s(p, 'received')}」中没有数值`,
  },
  'norm-conflicting-comparators': {
    en: (p) => `norm text "${s(p, 'received')}" has conflicting comparators`,
    zh: (p) => `指标文本「${s(p, 'received')}」的比较词相互矛盾`,
  },
  'norm-invalid-range': {
    en: (p) => `range in "${s(p, 'received')}" runs downward (${s(p, 'lo')} > ${s(p, 'hi')})`,
    zh: (p) => `「${s(p, 'received')}」中的区间下限大于上限（${s(p, 'lo')} > ${s(p, 'hi')}）`,
  },
  'norm-invalid-ratio': {
    en: (p) => `ratio in "${s(p, 'received')}" is not of the form 1:x with x > 0`,
    zh: (p) => `「${s(p, 'received')}」中的比值不是 1:x（x > 0）的形式`,
  },
  'norm-unknown-scale': {
    en: (p) => `cannot read the population scale in "${s(p, 'received')}"`,
    zh: (p) => `无法识别「${s(p, 'received')}」中的人口单位`,
  },
  'invalid-plan': {
    en: (p) => `invalid plan: ${s(p, 'problem')}`,
    zh: (p) => `规划文件无效：${problemZh(p, '取值不符合规划文件的格式')}`,
  },
  'forbidden-key': {
    en: (p) => `the key "${s(p, 'key')}" is not allowed in input`,
    zh: (p) => `输入中不允许出现键名「${s(p, 'key')}」`,
  },
  'input-too-deep': {
    en: (p) => `input is nested deeper than ${s(p, 'limit')} levels`,
    zh: (p) => `输入嵌套超过 ${s(p, 'limit')} 层`,
  },
  'unknown-reference': {
    en: (p) => `"${s(p, 'id')}" refers to no ${s(p, 'what')} of this plan`,
    zh: (p) => `「${s(p, 'id')}」在本规划中找不到对应的${s(p, 'whatZh')}`,
  },
  'reference-cycle': {
    en: (p) => `rules refer to each other in a cycle: ${s(p, 'cycle')}`,
    zh: (p) => `规则之间存在循环引用：${s(p, 'cycle')}`,
  },
  'kind-mismatch-reference': {
    en: (p) =>
      `rule "${s(p, 'id')}" expects ${s(p, 'expected')} from "${s(p, 'ref')}", which gives ${s(p, 'received')}`,
    zh: (p) =>
      `规则「${s(p, 'id')}」需要来自「${s(p, 'ref')}」的${s(p, 'expected')}，但其给出的是${s(p, 'received')}`,
  },
  'unknown-norm-set': {
    en: (p) => `unknown norm set "${s(p, 'id')}"`,
    zh: (p) => `未知的规范集「${s(p, 'id')}」`,
  },
  'csv-malformed': {
    en: (p) => `CSV cannot be read at row ${s(p, 'row')} (the header is row 1): ${s(p, 'reason')}`,
    zh: (p) => `CSV 第 ${s(p, 'row')} 行（表头为第 1 行）无法解析：${s(p, 'reasonZh')}`,
  },
  'csv-invalid-header': {
    en: (p) => `CSV header (row 1): ${s(p, 'problem')}`,
    zh: (p) => `CSV 表头（第 1 行）：${s(p, 'problemZh')}`,
  },
  'csv-invalid-row': {
    en: (p) =>
      `CSV row ${s(p, 'row')} (the header is row 1), column "${s(p, 'column')}": ${s(p, 'problem')}`,
    zh: (p) =>
      `CSV 第 ${s(p, 'row')} 行（表头为第 1 行）「${s(p, 'column')}」列：${s(p, 'problemZh')}`,
  },
  'malformed-json': {
    en: (p) => `not valid JSON: ${s(p, 'reason')}`,
    zh: (p) => `不是有效的 JSON：${s(p, 'reasonZh') === '?' ? '语法错误' : s(p, 'reasonZh')}`,
  },
  'malformed-yaml': {
    en: (p) => `not valid YAML: ${s(p, 'reason')}`,
    zh: (p) => `不是有效的 YAML：${s(p, 'reasonZh') === '?' ? '语法错误' : s(p, 'reasonZh')}`,
  },
  'file-unreadable': {
    en: (p) => `cannot read the file: ${s(p, 'reason')}`,
    zh: (p) => `无法读取文件：${s(p, 'reasonZh')}`,
  },
  'file-unwritable': {
    en: (p) => `cannot write the file: ${s(p, 'reason')}`,
    zh: (p) => `无法写入文件：${s(p, 'reasonZh')}`,
  },
  'output-exists': {
    en: () => 'the output file already exists; add --force to overwrite it',
    zh: () => '输出文件已存在；如需覆盖请加 --force',
  },
  'invalid-argument': {
    en: (p) => `invalid argument: ${s(p, 'problem')}`,
    zh: (p) => `参数无效：${s(p, 'problemZh')}`,
  },
  'norm-not-a-rate': {
    en: (p) =>
      `norm text "${s(p, 'received')}" is not a per-capita rate with one figure (it reads as ${s(p, 'form')})`,
    zh: (p) =>
      `指标文本「${s(p, 'received')}」不是单一数值的按人口配置标准（识别为${s(p, 'formZh')}）`,
  },
  'implausible-value': {
    en: (p) =>
      `${s(p, 'received')} is beyond the plausible range ${s(p, 'limit')}: ${s(p, 'hint')}`,
    zh: (p) => `${s(p, 'received')} 超出合理范围 ${s(p, 'limit')}：${s(p, 'hintZh')}`,
  },
  'invalid-level': {
    en: (p) => `rule "${s(p, 'id')}" cannot take this value or range: ${s(p, 'problem')}`,
    zh: (p) => `规则「${s(p, 'id')}」不能取此数值或区间：${s(p, 'problemZh')}`,
  },
  'invalid-scenario': {
    en: (p) => `invalid scenario: ${s(p, 'problem')}`,
    zh: (p) => `情景无效：${problemZh(p, '取值不符合情景文件的格式')}`,
  },
  'invalid-options': {
    en: (p) => `invalid options: ${s(p, 'problem')}`,
    zh: (p) => `选项无效：${problemZh(p, '选项取值不符合要求')}`,
  },
  'work-too-large': {
    en: (p) =>
      `${s(p, 'what')} would take ${s(p, 'received')} rule evaluations; at most ${s(p, 'limit')} are allowed in one call`,
    zh: (p) => `该计算需要 ${s(p, 'received')} 次规则计算，单次调用最多允许 ${s(p, 'limit')} 次`,
  },
  'too-many-runs': {
    en: (p) => `${s(p, 'received')} runs requested; at most ${s(p, 'limit')} are allowed`,
    zh: (p) => `请求模拟 ${s(p, 'received')} 次，最多允许 ${s(p, 'limit')} 次`,
  },
  'input-too-large': {
    en: (p) => `input holds more than ${s(p, 'limit')} ${s(p, 'what')}`,
    zh: (p) => `输入中的${s(p, 'whatZh')}超过 ${s(p, 'limit')} 个`,
  },
} as const satisfies Record<string, MessagePair>
