/**
 * Reading a sweep case into a compiled plan's state: each population and value checked as the
 * decimal sweep checks it (the same errors, in the same order) and turned into an integer
 * rational. Plain decimal text of at most 15 digits ("1950000", "4.37", "20%") and whole
 * numbers are read directly; anything else goes through the library's own checks first.
 */
import { decimalString } from '../../decimal.js'
import { fitsPrecision, POW10 } from '../../kernel/integer.js'
import { populationValue } from '../../population/base.js'
import { shareFraction } from '../../quantity/share.js'
import { withLevel } from '../with-level.js'
import { caseObject, entriesOf, unknownId } from './decimal-case.js'
import type { Program } from './program.js'
import { type Rational, rationalOf, times } from './rational.js'
import type { CaseState } from './run.js'

const MAX_PLAIN = 40

/** Plain text of at most 15 digits and 15 places, as digits over a power of ten. */
function plain(text: string, maxScale: number): readonly [number, number] | null {
  if (text.length > MAX_PLAIN) return null
  let n = 0
  let digits = 0
  let point = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 46 && point < 0) point = i
    else if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++
      n = n * 10 + (c - 48)
    } else return null
  }
  const scale = point < 0 ? 0 : text.length - point - 1
  if (digits > 15 || scale > maxScale || text.length === (point < 0 ? 0 : 1)) return null
  // at most 10^15, as the number checks ask (below it whenever there are places)
  if (scale === 0 && n > 1e15) return null
  return [n, scale]
}

/** A whole number from 0 to 10^15, as it is. */
function whole(v: number): readonly [number, number] | null {
  return Number.isSafeInteger(v) && v >= 0 && v <= 1e15 ? [v === 0 ? 0 : v, 1] : null
}

function fastValue(v: string | number, maxScale = 15): readonly [number, number] | null {
  if (typeof v === 'number') return whole(v)
  const q = plain(v, maxScale)
  return q === null ? null : [q[0], POW10[q[1]] as number]
}

/** A share: "20%" (a percent), "0.2" or 0.2 (a fraction). */
function fastShare(v: string | number): Rational | null {
  if (typeof v === 'number' || v.charCodeAt(v.length - 1) !== 37) return fastValue(v)
  const q = fastValue(v.slice(0, -1), 13)
  return q === null ? null : [q[0], q[1] * 100]
}

function population(v: string | number, id: string): Rational {
  const q = fastValue(v)
  if (q !== null && q[0] > 0) return q
  return rationalOf(decimalString(populationValue(v, ['populations', id])))
}

/** Sets a population, and the bases made from it (times their multiplier, as the runner does). */
export function setPopulation(p: Program, s: CaseState, i: number, q: Rational): void {
  s.pops.set(i, q)
  s.touchPop(i)
  for (const c of p.children[i] ?? []) {
    const child = times(q, p.factors.get(c))
    // the decimal kernels keep 40 digits of the product: beyond, only they know the base
    if (typeof child[0] === 'bigint' && !fitsPrecision(child[0])) s.bail = true
    setPopulation(p, s, c, child)
  }
}

/** Sets a rule's value: its coefficient (value / per, a share's fraction). */
function setValue(p: Program, s: CaseState, i: number, v: string | number, id: string): void {
  const rule = p.runner.rules[i]
  if (rule === undefined) return
  const share = rule.type === 'share'
  let q = rule.type === 'banded-ratio' ? null : share ? fastShare(v) : fastValue(v)
  if (q === null) {
    const changed = withLevel(rule, v, ['values', id]) // the checks and errors of the sweep
    const value = 'value' in changed ? changed.value : undefined
    if (value === undefined) return
    q = rationalOf(share ? decimalString(shareFraction(value)) : value)
  }
  const per = p.per[i]
  s.coef.set(i, per ? times(q, [per[1], per[0]] as Rational) : q)
  s.touchValue(i)
}

/**
 * Reads a case into `s`, checking it as the decimal sweep does.
 *
 * @throws BedstaffError `invalid-options`, `unknown-reference`, `invalid-level`, and the
 *   number errors of a population or value @internal
 */
export function readCase(p: Program, s: CaseState, c: unknown): void {
  const k = caseObject(c)
  const pops = entriesOf(k.populations, 'populations')
  for (let j = 0; j < pops.length; j++) {
    const id = pops[j] as string
    const i = p.baseIndex.get(id) ?? unknownId(id, 'populations')
    setPopulation(
      p,
      s,
      i,
      population((k.populations as Record<string, string | number>)[id] as string | number, id),
    )
  }
  const values = entriesOf(k.values, 'values')
  for (let j = 0; j < values.length; j++) {
    const id = values[j] as string
    const i = p.ruleIndex.get(id) ?? unknownId(id, 'values')
    setValue(p, s, i, (k.values as Record<string, string | number>)[id] as string | number, id)
  }
}
