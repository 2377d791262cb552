/**
 * What every public entry point must do, whatever it is fed: return a value whose JSON holds no
 * NaN, Infinity, undefined or -0 and whose counts are non-negative safe integers, or throw a
 * BedstaffError with a known code and a path. Nothing else.
 */
import { BedstaffError, ERROR_CODES } from '../../src/errors.js'

/** Keys whose string values are computed decimals (user text such as labels is echoed as given). */
const DECIMAL_KEYS = new Set([
  'exact',
  'lo',
  'hi',
  'residual',
  'stated',
  'recomputed',
  'difference',
  'required',
  'by',
  'sum',
  'shareExact',
  'per',
])

/** Throws (a plain Error) when a result breaks the output rules. */
export function checkOutput(value: unknown, where = '$', key = ''): void {
  if (value === undefined) throw new Error(`undefined at ${where}`)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number at ${where}`)
    if (Object.is(value, -0)) throw new Error(`-0 at ${where}`)
    return
  }
  if (typeof value === 'string') {
    if (
      DECIMAL_KEYS.has(key) &&
      !/^-?\d+(\.\d+)?$/.test(value) &&
      !/[^\d.-]/.test(value.slice(0, 1))
    ) {
      throw new Error(`"${value}" at ${where} is not a plain decimal`)
    }
    if (DECIMAL_KEYS.has(key) && /^-?(NaN|Infinity)$|e[+-]?\d+$/i.test(value))
      throw new Error(`"${value}" at ${where}`)
    return
  }
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkOutput(v, `${where}[${i}]`, key)
    })
    return
  }
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'count' || k === 'shareCount') && v !== null) {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
        throw new Error(`count ${String(v)} at ${where}.${k} is not a non-negative integer`)
      }
    }
    checkOutput(v, `${where}.${k}`, k)
  }
}

/** Runs `fn`; passes if it returns a clean value or throws a well-formed BedstaffError. */
export function answersOrRefuses(fn: () => unknown): 'value' | 'refused' {
  let out: unknown
  try {
    out = fn()
  } catch (e) {
    if (!(e instanceof BedstaffError)) throw e
    if (!ERROR_CODES.includes(e.code)) throw new Error(`unknown code ${e.code}`)
    if (!Array.isArray(e.path)) throw new Error('error without a path')
    if (!e.messageEn || !e.messageZh) throw new Error('error without both messages')
    return 'refused'
  }
  checkOutput(out)
  return 'value'
}
