/**
 * The findings about populations, rules and norms: what a rate and a count imply, a rule's
 * stated count, rules that contradict each other, and a plan below the national norms it cites.
 */

type P = Readonly<Record<string, string>>
const v = (p: P, k: string) => p[k] ?? '?'

/** @internal */
export const POPULATION_FINDINGS = {
  'implied-population': {
    severity: 'info',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'detail')} imply a population from ${v(p, 'lo')} to ${v(p, 'hi')}`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：由${v(p, 'detailZh')}推算，人口在${v(p, 'lo')}至${v(p, 'hi')}之间`,
  },
  'increment-target-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'stock')} + ${v(p, 'increment')} = ${v(p, 'target')}, but ${v(p, 'rate')} per ${v(p, 'per')} of ${v(p, 'population')} asks ${v(p, 'expected')}`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：现有${v(p, 'stock')}加新增${v(p, 'increment')}为${v(p, 'target')}，按每${v(p, 'per')}人${v(p, 'rate')}、人口${v(p, 'population')}计应为${v(p, 'expected')}`,
  },
  'rule-count-mismatch': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: the rule gives ${v(p, 'expected')} on ${v(p, 'population')}, the document prints ${v(p, 'stated')}`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：按规则以人口${v(p, 'population')}计为${v(p, 'expected')}，文件写为${v(p, 'stated')}`,
  },
  'cross-base-conflict': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'a')} and ${v(p, 'b')} cannot describe one stock: they give ${v(p, 'aStock')} and ${v(p, 'bStock')}`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：${v(p, 'a')}与${v(p, 'b')}不可能是同一存量：分别推得${v(p, 'aStock')}与${v(p, 'bStock')}`,
  },
  'rule-conflict': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: the rules "${v(p, 'toLabel')}" (${v(p, 'to')}) and "${v(p, 'fromLabel')}" (${v(p, 'from')}) make 1:${v(p, 'implied')}, this rule says 1:${v(p, 'ratio')}`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：按规则“${v(p, 'toLabelZh')}”（${v(p, 'to')}）与“${v(p, 'fromLabelZh')}”（${v(p, 'from')}）计为1:${v(p, 'implied')}，本规则为1:${v(p, 'ratio')}`,
  },
  'below-national-norm': {
    severity: 'warning',
    en: (p: P) =>
      `${v(p, 'label')}: ${v(p, 'value')} is ${v(p, 'side')} the ${v(p, 'norm')} ${v(p, 'normValue')} of ${v(p, 'set')}`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：${v(p, 'value')}${v(p, 'sideZh')}${v(p, 'setZh')}的${v(p, 'normValue')}`,
  },
  'partial-breakdown': {
    severity: 'info',
    en: (p: P) =>
      `${v(p, 'label')}: the parts listed (“其中”) cover ${v(p, 'sum')} of ${v(p, 'total')}; ${v(p, 'rest')} are not itemised`,
    zh: (p: P) =>
      `${v(p, 'labelZh')}：“其中”所列合计${v(p, 'sum')}，占总数${v(p, 'total')}，另有${v(p, 'rest')}未列明`,
  },
  'unknown-norm-set': {
    severity: 'error',
    en: (p: P) => `the plan cites the norm set "${v(p, 'id')}", which the library does not know`,
    zh: (p: P) => `规划引用的标准集“${v(p, 'id')}”不存在`,
  },
} as const
