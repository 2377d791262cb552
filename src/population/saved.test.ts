/**
 * Bases read back from JSON (`base(json)`), checked wherever a base the library did not make is
 * used, and the parts they are checked with. Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json):
 * 2,000,000 residents (L143) and the ambulance base of 300% of them (L706). Haishu 2021–2025
 * (seed 004 L51; fixtures/haishu-2021-2025.json): 20.5万 registered elderly.
 */
import { describe, expect, it } from 'vitest'
import { Dec } from '../decimal.js'
import { base, isMadeBase, type PopulationBase, validBase } from './base.js'
import {
  ageBand,
  checkAge,
  checkYear,
  derivation,
  factorOf,
  scaledPopulation,
} from './base-parts.js'
import { convertBase } from './convert-base.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const saved = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

const residents = base.resident(2_000_000, { year: 2025, vintage: 'derived' })
const ambulanceBase = base.serviceFrom(residents, 3)
const elderly = base.elderly(205_000, { year: 2025, vintage: 'projection', ageMin: 60 })

describe('base(json)', () => {
  it('reads saved bases back to equal ones; a made base is used as it is', () => {
    for (const b of [residents, ambulanceBase, elderly]) {
      expect(base(saved(b))).toEqual(b)
      expect(isMadeBase(b)).toBe(true)
      expect(isMadeBase(saved(b))).toBe(false)
      expect(isMadeBase(base(saved(b)))).toBe(true)
      expect(validBase(b, [])).toBe(b)
    }
  })

  it('reads a base written by hand with only kind, value, year and vintage', () => {
    const written = { kind: 'resident', value: '2000000', year: 2025, vintage: 'derived' }
    expect(base(written as PopulationBase)).toEqual(residents)
  })

  it('accepts the id a plan gives its base, and does not keep it', () => {
    const b = base({ ...saved(residents), id: 'resident-2025' } as PopulationBase)
    expect(b).toEqual(residents)
    expect(() => base({ ...saved(residents), id: 2025 } as unknown as PopulationBase)).toThrow(
      refused('invalid-argument', ['id']),
    )
  })

  it('checks every field as the factories check their arguments, at the field', () => {
    const json = saved(residents) as unknown as Record<string, unknown>
    const cases: [Record<string, unknown>, string, (string | number)[]][] = [
      [{ value: '0' }, 'non-positive-population', ['value']],
      [{ value: '两百万' }, 'invalid-number', ['value']],
      [{ year: 1850 }, 'invalid-year', ['year']],
      [{ vintage: 'census' }, 'unknown-vintage', ['vintage']],
      [{ kind: 'hukou' }, 'unknown-base-kind', ['kind']],
      [{ population: 1 }, 'invalid-argument', ['population']],
      [{ ages: { min: 60, max: 14 } }, 'invalid-interval', ['ages', 'max']],
      [{ ages: { min: -1, max: null } }, 'invalid-number', ['ages', 'min']],
      [{ ages: { from: 60 } }, 'invalid-argument', ['ages', 'from']],
      [{ source: 'seed 003' }, 'invalid-argument', ['source']],
    ]
    for (const [edit, code, at] of cases) {
      const edited = { ...json, ...edit } as unknown as PopulationBase
      expect(() => base(edited)).toThrow(refused(code, at))
      expect(() => validBase(edited, ['bases', 1])).toThrow(refused(code, ['bases', 1, ...at]))
    }
    expect(() => validBase('2000000', ['base'])).toThrow(refused('invalid-argument', ['base']))
  })

  it('a derived base must still be fromValue × factor', () => {
    const json = saved(ambulanceBase)
    expect(() => base({ ...json, value: '7000000' })).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        path: ['value'],
        params: {
          problem: 'value 7000000 is not 2000000 × 3',
          problemZh: '数值 7000000 不等于 2000000 × 3',
        },
      }),
    )
    const d = json.derivedFrom as NonNullable<PopulationBase['derivedFrom']>
    expect(() => base({ ...json, derivedFrom: { ...d, factor: '0' } })).toThrow(
      refused('non-positive-value', ['derivedFrom', 'factor']),
    )
    expect(() => base({ ...json, derivedFrom: { ...d, fromValue: '-1' } })).toThrow(
      refused('non-positive-population', ['derivedFrom', 'fromValue']),
    )
    expect(() => base({ ...json, derivedFrom: { ...d, fromKind: 'hukou' as never } })).toThrow(
      refused('unknown-base-kind', ['derivedFrom', 'fromKind']),
    )
    expect(() => base({ ...json, derivedFrom: { ...d, fromValue: '1e15', factor: '2' } })).toThrow(
      refused('number-out-of-range', ['derivedFrom', 'factor']),
    )
    expect(() => base({ ...json, derivedFrom: { ...d, by: 3 } as never })).toThrow(
      refused('invalid-argument', ['derivedFrom', 'by']),
    )
    expect(base({ ...json, derivedFrom: null }).derivedFrom).toBeNull()
  })
})

