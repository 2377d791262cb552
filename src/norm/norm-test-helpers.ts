/**
 * What the norm parser's tests share: expected norms with every field spelt out, and the check
 * that a text is refused with a given code at `['text']`. Not a test file; only tests import it.
 */
import { expect } from 'vitest'
import { BedstaffError, type ErrorCode } from '../errors.js'
import type { NormValue, ParsedNorm, PrintedNumber } from './norm.js'
import { parseNorm } from './parse-norm.js'

export const num = (value: string, printed: string = value): PrintedNumber => ({ value, printed })

export const point = (
  value: string,
  printed: string = value,
  alternate: PrintedNumber | null = null,
) => ({ type: 'point', number: num(value, printed), alternate }) as const satisfies NormValue

export const range = (min: PrintedNumber, max: PrintedNumber) =>
  ({ type: 'range', min, max }) as const satisfies NormValue

export type Fields = Partial<Omit<ParsedNorm, 'text'>> & { readonly value: NormValue }

/** The full expected norm: every field not given is the "text does not say" default. */
export function expected(text: string, fields: Fields): ParsedNorm {
  return {
    text,
    normalized: text,
    form: 'level',
    quantity: null,
    comparator: 'eq',
    unit: null,
    scale: null,
    perUnit: null,
    floor: null,
    aspirational: false,
    trajectory: false,
    ...fields,
  }
}

/** Catches the error of `parseNorm(input)` and checks it is a BedstaffError with `code` at ['text']. */
export function expectNormError(input: unknown, code: ErrorCode): void {
  expect(() => parseNorm(input as string)).toThrow(BedstaffError)
  let caught: unknown = null
  try {
    parseNorm(input as string)
  } catch (e) {
    caught = e
  }
  const ok = caught instanceof BedstaffError && caught.code === code
  expect(ok, `expected ${code}, got ${String(caught)}`).toBe(true)
  expect((caught as BedstaffError).path).toEqual(['text'])
}
