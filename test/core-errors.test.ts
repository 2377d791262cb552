/**
 * Every rejection is a typed BedstaffError with a stable code, the path of the bad field, and a
 * message in English and in Chinese.
 *
 * seed 003 = /work/shared/seeds/003_060dd4848616d4d7.txt
 */
import { describe, expect, it } from 'vitest'
import { impliedPopulation } from '../src/derive/implied-population.js'
import { ratioOf, throughRatio } from '../src/derive/through-ratio.js'
import { totalFromRate } from '../src/derive/total-from-rate.js'
import { BedstaffError, ERROR_CODES, type ErrorCode, type Path } from '../src/errors.js'
import { assertBaseKind, base } from '../src/population/base.js'
import { convertBase } from '../src/population/convert-base.js'
import { rate } from '../src/quantity/rate.js'
import { ratio } from '../src/quantity/ratio.js'

/** Runs `fn`, expects a BedstaffError with `code` at `path`, and checks its two messages. */
function expectError(fn: () => unknown, code: ErrorCode, path: Path): BedstaffError {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(caught).toBeInstanceOf(BedstaffError)
  expect(caught).toBeInstanceOf(Error)
  const e = caught as BedstaffError
  expect(e.name).toBe('BedstaffError')
  expect(e.code).toBe(code)
  expect(ERROR_CODES).toContain(e.code)
  expect(e.path).toEqual(path)
  expect(e.messageEn.length).toBeGreaterThan(0)
  expect(e.messageZh.length).toBeGreaterThan(0)
  expect(e.messageZh).not.toBe(e.messageEn)
  // the Chinese message is Chinese
  expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/)
  expect(e.message).toContain(e.messageEn)
  expect(e.toJSON()).toEqual({ code, path, message: e.messageEn, messageZh: e.messageZh })
  return e
}

// seed 003 L143: the 2025 plan year; 2,000,000 is the base derived from 9160 / 4.58 × 1000
const opts2025 = { year: 2025, vintage: 'derived' } as const
const residents2025 = base.resident(2_000_000, opts2025)
// seed 003 L143: 每千常住人口4.58张
const bedRate = rate('beds', '4.58', { per: 1000, base: 'resident' })

describe('population values are finite decimals greater than zero', () => {
  it('a negative population is refused (non-positive-population)', () => {
    // the seed 003 base, negated
    expectError(() => base.resident(-2_000_000, opts2025), 'non-positive-population', ['value'])
    expectError(() => base.resident('-2000000', opts2025), 'non-positive-population', ['value'])
  })

  it('a zero population is refused (non-positive-population)', () => {
    expectError(() => base.resident(0, opts2025), 'non-positive-population', ['value'])
    expectError(() => base.resident('0', opts2025), 'non-positive-population', ['value'])
  })

  it('NaN and Infinity are refused (non-finite-number)', () => {
    expectError(() => base.resident(Number.NaN, opts2025), 'non-finite-number', ['value'])
    expectError(() => base.resident(Number.POSITIVE_INFINITY, opts2025), 'non-finite-number', [
      'value',
    ])
    expectError(() => base.resident(Number.NEGATIVE_INFINITY, opts2025), 'non-finite-number', [
      'value',
    ])
    expectError(() => base.resident('NaN', opts2025), 'non-finite-number', ['value'])
    expectError(() => base.resident('Infinity', opts2025), 'non-finite-number', ['value'])
  })

  it('a magnitude beyond 1e15 is refused, not turned into Infinity (number-out-of-range for "1e400")', () => {
    expectError(() => base.resident('1e400', opts2025), 'number-out-of-range', ['value'])
  })

  it('text that is not a decimal is refused (invalid-number for "abc" and "")', () => {
    expectError(() => base.resident('abc', opts2025), 'invalid-number', ['value'])
    expectError(() => base.resident('', opts2025), 'invalid-number', ['value'])
    expectError(() => base.resident('   ', opts2025), 'invalid-number', ['value'])
    // seed 003 L143 prints 9160张: a unit suffix is not a number
    expectError(() => base.resident('9160张', opts2025), 'invalid-number', ['value'])
  })

  it('a year outside 1900–2200 or not whole is refused (invalid-year)', () => {
    // seed 003 L143: 到2025年; 20250 and 2025.5 are mistyped forms of it
    expectError(
      () => base.resident(2_000_000, { year: 20250, vintage: 'derived' }),
      'invalid-year',
      ['year'],
    )
    expectError(
      () => base.resident(2_000_000, { year: 2025.5, vintage: 'derived' }),
      'invalid-year',
      ['year'],
    )
  })
})

