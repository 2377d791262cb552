/**
 * Population projections of a scenario: the value a population override gives each year, from a
 * single value, a yearly series, or a growth path.
 */

import { Dec, decimalString, MAX_MAGNITUDE, MIN_MAGNITUDE, toDecimal } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { geometricBetween, grownBy } from '../kernel/growth.js'
import { roundTo } from '../rounding.js'
import { growthFraction } from './growth-rate.js'
import type { PopulationOverride } from './schema.js'

/**
 * Most decimal places a projected population keeps: the plan schema's limit for a decimal
 * string. A value with more places (an interpolated value, a long compound growth) is rounded
 * half-up to this many places and marked `exact: false`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { PROJECTION_DECIMALS, applyScenario } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * PROJECTION_DECIMALS // => 20
 * const geo = {
 *   id: 'geo',
 *   populations: [{ base: 'resident-2025', growth: { fromYear: 2021, fromValue: '500000' } }],
 * }
 * const bases = applyScenario(cixi, geo).bases
 * bases.find((b) => b.id === 'resident-2025.2022')?.value // => '707106.78118654752440084436'   (500,000 × √2)
 * ```
 */
export const PROJECTION_DECIMALS = 20

/** One year's population from an override. */
export interface ProjectedPopulation {
  readonly year: number
  /** The population, an exact decimal string. */
  readonly value: string
  /** `false` when the value was rounded to {@link PROJECTION_DECIMALS} places. */
  readonly exact: boolean
  /** How the value was obtained, in words (kept in the base's source note). */
  readonly how: string
}

/** The base an override applies to: a base given directly (not made `from` another). */
export interface OverriddenBase {
  readonly id: string
  readonly value: string
  readonly year: number
}

const MAX_SPAN = 200

const checked = (d: Dec, path: Path): Dec => {
  if (d.lte(0) || d.lt(MIN_MAGNITUDE) || d.gt(MAX_MAGNITUDE)) {
    fail('number-out-of-range', path, { received: decimalString(d), range: '[1e-15, 1e15]' })
  }
  return d
}

const point = (year: number, value: Dec, exact: boolean, how: string): ProjectedPopulation =>
  Object.freeze({ year, value: decimalString(value), exact, how })

/**
 * The yearly populations an override gives, in year order. `path` points at the override in the
 * scenario (e.g. `['populations', 0]`).
 *
 * @throws BedstaffError `invalid-year` (a growth path that runs backward or spans more than 200
 *   years), `invalid-scenario` (geometric growth whose start year is the base's own year),
 *   `number-out-of-range` (a projected population outside [1e-15, 1e15])
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { applyScenario } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const s = {
 *   id: 'rate',
 *   populations: [
 *     { base: 'resident-2025', growth: { fromYear: 2023, fromValue: '1000000', rate: '0.1' } },
 *   ],
 * }
 * const residents = applyScenario(cixi, s).bases.filter((b) => b.kind === 'resident')
 * residents.map((b) => [b.id, b.value]) // => [["resident-2025", "1210000"], ["resident-2025.2023", "1000000"], ["resident-2025.2024", "1100000"]]
 * ```
 */
export function projectPopulation(
  o: PopulationOverride,
  base: OverriddenBase,
  path: Path,
): readonly ProjectedPopulation[] {
  if (o.value !== undefined) {
    const v = toDecimal(o.value, [...path, 'value'])
    return Object.freeze([point(base.year, checked(v, [...path, 'value']), true, 'scenario value')])
  }
  if (o.series !== undefined) {
    const years = Object.keys(o.series).sort()
    return Object.freeze(
      years.map((y) => {
        const p = [...path, 'series', y]
        const v = checked(toDecimal(o.series?.[y], p), p)
        return point(Number(y), v, true, `scenario series, ${y}`)
      }),
    )
  }
  const g = o.growth
  if (g === undefined) return Object.freeze([])
  const gp = [...path, 'growth']
  const toYear = g.toYear ?? base.year
  if (toYear < g.fromYear || new Dec(toYear).minus(g.fromYear).gt(MAX_SPAN)) {
    fail('invalid-year', [...gp, g.toYear === undefined ? 'fromYear' : 'toYear'], {
      received: `${g.fromYear} → ${toYear}`,
    })
  }
  const from = checked(toDecimal(g.fromValue, [...gp, 'fromValue']), [...gp, 'fromValue'])
  const out: ProjectedPopulation[] = []
  if (g.rate !== undefined) {
    const rate = growthFraction(g.rate, [...gp, 'rate'])
    const factor = new Dec(1).plus(rate)
    const how = `growth at ${g.rate} a year from ${g.fromValue} (${g.fromYear})`
    // Exact while the product's decimal places, steps × places(1 + rate) + places(fromValue),
    // stay within the projection's places; beyond, rounded and marked inexact.
    const stepPlaces = new Dec(factor.decimalPlaces())
    let acc = from
    for (let y = g.fromYear; y <= toYear; y++) {
      if (y > g.fromYear) acc = grownBy(acc, rate)
      const places = stepPlaces.times(new Dec(y).minus(g.fromYear)).plus(from.decimalPlaces())
      const exact = places.lte(PROJECTION_DECIMALS)
      const value = exact ? acc : roundTo(acc, PROJECTION_DECIMALS, 'half-up')
      out.push(point(y, checked(value, gp), exact, how))
    }
    return Object.freeze(out)
  }
  if (g.fromYear === base.year) {
    fail('invalid-scenario', [...gp, 'fromYear'], {
      problem: `without a rate, growth interpolates from fromYear toward the base's own value in ${base.year}; fromYear must be another year`,
    })
  }
  const to = new Dec(base.value)
  const how = `geometric interpolation between ${g.fromValue} (${g.fromYear}) and ${base.value} (${base.year})`
  for (let y = g.fromYear; y <= toYear; y++) {
    if (y === g.fromYear) out.push(point(y, from, true, how))
    else if (y === base.year) out.push(point(y, to, true, how))
    else if (to.eq(from)) out.push(point(y, from, true, how))
    else {
      // An interior value is irrational in general: computed to Dec's 40 digits, then rounded.
      const raw = geometricBetween(from, to, g.fromYear, base.year, y)
      out.push(point(y, checked(roundTo(raw, PROJECTION_DECIMALS, 'half-up'), gp), false, how))
    }
  }
  return Object.freeze(out)
}
