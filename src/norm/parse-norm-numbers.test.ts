/**
 * parseNorm reads numbers as the plans print them: 万 and 亿 after a figure, Chinese numerals
 * that count (两名, 二十张) and scales written in them (每三万人口), a bracketed year that is not
 * an alternate figure, and it refuses what it cannot read exactly (=>, 1-1.5万, 3千).
 */
import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../errors.js'
import { expected, expectNormError, type Fields, num, point, range } from './norm-test-helpers.js'
import { normalizeNormText, parseNorm } from './parse-norm.js'

describe('parseNorm: numbers as printed', () => {
  const cases: readonly (readonly [string, Fields])[] = [
    // 万 and 亿 after a figure multiply it; the printed form keeps them
    ['床位总数达到1万张', { quantity: 'beds', value: point('10000', '1万'), unit: '张' }],
    ['0.9万张', { quantity: 'beds', value: point('9000', '0.9万'), unit: '张' }],
    ['常住人口1.2亿人', { value: point('120000000', '1.2亿'), unit: '人' }],
    [
      '1万-1.5万张',
      { quantity: 'beds', value: range(num('10000', '1万'), num('15000', '1.5万')), unit: '张' },
    ],
    ['1.2万(1.1万)', { value: point('12000', '1.2万', num('11000', '1.1万')) }],
    [
      '不低于20%且不少于1万张',
      {
        form: 'share',
        quantity: 'beds',
        comparator: 'ge',
        value: point('0.2', '20%'),
        unit: '%',
        floor: num('10000', '1万'),
      },
    ],
    // Chinese numerals that count are written in digits; a 每 scale may be written in them
    [
      '每千人口两名',
      {
        normalized: '每千人口2名',
        form: 'rate',
        value: point('2'),
        unit: '名',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '每三万人口一辆',
      {
        normalized: '每三万人口1辆',
        form: 'rate',
        quantity: 'ambulances',
        value: point('1'),
        unit: '辆',
        scale: { per: '30000', base: null },
      },
    ],
    [
      '每千常住人口床位二十张',
      {
        normalized: '每千常住人口床位20张',
        form: 'rate',
        quantity: 'beds',
        value: point('20'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    ['服务人口三万人', { normalized: '服务人口3万人', value: point('30000', '3万'), unit: '人' }],
    ['五～六名', { normalized: '5-6名', value: range(num('5'), num('6')), unit: '名' }],
    [
      '每床两人',
      { normalized: '每床2人', form: 'per-unit', perUnit: 'beds', value: point('2'), unit: '人' },
    ],
    // words that hold a numeral are not figures
    [
      '三级医院每床不少于0.7人',
      { form: 'per-unit', perUnit: 'beds', comparator: 'ge', value: point('0.7'), unit: '人' },
    ],
    [
      '十四五期间每千常住人口4.58张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    [
      '第一人民医院每床0.7人',
      { form: 'per-unit', perUnit: 'beds', value: point('0.7'), unit: '人' },
    ],
    // a bracketed year is not an alternate figure; a bracketed figure still is
    [
      '每千人口4.58张(2025)',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '每千常住人口4.58张（2021-2025年）',
      {
        normalized: '每千常住人口4.58张(2021-2025年)',
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    // fixtures/haishu-2021-2025.json, document 004 L38: "每千人医疗卫生机构床位数 | 张 | 6.2 |
    // 7.65(7.28)", the bracket on the 7th census (footnote L45)
    [
      '每千人医疗卫生机构床位数7.65(7.28)张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('7.65', '7.65', num('7.28')),
        unit: '张',
        scale: { per: '1000', base: null },
      },
    ],
  ]
  it.each(cases)('%s', (text, fields) => {
    expect(parseNorm(text)).toEqual(expected(text, fields))
  })

  const refused: readonly (readonly [string, ErrorCode])[] = [
    // => is not ≥ (nor >), =< not ≤
    ['=>4.58', 'norm-unreadable'],
    ['=<3', 'norm-unreadable'],
    ['≥=3', 'norm-unreadable'],
    // 1-1.5万: 1 or 10000? 1.2万(11000): one figure scaled, the other not
    ['1-1.5万张', 'norm-unreadable'],
    ['1.2万(11000)', 'norm-unreadable'],
    // digits mixed with Chinese numerals are not read as the digits alone
    ['3千张', 'norm-unreadable'],
    ['1万亿', 'norm-unreadable'],
    ['1万5千人', 'norm-unreadable'],
    // 万 does not scale a percentage or a ratio
    ['20万%', 'norm-unreadable'],
    ['1:2万', 'norm-unreadable'],
    // 至 is not a range, in Chinese numerals as in digits
    ['五至六名', 'norm-unreadable'],
    ['99999999亿', 'number-out-of-range'],
  ]
  it.each(refused)('%j throws %s at [text]', (input, code) => {
    expectNormError(input, code)
  })

  it('=>4.58 says which sign it could not read', () => {
    expect(() => parseNorm('=>4.58')).toThrow('"=>" is not a comparison sign')
  })
})

describe('normalizeNormText: Chinese numerals', () => {
  it('writes Chinese numerals that count in digits, keeping a last 万 or 亿', () => {
    const folds: readonly (readonly [string, string])[] = [
      ['两名', '2名'],
      ['十张', '10张'],
      ['十五张', '15张'],
      ['一百零五张', '105张'],
      ['一百二十张', '120张'],
      ['一百二张', '120张'],
      ['三千五百人', '3500人'],
      ['一万五千名', '15000名'],
      ['一万五名', '15000名'],
      ['一万零五名', '10005名'],
      ['两万张', '2万张'],
      ['十万人', '10万人'],
      ['一亿三千万人', '13000万人'],
      ['五-六名', '5-6名'],
      ['三至五名', '3至5名'],
    ]
    for (const [text, folded] of folds) expect(normalizeNormText(text)).toBe(folded)
  })

  it('leaves numerals that do not count as written', () => {
    const kept = [
      '三级医院',
      '二级及以上',
      '十四五期间',
      '二〇二五年',
      '第一人民医院',
      '一次性',
      '每千人',
      '每三万人口',
      '每两名',
      '千人',
      '1两名',
      '一千二万人',
      '一百零人',
      '一一名',
    ]
    for (const text of kept) expect(normalizeNormText(text)).toBe(text)
  })
})
