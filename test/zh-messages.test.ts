/**
 * Chinese that is Chinese, English that is English: every Chinese message of every fixture's
 * audit and evaluation, and every error code's Chinese text, holds no English word; every
 * English message holds Chinese only as quoted document text; Chinese tables print no English
 * rounding or status word. The fixtures are the five seed plans (shared/seeds, 000–004).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { BedstaffError, ERROR_CODES } from '../src/errors.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { EVALUATION_TABLES } from '../src/report/evaluation-grids.js'
import { missingText } from '../src/report/missing.js'
import { renderEvaluation } from '../src/report/render.js'
import { renderSummary } from '../src/report/render-analyses.js'
import { levelsGrid, rulesGrid } from '../src/report/rule-grid.js'
import { summaryGrid } from '../src/report/summary.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const plans = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, plan: JSON.parse(readFileSync(join(fixtures, f), 'utf8')) }))

/**
 * Latin text a Chinese message may hold, and why: command-line options and file formats are
 * typed as they are; m² and ‰ are symbols; a Roman-numeral grade as printed (II-A).
 */
const ALLOWED = [
  /--[a-z][a-z-]*(?:[ =][A-Za-z:,|=.-]+)?/g, // an option and its argument: --base KIND=VALUE
  /\b(?:JSON|YAML|CSV|KEY=VALUE)\b/g,
  /m²/g,
  /「[a-z0-9][a-z0-9._-]*」/g, // an id, quoted: 规则「beds-per-1000」
]

/** The English words (two letters or more) a Chinese text holds. */
function englishWords(text: string): string[] {
  let rest = text
  for (const a of ALLOWED) rest = rest.replace(a, ' ')
  return rest.match(/[A-Za-z]{2,}/g) ?? []
}

/** Chinese outside quoted document text (“…”, 「…」, "…") in an English text. */
function unquotedChinese(text: string): string[] {
  const rest = text
    .replace(/「[^」]*」/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/"[^"]*"/g, '')
  return rest.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? []
}

describe('audit messages across the five fixtures', () => {
  const findings = plans.flatMap(({ file, plan }) =>
    auditPlan(plan).findings.flatMap((f) => [
      { file, code: f.code, en: f.message, zh: f.messageZh },
      ...f.alsoFoundBy.map((a) => ({ file, code: a.code, en: a.message, zh: a.messageZh })),
    ]),
  )

  it('were all read (the five plans give findings)', () => {
    expect(plans).toHaveLength(5)
    expect(new Set(findings.map((f) => f.file)).size).toBe(5)
  })

  it('hold 0 English words in Chinese', () => {
    const english = findings
      .map((f) => ({ file: f.file, code: f.code, words: englishWords(f.zh) }))
      .filter((f) => f.words.length > 0)
    expect(english).toEqual([])
  })

  it('hold Chinese in English only as quoted document text', () => {
    const chinese = findings
      .map((f) => ({ file: f.file, code: f.code, text: unquotedChinese(f.en) }))
      .filter((f) => f.text.length > 0)
    expect(chinese).toEqual([])
  })

  it('say "the one facility" and "1 error", never "the 1 facilities", and no year twice', () => {
    for (const f of findings) {
      expect(f.en).not.toMatch(/\bthe 1 facilities\b|\b1 (?:errors|warnings|notes)\b/)
      expect(f.en).not.toMatch(/\b(\d{4}) \(\1\)/)
      expect(f.zh).not.toMatch(/(\d{4})年?（\1年）/)
    }
  })

  it('explain the Haishu pair of 2020 counts and rates once per census, readably', () => {
    // seed 004 L21/L23 with 表1 (L38–L40): 6332 beds at 7.65 (census 6) or 7.28 (census 7) per
    // 1,000; 2330 nurses at 6.29 or 5.88 (research note seed-004.md §4.2)
    const haishu = findings.filter(
      (f) => f.file === 'haishu-2021-2025.json' && f.code === 'implied-population-conflict',
    )
    expect(haishu.map((f) => f.en)).toEqual([
      '2020 resident population on the 6th-census basis: beds 6,332 at 7.65 per 1,000 imply 827,171.8 to 828,253.8 people, but nurses 2,330 at 6.29 per 1,000 imply 370,135 to 370,723.9 people; no one population gives both',
      '2020 resident population on the 7th-census basis: beds 6,332 at 7.28 per 1,000 imply 869,183.3 to 870,378 people, but nurses 2,330 at 5.88 per 1,000 imply 395,921.8 to 396,595.7 people; no one population gives both',
    ])
    expect(haishu[0]?.zh).toBe(
      '2020年常住人口（六普口径）：床位6332张按每1,000人7.65推算人口为827,171.8至828,253.8，而注册护士2330人按每1,000人6.29推算人口为370,135至370,723.9，两者推算的人口互不重叠',
    )
  })
})

