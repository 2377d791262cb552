/**
 * A sweep case read for the decimal kernels: the bases with the case's populations (a base
 * made from another follows it), and the rules with the case's values. The compiled sweep
 * falls back to it, and the decimal sweep runs on it.
 */
import { decimalString, describe } from '../../decimal.js'
import { fail } from '../../errors.js'
import { throughExact } from '../../kernel/arithmetic.js'
import { invalidOption, knownKeys, optionsObject } from '../../options.js'
import { populationValue } from '../../population/base.js'
import type { NamedBase } from '../bases.js'
import type { RuleRunner } from '../runner.js'
import type { Rule } from '../schema.js'
import { withLevel } from '../with-level.js'

/**
 * One variation: base id → population, rule id → value (a share's value is written as in a
 * plan: "20%" or the fraction "0.2").
 */
export interface SweepCase {
  readonly populations?: Readonly<Record<string, string | number>>
  readonly values?: Readonly<Record<string, string | number>>
}

/** The entries of a case's `populations` or `values`, each a number or decimal text. @internal */
export function idEntries(value: unknown, path: (string | number)[]): [string, string | number][] {
  if (value === undefined) return []
  const o = optionsObject(value, path)
  const out: [string, string | number][] = []
  for (const k of Object.keys(o)) {
    const v = o[k]
    if (typeof v !== 'string' && typeof v !== 'number') {
      invalidOption([...path, k], `expected a number or decimal string, got ${describe(v)}`)
    }
    out.push([k, v])
  }
  return out
}

/**
 * The keys of a case's `populations` or `values`, each checked to hold a number or decimal
 * text (all before any is used, as `idEntries` checks them). @internal
 */
export function entriesOf(value: unknown, path: 'populations' | 'values'): readonly string[] {
  if (value === undefined) return []
  const o = optionsObject(value, [path])
  const keys = Object.keys(o)
  for (const k of keys) {
    const v = o[k]
    if (typeof v !== 'string' && typeof v !== 'number') {
      invalidOption([path, k], `expected a number or decimal string, got ${describe(v)}`)
    }
  }
  return keys
}

/** A case as an object with known keys only. @internal */
export function caseObject(c: unknown): Record<string, unknown> {
  const k = optionsObject(c, ['case'])
  knownKeys(k, ['populations', 'values'], ['case'])
  return k
}

/** Refuses an id the plan does not have. @internal */
export function unknownId(id: string, path: 'populations' | 'values'): never {
  return path === 'populations'
    ? fail('unknown-reference', [path, id], { id, what: 'base', whatZh: '人口基数' })
    : fail('unknown-reference', [path, id], { id, what: 'rule', whatZh: '规则' })
}

/** What a case changes, for the runner. @internal */
export interface DecimalCase {
  readonly bases: ReadonlyMap<string, NamedBase>
  readonly replaced: ReadonlyMap<string, Rule>
  /** Bases whose population changed (directly or through the base they are made from). */
  readonly changedBases: readonly string[]
}

/**
 * Reads a case against a plan's bases and rules, checking it as the sweep does.
 *
 * @throws BedstaffError `invalid-options`, `unknown-reference`, `invalid-level`, and the
 *   number errors of a population or value
 */
export function decimalCase(
  runner: RuleRunner,
  bases: ReadonlyMap<string, NamedBase>,
  children: ReadonlyMap<string, readonly string[]>,
  c: unknown,
): DecimalCase {
  const k = caseObject(c)
  const changed = new Map<string, NamedBase>(bases)
  const changedBases: string[] = []
  const setBase = (id: string, value: ReturnType<typeof populationValue>) => {
    const b = changed.get(id)
    if (!b) return
    changed.set(id, Object.freeze({ ...b, value: decimalString(value) }))
    changedBases.push(id)
    for (const child of children.get(id) ?? []) {
      const cb = changed.get(child)
      // a base made from another: the population times its multiplier (300%)
      if (cb?.derivedFrom) setBase(child, throughExact(value, runner.dec(cb.derivedFrom.factor)))
    }
  }
  for (const [id, v] of idEntries(k.populations, ['populations'])) {
    if (!bases.has(id)) unknownId(id, 'populations')
    setBase(id, populationValue(v, ['populations', id]))
  }
  const replaced = new Map<string, Rule>()
  for (const [id, v] of idEntries(k.values, ['values'])) {
    const rule = runner.byId.get(id)
    if (!rule) return unknownId(id, 'values')
    replaced.set(id, withLevel(rule, v, ['values', id]))
  }
  return { bases: changed, replaced, changedBases }
}

/** Base id → the ids of the bases made from it. @internal */
export function baseChildren(plan: {
  readonly bases: readonly { readonly id: string; readonly from?: string | undefined }[]
}): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>()
  for (const b of plan.bases) {
    if (b.from) out.set(b.from, [...(out.get(b.from) ?? []), b.id])
  }
  return out
}
