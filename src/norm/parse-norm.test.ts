import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DIGITS } from '../decimal.js'
import { BedstaffError, type ErrorCode } from '../errors.js'
import type { NormValue, ParsedNorm, PrintedNumber } from './norm.js'
import { MAX_NORM_TEXT, normalizeNormText, parseNorm } from './parse-norm.js'

const num = (value: string, printed: string = value): PrintedNumber => ({ value, printed })

const point = (value: string, printed: string = value, alternate: PrintedNumber | null = null) =>
  ({ type: 'point', number: num(value, printed), alternate }) as const satisfies NormValue

const range = (min: PrintedNumber, max: PrintedNumber) =>
  ({ type: 'range', min, max }) as const satisfies NormValue

type Fields = Partial<Omit<ParsedNorm, 'text'>> & { readonly value: NormValue }

/** The full expected norm: every field not given is the "text does not say" default. */
function expected(text: string, fields: Fields): ParsedNorm {
  return {
    text,
    normalized: text,
    form: 'level',
    quantity: null,
    comparator: 'eq',
    unit: null,
    scale: null,
    perUnit: null,
    floor: null,
    aspirational: false,
    trajectory: false,
    ...fields,
  }
}

/** Catches the error of `parseNorm(input)` and checks it is a BedstaffError with `code` at ['text']. */
function expectNormError(input: unknown, code: ErrorCode): void {
  expect(() => parseNorm(input as string)).toThrow(BedstaffError)
  let caught: unknown = null
  try {
    parseNorm(input as string)
  } catch (e) {
    caught = e
  }
  const ok = caught instanceof BedstaffError && caught.code === code
  expect(ok, `expected ${code}, got ${String(caught)}`).toBe(true)
  expect((caught as BedstaffError).path).toEqual(['text'])
}

