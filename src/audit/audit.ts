/**
 * The auditor: recompute a published plan and report every figure that does not add up. It
 * returns findings; it never throws for a bad plan.
 */
import { BedstaffError, formatPath } from '../errors.js'
import { resolveBases } from '../plan/bases.js'
import { loadPlan } from '../plan/load.js'
import type { RuleResult } from '../plan/result.js'
import { ruleRunner, runRules } from '../plan/runner.js'
import type { Plan } from '../plan/schema.js'
import { checkBaseAndVintage } from './checks/base-vintage.js'
import { checkCrossBase } from './checks/cross-base.js'
import { checkFacilities } from './checks/facilities.js'
import { checkNationalNorms } from './checks/national-norms.js'
import { checkPlausibility } from './checks/plausibility.js'
import { checkPopulations } from './checks/populations.js'
import { checkRelations } from './checks/relations.js'
import { checkRuleConsistency } from './checks/rule-consistency.js'
import { checkRuleFigures } from './checks/rule-figures.js'
import { checkStatedTwice } from './checks/stated-twice.js'
import { auditContext } from './context.js'
import { type Finding, finding, type Severity } from './finding.js'

/** What {@link auditPlan} returns. */
export interface Audit {
  readonly plan: string | null
  readonly findings: readonly Finding[]
  readonly counts: Readonly<Record<Severity, number>>
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Severity, then document line (a finding with no line first), then code, then subject: one
 * order for every run. @internal
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    ORDER[a.severity] - ORDER[b.severity] ||
    (a.line ?? -1) - (b.line ?? -1) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.subjects.join() < b.subjects.join() ? -1 : a.subjects.join() > b.subjects.join() ? 1 : 0)
  )
}

/**
 * One finding per wrong figure: when several checks judge the same stated figure wrong (a
 * mistyped total breaks its sum and its rate alike), the first keeps the finding and lists the
 * others in `alsoFoundBy`. An error finding joins an earlier one when it judges the same figure
 * or involves the figure the earlier one judges. Checks run relations first, as the most
 * specific.
 */
function merge(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = []
  for (const f of findings) {
    const at =
      f.severity !== 'error'
        ? -1
        : out.findIndex(
            (g) =>
              g.severity === 'error' &&
              g.figure !== null &&
              (g.figure === f.figure || f.subjects.includes(g.figure)),
          )
    const first = out[at]
    if (at < 0 || first === undefined) {
      out.push(f)
      continue
    }
    const also = { code: f.code, message: f.message, messageZh: f.messageZh, subjects: f.subjects }
    out[at] = Object.freeze({
      ...first,
      alsoFoundBy: Object.freeze([...first.alsoFoundBy, Object.freeze(also)]),
    })
  }
  return out
}

/** The plan's own rules evaluated, for the checks of what the document says they give. */
function ruleResults(plan: Plan): ReadonlyMap<string, RuleResult> {
  try {
    const runner = ruleRunner({ ...plan, norms: [] })
    return runRules(runner, { bases: resolveBases(plan) })
  } catch {
    return new Map()
  }
}

/**
 * Audits a plan: recomputes every stated figure through the intervals its printed precision
 * allows, and returns the findings sorted by severity and document line. A plan that cannot be
 * read gives one `plan-invalid` finding; nothing is thrown.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { auditPlan } from 'bedstaff/audit'
 *
 * const a = auditPlan(JSON.parse(readFileSync('fixtures/cixi-2016-2020.json', 'utf8')))
 * a.counts // => {"error":1,"warning":6,"info":1}   (the info: a 其中 breakdown of 578 of 716 institutions)
 * a.findings[0]?.code // => "sum-mismatch"   (2892 + 1611 + 2100 = 6603, the total says 6653)
 * auditPlan({ id: 'not a plan' }).findings[0]?.code // => "plan-invalid"
 * ```
 */
export function auditPlan(input: unknown): Audit {
  let plan: ReturnType<typeof loadPlan>
  try {
    plan = loadPlan(input)
  } catch (e) {
    const where = e instanceof BedstaffError ? formatPath(e.path) : ''
    const problem =
      e instanceof BedstaffError
        ? {
            en: `${e.messageEn} (${e.code} at ${where || 'top level'})`,
            zh: `${e.messageZh}（${e.code}，位置：${where || '顶层'}）`,
          }
        : { en: 'unreadable input', zh: '输入无法读取' }
    const f = finding('plan-invalid', { problem }, { subjects: [], sources: [] })
    return Object.freeze({
      plan: null,
      findings: Object.freeze([f]),
      counts: Object.freeze({ error: 1, warning: 0, info: 0 }),
    })
  }
  const ctx = auditContext(plan)
  const results = ruleResults(plan)
  const findings = merge([
    ...checkRelations(ctx),
    ...checkFacilities(ctx),
    ...checkPopulations(ctx),
    ...checkStatedTwice(ctx),
    ...checkPlausibility(ctx),
    ...checkBaseAndVintage(ctx),
    ...checkRuleFigures(ctx, results),
    ...checkCrossBase(ctx),
    ...checkRuleConsistency(ctx),
    ...checkNationalNorms(ctx),
  ]).sort(compareFindings)
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return Object.freeze({
    plan: plan.id,
    findings: Object.freeze(findings),
    counts: Object.freeze(counts),
  })
}
