/**
 * `bedstaff audit PLAN`: exit 1 when the audit has error findings.
 */
import { auditPlan } from '../../audit/audit.js'
import { loadPlan } from '../../plan/load.js'
import { renderAudit } from '../../report/render.js'
import type { Parsed } from '../args.js'
import { inFile } from '../failure.js'
import type { Io } from '../io.js'
import { readPlanData } from '../plan-file.js'
import { renderOptions } from './analyses.js'
import type { CommandResult } from './result.js'

/** Audits a plan file; a plan that fails to load is bad input (exit 2), not a finding. */
export function auditCommand(p: Parsed, io: Io): CommandResult {
  const file = p.positionals[0] ?? ''
  const plan = inFile(file, () => loadPlan(readPlanData(io, file)))
  const audit = auditPlan(plan)
  return {
    text: renderAudit(audit, renderOptions(p)),
    code: audit.counts.error > 0 ? 1 : 0,
  }
}
