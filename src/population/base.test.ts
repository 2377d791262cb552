/**
 * Population bases. Cixi 2021–2025 (seed 003; fixtures/cixi-2021-2025.json): 2,000,000 residents
 * derived from 9160 beds at 4.58 per 1,000 (L143), ambulances on 300% of them (L706). Cixi
 * 2016–2020 (seed 000 L217): 149.76万 = 1,497,600 residents in 2020, projected. Haishu 2021–2025
 * (seed 004 L51; fixtures/haishu-2021-2025.json): 20.5万 registered elderly, age threshold not
 * stated. Fenghua 2021–2025 (seed 002 L170): 托位 for children under 3.
 */

import { describe, expect, it } from 'vitest'
import {
  assertBaseKind,
  BASE_KIND_ZH,
  BASE_KINDS,
  type BaseKind,
  type BaseOptions,
  base,
  failBaseMismatch,
  populationValue,
  VINTAGES,
  type Vintage,
} from './base.js'
import { convertBase } from './convert-base.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const derived2025: BaseOptions = { year: 2025, vintage: 'derived' }
const residents = base.resident(2_000_000, derived2025)

describe('the lists', () => {
  it('BASE_KINDS, their Chinese names and VINTAGES, in stable order', () => {
    expect(BASE_KINDS).toEqual(['resident', 'registered', 'elderly', 'children', 'service'])
    expect(BASE_KIND_ZH).toEqual({
      resident: '常住',
      registered: '户籍',
      elderly: '老年',
      children: '儿童',
      service: '服务',
    })
    expect(Object.isFrozen(BASE_KIND_ZH)).toBe(true)
    expect(VINTAGES).toEqual([
      'census-6',
      'census-7',
      'yearbook',
      'projection',
      'derived',
      'estimate',
    ])
  })
})

