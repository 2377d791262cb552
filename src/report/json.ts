/**
 * JSON output: 2-space indented, numbers as the library made them (decimal strings for exact
 * values), key order as built, so that one input always gives the same bytes.
 */
import { describe } from '../decimal.js'
import { fail, type Path } from '../errors.js'
import { isPlainObject } from '../made.js'

/** Deepest nesting written: far below any result of the library, far above a stack overflow. */
const MAX_DEPTH = 64

/** Throws `invalid-argument`: a value JSON cannot hold (or would hold as something else). */
function notJson(value: unknown, path: Path, why: string, whyZh: string): never {
  return fail('invalid-argument', path, {
    problem: `${describe(value)} cannot be written as JSON: ${why}`,
    problemZh: `${describe(value)} 无法写为 JSON：${whyZh}`,
  })
}

/**
 * Checks that `value` is data JSON writes as it is: no undefined (except as an object's absent
 * field), function, symbol, bigint, NaN or Infinity, no Map or other object that JSON would
 * write as `{}`, no cycle, at most 64 levels deep. Objects with `toJSON` (dates, decimals,
 * errors) are checked as what `toJSON` gives.
 */
function checkJson(value: unknown, key: string, path: Path, open: Set<object>): void {
  let v = value
  if (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { toJSON?: unknown }).toJSON === 'function'
  ) {
    v = (v as { toJSON: (k: string) => unknown }).toJSON(key)
  }
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return
    case 'number':
      if (!Number.isFinite(v)) fail('non-finite-number', path, { received: String(v) })
      return
    case 'object':
      break
    default:
      notJson(v, path, 'not a JSON value', '不是 JSON 值')
  }
  if (v === null) return
  if (open.has(v)) notJson(v, path, 'it contains itself', '它包含自身')
  if (path.length >= MAX_DEPTH) fail('input-too-deep', path, { limit: MAX_DEPTH })
  if (Array.isArray(v)) {
    open.add(v)
    v.forEach((item, i) => {
      if (item === undefined) notJson(item, [...path, i], 'a list cannot hold it', '列表不能包含它')
      checkJson(item, String(i), [...path, i], open)
    })
  } else if (isPlainObject(v)) {
    open.add(v)
    for (const [k, item] of Object.entries(v)) {
      if (item !== undefined) checkJson(item, k, [...path, k], open)
    }
  } else {
    notJson(v, path, 'not plain data (JSON would write {})', '不是普通数据（JSON 会写成 {}）')
  }
  open.delete(v)
}

/**
 * A value as stable JSON text ending with a newline. Refuses what JSON would drop, change or
 * choke on rather than writing it: a non-finite number (not `null`), `undefined` (not nothing),
 * a function, symbol or bigint, a Map (not `{}`), a cycle, nesting deeper than 64 levels.
 *
 * @throws BedstaffError `non-finite-number`, `invalid-argument`, `input-too-deep`
 *
 * @example
 * ```ts
 * import { stableJson } from 'bedstaff/report'
 *
 * stableJson({ exact: '9160', count: 9160 }) // => '{\n  "exact": "9160",\n  "count": 9160\n}\n'
 * stableJson({ count: Number.NaN }) // throws non-finite-number
 * stableJson(undefined) // throws invalid-argument
 * stableJson({ beds: new Map([['2025', 9160]]) }) // throws invalid-argument
 * ```
 */
export function stableJson(value: unknown): string {
  if (value === undefined) notJson(value, [], 'there is nothing to write', '没有可写的内容')
  checkJson(value, '', [], new Set())
  return `${JSON.stringify(value, null, 2)}\n`
}