describe('the factories refuse options they do not know', () => {
  it('at options.<key>, or at year when there are no options', () => {
    expect(() =>
      base.resident(2_000_000, { year: 2025, vintage: 'derived', ageMin: 60 } as never),
    ).toThrow(refused('invalid-options', ['options', 'ageMin']))
    expect(() => base.resident(2_000_000, undefined as never)).toThrow(
      refused('invalid-year', ['year']),
    )
  })

  it('children: the lower age may not be above the upper', () => {
    expect(() =>
      base.children(1000, { year: 2025, vintage: 'estimate', ageMin: 14, ageMax: 2 }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-interval',
        path: ['ageMax'],
        params: { lo: 14, hi: 2 },
      }),
    )
    expect(
      base.children(1000, { year: 2025, vintage: 'estimate', ageMin: 2, ageMax: 2 }).ages,
    ).toEqual({
      min: 2,
      max: 2,
    })
  })
})

describe('serviceFrom and convertBase check the base they are given', () => {
  it('take a saved base, and refuse an edited one at from', () => {
    expect(base.serviceFrom(saved(residents), 3)).toEqual(ambulanceBase)
    expect(() => base.serviceFrom({ ...residents, value: '0' }, 3)).toThrow(
      refused('non-positive-population', ['from', 'value']),
    )
    expect(() => convertBase({ ...residents, year: 1850 }, 'registered', { factor: 1 })).toThrow(
      refused('invalid-year', ['from', 'year']),
    )
  })

  it('refuse options they do not know, and a product out of range', () => {
    expect(() => base.serviceFrom(residents, 3, { factor: 3 } as never)).toThrow(
      refused('invalid-options', ['options', 'factor']),
    )
    expect(() => convertBase(residents, 'registered', { factor: 1, year: 2020 } as never)).toThrow(
      refused('invalid-options', ['options', 'year']),
    )
    expect(() => base.serviceFrom(residents, '1e10')).toThrow(
      refused('number-out-of-range', ['multiplier']),
    )
    expect(() => convertBase(residents, 'registered', { factor: '1e10' })).toThrow(
      refused('number-out-of-range', ['factor']),
    )
  })

  it('convertBase keeps what it converts: 80% of 205,000 elderly, aged 60 and over', () => {
    const c = convertBase(saved(elderly), 'registered', { factor: '0.8' })
    expect(c).toMatchObject({ kind: 'registered', value: '164000', ages: { min: 60, max: null } })
  })
})

