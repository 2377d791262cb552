/**
 * The scenario analyses as grids: a year-by-year table, a tornado (sensitivity) table, Monte
 * Carlo percentiles, and the counts of a sweep. Formatting only: every number is the
 * library's.
 */
import type { MonteCarlo } from '../scenario/monte-carlo.js'
import type { Sensitivity } from '../scenario/sensitivity.js'
import type { YearlyCell, YearlyTable } from '../scenario/yearly-types.js'
import { MONTE_CARLO, SENSITIVITY, SWEEP_CASES, YEARLY } from './analysis-shapes.js'
import { type Column, column, type Grid, grid, type Lang } from './grid.js'
import { checked, checkLang, list, text } from './inputs.js'
import { quantityUnit, quantityWord, statusWord } from './words.js'

const count = (n: number): string => String(n)
const right = { align: 'right', group: true } as const

/** A yearly cell: its count, `min – max` for a range, or why there is none. */
function yearlyCell(c: YearlyCell, lang: Lang, forCsv: boolean): string | null {
  if (c.count !== null) return count(c.count)
  if (c.min?.count != null && c.max?.count != null) return `${c.min.count} – ${c.max.count}`
  return forCsv ? null : statusWord(c.status, lang)
}

/**
 * A year-by-year table as a grid: one row per per-capita rule, one column per year, each cell
 * the rule's count in that year (a range as `min – max`; in a text table, why a cell has no
 * count).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { yearlyTable } from 'bedstaff/scenario'
 * import { yearlyGrid } from 'bedstaff/report'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const growth = { id: 'growth', populations: [{ base: 'resident-2025', growth: { fromYear: 2020, fromValue: '1829488' } }] }
 * const g = yearlyGrid(yearlyTable(cixi, growth, { fromYear: 2021, toYear: 2025 }), 'en')
 * g.columns.filter((c) => c.use === 'csv').map((c) => c.key).slice(-5) // => ["2021", "2022", "2023", "2024", "2025"]
 * g.rows[0]?.filter((_, i) => /^\d{4}$/.test(g.columns[i]?.key ?? '')) // => ["8530", "8684", "8840", "8999", "9160"]
 * ```
 */
export function yearlyGrid(t: YearlyTable, lang: Lang): Grid {
  checked(t, YEARLY, ['table'])
  checkLang(lang)
  const years = t.rows.map((r) => r.year)
  const columns: Column[] = [
    column('rule', 'rule', '规则', { fit: 'keep' }),
    column('quantity', 'quantity', '资源', { use: 'csv' }),
    column('unit', 'unit', '单位', { use: 'table' }),
    ...years.flatMap((y) => [
      column(`${y}_shown`, String(y), `${y}年`, { ...right, use: 'table' }),
      column(String(y), String(y), `${y}年`, { use: 'csv' }),
    ]),
  ]
  const rules = t.rows[0]?.rules.map((c) => c.rule) ?? []
  const rows = rules.map((rule, i) => {
    const first = t.rows[0]?.rules[i]
    const quantity = first?.quantity ?? ''
    return [
      rule,
      quantityWord(quantity, lang),
      quantityUnit(quantity, lang),
      ...t.rows.flatMap((r) => {
        const c = r.rules[i]
        return c === undefined
          ? [null, null]
          : [yearlyCell(c, lang, false), yearlyCell(c, lang, true)]
      }),
    ]
  })
  return grid(
    {
      en: `Year by year, ${t.fromYear}–${t.toYear} (${t.plan}, scenario ${t.scenario})`,
      zh: `逐年配置（${t.fromYear}—${t.toYear}年，${t.plan}，情景 ${t.scenario}）`,
    },
    columns,
    rows,
  )
}

/**
 * A sensitivity (tornado) analysis as one grid: for each output quantity, one row per rule
 * moved, with the rule's value low and high, and the output's summed counts low, as written
 * and high, and the swing; largest swing first, as the library sorts them.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { sensitivity } from 'bedstaff/scenario'
 * import { sensitivityGrid } from 'bedstaff/report'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const g = sensitivityGrid(sensitivity(cixi, { percent: '10', outputs: ['beds'] }), 'en')
 * g.rows[0] // => ["beds", "beds-per-1000", "4.58", "4.122", "5.038", "28064", "28980", "29896", "1832"]
 * ```
 */