describe('Chinese evaluation output across the five fixtures', () => {
  /** English words a table must not print in Chinese: rounding, status, gap and nature words. */
  const WORDS =
    /\b(?:ceil|floor|half-up|half-even|none|ok|computed|no base|no input|base-missing|input-missing|base-ambiguous|short|meets|over|up|down|unrounded|guiding|binding|expected)\b/

  for (const { file, plan } of plans) {
    it(`${file}: tables and summary print 0 rounding or status words in English`, () => {
      const ev = evaluatePlan(plan)
      const ids = [...ev.rules, ...ev.levels].map((r) => r.rule)
      const opts = { format: 'table', lang: 'zh', width: 0 } as const
      const text = [
        renderSummary(ev, auditPlan(plan), opts),
        renderEvaluation(ev, { ...opts, tables: EVALUATION_TABLES }),
        renderEvaluation(ev, { ...opts, format: 'markdown' }),
      ].join('\n')
      // rule ids and option names are typed as they are
      let rest = text
      for (const id of [...ids].sort((a, b) => b.length - a.length)) rest = rest.split(id).join(' ')
      rest = rest.replace(/--[a-z-]+(?: [a-z]+)?/g, ' ')
      expect(rest.match(WORDS)).toBeNull()
    })

    it(`${file}: what a rule lacks is said in Chinese`, () => {
      const ev = evaluatePlan(plan)
      const names = new Map(ev.facilities.map((f) => [f.facility, f.name]))
      const lacking = ev.rules.filter((r) => r.missing !== null)
      for (const r of lacking) {
        expect(englishWords(missingText(r.missing ?? '', 'zh', names))).toEqual([])
      }
    })
  }
})

describe('English output across the five fixtures', () => {
  for (const { file, plan } of plans) {
    it(`${file}: carries no Chinese unit: counts, levels and the summary say beds, people, vehicles`, () => {
      const ev = evaluatePlan(plan)
      const cells = (g: ReturnType<typeof rulesGrid>, key: string) =>
        g.rows.map((r) => r[g.columns.findIndex((c) => c.key === key)] ?? '')
      const units = [
        ...cells(rulesGrid(ev, 'en'), 'count_range'),
        ...cells(rulesGrid(ev, 'en'), 'unit'),
        ...cells(levelsGrid(ev, 'en'), 'unit'),
        ...cells(summaryGrid(ev, 'en'), 'required'),
      ]
      expect(units.flatMap(unquotedChinese)).toEqual([])
    })
  }
})

describe('error messages', () => {
  /**
   * Parameters for any message: a key of prose (`problem`, `reason`, `hint`, `what`, `form`)
   * English, a `…Zh` key Chinese (or, as from a caller that gives none, missing), any other a
   * number. A Chinese text that shows English took an English parameter.
   */
  const PROSE = ['problem', 'reason', 'hint', 'what', 'form']
  const paramsWith = (zh: string | undefined) =>
    new Proxy(
      {},
      {
        get: (_t, key) =>
          String(key).endsWith('Zh') ? zh : PROSE.includes(String(key)) ? 'bad thing' : '12',
        ownKeys: () => [],
      },
    )

  it('hold 0 English words in any error code’s Chinese text, with or without Chinese parameters', () => {
    for (const zh of ['某值', undefined]) {
      const english = ERROR_CODES.map((code) => {
        const e = new BedstaffError(code, [], paramsWith(zh))
        return { code, words: englishWords(e.messageZh) }
      }).filter((e) => e.words.length > 0)
      expect(english).toEqual([])
    }
  })

  it('read a schema issue into Chinese by its code', () => {
    const e = new BedstaffError('invalid-plan', ['rules', 3, 'value'], {
      problem: 'Invalid input: expected string, received number',
      issue: 'invalid_type',
      expected: 'string',
      received: 'number',
    })
    expect(e.messageZh).toBe('规划文件无效：应为字符串，收到数值')
    const small = new BedstaffError('invalid-options', [], {
      problem: 'Too small: expected number to be >=1',
      issue: 'too_small',
      origin: 'number',
      minimum: 1,
    })
    expect(small.messageZh).toBe('选项无效：数值应不小于 1')
  })

  it('hold no Chinese in any error code’s English text outside quotes', () => {
    const latin = new Proxy({}, { get: () => 'x', has: () => true, ownKeys: () => [] })
    const chinese = ERROR_CODES.map((code) => ({
      code,
      text: unquotedChinese(new BedstaffError(code, [], latin).messageEn),
    })).filter((e) => e.text.length > 0)
    expect(chinese).toEqual([])
  })
})