describe('base factories', () => {
  it('2,000,000 residents in 2025, derived', () => {
    expect(residents).toEqual({
      kind: 'resident',
      value: '2000000',
      year: 2025,
      vintage: 'derived',
      ages: null,
      derivedFrom: null,
      source: null,
    })
    expect(Object.isFrozen(residents)).toBe(true)
  })

  it('1,497,600 residents in 2020 as 149.76万, with a frozen copy of the source', () => {
    const source = { document: 'seed 000', line: 217, quote: '2020年，慈溪市预计为149.76万人' }
    const b = base.resident('1497600', { year: 2020, vintage: 'projection', source })
    expect(b).toMatchObject({ value: '1497600', year: 2020, vintage: 'projection', source })
    expect(b.source).not.toBe(source)
    expect(Object.isFrozen(b.source)).toBe(true)
  })

  it('registered and service bases carry their kind', () => {
    expect(base.registered(1_000_000, derived2025)).toMatchObject({
      kind: 'registered',
      ages: null,
    })
    expect(base.service(6_000_000, derived2025)).toMatchObject({
      kind: 'service',
      value: '6000000',
      derivedFrom: null,
    })
  })

  it('elderly: 205,000, threshold unstated (null) or 60; ages frozen', () => {
    const silent = base.elderly(205_000, { year: 2025, vintage: 'projection', ageMin: null })
    expect(silent).toMatchObject({
      kind: 'elderly',
      value: '205000',
      ages: { min: null, max: null },
    })
    expect(Object.isFrozen(silent.ages)).toBe(true)
    const sixty = base.elderly('205000', { year: 2025, vintage: 'projection', ageMin: 60 })
    expect(sixty.ages).toEqual({ min: 60, max: null })
  })

  it('children: under 3 is ages 0 to 2; a band may be open above; ages 0 and 150 are allowed', () => {
    const opts = { year: 2025, vintage: 'estimate' as Vintage }
    expect(base.children(1000, { ...opts, ageMin: 0, ageMax: 2 }).ages).toEqual({ min: 0, max: 2 })
    expect(base.children(1000, { ...opts, ageMin: 0, ageMax: null }).ages).toEqual({
      min: 0,
      max: null,
    })
    expect(base.children(1000, { ...opts, ageMin: 0, ageMax: 150 }).ages).toEqual({
      min: 0,
      max: 150,
    })
  })

  it('accepts the years 1900 and 2200, and every vintage', () => {
    expect(base.resident(1, { year: 1900, vintage: 'census-6' }).year).toBe(1900)
    expect(base.resident(1, { year: 2200, vintage: 'census-7' }).year).toBe(2200)
    for (const vintage of VINTAGES)
      expect(base.resident(1, { year: 2025, vintage }).vintage).toBe(vintage)
  })

  it('throws non-positive-population for 0 or less, at value', () => {
    for (const [v, received] of [
      [0, '0'],
      ['-5', '-5'],
    ] as const) {
      expect(() => base.resident(v, derived2025)).toThrow(
        expect.objectContaining({
          code: 'non-positive-population',
          path: ['value'],
          params: { received },
        }),
      )
    }
  })

  it('throws invalid-number and non-finite-number for a value that is not a finite number', () => {
    expect(() => base.registered('200万', derived2025)).toThrow(
      refused('invalid-number', ['value']),
    )
    expect(() => base.service(Number.POSITIVE_INFINITY, derived2025)).toThrow(
      refused('non-finite-number', ['value']),
    )
  })

  it('throws invalid-year outside whole 1900 … 2200, or without options', () => {
    for (const year of [1899, 2201, 2025.5, '2025', undefined, Number.NaN]) {
      expect(() =>
        base.resident(1, { year, vintage: 'derived' } as unknown as BaseOptions),
      ).toThrow(refused('invalid-year', ['year']))
    }
    expect(() => base.resident(1, null as unknown as BaseOptions)).toThrow(
      expect.objectContaining({
        code: 'invalid-year',
        path: ['year'],
        params: { received: 'null' },
      }),
    )
    expect(() => base.resident(1, 2025 as unknown as BaseOptions)).toThrow(
      refused('invalid-year', ['year']),
    )
  })

  it('throws unknown-vintage for a vintage that is not one, listing them', () => {
    expect(() => base.resident(1, { year: 2025, vintage: 'census' as Vintage })).toThrow(
      expect.objectContaining({
        code: 'unknown-vintage',
        path: ['vintage'],
        params: {
          received: '"census"',
          expected: 'census-6, census-7, yearbook, projection, derived, estimate',
        },
      }),
    )
  })

  it('throws invalid-number for an age outside whole 0 … 150', () => {
    const opts = { year: 2025, vintage: 'estimate' as Vintage }
    for (const age of [-1, 151, 2.5, '60' as unknown as number]) {
      expect(() => base.elderly(205_000, { ...opts, ageMin: age })).toThrow(
        refused('invalid-number', ['ageMin']),
      )
      expect(() => base.children(1000, { ...opts, ageMin: 0, ageMax: age })).toThrow(
        refused('invalid-number', ['ageMax']),
      )
    }
  })
})

describe('base.serviceFrom', () => {
  it('300% of 2,000,000 residents is a service base of 6,000,000 that says how it was made (L706)', () => {
    const service = base.serviceFrom(residents, 3)
    expect(service).toEqual({
      kind: 'service',
      value: '6000000',
      year: 2025,
      vintage: 'derived',
      ages: null,
      derivedFrom: { fromKind: 'resident', fromValue: '2000000', factor: '3' },
      source: null,
    })
    expect(Object.isFrozen(service.derivedFrom)).toBe(true)
  })

  it('inherits year, vintage and source unless given', () => {
    const source = { document: 'seed 003', line: 706 }
    const from = base.resident(2_000_000, { ...derived2025, source })
    expect(base.serviceFrom(from, '3')).toMatchObject({ year: 2025, vintage: 'derived', source })
    const other = { document: 'seed 003', line: 143 }
    expect(
      base.serviceFrom(from, 3, { year: 2024, vintage: 'estimate', source: other }),
    ).toMatchObject({ year: 2024, vintage: 'estimate', source: other })
    expect(base.serviceFrom(residents, 3).source).toBeNull()
  })

  it('throws non-positive-value for a multiplier of 0 or below, invalid-number for text', () => {
    for (const [m, received] of [
      [0, '0'],
      [-3, '-3'],
    ] as const) {
      expect(() => base.serviceFrom(residents, m)).toThrow(
        expect.objectContaining({
          code: 'non-positive-value',
          path: ['multiplier'],
          params: { received },
        }),
      )
    }
    expect(() => base.serviceFrom(residents, '300%')).toThrow(
      refused('invalid-number', ['multiplier']),
    )
  })

  it('re-checks the base it is given', () => {
    const broken = { ...residents, value: '0' }
    expect(() => base.serviceFrom(broken, 3)).toThrow(
      refused('non-positive-population', ['from', 'value']),
    )
  })
})