describe('parseNorm: per-capita rates', () => {
  const cases: readonly (readonly [string, Fields])[] = [
    [
      '每千常住人口4.58张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    [
      '每万户籍人口全科医生数达到5.0人以上',
      {
        form: 'rate',
        quantity: 'gps',
        comparator: 'ge',
        value: point('5', '5.0'),
        unit: '人',
        scale: { per: '10000', base: 'registered' },
      },
    ],
    [
      '每10万常住人口4.5名',
      { form: 'rate', value: point('4.5'), unit: '名', scale: { per: '100000', base: 'resident' } },
    ],
    [
      '每3万人口1辆',
      {
        form: 'rate',
        quantity: 'ambulances',
        value: point('1'),
        unit: '辆',
        scale: { per: '30000', base: null },
      },
    ],
    [
      '按常住人口9‰',
      { form: 'rate', value: point('9'), unit: '‰', scale: { per: '1000', base: 'resident' } },
    ],
    [
      '每千名老年人拥有医疗卫生机构康复护理床位数达到5.5张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('5.5'),
        unit: '张',
        scale: { per: '1000', base: 'elderly' },
      },
    ],
    [
      '每千名65岁及以上老年人4张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4'),
        unit: '张',
        scale: { per: '1000', base: 'elderly' },
      },
    ],
    [
      '每万服务人口15名',
      { form: 'rate', value: point('15'), unit: '名', scale: { per: '10000', base: 'service' } },
    ],
    [
      '每千人4.58张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '力争达到每千常住人口4.5张',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4.5'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
        aspirational: true,
      },
    ],
    [
      '全市精神科执业（助理）医师数达到每10万常住人口4.5名（包括街道/镇精神心理卫生防治医生）',
      {
        normalized:
          '全市精神科执业(助理)医师数达到每10万常住人口4.5名(包括街道/镇精神心理卫生防治医生)',
        form: 'rate',
        quantity: 'psychiatrists',
        value: point('4.5'),
        unit: '名',
        scale: { per: '100000', base: 'resident' },
      },
    ],
    [
      '每千常住人口执业（助理）医师数规划配置标准为3.65人（其中中医类别0.40人）',
      {
        normalized: '每千常住人口执业(助理)医师数规划配置标准为3.65人(其中中医类别0.40人)',
        form: 'rate',
        quantity: 'physicians',
        value: point('3.65'),
        unit: '人',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    [
      '每千人拥有3岁以下婴幼儿照护设施托位数达到4.55个以上',
      {
        form: 'rate',
        quantity: 'places',
        comparator: 'ge',
        value: point('4.55'),
        unit: '个',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '新建居住区每千人不少于9个托位',
      {
        form: 'rate',
        quantity: 'places',
        comparator: 'ge',
        value: point('9'),
        unit: '个',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '每千常住人口公共卫生人员数达到0.83人',
      {
        form: 'rate',
        quantity: 'public-health-staff',
        value: point('0.83'),
        unit: '人',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    [
      '卫生监督执法人员编制逐步按每万常住人口0.6-1人配备',
      {
        form: 'rate',
        quantity: 'supervision-staff',
        value: range(num('0.6'), num('1')),
        unit: '人',
        scale: { per: '10000', base: 'resident' },
        trajectory: true,
      },
    ],
    [
      '社区卫生服务中心原则上按每万居民（常住人口）配备执业（助理）医师5-6名',
      {
        normalized: '社区卫生服务中心原则上按每万居民(常住人口)配备执业(助理)医师5-6名',
        form: 'rate',
        quantity: 'physicians',
        value: range(num('5'), num('6')),
        unit: '名',
        scale: { per: '10000', base: 'resident' },
      },
    ],
    [
      '按照每3万人口1辆的标准配备救护车',
      {
        form: 'rate',
        quantity: 'ambulances',
        value: point('1'),
        unit: '辆',
        scale: { per: '30000', base: null },
      },
    ],
    [
      '2021—2025年每千常住人口4.58张',
      {
        normalized: '2021-2025年每千常住人口4.58张',
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
      },
    ],
    [
      '控制在7.0/10万以下',
      {
        form: 'rate',
        comparator: 'le',
        value: point('7', '7.0'),
        scale: { per: '100000', base: null },
      },
    ],
    [
      '均小于8.0‰',
      {
        form: 'rate',
        comparator: 'lt',
        value: point('8', '8.0'),
        unit: '‰',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '4.58张/千人',
      {
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: null },
      },
    ],
    [
      '每千常住人口 ４．５８ 张',
      {
        normalized: '每千常住人口4.58张',
        form: 'rate',
        quantity: 'beds',
        value: point('4.58'),
        unit: '张',
        scale: { per: '1000', base: 'resident' },
      },
    ],
  ]
  it.each(cases)('%s', (text, fields) => {
    expect(parseNorm(text)).toEqual(expected(text, fields))
  })
})

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

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/** A decimal as printed: integer part without leading zeros, optional fraction (zeros kept). */
const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^\d{1,3}$/)))
  .map(([int, frac]) => (frac === null ? `${int}` : `${int}.${frac}`))

/** The exact value of a printed decimal, computed without the library: trailing zeros dropped. */
function exactOf(printed: string): string {
  const [int = '', frac = ''] = printed.split('.')
  const trimmed = frac.replace(/0+$/, '')
  return trimmed === '' ? int : `${int}.${trimmed}`
}

const VOCABULARY = [
  '每',
  '千',
  '万',
  '10万',
  '3万',
  '常住',
  '户籍',
  '人口',
  '人',
  '名',
  '张',
  '辆',
  '个',
  '床',
  '床位',
  '托位',
  '救护车',
  '负压',
  '医师',
  '护士',
  '全科医生',
  '卫技人员',
  '医护比',
  '不低于',
  '不少于',
  '以上',
  '以下',
  '不超过',
  '左右',
  '约',
  '控制在',
  '达到',
  '力争',
  '逐步',
  '且',
  '各',
  '岁',
  '年',
  '(',
  ')',
  '（',
  '其中',
  ':',
  '∶',
  '-',
  '～',
  '/',
  '.',
  '%',
  '‰',
  '≥',
  '≤',
  '0',
  '1',
  '2',
  '5',
  '2025',
  '4.58',
  '0.7',
  '１',
  ' ',
]
const vocabularyText = fc.string({ unit: fc.constantFrom(...VOCABULARY), maxLength: 12 })

