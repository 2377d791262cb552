/**
 * 每千常住人口4.58张: value × population / per, on the base the rule names or the one base of
 * its kind and year; a trajectory (逐步达到) is followed year by year on each year's base.
 */
import { decimalString } from '../../decimal.js'
import { perCapitaExact } from '../../kernel/arithmetic.js'
import { countOf } from '../../rounding.js'
import type { NamedBase } from '../bases.js'
import type { BaseUsed, TrajectoryPoint } from '../result.js'
import type { Rule } from '../schema.js'
import { linearTrajectory } from '../trajectory.js'
import { computed, notComputed, type Outcome, type RuleContext } from './outcome.js'
import { chosenBase } from './statics.js'

type PerCapita = Extract<Rule, { type: 'per-capita' }>

const shown = new WeakMap<NamedBase, BaseUsed>()

/** The base as a result shows it (one frozen object per base). @internal */
export const baseUsed = (b: NamedBase): BaseUsed => {
  let used = shown.get(b)
  if (!used) {
    used = Object.freeze({
      id: b.id,
      kind: b.kind,
      value: b.value,
      year: b.year,
      vintage: b.vintage,
      ages: b.ages,
      derivedFrom: b.derivedFrom,
    })
    shown.set(b, used)
  }
  return used
}

/** Evaluates a per-capita rule. @internal */
export function evaluatePerCapita(rule: PerCapita, ctx: RuleContext): Outcome {
  const choice = chosenBase(ctx.bases, rule.base, rule.year, rule.baseId)
  if (choice.status === 'base-missing') return notComputed('base-missing', choice.wanted)
  if (choice.status === 'base-ambiguous') {
    const found = choice.candidates.join(', ')
    return notComputed('base-ambiguous', `one ${rule.base} base for ${rule.year}, found ${found}`)
  }
  const b = choice.base
  const pop = ctx.dec(b.value)
  const per = ctx.dec(rule.per)
  const times = (v: string) => perCapitaExact(ctx.dec(v), pop, per)
  return computed({
    base: baseUsed(b),
    exact: rule.value !== undefined ? times(rule.value) : null,
    min: rule.range ? times(rule.range.min) : null,
    max: rule.range ? times(rule.range.max) : null,
    trajectory: rule.trajectory && rule.value !== undefined ? trajectory(rule, b, ctx) : null,
  })
}

/** Each rule's path of values (逐步达到), worked out once per (frozen) rule. */
const paths = new WeakMap<PerCapita, ReturnType<typeof linearTrajectory>>()
function pathOf(rule: PerCapita, t: NonNullable<PerCapita['trajectory']>, value: string) {
  let path = paths.get(rule)
  if (!path) {
    path = linearTrajectory(t.fromYear, t.fromValue, rule.year, value)
    if (Object.isFrozen(rule)) paths.set(rule, path)
  }
  return path
}

function trajectory(rule: PerCapita, own: NamedBase, ctx: RuleContext): TrajectoryPoint[] {
  const t = rule.trajectory
  if (!t || rule.value === undefined) return []
  const per = ctx.dec(rule.per)
  return pathOf(rule, t, rule.value).map((pt) => {
    // the target year uses the rule's own base; other years the plan's base of that year
    const yb =
      pt.year === own.year
        ? ({ status: 'ok', base: own } as const)
        : chosenBase(ctx.bases, rule.base, pt.year, undefined)
    const e =
      yb.status === 'ok' ? perCapitaExact(ctx.dec(pt.value), ctx.dec(yb.base.value), per) : null
    return Object.freeze({
      year: pt.year,
      value: pt.value,
      exact: e ? decimalString(e) : null,
      count: e ? countOf(e, rule.rounding) : null,
    })
  })
}