describe('the parts', () => {
  it('checkYear and checkAge: whole numbers within their range', () => {
    expect(checkYear(2025, [])).toBe(2025)
    expect(() => checkYear(1899, ['y'])).toThrow(
      expect.objectContaining({ code: 'invalid-year', path: ['y'], params: { received: '1899' } }),
    )
    expect(checkAge(null, [])).toBeNull()
    expect(checkAge(0, [])).toBe(0)
    expect(checkAge(150, [])).toBe(150)
    expect(() => checkAge(151, ['a'])).toThrow(
      expect.objectContaining({ code: 'invalid-number', path: ['a'], params: { received: '151' } }),
    )
  })

  it('ageBand: either end open, the lower not above the upper, named by the keys given', () => {
    expect(ageBand(60, null, [])).toEqual({ min: 60, max: null })
    expect(ageBand(null, 14, [])).toEqual({ min: null, max: 14 })
    expect(() => ageBand(15, 14, ['ages'], ['min', 'max'])).toThrow(
      refused('invalid-interval', ['ages', 'max']),
    )
    expect(() => ageBand(-1, 14, [])).toThrow(refused('invalid-number', ['ageMin']))
    expect(() => ageBand(0, 151, [])).toThrow(refused('invalid-number', ['ageMax']))
  })

  it('factorOf and scaledPopulation: 300% of 2,000,000 is 6,000,000 (L706)', () => {
    expect(factorOf('3', []).toFixed()).toBe('3')
    expect(() => factorOf('0', ['f'])).toThrow(
      expect.objectContaining({
        code: 'non-positive-value',
        path: ['f'],
        params: { received: '0' },
      }),
    )
    expect(() => factorOf('-3', ['f'])).toThrow(refused('non-positive-value', ['f']))
    expect(scaledPopulation(new Dec(2_000_000), new Dec(3), []).toFixed()).toBe('6000000')
    expect(() => scaledPopulation(new Dec('1e15'), new Dec(2), ['m'])).toThrow(
      refused('number-out-of-range', ['m']),
    )
  })

  it('derivation: none for null or undefined; checked against the value it gives', () => {
    expect(derivation(undefined, new Dec(1), [], [])).toBeNull()
    expect(derivation(null, new Dec(1), [], [])).toBeNull()
    const d = { fromKind: 'resident', fromValue: '2000000', factor: '3' }
    expect(derivation(d, new Dec(6_000_000), ['d'], ['v'])).toEqual(d)
    expect(() => derivation(d, new Dec(6_000_001), ['d'], ['v'])).toThrow(
      refused('invalid-argument', ['v']),
    )
  })
})

describe('a value of the wrong type is refused naming what was expected, in both languages', () => {
  const problem = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      return (e as { params?: unknown }).params
    }
    return undefined
  }
  const json = saved(residents) as unknown as Record<string, unknown>

  it.each([
    [
      'a population base (from base.resident() and the other factories, or base(json))',
      '人口基数（由 base.resident() 等或 base(json) 得到）',
      () => validBase(1, []),
    ],
    ['an id', '编号', () => validBase({ ...json, id: 1 }, [])],
    ['an age band { min, max }', '年龄段', () => validBase({ ...json, ages: 1 }, [])],
    [
      'a derivation { fromKind, fromValue, factor }',
      '推算方式',
      () => validBase({ ...json, derivedFrom: 1 }, []),
    ],
  ] as const)('%s', (en, zh, fn) => {
    expect(problem(fn)).toEqual({
      problem: `expected ${en}, got 1`,
      problemZh: `应为${zh}，收到 1`,
    })
  })
})

describe('children bases', () => {
  it('under 3 is ages 0 to 2, and a population of 0 is refused at value', () => {
    const opts = { year: 2025, vintage: 'estimate', ageMin: 0, ageMax: 2 } as const
    expect(base.children(1000, opts)).toEqual({
      kind: 'children',
      value: '1000',
      year: 2025,
      vintage: 'estimate',
      ages: { min: 0, max: 2 },
      derivedFrom: null,
      source: null,
    })
    expect(() => base.children(0, opts)).toThrow(refused('non-positive-population', ['value']))
    expect(() => base.elderly(0, { year: 2025, vintage: 'estimate', ageMin: 60 })).toThrow(
      refused('non-positive-population', ['value']),
    )
  })
})
