/**
 * Targets reached through an increment: "到2025年每千人口床位达到6.1张，需新增床位1.2万张" says
 * the target count is the stock plus the increment. With the plan's base of that year the
 * target rate must require that count; without one, the population it implies is reported.
 */
import { printedEn } from '../../bilingual.js'
import { Dec, decimalString } from '../../decimal.js'
import { perCapitaExact, sumOf } from '../../kernel/arithmetic.js'
import { addBounds, closure, divBounds, scaleBounds } from '../../kernel/bounds.js'
import type { Relation } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { canAgree, figureBounds, intervalJson } from '../figure-bounds.js'
import { type Finding, finding } from '../finding.js'
import { baseFor, rateBounds } from '../implied.js'
import { grouped, labelPair, printedPair } from '../wording.js'

type IncrementTarget = Extract<Relation, { type: 'increment-target' }>

/** The target a rate, a stock and an increment state together. @internal */
export function incrementTargetCheck(ctx: AuditContext, rel: IncrementTarget): Finding[] {
  const [rate, stock, inc] = [
    ctx.figure(rel.rate),
    ctx.figure(rel.stock),
    ctx.figure(rel.increment),
  ]
  if (!rate || !stock || !inc) return []
  const ratePer = rate.per
  if (ratePer === undefined) return []
  const r = { ...rate, per: ratePer }
  const target = addBounds([figureBounds(stock), figureBounds(inc)])
  const targetExact = sumOf([new Dec(stock.value), new Dec(inc.value)])
  const label = labelPair(rate)
  const sources = sourcesOf([rel, rate, stock, inc])
  const subjects = [rel.id, rate.id, stock.id, inc.id]
  const per = new Dec(ratePer)
  const b = baseFor(ctx, rate)
  if (b) {
    const population = new Dec(b.value)
    const required = scaleBounds(rateBounds(r), population)
    if (canAgree(required, target)) return []
    const exact = perCapitaExact(new Dec(rate.value), population, per)
    return [
      finding(
        'increment-target-mismatch',
        {
          label,
          labelZh: rate.label.zh,
          per: grouped(ratePer),
          stock: printedPair(stock.printed),
          increment: printedPair(inc.printed),
          target: decimalString(targetExact),
          rate: printedPair(rate.printed),
          population: grouped(b.value),
          expected: exact.toDecimalPlaces(2).toString(),
        },
        {
          subjects: [...subjects, b.id],
          figure: inc.id,
          numbers: {
            stated: decimalString(targetExact),
            recomputed: decimalString(exact),
            interval: intervalJson(closure(required)),
            residual: decimalString(targetExact.minus(exact)),
          },
          explanation: 'unknown',
          sources,
        },
      ),
    ]
  }
  // population = (stock + increment) / (rate per person)
  const population = divBounds(target, rateBounds(r))
  if (!population) return []
  return [
    finding(
      'implied-population',
      {
        label,
        labelZh: rate.label.zh,
        detail: `${printedEn(stock.printed)} + ${printedEn(inc.printed)} at ${printedEn(rate.printed)} per ${grouped(ratePer)}`,
        detailZh: `现有${stock.printed}加新增${inc.printed}与每${grouped(ratePer)}人${rate.printed}`,
        lo: grouped(population.lo.toDecimalPlaces(0).toString()),
        hi: grouped(population.hi.toDecimalPlaces(0).toString()),
      },
      {
        subjects,
        numbers: {
          stated: null,
          recomputed: null,
          interval: intervalJson(population),
          residual: null,
        },
        explanation: 'unknown',
        sources,
      },
    ),
  ]
}
