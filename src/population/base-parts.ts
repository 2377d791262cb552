/**
 * The checked parts of a population base: its value, year and ages.
 */
import { type Dec, decimalString, describe, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { throughExact } from '../kernel/arithmetic.js'
import { savedFields, type What } from '../made.js'
import type { AgeBand } from './base-types.js'

/** A base's year: a whole number from 1900 to 2200. @internal */
export function checkYear(year: unknown, path: Path): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    fail('invalid-year', path, { received: describe(year) })
  }
  return year
}

/** An age: `null` (unbounded) or a whole number from 0 to 150. @internal */
export function checkAge(a: unknown, path: Path): number | null {
  if (a === null) return null
  if (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 150) {
    fail('invalid-number', path, { received: describe(a) })
  }
  return a
}

/** Parses a population value: a finite decimal greater than zero. @internal */
export function populationValue(value: unknown, path: Path): Dec {
  const d = toDecimal(value, path)
  if (d.lte(0)) fail('non-positive-population', path, { received: decimalString(d) })
  return d
}

/**
 * `value × factor` as a base's value: above 0 and within the range a base accepts, so that the
 * base reads back from its JSON. @internal
 */
export function scaledPopulation(value: Dec, factor: Dec, path: Path): Dec {
  return populationValue(decimalString(throughExact(value, factor)), path)
}

/**
 * An age band checked: each end `null` or a whole age from 0 to 150, the lower end not above
 * the upper. @internal
 */
export function ageBand(
  min: unknown,
  max: unknown,
  path: Path,
  keys: readonly [string, string] = ['ageMin', 'ageMax'],
): AgeBand {
  const lo = checkAge(min, [...path, keys[0]])
  const hi = checkAge(max, [...path, keys[1]])
  if (lo !== null && hi !== null && lo > hi) {
    fail('invalid-interval', [...path, keys[1]], { lo, hi })
  }
  return { min: lo, max: hi }
}

const DERIVATION: What = { en: 'a derivation { fromKind, fromValue, factor }', zh: '推算方式' }

/** A factor greater than 0. @internal */
export function factorOf(value: unknown, path: Path): Dec {
  const f = toDecimal(value, path)
  if (f.lte(0)) fail('non-positive-value', path, { received: decimalString(f) })
  return f
}

/**
 * A saved derivation of a base, checked against the value it says it gives (its `fromKind` is
 * checked by the caller). @internal
 */
export function derivation(
  value: unknown,
  v: Dec,
  path: Path,
  valuePath: Path,
): { fromKind: unknown; fromValue: string; factor: string } | null {
  if (value === undefined || value === null) return null
  const o = savedFields(value, DERIVATION, ['fromKind', 'fromValue', 'factor'], path)
  const fromValue = populationValue(o.fromValue, [...path, 'fromValue'])
  const factor = factorOf(o.factor, [...path, 'factor'])
  const expected = scaledPopulation(fromValue, factor, [...path, 'factor'])
  if (!expected.eq(v)) {
    fail('invalid-argument', valuePath, {
      problem: `value ${decimalString(v)} is not ${decimalString(fromValue)} × ${decimalString(factor)}`,
      problemZh: `数值 ${decimalString(v)} 不等于 ${decimalString(fromValue)} × ${decimalString(factor)}`,
    })
  }
  return {
    fromKind: o.fromKind,
    fromValue: decimalString(fromValue),
    factor: decimalString(factor),
  }
}
