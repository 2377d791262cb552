/**
 * The exported tables of kinds, vintages and comparators are deeply frozen: a caller that
 * writes to them (on purpose or by a stray assignment) changes nothing the library validates.
 */
import { describe, expect, it } from 'vitest'
import { assertComparator, COMPARATOR_SYMBOL, COMPARATORS } from '../src/comparator.js'
import { BedstaffError } from '../src/errors.js'
import { assertBaseKind, BASE_KIND_ZH, BASE_KINDS, base, VINTAGES } from '../src/population/base.js'
import { assertQuantityKind, QUANTITY_KIND_LIST, QUANTITY_KINDS } from '../src/quantity/kinds.js'

/** Runs a write in strict mode (this module is ESM, hence strict) and says whether it threw. */
function writeThrows(write: () => void): boolean {
  try {
    write()
    return false
  } catch (e) {
    return e instanceof TypeError
  }
}

describe('exported constants are deeply frozen', () => {
  const tables: readonly (readonly [string, object])[] = [
    ['BASE_KINDS', BASE_KINDS],
    ['VINTAGES', VINTAGES],
    ['BASE_KIND_ZH', BASE_KIND_ZH],
    ['COMPARATORS', COMPARATORS],
    ['COMPARATOR_SYMBOL', COMPARATOR_SYMBOL],
    ['QUANTITY_KINDS', QUANTITY_KINDS],
    ['QUANTITY_KIND_LIST', QUANTITY_KIND_LIST],
    ...Object.entries(QUANTITY_KINDS).map(([k, v]) => [`QUANTITY_KINDS.${k}`, v] as const),
  ]
  it.each(tables)('%s is frozen', (_name, table) => {
    expect(Object.isFrozen(table)).toBe(true)
  })

  it('assigning to a list entry throws and leaves the list as it was', () => {
    expect(writeThrows(() => ((BASE_KINDS as unknown as string[])[0] = 'tourists'))).toBe(true)
    expect(writeThrows(() => (VINTAGES as unknown as string[]).push('rumour'))).toBe(true)
    expect(writeThrows(() => ((COMPARATORS as unknown as string[])[5] = 'ne'))).toBe(true)
    expect(writeThrows(() => ((QUANTITY_KIND_LIST as string[])[0] = 'wards' as never))).toBe(true)
    expect(BASE_KINDS).toEqual(['resident', 'registered', 'elderly', 'children', 'service'])
    expect(VINTAGES).toEqual([
      'census-6',
      'census-7',
      'yearbook',
      'projection',
      'derived',
      'estimate',
    ])
    expect(COMPARATORS).toEqual(['ge', 'le', 'gt', 'lt', 'approx', 'eq'])
    expect(QUANTITY_KIND_LIST[0]).toBe('beds')
  })

  it('assigning to a kind entry throws and leaves its names and unit as they were', () => {
    const beds = QUANTITY_KINDS.beds as { unit: string; zh: string }
    expect(writeThrows(() => (beds.unit = '个'))).toBe(true)
    expect(writeThrows(() => (beds.zh = '病房'))).toBe(true)
    const kinds = QUANTITY_KINDS as unknown as Record<string, unknown>
    expect(writeThrows(() => (kinds.wards = { zh: '病房', unit: '间', en: 'wards' }))).toBe(true)
    expect(QUANTITY_KINDS.beds).toEqual({ zh: '床位', unit: '张', en: 'beds' })
    const names = BASE_KIND_ZH as Record<string, string>
    expect(writeThrows(() => (names.resident = '外来'))).toBe(true)
    expect(BASE_KIND_ZH.resident).toBe('常住')
    const symbols = COMPARATOR_SYMBOL as Record<string, string>
    expect(writeThrows(() => (symbols.ge = '>'))).toBe(true)
    expect(COMPARATOR_SYMBOL.ge).toBe('≥')
  })

  it('validation accepts and refuses exactly what it did before the attempted writes', () => {
    expect(assertBaseKind('resident')).toBe('resident')
    expect(base.resident('1000', { year: 2025, vintage: 'census-7' }).vintage).toBe('census-7')
    expect(assertComparator('approx')).toBe('approx')
    expect(assertQuantityKind('beds')).toBe('beds')
    expect(() => assertBaseKind('tourists')).toThrow(BedstaffError)
    const rumour = { year: 2025, vintage: 'rumour' as never }
    expect(() => base.resident('1000', rumour)).toThrow(BedstaffError)
    expect(() => assertComparator('ne')).toThrow(BedstaffError)
    expect(() => assertQuantityKind('wards')).toThrow(BedstaffError)
  })
})
