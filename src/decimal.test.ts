/**
 * The library's decimal: its settings, the one boundary conversion (toDecimal) and its errors,
 * and how decimals are written. Figures from Cixi 2021–2025 (seed 003 L143: 4.58 per 1,000,
 * 9160 beds; fixtures/cixi-2021-2025.json); limits from the definitions in decimal.ts.
 */
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  checkPath,
  Dec,
  decimalReader,
  decimalString,
  describe as describeValue,
  finiteDec,
  MAX_DIGITS,
  MAX_MAGNITUDE,
  MIN_MAGNITUDE,
  nonNegative,
  toDecimal,
} from './decimal.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('Dec: the private decimal.js clone', () => {
  it('keeps 40 significant digits and rounds half-up: 2 / 3 = 0.666…667', () => {
    expect(new Dec(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`)
    expect(new Dec(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`)
    expect(new Dec(-2).div(3).toString()).toBe(`-0.${'6'.repeat(39)}7`)
  })

  it('writes no exponent from 1e-49 to 1e49', () => {
    expect(new Dec('1e-49').toString()).toBe(`0.${'0'.repeat(48)}1`)
    expect(new Dec('1e49').toString()).toBe(`1${'0'.repeat(49)}`)
  })

  it('is not changed by the global decimal.js settings', () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding }
    try {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN })
      expect(new Dec(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`)
    } finally {
      Decimal.set(before)
    }
  })

  it('states its limits: 40 digits, magnitudes 1e-15 to 1e15', () => {
    expect(MAX_DIGITS).toBe(40)
    expect(MAX_MAGNITUDE.toString()).toBe('1000000000000000')
    expect(MIN_MAGNITUDE.eq('1e-15')).toBe(true)
  })
})

describe('toDecimal: accepted input', () => {
  it.each([
    ['4.58', '4.58'], // seed 003 L143
    [' 4.20 ', '4.2'],
    ['9160', '9160'],
    ['+9160', '9160'],
    ['-4.58', '-4.58'],
    ['.5', '0.5'],
    ['.25', '0.25'],
    ['5.', '5'],
    ['1e3', '1000'],
    ['1E3', '1000'],
    ['1e+3', '1000'],
    ['4.58e-1', '0.458'],
    ['0', '0'],
    ['-0', '0'],
    ['0.000', '0'],
  ])('the text %j is %s', (text, value) => {
    expect(toDecimal(text).toFixed()).toBe(value)
  })

  it('accepts finite numbers, and decimal.js values of any configuration', () => {
    expect(toDecimal(4.58).toFixed()).toBe('4.58')
    expect(toDecimal(2_000_000).toFixed()).toBe('2000000')
    expect(toDecimal(-0).toFixed()).toBe('0')
    expect(toDecimal(new Decimal('9160')).toFixed()).toBe('9160')
    expect(toDecimal(new Dec('4.58')).toFixed()).toBe('4.58')
    const Other = Decimal.clone({ precision: 3 })
    expect(toDecimal(new Other('4.58')).toFixed()).toBe('4.58')
  })

  it('returns a Dec, and zero as a positive zero', () => {
    expect(toDecimal('4.58')).toBeInstanceOf(Dec)
    expect(toDecimal('-0').isNegative()).toBe(false)
    expect(toDecimal(-0).isNegative()).toBe(false)
  })

  it('accepts magnitudes from 1e-15 to 1e15, both included, of either sign', () => {
    expect(toDecimal('1e15').toFixed()).toBe('1000000000000000')
    expect(toDecimal('-1e15').toFixed()).toBe('-1000000000000000')
    expect(toDecimal('1e-15').toFixed()).toBe('0.000000000000001')
    expect(toDecimal('-1e-15').toFixed()).toBe('-0.000000000000001')
  })

  it('accepts 40 significant digits and text of 64 characters', () => {
    const forty = '123456789012345.6789012345678901234567891'
    expect(toDecimal(forty).toFixed()).toBe(forty)
    const sixtyFour = `${'0'.repeat(60)}9160`
    expect(sixtyFour).toHaveLength(64)
    expect(toDecimal(sixtyFour).toFixed()).toBe('9160')
  })
})

describe('toDecimal: refused input, one code each', () => {
  it.each([
    ['4,58'],
    [''],
    ['   '],
    ['x4.58'],
    ['4.58x'],
    ['4 58'],
    ['1.2.3'],
    ['--1'],
    ['+-1'],
    ['e3'],
    ['1e'],
    ['1e3.5'],
    ['.'],
    ['0x10'],
    ['４.５８'],
    ['infinite'],
    ['xnan'],
  ])('invalid-number for the text %j', (text) => {
    expect(() => toDecimal(text)).toThrow(refused('invalid-number', []))
  })

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [{}, 'a object'],
    [['4.58'], 'an array'],
    [9160n, 'a bigint'],
  ])('invalid-number for %s, described as %s', (value, described) => {
    expect(() => toDecimal(value, ['value'])).toThrow(
      expect.objectContaining({
        code: 'invalid-number',
        path: ['value'],
        params: { received: described },
      }),
    )
  })

  it('invalid-number quotes the text as given', () => {
    expect(() => toDecimal(' 4,58 ')).toThrow(
      expect.objectContaining({ code: 'invalid-number', params: { received: '" 4,58 "' } }),
    )
  })

  it('invalid-number for text over 64 characters, quoting its start and length', () => {
    const long = `${'0'.repeat(61)}9160`
    expect(() => toDecimal(long)).toThrow(
      expect.objectContaining({
        code: 'invalid-number',
        params: { received: `${'0'.repeat(20)}… (65 chars)` },
      }),
    )
  })

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    ['Infinity'],
    ['-Infinity'],
    ['+inf'],
    ['INF'],
    ['NaN'],
    ['nan'],
    [' -infinity '],
  ])('non-finite-number for %s', (value) => {
    expect(() => toDecimal(value, ['rate', 'value'])).toThrow(
      refused('non-finite-number', ['rate', 'value']),
    )
  })

  it('non-finite-number quotes what it was given', () => {
    const received = (value: unknown) => {
      try {
        toDecimal(value)
      } catch (e) {
        return (e as { params?: unknown }).params
      }
      return undefined
    }
    expect(received(Number.NEGATIVE_INFINITY)).toEqual({ received: '-Infinity' })
    expect(received(' +inf ')).toEqual({ received: '+inf' })
    expect(received(new Decimal('-Infinity'))).toEqual({ received: '-Infinity' })
    expect(received('1e9000000000000001')).toEqual({ received: '1e9000000000000001' })
  })

  it('non-finite-number for a decimal.js NaN or Infinity, and for an exponent past Dec’s range', () => {
    expect(() => toDecimal(new Decimal(Number.NaN))).toThrow(refused('non-finite-number', []))
    expect(() => toDecimal(new Decimal('Infinity'))).toThrow(refused('non-finite-number', []))
    expect(() => toDecimal('1e9000000000000001')).toThrow(refused('non-finite-number', []))
  })

  it.each([
    ['1000000000000000.1'],
    ['-1000000000000000.1'],
    ['1e16'],
    ['1e400'],
    ['9.9e-16'],
    ['-1e-16'],
    ['1e-400'],
  ])('number-out-of-range for %s, with the range', (text) => {
    expect(() => toDecimal(text)).toThrow(
      expect.objectContaining({
        code: 'number-out-of-range',
        params: { received: text, range: '[1e-15, 1e15]' },
      }),
    )
  })

  it('too-many-digits past 40 significant digits', () => {
    const fortyOne = '123456789012345.67890123456789012345678912'
    expect(() => toDecimal(fortyOne, ['parts', 2])).toThrow(
      expect.objectContaining({
        code: 'too-many-digits',
        path: ['parts', 2],
        params: { received: fortyOne, limit: 40 },
      }),
    )
    // trailing zeros of a whole number count: 1 followed by 40 zeros would be 41 digits, but is
    // out of range first; 0.1 followed by 39 zeros and a 1 has 41 significant digits
    expect(() => toDecimal(`0.1${'0'.repeat(39)}1`)).toThrow(refused('too-many-digits', []))
  })
})

describe('nonNegative', () => {
  it('passes 0 and positive values, refuses negative ones with negative-value at the path', () => {
    expect(nonNegative('9160', ['total']).toFixed()).toBe('9160')
    expect(nonNegative('-0', ['total']).toFixed()).toBe('0')
    expect(() => nonNegative('-2151', ['parts', 1])).toThrow(
      expect.objectContaining({
        code: 'negative-value',
        path: ['parts', 1],
        params: { received: '-2151' },
      }),
    )
    expect(() => nonNegative('-1e-15', [])).toThrow(refused('negative-value', []))
  })
})

describe('decimalString', () => {
  it('writes plain decimals, never exponents and never −0', () => {
    expect(decimalString(new Dec('1e-7'))).toBe('0.0000001')
    expect(decimalString(new Dec('9.16e3'))).toBe('9160')
    expect(decimalString(new Dec('1e21'))).toBe('1000000000000000000000')
    expect(decimalString(new Dec('-0'))).toBe('0')
    expect(decimalString(new Dec('-0.5'))).toBe('-0.5')
    expect(decimalString(new Dec('4.20'))).toBe('4.2')
  })
})

describe('decimalString refuses what is not a finite decimal', () => {
  it('non-finite-number for NaN and Infinity, invalid-number for anything not a decimal', () => {
    expect(() => decimalString(new Dec(1).div(0))).toThrow(refused('non-finite-number', []))
    expect(() => decimalString(new Dec(Number.NaN))).toThrow(refused('non-finite-number', []))
    expect(() => decimalString('9160' as never)).toThrow(refused('invalid-number', []))
    expect(decimalString(new Decimal('9160'))).toBe('9160')
  })
})

describe('finiteDec and checkPath', () => {
  it('finiteDec passes a finite decimal of any decimal.js, as it is', () => {
    const v = new Dec('4.58')
    expect(finiteDec(v, [])).toBe(v)
    const g = new Decimal('4.58')
    expect(finiteDec(g, [])).toBe(g)
    expect(() => finiteDec(4.58, ['v'])).toThrow(
      expect.objectContaining({
        code: 'invalid-number',
        path: ['v'],
        params: { received: '4.58' },
      }),
    )
    expect(() => finiteDec(new Dec('-Infinity'), ['v'])).toThrow(
      expect.objectContaining({
        code: 'non-finite-number',
        path: ['v'],
        params: { received: '-Infinity' },
      }),
    )
  })

  it('checkPath passes a list of up to 100 keys and whole indices, and refuses anything else', () => {
    const empty: (string | number)[] = []
    expect(checkPath(empty)).toBe(empty)
    const p = ['rules', 0, 'value']
    expect(checkPath(p)).toBe(p)
    expect(checkPath(Array.from({ length: 100 }, () => 'k'))).toHaveLength(100)
    for (const bad of [
      'rules',
      null,
      undefined,
      ['rules', -1],
      ['rules', 1.5],
      ['rules', Number.NaN],
      [null],
      [{}],
      Array.from({ length: 101 }, () => 'k'),
    ]) {
      expect(() => checkPath(bad)).toThrow(refused('invalid-argument', ['path']))
    }
    expect(() => checkPath('x')).toThrow(
      expect.objectContaining({
        params: {
          problem: 'a path is a list of at most 100 keys and indices, got "x"',
          problemZh: '路径应为不超过 100 个键名或序号的列表，收到 "x"',
        },
      }),
    )
  })
})

describe('describe (for error messages)', () => {
  it('names each kind of value, and cuts long strings at 40 characters', () => {
    expect(describeValue(null)).toBe('null')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue('4,58')).toBe('"4,58"')
    expect(describeValue('x'.repeat(40))).toBe(JSON.stringify('x'.repeat(40)))
    expect(describeValue('x'.repeat(41))).toBe(JSON.stringify(`${'x'.repeat(40)}…`))
    expect(describeValue(4.58)).toBe('4.58')
    expect(describeValue(false)).toBe('false')
    expect(describeValue([1])).toBe('an array')
    expect(describeValue({})).toBe('a object')
    expect(describeValue(() => 1)).toBe('a function')
  })
})

describe('decimalReader', () => {
  it('reads a string or number once and returns the same Dec after', () => {
    const read = decimalReader()
    const a = read('4.58')
    expect(a.toFixed()).toBe('4.58')
    expect(read('4.58')).toBe(a)
    expect(read(9160)).toBe(read(9160))
    expect(read('4.580')).not.toBe(a)
    expect(decimalReader()('4.58')).not.toBe(a)
  })

  it('keeps up to 10,001 values, then starts afresh', () => {
    const read = decimalReader()
    const first = read(0)
    for (let i = 1; i <= 10_000; i++) read(i)
    expect(read(0)).toBe(first) // 10,001 values held
    read(10_001) // the cache is full: it is cleared before this one is kept
    const again = read(0)
    expect(again).not.toBe(first)
    expect(again.toFixed()).toBe('0')
  })
})

describe('the settings of Dec are fixed', () => {
  it('Dec.set and Dec.config refuse with invalid-argument, and cannot be replaced or redefined', () => {
    for (const name of ['set', 'config'] as const) {
      expect(() => (Dec[name] as (o: object) => unknown)({ precision: 5 })).toThrow(
        expect.objectContaining({
          code: 'invalid-argument',
          path: ['Dec', name],
          params: {
            problem: `the settings of Dec are fixed; make your own with Decimal.clone() instead of Dec.${name}()`,
            problemZh: `Dec 的设置不可更改；如需其他设置，请用 Decimal.clone() 另建，而非 Dec.${name}()`,
          },
        }),
      )
      const d = Object.getOwnPropertyDescriptor(Dec, name)
      expect(d?.writable).toBe(false)
      expect(d?.configurable).toBe(false)
    }
    expect(new Dec(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`)
  })
})
