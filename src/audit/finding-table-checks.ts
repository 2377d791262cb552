/**
 * The messages of the consistency checks (relations, facilities, plausibility, bases), in
 * English and Chinese. Each check passes its parameters in both languages (see wording.ts):
 * the Chinese message is built from the Chinese labels and figures as printed.
 */

type P = Readonly<Record<string, string>>
const v = (p: P, k: string) => p[k] ?? '?'

/** The findings of the consistency checks (relations, facilities, plausibility, bases). @internal */
export const CHECK_FINDINGS = {
  'plan-invalid': {
    severity: 'error',
    en: (p: P) => `the plan cannot be read: ${v(p, 'problem')}`,
    zh: (p: P) => `规划文件无法读取：${v(p, 'problem')}`,
  },
  'rate-count-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'count')} at ${v(p, 'rate')} per ${v(p, 'per')} of ${v(p, 'population')} should be ${v(p, 'expected')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：按每${v(p, 'per')}人${v(p, 'rate')}、人口${v(p, 'population')}计应为${v(p, 'expected')}，规划为${v(p, 'count')}`,
  },
  'implied-population-conflict': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'year')} ${v(p, 'base')} population${v(p, 'vintage')}: ${v(p, 'a')}, but ${v(p, 'b')}; no one population gives both`,
    zh: (p: P) =>
      `${v(p, 'year')}年${v(p, 'base')}人口${v(p, 'vintage')}：${v(p, 'a')}，而${v(p, 'b')}，两者推算的人口互不重叠`,
  },
  'sum-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: the parts add up to ${v(p, 'sum')}, the total is ${v(p, 'total')}`,
    zh: (p: P) => `${v(p, 'label')}：分项合计为${v(p, 'sum')}，总数为${v(p, 'total')}`,
  },
  'partial-exceeds-total': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: the parts (“其中”) add up to ${v(p, 'sum')}, more than the total ${v(p, 'total')}`,
    zh: (p: P) => `${v(p, 'label')}：“其中”各项之和${v(p, 'sum')}超过总数${v(p, 'total')}`,
  },
  'difference-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'target')} − ${v(p, 'from')} = ${v(p, 'expected')}, stated ${v(p, 'increment')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'target')} − ${v(p, 'from')} = ${v(p, 'expected')}，规划写为${v(p, 'increment')}`,
  },
  'ratio-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'numerator')} / ${v(p, 'denominator')} gives 1:${v(p, 'expected')}, stated 1:${v(p, 'ratio')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'numerator')} / ${v(p, 'denominator')} 得 1:${v(p, 'expected')}，规划写为 1:${v(p, 'ratio')}`,
  },
  'share-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'part')} / ${v(p, 'total')} is ${v(p, 'expected')}%, stated ${v(p, 'share')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'part')} / ${v(p, 'total')} 为 ${v(p, 'expected')}%，规划写为${v(p, 'share')}`,
  },
  'growth-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: from ${v(p, 'from')} to ${v(p, 'to')} is ${v(p, 'expected')}%, stated ${v(p, 'growth')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：由${v(p, 'from')}到${v(p, 'to')}的增幅为${v(p, 'expected')}%，规划写为${v(p, 'growth')}`,
  },
  'average-out-of-range': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: the average ${v(p, 'average')} lies outside its parts (${v(p, 'lo')} to ${v(p, 'hi')})`,
    zh: (p: P) =>
      `${v(p, 'label')}：平均值${v(p, 'average')}不在各分项（${v(p, 'lo')}至${v(p, 'hi')}）之间`,
  },
  'includes-shortfall': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'ratio')} × ${v(p, 'times')} = ${v(p, 'product')} cannot hold ${v(p, 'parts')} = ${v(p, 'sum')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'ratio')} × ${v(p, 'times')} = ${v(p, 'product')}，容纳不下${v(p, 'parts')} = ${v(p, 'sum')}`,
  },
  'facility-sum-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${p.n === '1' ? 'the one facility it covers gives' : `the ${v(p, 'n')} facilities it covers give`} ${v(p, 'recomputed')}, stated ${v(p, 'stated')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：所涵盖的${v(p, 'n')}家机构合计为${v(p, 'recomputed')}，规划写为${v(p, 'stated')}`,
  },
  'stated-twice': {
    severity: 'error',
    en: (p: P) => `${v(p, 'label')} is stated as ${v(p, 'a')} and as ${v(p, 'b')}`,
    zh: (p: P) => `${v(p, 'label')}前后表述不一：${v(p, 'a')}与${v(p, 'b')}`,
  },
  'facility-row-mismatch': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'name')}: ${v(p, 'base')} open beds + ${v(p, 'opened')} newly opened = ${v(p, 'expected')}, the table gives ${v(p, 'target')}`,
    zh: (p: P) =>
      `${v(p, 'name')}：现有开放床位${v(p, 'base')}加新增开放${v(p, 'opened')}应为${v(p, 'expected')}，表中为${v(p, 'target')}`,
  },
  'opened-exceeds-built': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'name')}: ${v(p, 'opened')} beds newly opened but only ${v(p, 'built')} newly built`,
    zh: (p: P) => `${v(p, 'name')}：新增开放床位${v(p, 'opened')}多于新增建设床位${v(p, 'built')}`,
  },
  'table-column-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: the rows of ${v(p, 'table')} add up to ${v(p, 'sum')}, the total row says ${v(p, 'total')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'table')}各行之和为${v(p, 'sum')}，合计行为${v(p, 'total')}`,
  },
  'grade-not-monotone': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: grade ${v(p, 'lower')} (${v(p, 'lowerValue')}) asks more than grade ${v(p, 'higher')} (${v(p, 'higherValue')})`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'lowerZh')}（${v(p, 'lowerValue')}）高于${v(p, 'higherZh')}（${v(p, 'higherValue')}）`,
  },
  'ratio-factor-ten': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'printed')} is about ${v(p, 'factor')}× its neighbours (${v(p, 'others')}); likely ${v(p, 'likely')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'printed')}约为同类标准（${v(p, 'others')}）的${v(p, 'factor')}倍，疑为${v(p, 'likely')}`,
  },
  'floor-below-baseline': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: the ${v(p, 'year')} floor ${v(p, 'target')} is below the ${v(p, 'baseYear')} level ${v(p, 'baseline')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'year')}年目标下限${v(p, 'target')}低于${v(p, 'baseYear')}年现状${v(p, 'baseline')}`,
  },
  'implausible-unit': {
    severity: 'warning',
    en: (p: P) => `${v(p, 'label')}: the unit "${v(p, 'unit')}" cannot be right for this indicator`,
    zh: (p: P) => `${v(p, 'label')}：单位“${v(p, 'unit')}”不适用于该指标`,
  },
  'mixed-base': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: figures on a ${v(p, 'a')} base and on a ${v(p, 'b')} base are compared as if alike`,
    zh: (p: P) =>
      `${v(p, 'label')}：按${v(p, 'aZh')}人口与按${v(p, 'bZh')}人口计算的数据被当作同口径比较`,
  },
  'mixed-vintage': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'a')} on the ${v(p, 'va')} and ${v(p, 'b')} on the ${v(p, 'vb')} count different populations`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'a')}（${v(p, 'va')}口径）与${v(p, 'b')}（${v(p, 'vb')}口径）的人口口径不同`,
  },
} as const
