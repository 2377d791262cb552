/**
 * `bedstaff/audit`: `auditPlan` recomputes every figure a plan states and returns findings,
 * never exceptions; the finding codes and their severities.
 *
 * @packageDocumentation
 * @module bedstaff/audit
 */

export { type Audit, auditPlan } from './audit.js'
export {
  type Explanation,
  FINDING_CODES,
  FINDINGS,
  type Finding,
  type FindingCode,
  type FindingNumbers,
  type Severity,
} from './finding.js'
