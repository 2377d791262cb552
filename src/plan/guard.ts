/**
 * Guards run on raw input before schema validation: no prototype keys, bounded depth and size.
 */
import { fail, type Path } from '../errors.js'

/** Keys refused anywhere in input, so that no plan can reach `Object.prototype`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
])

/** Deepest nesting accepted in a plan file. */
export const MAX_DEPTH = 32

/** Most objects, arrays and values walked in one input: a plan at every limit holds far fewer. */
export const MAX_NODES = 2_000_000

/** Where a walked value sits below the input: its key and its parent's place, built into a
 * path only for a message (so walking a plan allocates no path per value). */
interface Trail {
  readonly up: Trail | undefined
  readonly key: string | number
}

function pathOf(base: Path, trail: Trail | undefined): Path {
  const keys: (string | number)[] = []
  for (let t = trail; t !== undefined; t = t.up) keys.push(t.key)
  return [...base, ...keys.reverse()]
}

/**
 * Walks `value` from `depth`. `seen` holds, for each object walked, the deepest depth it was
 * walked at: an object shared by many parents is walked again only when reached deeper (where
 * it may cross the depth limit), so a shared-object graph costs at most MAX_DEPTH + 1 walks
 * of each object, not one per path. A cycle is reached ever deeper and ends at the limit.
 */
function walk(
  value: unknown,
  base: Path,
  trail: Trail | undefined,
  depth: number,
  seen: Map<object, number>,
  count: { n: number },
): void {
  if (++count.n > MAX_NODES) {
    fail('input-too-large', pathOf(base, trail), {
      limit: MAX_NODES,
      what: 'values',
      whatZh: '数值',
    })
  }
  if (value === null || typeof value !== 'object') return
  if (depth > MAX_DEPTH) fail('input-too-deep', pathOf(base, trail), { limit: MAX_DEPTH })
  const before = seen.get(value)
  if (before !== undefined && before >= depth) return
  seen.set(value, depth)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      walk(value[i], base, { up: trail, key: i }, depth + 1, seen, count)
    }
    return
  }
  for (const key of Object.keys(value)) {
    const at = { up: trail, key }
    if (FORBIDDEN_KEYS.has(key)) fail('forbidden-key', pathOf(base, at), { key })
    walk((value as Record<string, unknown>)[key], base, at, depth + 1, seen, count)
  }
}

/**
 * Walks raw input and refuses forbidden keys and excessive nesting, with the path of the
 * offending key. An object reachable by several paths is walked once per depth it is reached
 * at, so input that shares sub-objects is guarded in time linear in its size.
 *
 * `{"rules":[{"__proto__":{}}]}` is refused at `rules[0].__proto__`.
 *
 * @throws BedstaffError `forbidden-key`, `input-too-deep`, `input-too-large` (more than
 *   2,000,000 values)
 */
export function guardInput(value: unknown, path: Path = [], depth = 0): void {
  walk(value, path, undefined, depth, new Map(), { n: 0 })
}
