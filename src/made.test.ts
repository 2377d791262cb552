/**
 * What the library made, and what it is handed: the registry of values a factory returned, and
 * the checks any other value goes through. 4.58 per 1,000 (seed 003 L143;
 * fixtures/cixi-2021-2025.json) is the printed value of the examples.
 */
import { describe, expect, it } from 'vitest'
import { Dec } from './decimal.js'
import {
  flagOf,
  isPlainObject,
  isSavedCall,
  madeBy,
  optionsOf,
  savedFields,
  wrongType,
} from './made.js'
import { checkPrinted, printedDecimalBounds } from './quantity/printed-check.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const THING = { en: 'a thing (from thing())', zh: '东西' }

describe('madeBy', () => {
  it('knows exactly the values it marked, and nothing else', () => {
    const made = madeBy<{ v: number }>()
    const a = Object.freeze({ v: 1 })
    expect(made.mark(a)).toBe(a)
    expect(made.has(a)).toBe(true)
    expect(made.has({ v: 1 })).toBe(false)
    expect(made.has({ ...a })).toBe(false)
    expect(made.has(null)).toBe(false)
    expect(made.has(undefined)).toBe(false)
    expect(made.has('a')).toBe(false)
    expect(madeBy<{ v: number }>().has(a)).toBe(false)
    expect(Object.isFrozen(made)).toBe(true)
  })
})

describe('isPlainObject', () => {
  it('is true for object literals, parsed JSON and null-prototype objects only', () => {
    expect(isPlainObject({})).toBe(true)
    expect(isPlainObject(JSON.parse('{"type":"rate"}'))).toBe(true)
    expect(isPlainObject(Object.create(null))).toBe(true)
    for (const v of [null, undefined, [], 'x', 1, new Date(0), new Map(), new Dec(1), () => 1]) {
      expect(isPlainObject(v)).toBe(false)
    }
    class Rate {}
    expect(isPlainObject(new Rate())).toBe(false)
  })
})

describe('wrongType', () => {
  it('throws invalid-argument naming what was expected and what came, in both languages', () => {
    expect(() => wrongType(THING, 42, ['rules', 0])).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['rules', 0],
        params: {
          problem: 'expected a thing (from thing()), got 42',
          problemZh: '应为东西，收到 42',
        },
      }),
    )
  })
})

describe('savedFields', () => {
  it('returns a plain object with known fields and the right type tag, as it is', () => {
    const o = { type: 'thing', a: 1 }
    expect(savedFields(o, THING, ['type', 'a', 'b'], [], 'thing')).toBe(o)
    expect(savedFields({ a: 1 }, THING, ['a'], [])).toEqual({ a: 1 })
  })

  it('throws invalid-argument for what is not a plain object, at the path', () => {
    for (const v of [null, [], 'rate', 4.58, new Date(0)]) {
      expect(() => savedFields(v, THING, ['a'], ['rate'])).toThrow(
        refused('invalid-argument', ['rate']),
      )
    }
  })

  it('throws invalid-argument for an unknown field, at that field, listing the known ones', () => {
    expect(() => savedFields({ a: 1, roundng: 'ceil' }, THING, ['a', 'b'], ['rate'])).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['rate', 'roundng'],
        params: {
          problem: 'unknown field "roundng" in a thing (from thing()) (expected a, b)',
          problemZh: '东西中没有「roundng」这一项（应为 a, b）',
        },
      }),
    )
    const long = 'k'.repeat(50)
    expect(() => savedFields({ [long]: 1 }, THING, ['a'], [])).toThrow(
      expect.objectContaining({
        params: {
          problem: `unknown field "${'k'.repeat(40)}" in a thing (from thing()) (expected a)`,
          problemZh: `东西中没有「${'k'.repeat(40)}」这一项（应为 a）`,
        },
      }),
    )
  })

  it('throws invalid-argument for another type tag, at type', () => {
    expect(() => savedFields({ type: 'ratio' }, THING, ['type'], ['x'], 'rate')).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['x', 'type'],
        params: {
          problem: 'expected type "rate", got "ratio"',
          problemZh: '类型应为「rate」，收到 "ratio"',
        },
      }),
    )
    expect(() => savedFields({}, THING, ['type'], [], 'rate')).toThrow(
      refused('invalid-argument', ['type']),
    )
  })
})

