/**
 * Audit findings: what the auditor returns (it never throws for a bad plan). Each finding has a
 * stable code, a severity, bilingual messages, the numbers, and the provenance of every figure.
 */
import type { Source } from '../provenance.js'
import { POPULATION_FINDINGS } from './finding-table-populations.js'

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info'

/** Likely explanations a check can offer. */
export type Explanation =
  | 'rounding'
  | 'typo'
  | 'factor-of-ten'
  | 'different-base'
  | 'different-vintage'
  | 'different-year'
  | 'partial-breakdown'
  | 'truncation'
  | 'unstated-reduction'
  | 'unknown'

type P = Readonly<Record<string, string>>
const v = (p: P, k: string) => p[k] ?? '?'

/** Freezes a table and each of its entries, so that no caller can replace a message. */
function freezeTable<T extends Record<string, object>>(
  table: T,
): { readonly [K in keyof T]: Readonly<T[K]> } {
  for (const entry of Object.values(table)) Object.freeze(entry)
  return Object.freeze(table)
}

/** The findings of the consistency checks (relations, facilities, plausibility, bases). */
const CHECK_FINDINGS = {
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
      `${v(p, 'year')} ${v(p, 'base')} figures imply populations that do not overlap: ${v(p, 'a')} vs ${v(p, 'b')}`,
    zh: (p: P) =>
      `${v(p, 'year')}年各指标推算的${v(p, 'baseZh')}人口区间互不重叠：${v(p, 'a')}；${v(p, 'b')}`,
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
      `${v(p, 'label')}: the parts (其中) add up to ${v(p, 'sum')}, more than the total ${v(p, 'total')}`,
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
      `${v(p, 'label')}: the ${v(p, 'n')} facilities it covers give ${v(p, 'recomputed')}, stated ${v(p, 'stated')}`,
    zh: (p: P) =>
      `${v(p, 'label')}：所涵盖的${v(p, 'n')}家机构合计为${v(p, 'recomputed')}，规划写为${v(p, 'stated')}`,
  },
  'stated-twice': {
    severity: 'error',
    en: (p: P) =>
      `${v(p, 'label')} (${v(p, 'year')}) is stated as ${v(p, 'a')} and as ${v(p, 'b')}`,
    zh: (p: P) => `${v(p, 'label')}（${v(p, 'year')}年）前后表述不一：${v(p, 'a')}与${v(p, 'b')}`,
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
    en: (p: P) =>
      `${v(p, 'label')}: the unit "${v(p, 'unit')}" cannot be right for ${v(p, 'quantity')}`,
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
      `${v(p, 'label')}: ${v(p, 'a')} (${v(p, 'va')}) and ${v(p, 'b')} (${v(p, 'vb')}) rest on different population vintages`,
    zh: (p: P) =>
      `${v(p, 'label')}：${v(p, 'a')}（${v(p, 'va')}）与${v(p, 'b')}（${v(p, 'vb')}）的人口口径不同`,
  },
} as const

/**
 * Every finding code with its severity and bilingual message. Codes are stable; the table and
 * its entries are frozen.
 *
 * @example
 * ```ts
 * import { FINDINGS } from 'bedstaff/audit'
 *
 * FINDINGS['sum-mismatch'].severity // => "error"
 * FINDINGS['sum-mismatch'].en({ label: 'Beds 2020', sum: '6603', total: '6653' }) // => "Beds 2020: the parts add up to 6603, the total is 6653"
 * FINDINGS['implied-population'].severity // => "info"
 * ```
 */
export const FINDINGS = freezeTable({ ...CHECK_FINDINGS, ...POPULATION_FINDINGS })

/** A stable finding code. */
export type FindingCode = keyof typeof FINDINGS

/**
 * Every finding code, in a stable order.
 *
 * @example
 * ```ts
 * import { FINDING_CODES } from 'bedstaff/audit'
 *
 * FINDING_CODES[0] // => "plan-invalid"
 * FINDING_CODES.includes('ratio-factor-ten') // => true
 * ```
 */
export const FINDING_CODES: readonly FindingCode[] = Object.freeze(
  Object.keys(FINDINGS) as FindingCode[],
)

/** The numbers behind a finding, as exact decimal strings (`null` where not applicable). */
export interface FindingNumbers {
  readonly stated: string | null
  readonly recomputed: string | null
  /** The interval the stated, printed value stands for. */
  readonly interval: { readonly lo: string; readonly hi: string } | null
  /** stated − recomputed. */
  readonly residual: string | null
}

/**
 * One audit finding.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { auditPlan, type Finding } from 'bedstaff/audit'
 *
 * const [f]: readonly Finding[] = auditPlan(JSON.parse(readFileSync('fixtures/cixi-2016-2020.json', 'utf8'))).findings
 * f?.numbers // => {"stated":"6653","recomputed":"6603","interval":{"lo":"6653","hi":"6653"},"residual":"50"}
 * f?.explanation // => "typo"
 * f?.sources.map((s) => s.line) // => [229,229,230,260]
 * ```
 */
export interface Finding {
  readonly code: FindingCode
  readonly severity: Severity
  readonly message: string
  readonly messageZh: string
  /** Ids of the figures, relations, rules or facilities involved. */
  readonly subjects: readonly string[]
  /** The stated figure this finding judges wrong, when one can be named; else `null`. */
  readonly figure: string | null
  /** Other checks that found the same figure wrong, merged into this finding. */
  readonly alsoFoundBy: readonly {
    readonly code: FindingCode
    readonly message: string
    readonly messageZh: string
    readonly subjects: readonly string[]
  }[]
  readonly numbers: FindingNumbers
  readonly explanation: Explanation | null
  /** Provenance of every figure involved, in document-line order. */
  readonly sources: readonly Source[]
  /** The first document line involved (for sorting), or 0. */
  readonly line: number
}

/** Builds a frozen finding. @internal */
export function finding(
  code: FindingCode,
  params: P,
  detail: {
    subjects: readonly string[]
    figure?: string | null
    numbers?: Partial<FindingNumbers>
    explanation?: Explanation | null
    sources: readonly Source[]
    severity?: Severity
  },
): Finding {
  const def = FINDINGS[code]
  const sources = [...detail.sources].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return Object.freeze({
    code,
    severity: detail.severity ?? def.severity,
    message: def.en(params),
    messageZh: def.zh(params),
    subjects: Object.freeze([...detail.subjects]),
    figure: detail.figure ?? null,
    alsoFoundBy: Object.freeze([]),
    numbers: Object.freeze({
      stated: detail.numbers?.stated ?? null,
      recomputed: detail.numbers?.recomputed ?? null,
      interval: detail.numbers?.interval ? Object.freeze({ ...detail.numbers.interval }) : null,
      residual: detail.numbers?.residual ?? null,
    }),
    explanation: detail.explanation ?? null,
    sources: Object.freeze(sources.map((s) => Object.freeze({ ...s }))),
    line: sources.find((s) => s.line !== undefined)?.line ?? 0,
  })
}
