/**
 * Counts a document prints for a rule it names: "按每万人口3名配置，需5535名" must be what the
 * rule gives on the plan's base. A rule printed as a ratio of totals (3.00 per 1,000 from 6005
 * beds) stands for its printed interval; a rule the document states as an exact standard
 * (`exact: true`) does not. Where the count matches the rule on a population truncated to whole
 * thousands or 万, the finding says `truncation`.
 */
import { Dec, decimalString } from '../../decimal.js'
import { perCapitaExact, ratioValue, truncateTo } from '../../kernel/arithmetic.js'
import { type Bounds, pointBounds } from '../../kernel/bounds.js'
import { totalBounds, wholeCounts } from '../../kernel/counts.js'
import { printedBounds, printedDecimals } from '../../kernel/printed.js'
import type { RuleResult } from '../../plan/result.js'
import type { Figure, Rule } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Explanation, type Finding, finding } from '../finding.js'
import { labelPair, printedPair } from '../wording.js'
import { typoLike } from './misfit.js'

type PerCapita = Extract<Rule, { type: 'per-capita' }>

/** The counts a rule may give on a population: any rounding of its exact value. */
function countsOf(rule: PerCapita, population: Dec): Bounds {
  const value = new Dec(rule.value ?? '0')
  const rate = rule.exact
    ? pointBounds(value)
    : printedBounds(value, printedDecimals(rule.value ?? '0'))
  return wholeCounts(totalBounds(rate, population, new Dec(rule.per)))
}

/** Whether the count is the rule on the population truncated to a whole 10, 100, … 万. */
function truncated(rule: PerCapita, population: Dec, count: Bounds): boolean {
  for (let k = 1; k <= 8; k++) {
    const cut = truncateTo(population, new Dec(`1e${k}`))
    if (
      cut.gt(0) &&
      !cut.eq(population) &&
      canAgree(countsOf({ ...rule, exact: true }, cut), count)
    )
      return true
  }
  return false
}

/** The stated counts of rules, against the rules on the plan's bases. @internal */
export function checkRuleFigures(
  ctx: AuditContext,
  results: ReadonlyMap<string, RuleResult>,
): Finding[] {
  const out: Finding[] = []
  const rules = new Map(ctx.plan.rules.map((r) => [r.id, r]))
  for (const f of ctx.plan.figures) {
    if (f.form !== 'count' || f.rule === undefined) continue
    const rule = rules.get(f.rule)
    const result = results.get(f.rule)
    if (rule?.type !== 'per-capita' || rule.value === undefined || !result?.base) continue
    if (f.year !== null && f.year !== rule.year) continue
    if (f.role === 'actual') continue
    const population = new Dec(result.base.value)
    const counts = countsOf(rule, population)
    const stated = figureBounds(f)
    if (canAgree(counts, stated)) continue
    out.push(mismatch(f, rule, result, population, counts, stated))
  }
  return out
}

function mismatch(
  f: Figure,
  rule: PerCapita,
  result: RuleResult,
  population: Dec,
  counts: Bounds,
  stated: Bounds,
): Finding {
  const exact = perCapitaExact(new Dec(rule.value ?? '0'), population, new Dec(rule.per))
  const residual = new Dec(f.value).minus(exact)
  const q = ratioValue(exact, new Dec(f.value))
  const explanation: Explanation = truncated(rule, population, stated)
    ? 'truncation'
    : (q.gte(8) && q.lte(12.5)) || (q.gte(0.08) && q.lte(0.125))
      ? 'factor-of-ten'
      : typoLike(residual)
        ? 'typo'
        : 'unknown'
  return finding(
    'rule-count-mismatch',
    {
      label: labelPair(f),
      labelZh: f.label.zh,
      expected: exact.toDecimalPlaces(2).toString(),
      population: result.base?.value ?? '?',
      stated: printedPair(f.printed),
    },
    {
      subjects: [f.id, rule.id, result.base?.id ?? ''],
      figure: f.id,
      numbers: {
        stated: f.value,
        recomputed: decimalString(exact),
        interval: intervalJson(counts),
        residual: decimalString(residual),
      },
      explanation,
      sources: sourcesOf([f, rule]),
    },
  )
}