describe('optionsOf and flagOf', () => {
  it('optionsOf: undefined is no options; a plain object with known keys is itself', () => {
    expect(optionsOf(undefined, ['per'])).toEqual({})
    const o = { per: 1000 }
    expect(optionsOf(o, ['per', 'base'])).toBe(o)
  })

  it('optionsOf lists every known option, and cuts an unknown one at 40 characters', () => {
    expect(() => optionsOf({ ['o'.repeat(50)]: 1 }, ['per', 'base'])).toThrow(
      expect.objectContaining({
        params: { problem: `unknown option "${'o'.repeat(40)}" (expected per, base)` },
      }),
    )
  })

  it('optionsOf throws invalid-options for a non-object, or an unknown key at that key', () => {
    for (const v of [null, 'ceil', 3, []]) {
      expect(() => optionsOf(v, ['per'])).toThrow(refused('invalid-options', ['options']))
    }
    expect(() => optionsOf({ roundng: 'ceil' }, ['rounding'])).toThrow(
      expect.objectContaining({
        code: 'invalid-options',
        path: ['options', 'roundng'],
        params: { problem: 'unknown option "roundng" (expected rounding)' },
      }),
    )
    expect(() => optionsOf('x', ['a'], ['opts'])).toThrow(
      expect.objectContaining({
        path: ['opts'],
        params: { problem: 'expected an object, got "x"' },
      }),
    )
  })

  it('flagOf: undefined gives the default, a boolean itself, anything else invalid-options', () => {
    expect(flagOf(undefined, true, [])).toBe(true)
    expect(flagOf(undefined, false, [])).toBe(false)
    expect(flagOf(false, true, [])).toBe(false)
    expect(flagOf(true, false, [])).toBe(true)
    expect(() => flagOf('no', true, ['options', 'hiClosed'])).toThrow(
      expect.objectContaining({
        code: 'invalid-options',
        path: ['options', 'hiClosed'],
        params: { problem: 'expected true or false, got "no"' },
      }),
    )
  })
})

describe('checkPrinted', () => {
  const v = new Dec('4.58')

  it('accepts a printed form whose half-up interval holds the value, trimmed', () => {
    expect(checkPrinted('4.58', v, printedDecimalBounds, ['printed'])).toBe('4.58')
    expect(checkPrinted(' 4.580 ', v, printedDecimalBounds, ['printed'])).toBe('4.580')
    expect(checkPrinted('4.6', v, printedDecimalBounds, ['printed'])).toBe('4.6')
    expect(checkPrinted(4.58, v, printedDecimalBounds, ['printed'])).toBe('4.58')
  })

  it('refuses a printed form that does not stand for the value, quoting both', () => {
    expect(() => checkPrinted('4.60', v, printedDecimalBounds, ['rate', 'printed'])).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['rate', 'printed'],
        params: {
          problem: 'printed "4.60" does not stand for the value 4.58',
          problemZh: '原文「4.60」与数值 4.58 不符',
        },
      }),
    )
    const long = `4.6${'0'.repeat(40)}`
    expect(() => checkPrinted(long, v, printedDecimalBounds, [])).toThrow(
      expect.objectContaining({
        params: {
          problem: `printed "${long.slice(0, 40)}" does not stand for the value 4.58`,
          problemZh: `原文「${long.slice(0, 40)}」与数值 4.58 不符`,
        },
      }),
    )
    expect(() => checkPrinted('5', new Dec('5.5'), printedDecimalBounds, [])).toThrow(
      refused('invalid-argument', []),
    )
  })

  it('refuses a printed form that is not text or a number, naming what it should be', () => {
    expect(() => checkPrinted(true, v, printedDecimalBounds, [])).toThrow(
      expect.objectContaining({
        params: {
          problem: 'expected the printed text of the value, got true',
          problemZh: '应为数值的原文，收到 true',
        },
      }),
    )
    for (const p of [null, undefined, true, ['4.58']]) {
      expect(() => checkPrinted(p, v, printedDecimalBounds, ['printed'])).toThrow(
        refused('invalid-argument', ['printed']),
      )
    }
  })

  it('printedDecimalBounds: "4.58" stands for [4.575, 4.585); text that is no number is refused', () => {
    const b = printedDecimalBounds('4.58', [])
    expect([b.lo.toFixed(), b.hi.toFixed(), b.loClosed, b.hiClosed]).toEqual([
      '4.575',
      '4.585',
      true,
      false,
    ])
    expect(() => printedDecimalBounds('4,58', ['printed'])).toThrow(
      refused('invalid-number', ['printed']),
    )
  })
})

describe('isSavedCall', () => {
  it('is one object and nothing after it', () => {
    expect(isSavedCall({})).toBe(true)
    expect(isSavedCall({}, undefined, undefined)).toBe(true)
    expect(isSavedCall({}, 'nurses')).toBe(false)
    expect(isSavedCall({}, undefined, { per: 1000 })).toBe(false)
    expect(isSavedCall('beds', '4.58')).toBe(false)
    expect(isSavedCall(null)).toBe(false)
    expect(isSavedCall(undefined)).toBe(false)
  })
})
