/**
 * What a rule evaluator returns: a tagged union. `ok` carries exact decimals (the caller turns
 * them into the frozen, string-valued `RuleResult`); the other tags say what is missing.
 */
import type { Dec } from '../../decimal.js'
import type { Binding } from '../../kernel/arithmetic.js'
import type { NamedBase } from '../bases.js'
import type { RuleResult } from '../result.js'
import type { Plan } from '../schema.js'

/** What an evaluator may read: the plan, its bases, the results of rules evaluated before. */
export interface RuleContext {
  readonly plan: Plan
  readonly bases: ReadonlyMap<string, NamedBase>
  readonly results: ReadonlyMap<string, RuleResult>
  /** Reads (and memoizes) the plan's validated decimal strings. */
  readonly dec: (text: string | number) => Dec
  /**
   * Where a caller that sums the per-facility requirements (`evaluatePlan`'s summaries) wants
   * the decimals each was written from; absent for the others.
   */
  readonly decimals?: Map<object, RequirementDecimals>
}

/** The decimals behind a facility's requirement (its counts are on it), for sums that need no
 * re-reading. */
export interface RequirementDecimals {
  readonly exact: Dec | null
  readonly min: Dec | null
  readonly max: Dec | null
}

/** Where the amount came from, and the facilities a per-facility rule went through. */
export interface Inputs {
  readonly base: RuleResult['base']
  readonly from: RuleResult['from']
  readonly facilities: RuleResult['facilities']
}

/** A computed requirement. */
export interface Computed extends Inputs {
  readonly status: 'ok'
  /** The exact requirement; `null` for a range rule. */
  readonly exact: Dec | null
  /** The count, where the evaluator decides it (a compound minimum, a sum of per-facility
   * counts); `undefined` to count `exact` with the rule's rounding. */
  readonly count: Dec | null | undefined
  readonly min: Dec | null
  readonly max: Dec | null
  readonly binding: Binding | null
  /** Per-facility rules: the exact sum, to be counted once (beside the sum of counts). */
  readonly aggregate: Dec | null
  readonly trajectory: RuleResult['trajectory']
}

/** Why nothing was computed. */
export interface NotComputed extends Inputs {
  readonly status: 'base-missing' | 'base-ambiguous' | 'input-missing'
  readonly missing: string
}

/** The outcome of evaluating one rule. */
export type Outcome = Computed | NotComputed

/** A computed outcome, with every optional part empty unless given. @internal */
export function computed(parts: Partial<Omit<Computed, 'status'>>): Computed {
  // one shape for every outcome (a spread of parts of many shapes is slow)
  return {
    status: 'ok',
    base: parts.base ?? null,
    from: parts.from ?? null,
    facilities: parts.facilities ?? null,
    exact: parts.exact ?? null,
    min: parts.min ?? null,
    max: parts.max ?? null,
    binding: parts.binding ?? null,
    aggregate: parts.aggregate ?? null,
    trajectory: parts.trajectory ?? null,
    count: parts.count,
  }
}

/** An outcome that says what is missing. @internal */
export function notComputed(
  status: NotComputed['status'],
  missing: string,
  inputs: Partial<Inputs> = {},
): NotComputed {
  return {
    status,
    missing,
    base: inputs.base ?? null,
    from: inputs.from ?? null,
    facilities: inputs.facilities ?? null,
  }
}