describe('convertBase', () => {
  it('80% of 1,000,000 residents as registered is 800,000, and records the conversion', () => {
    const from = base.resident(1_000_000, { year: 2025, vintage: 'projection' })
    const registered = convertBase(from, 'registered', { factor: '0.8' })
    expect(registered).toEqual({
      kind: 'registered',
      value: '800000',
      year: 2025,
      vintage: 'projection',
      ages: null,
      derivedFrom: { fromKind: 'resident', fromValue: '1000000', factor: '0.8' },
      source: null,
    })
  })

  it('keeps the ages and source of what it converts, unless given a source', () => {
    const source = { document: 'seed 004', line: 51 }
    const elderly = base.elderly(205_000, { year: 2025, vintage: 'projection', ageMin: 60, source })
    const asService = convertBase(elderly, 'service', { factor: 1 })
    expect(asService).toMatchObject({ ages: { min: 60, max: null }, source, value: '205000' })
    const other = { document: 'seed 004', line: 52 }
    expect(convertBase(elderly, 'service', { factor: 1, source: other }).source).toEqual(other)
  })

  it('throws unknown-base-kind, non-positive-value and invalid-number', () => {
    expect(() => convertBase(residents, 'hukou' as BaseKind, { factor: 1 })).toThrow(
      refused('unknown-base-kind', ['kind']),
    )
    expect(() => convertBase(residents, 'registered', { factor: 0 })).toThrow(
      expect.objectContaining({
        code: 'non-positive-value',
        path: ['factor'],
        params: { received: '0' },
      }),
    )
    expect(() => convertBase(residents, 'registered', { factor: '80%' })).toThrow(
      refused('invalid-number', ['factor']),
    )
  })
})

describe('assertBaseKind, failBaseMismatch, populationValue', () => {
  it.each(BASE_KINDS)('assertBaseKind accepts %s', (k) => {
    expect(assertBaseKind(k)).toBe(k)
  })

  it('assertBaseKind throws unknown-base-kind at kind, or the path given, listing the kinds', () => {
    for (const bad of ['residents', '常住', '', null]) {
      expect(() => assertBaseKind(bad)).toThrow(refused('unknown-base-kind', ['kind']))
    }
    expect(() => assertBaseKind('hukou', ['bases', 0, 'kind'])).toThrow(
      expect.objectContaining({
        code: 'unknown-base-kind',
        path: ['bases', 0, 'kind'],
        params: {
          received: '"hukou"',
          expected: 'resident, registered, elderly, children, service',
        },
      }),
    )
  })

  it('failBaseMismatch names both kinds in English and Chinese, or as given when unknown', () => {
    expect(() => failBaseMismatch('registered', 'resident', ['base'])).toThrow(
      expect.objectContaining({
        code: 'base-mismatch',
        path: ['base'],
        params: {
          expected: 'registered',
          received: 'resident',
          expectedZh: '户籍',
          receivedZh: '常住',
        },
      }),
    )
    expect(() => failBaseMismatch('hukou' as BaseKind, 'null', [])).toThrow(
      expect.objectContaining({
        params: { expected: 'hukou', received: 'null', expectedZh: 'hukou', receivedZh: 'null' },
      }),
    )
  })

  it('populationValue accepts above 0 only', () => {
    expect(populationValue('1e-15', ['p']).toFixed()).toBe('0.000000000000001')
    expect(() => populationValue('0', ['p'])).toThrow(refused('non-positive-population', ['p']))
    expect(() => populationValue('-1e-15', ['p'])).toThrow(
      refused('non-positive-population', ['p']),
    )
  })
})