export function sensitivityGrid(s: Sensitivity, lang: Lang): Grid {
  checked(s, SENSITIVITY, ['sensitivity'])
  checkLang(lang)
  const columns = [
    column('output', 'output', '输出资源'),
    column('rule', 'rule', '规则', { fit: 'keep' }),
    column('value', 'value', '标准', { align: 'right' }),
    column('low_value', `−${s.percent}%`, `−${s.percent}%`, { align: 'right' }),
    column('high_value', `+${s.percent}%`, `+${s.percent}%`, { align: 'right' }),
    column('low', 'low', '低', right),
    column('base', 'as written', '原值', right),
    column('high', 'high', '高', right),
    column('swing', 'swing', '摆幅', right),
  ]
  const rows = s.tables.flatMap((t) =>
    t.rows.map((r) => [
      quantityWord(t.output, lang),
      r.rule,
      r.value,
      r.lowValue,
      r.highValue,
      count(r.low),
      count(r.base),
      count(r.high),
      count(r.swing),
    ]),
  )
  return grid(
    {
      en: `Sensitivity of ${s.plan}: each rule's value ${s.percent}% lower and higher, one at a time`,
      zh: `${s.plan} 敏感性分析：逐条将标准值下调、上调 ${s.percent}%`,
    },
    columns,
    rows,
  )
}

/**
 * Monte Carlo percentiles as a grid: one row per rule with a count, its runs, and its counts'
 * minimum, 5th, 50th and 95th percentiles and maximum.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { monteCarlo } from 'bedstaff/scenario'
 * import { monteCarloGrid } from 'bedstaff/report'
 *
 * const cixi = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const g = monteCarloGrid(monteCarlo(cixi, { runs: 1000, seed: 2025 }), 'en')
 * g.rows.find((r) => r[0] === 'chc-physicians-per-10000')?.slice(3) // => ["1001", "1010", "1095", "1187", "1200"]
 * ```
 */
export function monteCarloGrid(mc: MonteCarlo, lang: Lang): Grid {
  checked(mc, MONTE_CARLO, ['monteCarlo'])
  checkLang(lang)
  const sampled = [...mc.sampled.rules, ...mc.sampled.populations]
  const columns = [
    column('rule', 'rule', '规则', { fit: 'keep' }),
    column('quantity', 'quantity', '资源'),
    column('runs', 'runs', '次数', right),
    column('min', 'min', '最小', right),
    column('p5', 'p5', 'P5', right),
    column('p50', 'p50', 'P50', right),
    column('p95', 'p95', 'P95', right),
    column('max', 'max', '最大', right),
  ]
  return grid(
    {
      en: `Monte Carlo of ${mc.plan}: ${mc.runs} runs, seed ${mc.seed}, drawing ${sampled.join(', ') || 'nothing'}`,
      zh: `${mc.plan} 蒙特卡罗模拟：${mc.runs} 次，种子 ${mc.seed}，随机取值：${sampled.join('、') || '无'}`,
    },
    columns,
    mc.rules.map((r) => [
      r.rule,
      quantityWord(r.quantity, lang),
      count(r.runs),
      count(r.min),
      count(r.p5),
      count(r.p50),
      count(r.p95),
      count(r.max),
    ]),
  )
}

/**
 * The counts of a sweep as a grid: one row per case (its label, then one count per output
 * rule; empty where a rule has no count). The counts are what a sweep or a compiled evaluator
 * gives (`null` where none), or counts in a typed array (NaN where none).
 *
 * @throws BedstaffError `invalid-argument` (a case that is not `[label, counts]`, a count
 *   that is not a whole number)
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { createSweep } from 'bedstaff/plan'
 * import { sweepGrid } from 'bedstaff/report'
 *
 * const plan = JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8'))
 * const outputs = ['beds-per-1000', 'ambulances-per-30000']
 * const sweep = createSweep(plan, { outputs })
 * const g = sweepGrid('cixi-2021-2025', outputs, [['low', sweep({ populations: { 'resident-2025': '1950000' } })]], 'en')
 * g.rows // => [["low", "8931", "195"]]
 * ```
 */
export function sweepGrid(
  plan: string,
  outputs: readonly string[],
  cases: readonly (readonly [string, readonly (number | null)[]])[],
  lang: Lang,
): Grid {
  text(plan, ['plan'])
  list(text)(outputs, ['outputs'])
  checked(cases, SWEEP_CASES, ['cases'])
  checkLang(lang)
  return grid(
    { en: `Sweep of ${plan}: counts per case`, zh: `${plan} 批量计算：各情形的取整值` },
    [column('case', 'case', '情形'), ...outputs.map((o) => column(o, o, o, right))],
    cases.map(([label, counts]) => [
      label,
      ...Array.from(counts, (c) => (c === null || Number.isNaN(c) ? null : count(c))),
    ]),
  )
}
