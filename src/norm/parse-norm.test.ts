/**
 * parseNorm on ratios, per-unit rules, shares, levels and malformed text, and
 * normalizeNormText. Rates are in parse-norm-rates.test.ts, properties in
 * parse-norm-properties.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { MAX_DIGITS } from '../decimal.js'
import { BedstaffError, type ErrorCode } from '../errors.js'
import { expected, expectNormError, type Fields, num, point, range } from './norm-test-helpers.js'
import { MAX_NORM_TEXT, normalizeNormText, parseNorm } from './parse-norm.js'

describe('parseNorm: 1:x ratios', () => {
  const cases: readonly (readonly [string, Fields])[] = [
    ['1:1.25', { form: 'ratio', value: point('1.25') }],
    ['1∶1.25', { normalized: '1:1.25', form: 'ratio', value: point('1.25') }],
    ['1：1.15', { normalized: '1:1.15', form: 'ratio', value: point('1.15') }],
    ['１：１．２５', { normalized: '1:1.25', form: 'ratio', value: point('1.25') }],
    ['不低于1:0.6', { form: 'ratio', comparator: 'ge', value: point('0.6') }],
    [
      '床护比不低于1:0.6',
      { form: 'ratio', comparator: 'ge', value: point('0.6'), perUnit: 'beds', quantity: 'nurses' },
    ],
    [
      '医护比逐步达到1:1.15',
      {
        form: 'ratio',
        value: point('1.15'),
        perUnit: 'physicians',
        quantity: 'nurses',
        trajectory: true,
      },
    ],
    ['逐步达到1:1.15', { form: 'ratio', value: point('1.15'), trajectory: true }],
    [
      '实际开放床位与卫技人员比例逐步达到1:1.25',
      {
        form: 'ratio',
        value: point('1.25'),
        perUnit: 'beds',
        quantity: 'health-technical-staff',
        trajectory: true,
      },
    ],
    [
      '床-人（卫生技术人员）比1.60',
      {
        normalized: '床-人(卫生技术人员)比1.60',
        form: 'ratio',
        value: point('1.6', '1.60'),
        perUnit: 'beds',
        quantity: 'health-technical-staff',
      },
    ],
    [
      '1:1.30–1.40',
      {
        normalized: '1:1.30-1.40',
        form: 'ratio',
        value: range(num('1.3', '1.30'), num('1.4', '1.40')),
      },
    ],
    ['1:1.3-1:1.4', { form: 'ratio', value: range(num('1.3'), num('1.4')) }],
    ['2:3', { form: 'ratio', value: point('1.5', '2:3') }],
    ['1:3', { form: 'ratio', value: point('3') }],
  ]
  it.each(cases)('%s', (text, fields) => {
    expect(parseNorm(text)).toEqual(expected(text, fields))
  })
})

describe('parseNorm: per-unit rules', () => {
  const cases: readonly (readonly [string, Fields])[] = [
    [
      '每床不少于0.7人',
      { form: 'per-unit', perUnit: 'beds', comparator: 'ge', value: point('0.7'), unit: '人' },
    ],
    [
      '每辆救护车医师1名',
      {
        form: 'per-unit',
        perUnit: 'ambulances',
        quantity: 'physicians',
        value: point('1'),
        unit: '名',
      },
    ],
    [
      '三级甲等综合医院在岗护士每床不少于0.7人',
      {
        form: 'per-unit',
        perUnit: 'beds',
        quantity: 'nurses',
        comparator: 'ge',
        value: point('0.7'),
        unit: '人',
      },
    ],
    [
      '按照每床0.7人的标准相应增加编制',
      { form: 'per-unit', perUnit: 'beds', quantity: 'staff', value: point('0.7'), unit: '人' },
    ],
    [
      // two kinds named with 各 (each): the text does not give one quantity
      '每辆救护车至少配置医师、护士各1名',
      { form: 'per-unit', perUnit: 'ambulances', comparator: 'ge', value: point('1'), unit: '名' },
    ],
    ['0.7人/床', { form: 'per-unit', perUnit: 'beds', value: point('0.7'), unit: '人' }],
  ]
  it.each(cases)('%s', (text, fields) => {
    expect(parseNorm(text)).toEqual(expected(text, fields))
  })
})

describe('parseNorm: shares and compound floors', () => {
  const cases: readonly (readonly [string, Fields])[] = [
    [
      '不低于20%且不少于2辆',
      {
        form: 'share',
        quantity: 'ambulances',
        comparator: 'ge',
        value: point('0.2', '20%'),
        unit: '%',
        floor: num('2'),
      },
    ],
    [
      '负压救护车比例不低于20%且不少于2辆',
      {
        form: 'share',
        quantity: 'negative-pressure-ambulances',
        comparator: 'ge',
        value: point('0.2', '20%'),
        unit: '%',
        floor: num('2'),
      },
    ],
    ['不超过115%', { form: 'share', comparator: 'le', value: point('1.15', '115%'), unit: '%' }],
    [
      '二级及以上医院卫技人员占比不少于70%',
      {
        form: 'share',
        quantity: 'health-technical-staff',
        comparator: 'ge',
        value: point('0.7', '70%'),
        unit: '%',
      },
    ],
    [
      '家庭医生签约覆盖率达80%以上',
      { form: 'share', comparator: 'ge', value: point('0.8', '80%'), unit: '%' },
    ],
    [
      '上调到1.60%左右',
      { form: 'share', comparator: 'approx', value: point('0.016', '1.60%'), unit: '%' },
    ],
    ['70%-72%', { form: 'share', value: range(num('0.7', '70%'), num('0.72', '72%')), unit: '%' }],
    [
      '70～72％',
      {
        normalized: '70-72%',
        form: 'share',
        value: range(num('0.7', '70%'), num('0.72', '72%')),
        unit: '%',
      },
    ],
  ]
  it.each(cases)('%s', (text, fields) => {
    expect(parseNorm(text)).toEqual(expected(text, fields))
  })
})

describe('parseNorm: levels, ranges, alternates and comparators', () => {
  const cases: readonly (readonly [string, Fields])[] = [
    ['5-6名', { value: range(num('5'), num('6')), unit: '名' }],
    ['0.6-1人', { value: range(num('0.6'), num('1')), unit: '人' }],
    ['3~5', { normalized: '3-5', value: range(num('3'), num('5')) }],
    ['５～６名', { normalized: '5-6名', value: range(num('5'), num('6')), unit: '名' }],
    ['5名-6名', { value: range(num('5'), num('6')), unit: '名' }],
    ['7.65(7.28)', { value: point('7.65', '7.65', num('7.28')) }],
    ['7.65（7.28）', { normalized: '7.65(7.28)', value: point('7.65', '7.65', num('7.28')) }],
    ['9.5以下', { comparator: 'le', value: point('9.5') }],
    ['≥3', { comparator: 'ge', value: point('3') }],
    ['＞＝3', { normalized: '≥3', comparator: 'ge', value: point('3') }],
    ['≤10', { comparator: 'le', value: point('10') }],
    ['超过5000', { comparator: 'gt', value: point('5000') }],
    ['低于5', { comparator: 'lt', value: point('5') }],
    ['小于5', { comparator: 'lt', value: point('5') }],
    ['不小于5', { comparator: 'ge', value: point('5') }],
    ['不得超过5', { comparator: 'le', value: point('5') }],
    ['5左右', { comparator: 'approx', value: point('5') }],
    ['约5名', { comparator: 'approx', value: point('5'), unit: '名' }],
    ['控制在7.0天以内', { comparator: 'le', value: point('7', '7.0'), unit: '天' }],
    ['控制在112以下', { comparator: 'le', value: point('112') }],
    [
      '1.50张左右',
      { quantity: 'beds', comparator: 'approx', value: point('1.5', '1.50'), unit: '张' },
    ],
    ['力争达到4.5张', { quantity: 'beds', value: point('4.5'), unit: '张', aspirational: true }],
    ['争取达到6名以上', { comparator: 'ge', value: point('6'), unit: '名', aspirational: true }],
    ['5,000张', { normalized: '5000张', quantity: 'beds', value: point('5000'), unit: '张' }],
    ['4.20', { value: point('4.2', '4.20') }],
    ['0张', { quantity: 'beds', value: point('0'), unit: '张' }],
  ]
  it.each(cases)('%s', (text, fields) => {
    expect(parseNorm(text)).toEqual(expected(text, fields))
  })

  it('returns a frozen result', () => {
    const n = parseNorm('每千常住人口4.58张')
    expect(Object.isFrozen(n)).toBe(true)
    expect(Object.isFrozen(n.value)).toBe(true)
    expect(Object.isFrozen(n.scale)).toBe(true)
  })
})

describe('parseNorm: malformed text', () => {
  const cases: readonly (readonly [unknown, ErrorCode])[] = [
    [42, 'norm-unreadable'],
    [null, 'norm-unreadable'],
    [undefined, 'norm-unreadable'],
    ['', 'empty-input'],
    ['  \u3000\t ', 'empty-input'],
    ['张'.repeat(MAX_NORM_TEXT + 1), 'input-too-long'],
    ['每千常住人口张', 'norm-no-number'],
    ['hello', 'norm-no-number'],
    ['6-5名', 'norm-invalid-range'],
    ['1:1.4-1.3', 'norm-invalid-range'],
    ['70%-7%', 'norm-invalid-range'],
    ['1:0', 'norm-invalid-ratio'],
    ['0:1', 'norm-invalid-ratio'],
    ['2:0', 'norm-invalid-ratio'],
    ['3:1', 'norm-invalid-ratio'],
    ['不低于5以下', 'norm-conflicting-comparators'],
    ['≥5左右', 'norm-conflicting-comparators'],
    ['每亿万人口3张', 'norm-unknown-scale'],
    ['每千万人口3张', 'norm-unknown-scale'],
    ['每0人口3张', 'norm-unknown-scale'],
    ['1.2.3', 'norm-unreadable'],
    ['.5张', 'norm-unreadable'],
    ['1:', 'norm-unreadable'],
    ['5-', 'norm-unreadable'],
    ['-5张', 'norm-unreadable'],
    ['7.65(7.28', 'norm-unreadable'],
    ['1:1.15:1.2', 'norm-unreadable'],
    ['每千常住人口4.58张1', 'norm-unreadable'],
    ['1:1.25、1:1.15、1:10', 'norm-unreadable'],
    ['4.58张每', 'norm-unreadable'],
    ['每年4张', 'norm-unreadable'],
    ['每2.5吨配置1辆送血车', 'norm-unreadable'],
    ['不低于20%且不超过50%', 'norm-unreadable'],
    ['不超过20%且不少于2辆', 'norm-unreadable'],
    ['20%且不少于2辆且3个', 'norm-unreadable'],
    ['5-6名以上', 'norm-unreadable'],
    ['每千人口9‰', 'norm-unreadable'],
    ['每千人%5', 'norm-unreadable'],
    ['每床20%', 'norm-unreadable'],
    ['1:20%', 'norm-unreadable'],
    ['5名-6张', 'norm-unreadable'],
    ['每千人口3张每万人口', 'norm-unreadable'],
    ['由3.74到4.58张', 'norm-unreadable'],
    ['1'.repeat(31), 'number-out-of-range'],
    ['0.0000000000000001', 'number-out-of-range'],
    [`1.${'0'.repeat(MAX_DIGITS - 1)}1`, 'too-many-digits'],
  ]
  it.each(cases)('%j throws %s at [text]', (input, code) => {
    expectNormError(input, code)
  })

  it('states the reason in English and Chinese', () => {
    try {
      parseNorm('1.2.3')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BedstaffError)
      const err = e as BedstaffError
      expect(err.messageEn).toBe('cannot read a norm from "1.2.3": malformed number "1.2.3"')
      expect(err.messageZh).toBe('无法解析指标文本「1.2.3」：数字格式错误「1.2.3」')
    }
  })

  it('accepts exactly the length limit', () => {
    const text = `${'　'.repeat(MAX_NORM_TEXT - 3)}1:2`
    expect(parseNorm(text).value).toEqual(point('2'))
  })
})

describe('normalizeNormText', () => {
  it('folds full-width forms, dashes between figures and spaces', () => {
    expect(normalizeNormText(' 每千常住人口 ４．５８ 张 ')).toBe('每千常住人口4.58张')
    expect(normalizeNormText('１∶１．２５')).toBe('1:1.25')
    expect(normalizeNormText('５〜６名')).toBe('5-6名')
    expect(normalizeNormText('5——6')).toBe('5-6')
    expect(normalizeNormText('20％')).toBe('20%')
    expect(normalizeNormText('≧3')).toBe('≥3')
    expect(normalizeNormText('<=3')).toBe('≤3')
    expect(normalizeNormText('1,234,567张')).toBe('1234567张')
    expect(normalizeNormText('床－人')).toBe('床－人')
  })
})
