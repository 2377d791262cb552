/**
 * Small made-up plans for auditor tests: a plan of figures, relations, bases and rules, each
 * built from the few fields a test cares about.
 */
import { auditPlan } from '../../src/audit/audit.js'
import type { Finding } from '../../src/audit/finding.js'

const source = (line: number) => ({ document: 'made-up.txt', line })

/** A stated figure. `printed` defaults to the value. */
export function fig(
  id: string,
  form: 'count' | 'rate' | 'ratio' | 'share' | 'increment' | 'level',
  value: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    label: { zh: id, en: id },
    indicator: (extra.indicator as string | undefined) ?? 'beds',
    form,
    quantity: 'beds',
    value,
    printed: value,
    year: 2025,
    source: source((extra.line as number | undefined) ?? 1),
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'line')),
  }
}

/** A resident (or other) base given directly. */
export const base = (id: string, value: string, kind = 'resident', year = 2025) => ({
  id,
  kind,
  value,
  year,
  vintage: 'estimate',
  source: source(1),
})

/** A per-capita rule. */
export const perCapita = (
  id: string,
  quantity: string,
  value: string,
  per: string,
  extra = {},
) => ({
  id,
  label: { zh: id, en: id },
  type: 'per-capita',
  quantity,
  comparator: 'ge',
  rounding: 'ceil',
  year: 2025,
  value,
  per,
  base: 'resident',
  source: source(2),
  ...extra,
})

/** A version-2 plan around the given parts. */
export function plan(parts: {
  figures?: unknown[]
  relations?: unknown[]
  bases?: unknown[]
  rules?: unknown[]
  norms?: unknown[]
}) {
  return {
    version: 2,
    id: 'made-up',
    title: { zh: '测试规划' },
    jurisdiction: { zh: '测试市' },
    period: { start: 2021, end: 2025, baseYear: 2020, targetYear: 2025 },
    document: { file: 'made-up.txt', title: '测试', issuer: null, date: null },
    bases: parts.bases ?? [],
    ...(parts.norms ? { norms: parts.norms } : {}),
    rules: parts.rules ?? [],
    facilities: [],
    stocks: [],
    figures: parts.figures ?? [],
    relations: parts.relations ?? [],
  }
}

/** The findings of a code (all of them, or none). */
export const findings = (p: unknown, code: string): Finding[] =>
  auditPlan(p).findings.filter((f) => f.code === code)

/** Every error and warning of an audit, as [code, subjects[0]]. */
export const problems = (p: unknown) =>
  auditPlan(p)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.code, f.subjects[0]])
