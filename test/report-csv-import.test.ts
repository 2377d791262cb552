/**
 * Facilities and bases from CSV: round trips of the Cixi plan's own tables, and every bad row
 * reported by its spreadsheet row (header = row 1) and column, never dropped.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import type { BaseEntry, Facility } from '../src/plan/schema.js'
import { basesFromCsv, facilitiesFromCsv } from '../src/report/csv-import.js'

const root = join(import.meta.dirname, '..')
const cixi = JSON.parse(readFileSync(join(root, 'fixtures', 'cixi-2021-2025.json'), 'utf8'))
const extra = (name: string) => readFileSync(join(root, 'test', 'fixtures-extra', name), 'utf8')

const HEADER = 'id,name,category,grade,gradePrinted,owner,open_2025,document,line'
const ROW = 'renmin,慈溪市人民医院,general,III-A,三级甲等,public,1000,003.txt,163'

function caught(fn: () => unknown): BedstaffError {
  try {
    fn()
  } catch (e) {
    if (e instanceof BedstaffError) return e
    throw e
  }
  throw new Error('expected a BedstaffError')
}

const cell = (v: unknown, dash = false): string =>
  v === undefined ? '' : v === null ? (dash ? '-' : '') : String(v)

function facilitiesCsv(list: readonly Facility[]): string {
  const header = [
    'id',
    'name',
    'table',
    'category',
    'grade',
    'gradePrinted',
    'owner',
    'group',
    'open_2020',
    'open_2025',
    'newBuilt',
    'newOpened',
    'note',
    'document',
    'line',
    'quote',
    'source_note',
  ]
  const rows = list.map((f) => [
    f.id,
    f.name,
    cell(f.table),
    f.category,
    f.grade,
    f.gradePrinted,
    cell(f.owner),
    cell(f.group),
    cell(f.openBeds['2020'], true),
    cell(f.openBeds['2025'], true),
    cell(f.newBuilt, true),
    cell(f.newOpened, true),
    cell(f.note),
    f.source.document,
    cell(f.source.line),
    cell(f.source.quote),
    cell(f.source.note),
  ])
  return stringify([header, ...rows])
}

function basesCsv(list: readonly BaseEntry[]): string {
  const header = [
    'id',
    'kind',
    'value',
    'year',
    'vintage',
    'from',
    'multiplier',
    'label_zh',
    'label_en',
    'document',
    'line',
    'quote',
    'source_note',
  ]
  const rows = list.map((b) => [
    b.id,
    b.kind,
    cell(b.value),
    cell(b.year),
    cell(b.vintage),
    cell(b.from),
    cell(b.multiplier),
    cell(b.label?.zh),
    cell(b.label?.en),
    b.source.document,
    cell(b.source.line),
    cell(b.source.quote),
    cell(b.source.note),
  ])
  return stringify([header, ...rows])
}

describe('facilitiesFromCsv', () => {
  it('reads back every facility of the Cixi plan exactly', () => {
    expect(facilitiesFromCsv(facilitiesCsv(cixi.facilities))).toEqual(cixi.facilities)
  })

  it('reads the small fixture: "-" and blank beds are null, a blank owner is null', () => {
    const list = facilitiesFromCsv(extra('facilities.csv'))
    expect(list).toHaveLength(7)
    expect(list.find((f) => f.id === 'example-c')?.openBeds).toEqual({ '2020': null, '2025': '30' })
    expect(list.find((f) => f.id === 'example-d')?.owner).toBeNull()
    expect(list.find((f) => f.id === 'example-e')).not.toHaveProperty('newBuilt')
    expect(list.find((f) => f.id === 'example-b')?.name).toBe('Example hospital B, east campus')
  })

  it('rejects a bad number in row 7, naming the row and the column', () => {
    const e = caught(() => facilitiesFromCsv(extra('facilities-bad-row7.csv')))
    expect(e.code).toBe('csv-invalid-row')
    expect(e.path).toEqual(['rows', 7, 'open_2025'])
    expect(e.messageEn).toContain('row 7 (the header is row 1)')
    expect(e.messageEn).toContain('"open_2025"')
    expect(e.messageEn).toContain('"4O"')
    expect(e.messageZh).toContain('第 7 行')
  })

  it('reports a required cell left blank, a bad whole number and a repeated id', () => {
    const blank = caught(() => facilitiesFromCsv(`${HEADER}\n${ROW.replace('general', '')}\n`))
    expect(blank.path).toEqual(['rows', 2, 'category'])
    expect(blank.messageEn).toContain('a value is required')
    const line = caught(() => facilitiesFromCsv(`${HEADER}\n${ROW.replace(',163', ',16.3')}\n`))
    expect(line.path).toEqual(['rows', 2, 'line'])
    const twice = caught(() => facilitiesFromCsv(`${HEADER}\n${ROW}\n${ROW}\n`))
    expect(twice.path).toEqual(['rows', 3, 'id'])
    expect(twice.messageEn).toContain('first in row 2')
  })

  it('drops no row: a blank line or a row of empty cells inside the data is an error', () => {
    const gap = caught(() =>
      facilitiesFromCsv(`${HEADER}\n${ROW}\n\n${ROW.replace('renmin', 'b')}\n`),
    )
    expect(gap.code).toBe('csv-malformed')
    expect(gap.path).toEqual(['rows', 3])
    const empty = caught(() => facilitiesFromCsv(`${HEADER}\n${ROW}\n,,,,,,,,\n`))
    expect(empty.code).toBe('csv-invalid-row')
    expect(empty.path[1]).toBe(3)
  })

  it('accepts a byte-order mark, CRLF line ends and blank lines at the end', () => {
    const list = facilitiesFromCsv(`\ufeff${HEADER}\r\n${ROW}\r\n\r\n`)
    expect(list).toHaveLength(1)
    expect(list[0]?.source).toEqual({ document: '003.txt', line: 163 })
  })

  it('refuses an unknown, repeated or missing column, and malformed CSV', () => {
    expect(caught(() => facilitiesFromCsv(`${HEADER},beds\n${ROW},1\n`)).code).toBe(
      'csv-invalid-header',
    )
    expect(caught(() => facilitiesFromCsv(`${HEADER},id\n${ROW},x\n`)).messageEn).toContain(
      'appears twice',
    )
    expect(caught(() => facilitiesFromCsv('id,name\nrenmin,x\n')).messageEn).toContain(
      'missing columns category, grade, gradePrinted, owner, document',
    )
    const short = caught(() => facilitiesFromCsv(`${HEADER}\n${ROW}\nrenmin,x\n`))
    expect(short).toMatchObject({ code: 'csv-malformed', path: ['rows', 3] })
    const quote = caught(() => facilitiesFromCsv(`${HEADER}\n${ROW}\n"unclosed,x\n`))
    expect(quote).toMatchObject({ code: 'csv-malformed', path: ['rows', 3] })
    expect(caught(() => facilitiesFromCsv('')).code).toBe('empty-input')
  })
})

describe('basesFromCsv', () => {
  it('reads back the Cixi bases exactly', () => {
    expect(basesFromCsv(basesCsv(cixi.bases))).toEqual(cixi.bases)
  })

  it('applies the base schema: a base from another base takes no value', () => {
    const text = extra('bases.csv').replace(',service,,', ',service,6000000,')
    const e = caught(() => basesFromCsv(text))
    expect(e.code).toBe('csv-invalid-row')
    expect(e.path).toEqual(['rows', 3, 'value'])
  })

  it('reports the year column of a bad year', () => {
    const text = extra('bases.csv').replace(',2000000,2025,', ',2000000,1850,')
    expect(caught(() => basesFromCsv(text)).path).toEqual(['rows', 2, 'year'])
  })
})