/** Calls parseNorm and reports whether it threw a BedstaffError at ['text'] (rethrows anything else). */
function parsesOrFailsCleanly(text: string): ParsedNorm | BedstaffError {
  try {
    return parseNorm(text)
  } catch (e) {
    if (e instanceof BedstaffError && e.path.length === 1 && e.path[0] === 'text') return e
    throw e
  }
}

const DECIMAL = /^\d+(?:\.\d+)?$/

function checkComplete(n: ParsedNorm): void {
  const numbers =
    n.value.type === 'point'
      ? [n.value.number, ...(n.value.alternate === null ? [] : [n.value.alternate])]
      : [n.value.min, n.value.max]
  for (const p of [...numbers, ...(n.floor === null ? [] : [n.floor])]) {
    expect(p.value).toMatch(DECIMAL)
  }
  for (const key of Object.keys(expected('', { value: point('0') })) as (keyof ParsedNorm)[]) {
    expect(n[key]).not.toBeUndefined()
  }
}

describe('parseNorm: properties', () => {
  it('parse of 每千常住人口{v}张 returns v exactly for any decimal v', () => {
    fc.assert(
      fc.property(decimalText, (v) => {
        const n = parseNorm(`每千常住人口${v}张`)
        expect(n.value).toEqual(point(exactOf(v), v))
        expect(n.scale).toEqual({ per: '1000', base: 'resident' })
        expect(n.quantity).toBe('beds')
      }),
      { numRuns: 1000 },
    )
  })

  it('a range a-b parses to [a, b] when a ≤ b and throws norm-invalid-range when a > b', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const aValue = exactOf(a)
        const bValue = exactOf(b)
        const aBelowB = compareDecimals(aValue, bValue) <= 0
        if (aBelowB)
          expect(parseNorm(`${a}-${b}名`).value).toEqual(range(num(aValue, a), num(bValue, b)))
        else expectNormError(`${a}-${b}名`, 'norm-invalid-range')
      }),
      { numRuns: 1000 },
    )
  })

  it('any string either parses to a complete norm or throws a BedstaffError at [text] (never another exception)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
        ),
        (text) => {
          const r = parsesOrFailsCleanly(text)
          if (!(r instanceof BedstaffError)) checkComplete(r)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('any sequence of norm vocabulary either parses to a complete norm or throws a BedstaffError at [text]', () => {
    fc.assert(
      fc.property(vocabularyText, (text) => {
        const r = parsesOrFailsCleanly(text)
        if (!(r instanceof BedstaffError)) checkComplete(r)
      }),
      { numRuns: 1000 },
    )
  })

  it('normalizing is idempotent and parsing the normalized text gives the same norm', () => {
    fc.assert(
      fc.property(vocabularyText, (text) => {
        const once = normalizeNormText(text)
        expect(normalizeNormText(once)).toBe(once)
        const a = parsesOrFailsCleanly(text)
        const b = parsesOrFailsCleanly(once)
        if (a instanceof BedstaffError || b instanceof BedstaffError) {
          expect(
            b instanceof BedstaffError && a instanceof BedstaffError && a.code === b.code,
          ).toBe(true)
        } else {
          expect({ ...b, text: a.text }).toEqual(a)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

/** Compares two plain non-negative decimal strings without the library's arithmetic. */
function compareDecimals(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.')
  const [bi = '', bf = ''] = b.split('.')
  if (ai.length !== bi.length) return ai.length - bi.length
  const width = Math.max(af.length, bf.length)
  const x = ai + af.padEnd(width, '0')
  const y = bi + bf.padEnd(width, '0')
  return x === y ? 0 : x < y ? -1 : 1
}