describe('bases and kinds are checked at run time', () => {
  it('an unknown base kind is refused (unknown-base-kind)', () => {
    // @ts-expect-error 'urban' is not a base kind
    expectError(() => rate('beds', '4.58', { per: 1000, base: 'urban' }), 'unknown-base-kind', [
      'base',
    ])
    expectError(() => assertBaseKind('常住'), 'unknown-base-kind', ['kind'])
    // @ts-expect-error 'household' is not a base kind
    expectError(() => convertBase(residents2025, 'household', { factor: 1 }), 'unknown-base-kind', [
      'kind',
    ])
  })

  it('a per-registered rate applied to a resident base is refused (base-mismatch)', () => {
    // seed 003 L688: 每万户籍人口全科医生数达到5.0人以上 (per 10,000 registered)
    const gpRate = rate('gps', '5.0', { per: 10000, base: 'registered' })
    const e = expectError(
      // @ts-expect-error a registered-base rate does not take a resident base
      () => totalFromRate(gpRate, residents2025, { rounding: 'ceil' }),
      'base-mismatch',
      ['base'],
    )
    expect(e.params.expected).toBe('registered')
    expect(e.params.received).toBe('resident')
    expect(e.messageZh).toContain('户籍')
    expect(e.messageZh).toContain('常住')
  })

  it('a per-bed ratio applied to nurses is refused (kind-mismatch)', () => {
    // seed 003 L697: 三级甲等综合医院在岗护士每床不少于0.7人 (nurses per bed);
    // L688: 8400 nurses, not beds
    const nursesPerBed = ratio('beds', 'nurses', '0.7')
    const e = expectError(
      // @ts-expect-error nurses are not beds
      () => throughRatio({ quantity: 'nurses', value: '8400' }, nursesPerBed, { rounding: 'ceil' }),
      'kind-mismatch',
      ['from', 'quantity'],
    )
    expect(e.params.expected).toBe('beds')
    expect(e.params.received).toBe('nurses')
  })
})

describe('division by zero is an error, never Infinity', () => {
  it('a zero rate implies no population (zero-denominator)', () => {
    // seed 003 L143: 9160张
    const zero = rate('beds', '0', { per: 1000, base: 'resident' })
    expectError(() => impliedPopulation(9160, zero), 'zero-denominator', ['rate', 'value'])
  })

  it('a 1:x ratio with zero physicians is refused (zero-denominator)', () => {
    // seed 003 L688: 8400 nurses; zero physicians
    expectError(
      () =>
        ratioOf(
          { quantity: 'physicians', value: '0' },
          { quantity: 'nurses', value: '8400' },
          { decimals: 2, rounding: 'half-up' },
        ),
      'zero-denominator',
      ['from'],
    )
  })
})

describe('rounding is always named and valid', () => {
  it('an unknown rounding mode is refused (invalid-rounding)', () => {
    expectError(
      // @ts-expect-error 'round' is not a rounding mode
      () => totalFromRate(bedRate, residents2025, { rounding: 'round' }),
      'invalid-rounding',
      ['rounding'],
    )
    expectError(
      // @ts-expect-error rounding must be given
      () => totalFromRate(bedRate, residents2025, {}),
      'invalid-rounding',
      ['rounding'],
    )
  })
})

describe('the error family', () => {
  it('every error code has a distinct English and Chinese message', () => {
    for (const code of ERROR_CODES) {
      const e = new BedstaffError(code, ['x'])
      expect(e.messageEn.length).toBeGreaterThan(0)
      expect(e.messageZh.length).toBeGreaterThan(0)
      expect(e.messageZh).not.toBe(e.messageEn)
      expect(e.message).toBe(`bedstaff: ${e.messageEn} at x`)
    }
  })
})
