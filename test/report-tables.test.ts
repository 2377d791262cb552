/**
 * Tables that fit and read right: a width wraps or truncates text, never numbers; columns are
 * chosen by key; exact values are cut to the rule's printed decimals plus two (full in CSV);
 * units, 1:x ratios, unmistakable status words, the nature column, the footnote of counts
 * summed over facilities, the stated levels apart; rows chosen by a glob or a filter.
 *
 * Numbers are Cixi 2021–2025's (seeds/003_060dd4848616d4d7.txt): 三乙 hospitals 1:1.15
 * health-technical staff per open bed (L697) over 450 + 222 + 510 beds (表2, research note
 * seed-003.md), each hospital rounded up: 518 + 256 + 587 = 1361, while 1.15 × 1182 = 1359.3
 * rounds up once to 1360; 医护比 1:1.15 (L688); ALOS of 三甲 at most 7.0 days (L685).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { csvTable } from '../src/report/csv.js'
import { column, grid } from '../src/report/grid.js'
import { shownExact, shownNumber } from '../src/report/numbers.js'
import { levelsGrid, rulesGrid } from '../src/report/rule-grid.js'
import { selectRules } from '../src/report/select.js'
import { textTable } from '../src/report/text-table.js'
import { displayWidth, wrapText } from '../src/report/width.js'

const plan = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
)
const ev = evaluatePlan(plan)

const small = grid(
  { en: 'Beds', zh: '床位' },
  [
    column('name', 'name', '名称'),
    column('id', 'id', '编号', { fit: 'truncate' }),
    column('beds', 'beds', '床位', { align: 'right', group: true }),
  ],
  [
    ['慈溪市人民医院医疗健康集团（慈溪市人民医院）', 'renmin-medical-group', '1000'],
    ['Cixi No. 3 People’s Hospital', 'disan-renmin', '450'],
  ],
)

describe('a width', () => {
  it('wraps a label, truncates what may be cut, and keeps every number whole', () => {
    const text = textTable(small, 'en', { width: 40 })
    const lines = text.split('\n')
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(40)
    expect(text).toContain('1,000')
    expect(text).toContain('renmin-medical…')
    expect(lines.length).toBeGreaterThan(6)
  })

  it('leaves a table alone when it fits, or when the width is 0', () => {
    expect(textTable(small, 'en', { width: 0 })).toBe(textTable(small, 'en', { width: 500 }))
    expect(textTable(small, 'en').split('\n')[3]).toContain('renmin-medical-group')
  })

  it('fits Cixi’s rules into 120 columns with every count as the library gave it', () => {
    const text = textTable(rulesGrid(ev, 'en'), 'en', { width: 120 })
    expect(Math.max(...text.split('\n').map(displayWidth))).toBeLessThanOrEqual(120)
    for (const r of ev.rules) {
      if (r.count !== null) expect(text).toContain(r.count.toLocaleString('en-US'))
    }
  })

  it('breaks lines between words and between Chinese characters', () => {
    expect(wrapText('Open beds per 1,000 residents', 12)).toEqual([
      'Open beds',
      'per 1,000',
      'residents',
    ])
    expect(wrapText('（2025年，推算）', 8).every((l) => !l.startsWith('，'))).toBe(true)
  })
})

describe('columns chosen by key', () => {
  it('show only those, in the order given', () => {
    const text = textTable(rulesGrid(ev, 'en'), 'en', { columns: ['count_range', 'rule'] })
    expect(text.split('\n')[1]).toMatch(/^ +count +rule$/)
    expect(text).toMatch(/^ +9,160 beds +beds-per-1000$/m)
  })
})

describe('exact values for reading', () => {
  it('are cut to the rule’s printed decimals plus two, marked ~, and kept whole in CSV', () => {
    // 1.15 × 1182 = 1359.3: exact at the printed precision (2) plus two
    expect(shownExact('1359.3', '1.15')).toBe('1,359.3')
    // 8400 / 7300 = 1.150684931…, printed 1:1.16 (附表1 row 10, L68–L71)
    expect(shownExact('1.150684931506849315068493150684931506849', '1.16')).toBe('~1.1507')
    expect(shownNumber('123456789012.345', 6)).toBe('~123,456,789,012')
    const rows = parse(csvTable(rulesGrid(ev, 'en'), 'en'), { columns: true }) as Record<
      string,
      string
    >[]
    expect(rows.find((r) => r.rule === 'hts-per-bed-iii-b')?.exact).toBe('1359.3')
    expect(rows.find((r) => r.rule === 'beds-per-1000')).toMatchObject({
      exact: '9160',
      count: '9160',
      rounding: 'ceil',
      status: 'ok',
    })
  })
})

describe('the rules table', () => {
  const g = rulesGrid(ev, 'en')
  const at = (key: string) => g.columns.findIndex((c) => c.key === key)
  const row = (id: string) => g.rows.find((r) => r[0] === id) ?? []

  it('writes ratios 1:x, prints units and says computed, no base, no input', () => {
    expect(row('physician-nurse-ratio')[at('value_shown')]).toBe('= 1:1.15')
    expect(row('ambulances-per-30000')[at('count_range')]).toBe('200 vehicles')
    expect(row('beds-per-1000')[at('status_shown')]).toBe('computed')
    expect(row('gps-per-10000-registered')[at('status_shown')]).toBe('no base')
    expect(row('icu-beds-renmin')[at('status_shown')]).toBe('no input')
    expect(row('beds-per-1000')[at('rounding_shown')]).toBe('up')
    expect(row('beds-per-1000')[at('nature')]).toBe('guiding')
  })

  it('marks a count summed over facilities and says what one rounding of the total gives', () => {
    expect(row('hts-per-bed-iii-b')[at('count_range')]).toBe('1,361* people')
    expect(g.notes[0]?.en).toContain('hts-per-bed-iii-b 1,360')
    expect(g.notes[0]?.zh).toContain('各机构分别取整后的合计')
  })

  it('speaks Chinese: 向上取整, 已计算, 缺人口基数, 张', () => {
    const zh = rulesGrid(ev, 'zh')
    const z = (id: string, key: string) =>
      zh.rows.find((r) => r[0] === id)?.[zh.columns.findIndex((c) => c.key === key)]
    expect(z('beds-per-1000', 'rounding_shown')).toBe('向上取整')
    expect(z('beds-per-1000', 'status_shown')).toBe('已计算')
    expect(z('gps-per-10000-registered', 'status_shown')).toBe('缺人口基数')
    expect(z('beds-per-1000', 'count_range')).toBe('9,160 张')
  })
})

describe('stated levels', () => {
  it('stand in their own table, with a unit in each language', () => {
    const en = levelsGrid(ev, 'en').rows.find((r) => r[0] === 'alos-iii-a-general')
    expect(en?.slice(5, 8)).toEqual(['≤', '7.0', 'days'])
    expect(levelsGrid(ev, 'zh').rows.find((r) => r[0] === 'alos-iii-a-general')?.[7]).toBe('天')
    expect(levelsGrid(ev, 'en').rows).toHaveLength(ev.levels.length)
  })
})

describe('rows chosen', () => {
  it('by a glob of rule ids and by what the rules show', () => {
    expect(selectRules(ev, { rules: 'nurses-per-*' }).rules.map((r) => r.rule)).toEqual([
      'nurses-per-1000',
      'nurses-per-bed-iii-a',
      'nurses-per-bed-iii-b',
      'nurses-per-bed-ii',
    ])
    // short of the 2020 stock: beds 6855 < 9160 (L143), physicians 4542 < 7300, nurses 4328 < 8400 (L688)
    const short = selectRules(ev, { only: 'short' }).rules
    expect(short.every((r) => r.gap?.status === 'short')).toBe(true)
    expect(short.map((r) => r.rule)).toContain('nurses-per-1000')
    expect(selectRules(ev, { only: 'computed' }).rules.every((r) => r.status === 'ok')).toBe(true)
  })
})
