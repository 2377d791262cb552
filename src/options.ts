/**
 * Checks of the options the scenario functions take, with typed errors and paths.
 */
import { Dec, describe, toDecimal } from './decimal.js'
import { fail, type Path } from './errors.js'

/**
 * Throws `invalid-options` at a path. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * sensitivity(cixi, { percent: '150' }) // throws invalid-options
 * ```
 */
export function invalidOption(path: Path, problem: string): never {
  return fail('invalid-options', path, { problem })
}

/**
 * An options object: `undefined` becomes `{}`; anything but a plain object is refused. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * sensitivity(cixi, 'ten percent' as never) // throws invalid-options
 * ```
 */
export function optionsObject(value: unknown, path: Path = ['options']): Record<string, unknown> {
  if (value === undefined) return {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    invalidOption(path, `expected an object, got ${describe(value)}`)
  }
  return value as Record<string, unknown>
}

/**
 * Refuses keys an options object does not know (a misspelt `populaton` must not be ignored).
 * @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * monteCarlo(cixi, { runs: 10, seed: 1, populaton: [] } as never) // throws invalid-options
 * ```
 */
export function knownKeys(o: Record<string, unknown>, keys: readonly string[], path: Path): void {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key)) {
      const near = closest(key, keys)
      const hint = near ? `did you mean "${near}"? ` : ''
      invalidOption([...path, key], `unknown option "${key}" (${hint}expected ${keys.join(', ')})`)
    }
  }
}

/** The known key within two edits of `key`, if one is. */
function closest(key: string, keys: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const k of keys) {
    const d = editDistance(key.slice(0, 40), k)
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return best
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    prev = cur
  }
  return prev[b.length] ?? 0
}

/**
 * A year option: a whole number from 1900 to 2200. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { yearlyTable } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * yearlyTable(cixi, { id: 'plan' }, { fromYear: 1850, toYear: 2025 }) // throws invalid-year
 * ```
 */
export function yearOption(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200) {
    fail('invalid-year', path, { received: describe(value) })
  }
  return value
}

/**
 * A decimal option within [min, max]. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * sensitivity(cixi, { percent: 'ten' }) // throws invalid-number
 * sensitivity(cixi, { percent: '-5' }) // throws invalid-options
 * ```
 */
export function decimalOption(value: unknown, path: Path, min: string, max: string): Dec {
  const d = toDecimal(value, path)
  if (d.lt(new Dec(min)) || d.gt(new Dec(max))) {
    invalidOption(path, `${d.toFixed()} is outside [${min}, ${max}]`)
  }
  return d
}

/**
 * A list option: `undefined` stays `undefined`; otherwise an array of at most `limit` items.
 * @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * sensitivity(cixi, { percent: '10', rules: 'beds-per-1000' as never }) // throws invalid-options
 * ```
 */
export function listOption(value: unknown, path: Path, limit: number): unknown[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) invalidOption(path, `expected a list, got ${describe(value)}`)
  if (value.length > limit) invalidOption(path, `at most ${limit} items`)
  return value
}

/**
 * A string option. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * sensitivity(cixi, { percent: '10', rules: [''] }) // throws invalid-options
 * ```
 */
export function stringOption(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    invalidOption(path, `expected an id, got ${describe(value)}`)
  }
  return value
}

/**
 * Most rule evaluations one call may make (runs × rules, facilities counted): about a minute
 * of work on one core.
 *
 * @example
 * ```ts
 * import { WORK_LIMIT } from 'bedstaff/plan'
 *
 * WORK_LIMIT // => 20000000
 * ```
 */
export const WORK_LIMIT = 20_000_000

/**
 * Refuses, before any of it is done, work beyond {@link WORK_LIMIT} rule evaluations. @internal
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 *
 * // Cixi 2021–2025: 102 rules and 56 facilities, 614 rule evaluations a run
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * monteCarlo(cixi, { runs: 100_000, seed: 1 }) // throws work-too-large
 * ```
 */
export function checkWork(units: number, path: Path, what: string): void {
  if (units > WORK_LIMIT) {
    fail('work-too-large', path, { received: units, limit: WORK_LIMIT, what })
  }
}
