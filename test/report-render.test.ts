/**
 * Renderers: aligned text tables, GitHub Markdown, CSV, stable JSON; both languages; no NaN,
 * Infinity or undefined in any output.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { totalFromRate } from '../src/derive/total-from-rate.js'
import { BedstaffError } from '../src/errors.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { base } from '../src/population/base.js'
import { rate } from '../src/quantity/rate.js'
import { csvTable } from '../src/report/csv.js'
import { EVALUATION_TABLES, rulesGrid } from '../src/report/evaluation-grids.js'
import { column, grid, REPORT_FORMATS } from '../src/report/grid.js'
import { stableJson } from '../src/report/json.js'
import { markdownTable } from '../src/report/markdown.js'
import {
  renderAudit,
  renderComparison,
  renderEvaluation,
  renderGrids,
  renderTotal,
} from '../src/report/render.js'
import { textTable } from '../src/report/text-table.js'
import { displayWidth } from '../src/report/width.js'
import { compareScenarios } from '../src/scenario/compare.js'

const plan = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
)
const ev = evaluatePlan(plan)
const audit = auditPlan(plan)

const small = grid(
  { en: 'Beds', zh: '床位' },
  [
    column('name', 'name', '名称'),
    column('beds', 'beds', '床位', { align: 'right' }),
    column('note', 'note', '备注', { use: 'csv' }),
  ],
  [
    ['人民医院', '1000', 'a|b'],
    ['Clinic | east', null, 'line\nbreak'],
  ],
)

describe('text tables', () => {
  it('align columns by display width (a Chinese character takes two columns)', () => {
    expect(textTable(small, 'en')).toBe(
      [
        'Beds',
        'name           beds',
        '-------------  ----',
        '人民医院       1000',
        'Clinic | east     -',
      ].join('\n'),
    )
    expect(displayWidth('人民医院')).toBe(8)
  })

  it('use Chinese headers and titles for zh, and keep every cell on one line', () => {
    const t = textTable(
      grid({ en: 'x', zh: '表' }, [column('a', 'a', '甲')], [['1\n2\u001b[31m']]),
      'zh',
    )
    expect(t.split('\n')).toEqual(['表', '甲', '--------', '1 2 [31m'])
  })

  it('show for each rule its value, comparator, base, exact, count, unit, rounding, status, gap and line', () => {
    // 4.58 per 1,000 of 2,000,000 = 9160 beds; 2020 stock 9160 − 2305 = 6855 (seed 003, L143)
    const text = renderEvaluation(ev, { format: 'table', lang: 'en', width: 0 })
    const line = text.split('\n').find((l) => l.startsWith('beds-per-1000 '))
    expect(line).toMatch(
      /guiding += +4\.58 +resident 2,000,000 \(2025, derived\) .* 9,160 +9,160 +beds +up +computed +6,855 +short 2,305 +143$/,
    )
    const zh = renderEvaluation(ev, { format: 'table', lang: 'zh', width: 0 })
    expect(zh).toContain('常住人口 2,000,000（2025年，推算）')
    expect(zh).toContain('缺口 2,305')
    expect(zh).toMatch(/9,160 +张 +向上取整 +已计算 /)
  })
})

describe('Markdown', () => {
  it('is a GitHub table with escaped pipes and right-aligned numbers', () => {
    expect(markdownTable(small, 'zh')).toBe(
      [
        '### 床位',
        '',
        '| 名称 | 床位 |',
        '| --- | ---: |',
        '| 人民医院 | 1000 |',
        '| Clinic \\| east | - |',
      ].join('\n'),
    )
  })
})

describe('CSV', () => {
  it('holds every column, with key headers in English and Chinese headers in zh', () => {
    expect(csvTable(small, 'en')).toBe(
      'name,beds,note\n人民医院,1000,a|b\nClinic | east,,"line\nbreak"\n',
    )
    expect(csvTable(small, 'zh').split('\n')[0]).toBe('名称,床位,备注')
  })

  it('gives one row per rule, per facility and per finding', () => {
    const rules = parse(renderEvaluation(ev, { format: 'csv', lang: 'en' }), { columns: true })
    expect(rules).toHaveLength(ev.rules.length)
    const facilities = parse(
      renderEvaluation(ev, { format: 'csv', lang: 'en', tables: ['facilities'] }),
      { columns: true },
    )
    expect(facilities).toHaveLength(ev.facilities.length)
    const findings: Record<string, string>[] = parse(
      renderAudit(audit, { format: 'csv', lang: 'zh' }),
      {
        columns: true,
      },
    )
    const message = '说明'
    expect(findings).toHaveLength(audit.findings.length)
    expect(findings[0]?.[message]).toBe(audit.findings[0]?.messageZh)
  })

  it('holds one table only', () => {
    try {
      renderGrids([small, small], { format: 'csv', lang: 'en' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BedstaffError)
      expect((e as BedstaffError).code).toBe('invalid-argument')
    }
  })
})

describe('JSON', () => {
  it('is 2-space JSON with decimal strings, ending with a newline', () => {
    const beds = totalFromRate(
      rate('beds', '4.58', { per: 1000, base: 'resident' }),
      base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
      { rounding: 'ceil' },
    )
    const text = renderTotal(beds, { format: 'json', lang: 'en' })
    expect(text).toContain('\n  "exact": "9160",\n  "count": 9160,\n  "rounding": "ceil",')
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text).base.value).toBe('2000000')
  })

  it('is the same for the same input, and gives chosen tables with plan and year', () => {
    expect(renderEvaluation(ev, { format: 'json', lang: 'en' })).toBe(
      renderEvaluation(evaluatePlan(plan), { format: 'json', lang: 'zh' }),
    )
    const t = JSON.parse(renderEvaluation(ev, { format: 'json', lang: 'en', tables: ['tables'] }))
    expect(Object.keys(t)).toEqual(['plan', 'year', 'tables'])
  })

  it('refuses a non-finite number rather than writing null', () => {
    expect(() => stableJson({ x: Number.NaN })).toThrow(BedstaffError)
  })
})

describe('every format and language', () => {
  it('holds no NaN, Infinity or undefined', () => {
    const cmp = compareScenarios(plan, [
      { id: 'plan' },
      { id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] },
    ])
    for (const format of REPORT_FORMATS) {
      for (const lang of ['en', 'zh'] as const) {
        const outputs = [
          renderAudit(audit, { format, lang }),
          renderComparison(cmp, { format, lang }),
          ...EVALUATION_TABLES.map((t) => renderEvaluation(ev, { format, lang, tables: [t] })),
        ]
        for (const out of outputs) expect(out).not.toMatch(/NaN|Infinity|undefined/)
      }
    }
  })

  it('labels rules in the chosen language', () => {
    const row = (lang: 'en' | 'zh') =>
      rulesGrid(ev, lang).rows.find((r) => r[0] === 'beds-per-1000')
    expect(row('zh')?.[1]).toBe('每千常住人口医疗卫生机构实际开放床位数')
    expect(row('en')?.[1]).toBe('Open beds in medical and health institutions per 1,000 residents')
  })
})

describe('an evaluation rendered twice is checked again unless it cannot change', () => {
  const refused = (fn: () => unknown) =>
    expect(fn).toThrow(expect.objectContaining({ code: 'invalid-argument' }))

  it('the library’s own, frozen all the way down, renders the same both times', () => {
    const once = renderEvaluation(ev, { format: 'markdown', lang: 'en' })
    expect(renderEvaluation(ev, { format: 'markdown', lang: 'en' })).toBe(once)
    // Cixi 2021–2025 L143: 4.58 per 1,000 of 2,000,000
    expect(once).toContain('9,160')
  })

  it('a copy that is edited after it rendered is refused at its next rendering', () => {
    const copy = structuredClone(ev) as { rules: unknown }
    renderEvaluation(copy as never, { format: 'markdown', lang: 'en' })
    copy.rules = 'none'
    refused(() => renderEvaluation(copy as never, { format: 'markdown', lang: 'en' }))
  })

  it('a frozen object whose getter changes its answer is refused when the answer goes bad', () => {
    let bad = false
    const tricky = Object.freeze(
      Object.defineProperty({ ...ev }, 'rules', {
        get: () => (bad ? 'none' : ev.rules),
        enumerable: true,
      }),
    )
    renderEvaluation(tricky, { format: 'markdown', lang: 'en' })
    bad = true
    refused(() => renderEvaluation(tricky, { format: 'markdown', lang: 'en' }))
  })
})
