/**
 * The library's own RFC 4180 reader and writer (src/report/csv-text.ts), which replaced
 * csv-parse and csv-stringify so that CSV runs in a browser: held against those two libraries
 * as oracles, on the seed facilities table and on generated records.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCsvRecords, writeCsvRecords } from '../src/report/csv-text.js'

const extra = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures-extra', name), 'utf8')

/** What csv-parse reads, with the options the CSV import used before. */
const oracle = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: true, trim: true })

const records = (text: string): string[][] => {
  const read = readCsvRecords(text)
  if (!read.ok) throw new Error(`unreadable: ${read.problem.reason}`)
  return read.records
}

describe('readCsvRecords', () => {
  it('reads the seed facilities table as csv-parse does, quoted names included', () => {
    const text = extra('facilities.csv')
    const mine = records(text)
    expect(mine).toEqual(oracle(text))
    // test/fixtures-extra/facilities.csv, row 3: a quoted name of the Cixi plan's 表2 (L171)
    expect(mine[2]?.[1]).toBe(
      '慈溪市第三人民医院医疗健康集团（慈溪市第三人民医院）（慈溪市周巷镇社区卫生服务中心）',
    )
  })

  it('reads quotes, commas and line breaks inside quotes, CRLF, CR and a byte-order mark', () => {
    const text = '\ufeffa, b ,"c,d"\r\n"say ""hi""","line\nbreak", \r\n\n  x\ry'
    expect(records(text)).toEqual([
      ['a', 'b', 'c,d'],
      ['say "hi"', 'line\nbreak', ''],
      [''],
      ['x'],
      ['y'],
    ])
    // csv-parse takes the first line break it meets as the only one: compare on one kind
    const crlf = '\ufeffa, b ,"c,d"\r\n"say ""hi""","line\nbreak", \r\n\r\n  x\r\n'
    expect(records(crlf)).toEqual(oracle(crlf))
  })

  it('ends the last record at a final line break, and reads empty text as no records', () => {
    expect(records('a,b\n')).toEqual([['a', 'b']])
    expect(records('a,b\n\n')).toEqual([['a', 'b'], ['']])
    expect(records('')).toEqual([])
    expect(records('\ufeff')).toEqual([])
  })

  it('names the record of an unclosed quote, a stray quote and text after a closing quote', () => {
    const bad = (text: string) => {
      const read = readCsvRecords(text)
      return read.ok ? null : read.problem
    }
    expect(bad('h\nok\n"unclosed,x\n')).toMatchObject({
      row: 3,
      reason: 'a quoted cell is never closed',
    })
    expect(bad('h\na"b\n')).toMatchObject({ row: 2, reasonZh: '未以引号开头的单元格中出现引号' })
    expect(bad('"a"b,c\n')).toMatchObject({
      row: 1,
      reason: 'text after the closing quote of a cell',
    })
    for (const text of ['h\nok\n"unclosed,x\n', 'h\na"b\n', '"a"b,c\n']) {
      expect(() => oracle(text)).toThrow()
    }
  })

  it('reads whatever csv-stringify writes back to the same records', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '床', ',', '"', '\n', '\r', ' ', '1') })
    const row = fc.array(
      cell.map((s) => s.trim()),
      { minLength: 2, maxLength: 5 },
    )
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        expect(records(stringify(rows))).toEqual(rows)
      }),
    )
  })
})

describe('writeCsvRecords', () => {
  it('writes what csv-stringify writes, quoting only where a field needs it', () => {
    const rows = [
      ['name', 'beds', 'note'],
      ['人民医院', '1000', 'a|b'],
      ['Clinic, east', '', 'say "hi"\nthere'],
    ]
    const text = writeCsvRecords(rows)
    expect(text).toBe('name,beds,note\n人民医院,1000,a|b\n"Clinic, east",,"say ""hi""\nthere"\n')
    expect(text).toBe(stringify(rows, { eof: true, record_delimiter: 'unix' }))
  })

  it('writes text that reads back to the same records (generated)', () => {
    const cell = fc.string({ unit: fc.constantFrom('x', '张', ',', '"', '\n', '\r\n', '-') })
    const row = fc.array(cell, { minLength: 2, maxLength: 4 })
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        expect(records(writeCsvRecords(rows))).toEqual(rows)
        expect(writeCsvRecords(rows)).toBe(stringify(rows, { eof: true, record_delimiter: 'unix' }))
      }),
    )
  })
})
