/**
 * A plan's own rules must not contradict each other: nurses 3.5 per 1,000 and physicians 3.65
 * per 1,000 make 医护比 1:0.96, not the 1:1.15 a ratio rule between them asks. Each value
 * stands for its printed interval, since documents print rounded derived values.
 */
import { Dec, decimalString } from '../../decimal.js'
import { ratioValue } from '../../kernel/arithmetic.js'
import { type Bounds, divBounds, pointBounds } from '../../kernel/bounds.js'
import { printedBounds, printedDecimals } from '../../kernel/printed.js'
import type { Rule } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { labelPair } from '../wording.js'

type PerCapita = Extract<Rule, { type: 'per-capita' }>
type Ratio = Extract<Rule, { type: 'ratio' }>

/** A rule's value per person (or per unit of `from`), over its printed interval. */
function perUnit(value: string, per: string | undefined): Bounds {
  const b = printedBounds(new Dec(value), printedDecimals(value))
  return divBounds(b, pointBounds(new Dec(per ?? '1'))) ?? b
}

/** Per-capita rules linked by a 1:x ratio rule, against that ratio. @internal */
export function checkRuleConsistency(ctx: AuditContext): Finding[] {
  const rules = ctx.plan.rules
  const byId = new Map(rules.map((r) => [r.id, r]))
  const out: Finding[] = []
  for (const r of rules) {
    if (r.type !== 'ratio' || r.from.kind !== 'rule' || r.value === undefined) continue
    const from = byId.get(r.from.id)
    if (from?.type !== 'per-capita' || from.value === undefined) continue
    const fromValue = from.value
    const to = rules.find(
      (x): x is PerCapita =>
        x.type === 'per-capita' &&
        x.quantity === r.quantity &&
        x.base === from.base &&
        x.year === from.year &&
        x.value !== undefined,
    )
    if (!to?.value) continue
    const implied = divBounds(perUnit(to.value, to.per), perUnit(fromValue, from.per))
    const stated = perUnit(r.value, r.per)
    if (!implied || canAgree(implied, stated)) continue
    out.push(conflict(r, from, to))
  }
  return out
}

function conflict(r: Ratio, from: PerCapita, to: PerCapita): Finding {
  const exact = ratioValue(
    ratioValue(new Dec(from.per), new Dec(from.value ?? '0')),
    ratioValue(new Dec(to.per), new Dec(to.value ?? '0')),
  )
  return finding(
    'rule-conflict',
    {
      label: labelPair(r),
      labelZh: r.label.zh,
      from: from.value ?? '?',
      to: to.value ?? '?',
      fromLabel: from.label.en ?? from.label.zh,
      fromLabelZh: from.label.zh,
      toLabel: to.label.en ?? to.label.zh,
      toLabelZh: to.label.zh,
      implied: exact.toDecimalPlaces(4).toString(),
      ratio: r.value ?? '?',
    },
    {
      subjects: [r.id, from.id, to.id],
      numbers: {
        stated: r.value ?? null,
        recomputed: decimalString(exact),
        interval: intervalJson(perUnit(r.value ?? '0', r.per)),
        residual: decimalString(new Dec(r.value ?? '0').minus(exact)),
      },
      explanation: 'unknown',
      sources: sourcesOf([r, from, to]),
    },
  )
}
