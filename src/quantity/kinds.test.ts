/**
 * Quantity kinds. Names and units as the plans print them: 床位…张 (seed 003 L143), 执业（助理）医师
 * and 注册护士…人 (L688), 救护车…辆 and 负压救护车 (L706), 托位…个 (seed 002 L170).
 */
import { describe, expect, it } from 'vitest'
import { assertQuantityKind, QUANTITY_KIND_LIST, QUANTITY_KINDS, sameKind } from './kinds.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('QUANTITY_KINDS', () => {
  it('names beds, staff and vehicles as the plans do', () => {
    expect(QUANTITY_KINDS.beds).toEqual({ zh: '床位', unit: '张', en: 'beds' })
    expect(QUANTITY_KINDS.physicians).toMatchObject({ zh: '执业（助理）医师', unit: '人' })
    expect(QUANTITY_KINDS.nurses).toMatchObject({ zh: '注册护士', unit: '人' })
    expect(QUANTITY_KINDS.ambulances).toMatchObject({ zh: '救护车', unit: '辆' })
    expect(QUANTITY_KINDS['negative-pressure-ambulances']).toMatchObject({
      zh: '负压救护车',
      unit: '辆',
    })
    expect(QUANTITY_KINDS.places).toMatchObject({ zh: '托位', unit: '个' })
  })

  it('law: every kind has a Chinese name, a one-character unit and an English name, none shared', () => {
    const entries = Object.values(QUANTITY_KINDS)
    for (const k of entries) {
      expect(k.zh).toMatch(/^[\p{Script=Han}（）]+$/u)
      expect(k.unit).toMatch(/^\p{Script=Han}$/u)
      expect(k.en).toMatch(/^[a-zA-Z][a-zA-Z (),-]*$/)
    }
    expect(new Set(entries.map((k) => k.zh)).size).toBe(entries.length)
    expect(new Set(entries.map((k) => k.en)).size).toBe(entries.length)
  })

  it('QUANTITY_KIND_LIST is its keys in order, frozen', () => {
    expect(QUANTITY_KIND_LIST).toEqual(Object.keys(QUANTITY_KINDS))
    expect(QUANTITY_KIND_LIST.slice(0, 3)).toEqual(['beds', 'physicians', 'nurses'])
    expect(QUANTITY_KIND_LIST).toHaveLength(21)
    expect(Object.isFrozen(QUANTITY_KIND_LIST)).toBe(true)
    expect(Object.isFrozen(QUANTITY_KINDS)).toBe(true)
    expect(Object.values(QUANTITY_KINDS).every((k) => Object.isFrozen(k))).toBe(true)
  })
})

describe('assertQuantityKind', () => {
  it.each(QUANTITY_KIND_LIST)('accepts %s', (k) => {
    expect(assertQuantityKind(k)).toBe(k)
  })

  it('throws unknown-quantity-kind for anything else, inherited names included', () => {
    for (const bad of [
      'bed',
      'Beds',
      '床位',
      'toString',
      '__proto__',
      'constructor',
      '',
      null,
      1,
      { toString: () => 'beds' },
    ]) {
      expect(() => assertQuantityKind(bad)).toThrow(refused('unknown-quantity-kind', ['quantity']))
    }
    expect(() => assertQuantityKind('bed', ['rules', 0, 'quantity'])).toThrow(
      expect.objectContaining({
        code: 'unknown-quantity-kind',
        path: ['rules', 0, 'quantity'],
        params: { received: '"bed"' },
      }),
    )
  })
})

describe('sameKind', () => {
  it('passes a kind against itself', () => {
    expect(() => sameKind('beds', 'beds')).not.toThrow()
  })

  it('throws kind-mismatch naming both kinds in English and Chinese', () => {
    expect(() => sameKind('beds', 'nurses', ['stock', 'quantity'])).toThrow(
      expect.objectContaining({
        code: 'kind-mismatch',
        path: ['stock', 'quantity'],
        params: {
          expected: 'beds',
          received: 'nurses',
          expectedZh: '床位',
          receivedZh: '注册护士',
        },
      }),
    )
    expect(() => sameKind('beds', 'nurses')).toThrow(refused('kind-mismatch', []))
  })

  it('names a kind it does not know by its own text', () => {
    const odd = 'wards' as 'beds'
    expect(() => sameKind('beds', odd)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ receivedZh: 'wards' }) }),
    )
    expect(() => sameKind(odd, 'beds')).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ expectedZh: 'wards' }) }),
    )
  })
})
