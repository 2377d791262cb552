/**
 * parseNorm on per-capita rates: every scale (每千, 每万, 每10万, 每3万, ‰, /千人), base and
 * quantity as the plans print them.
 */
import { describe, expect, it } from 'vitest'
import { expected, type Fields, num, point, range } from './norm-test-helpers.js'
import { parseNorm } from './parse-norm.js'

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
