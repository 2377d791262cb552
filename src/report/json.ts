/**
 * JSON output: 2-space indented, numbers as the library made them (decimal strings for exact
 * values), key order as built, so that one input always gives the same bytes.
 */
import { fail } from '../errors.js'

/**
 * A value as stable JSON text ending with a newline. Refuses a non-finite number rather than
 * writing `null` for it.
 *
 * @throws BedstaffError `non-finite-number`
 *
 * @example
 * ```ts
 * import { stableJson } from 'bedstaff'
 *
 * stableJson({ exact: '9160', count: 9160 }) // => '{\n  "exact": "9160",\n  "count": 9160\n}\n'
 * stableJson({ count: Number.NaN }) // throws non-finite-number
 * ```
 */
export function stableJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v))
        fail('non-finite-number', [], { received: String(v) })
      return v
    },
    2,
  )
  return `${text ?? 'null'}\n`
}
