/**
 * Audit findings: what the auditor returns (it never throws for a bad plan). Each finding has a
 * stable code, a severity, bilingual messages, the numbers, and the provenance of every figure.
 */
import type { Source } from '../provenance.js'
import { CHECK_FINDINGS } from './finding-table-checks.js'
import { POPULATION_FINDINGS } from './finding-table-populations.js'
import { inLanguage, type Param } from './wording.js'

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

/** Freezes a table and each of its entries, so that no caller can replace a message. */
function freezeTable<T extends Record<string, object>>(
  table: T,
): { readonly [K in keyof T]: Readonly<T[K]> } {
  for (const entry of Object.values(table)) Object.freeze(entry)
  return Object.freeze(table)
}

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
  /** The first document line involved, or `null` where no figure involved states its line. */
  readonly line: number | null
}

/**
 * Builds a frozen finding; each parameter in both languages (a pair) or one text for both.
 * @internal
 */
export function finding(
  code: FindingCode,
  params: Readonly<Record<string, Param>>,
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
    message: def.en(inLanguage(params, 'en')),
    messageZh: def.zh(inLanguage(params, 'zh')),
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
    line: sources.find((s) => s.line !== undefined)?.line ?? null,
  })
}
