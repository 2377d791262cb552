/**
 * What a planner asks first: for the target year, one headline rule per quantity the plan
 * derives (beds, physicians, nurses, health-technical staff, ambulances, …), with its base,
 * requirement, stock, gap, limit and document line. Selection and formatting only.
 */
import type { Evaluation, RuleResult } from '../plan/result.js'
import { baseCell, countCell, fromCell, gapCell } from './cells.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { EVALUATION } from './input-shapes.js'
import { checked, checkLang, list, text } from './inputs.js'
import { missingText } from './missing.js'
import { groupDigits } from './numbers.js'
import { facilityNames, labelIn, valueShown } from './rule-grid.js'
import {
  limitWord,
  natureWord,
  otherWord,
  quantityName,
  quantityUnit,
  statusWord,
} from './words.js'

/** The quantities a planner reads first, in this order; the plan's others follow in plan order. @internal */
export const HEADLINE_QUANTITIES: readonly string[] = Object.freeze([
  'beds',
  'physicians',
  'nurses',
  'health-technical-staff',
  'ambulances',
  'negative-pressure-ambulances',
  'public-health-staff',
  'gps',
])

/** City-wide rules first (on a population, then on another rule), then facility rules. */
function rank(r: RuleResult): number {
  if (r.type === 'per-capita') return 0
  if (r.from?.kind === 'rule' || r.from?.kind === 'stock') return 1
  return 2
}

/**
 * The headline rule of each quantity an evaluation derives: the first in plan order among its
 * city-wide rules on a population, else on another rule, else per facility; the quantities in
 * the order of {@link HEADLINE_QUANTITIES}, then the plan's others. A rule whose base is given
 * in `alsoOnBases` (bases set by the caller) is listed too, after the headline of its quantity.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { headlineRules } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * const rules = headlineRules(ev).slice(0, 6)
 * rules.map((r) => r.count) // => [9160, 7300, 8400, 14656, 200, 40]
 * ```
 */
export function headlineRules(
  ev: Evaluation,
  alsoOnBases: readonly string[] = [],
): readonly RuleResult[] {
  checked(ev, EVALUATION, ['evaluation'])
  checked(alsoOnBases, list(text), ['alsoOnBases'])
  const order = [...HEADLINE_QUANTITIES]
  for (const r of ev.rules) if (!order.includes(r.quantity)) order.push(r.quantity)
  return order.flatMap((q) => {
    const rules = ev.rules.filter((r) => r.quantity === q)
    const best = Math.min(...rules.map(rank))
    const head = rules.find((r) => rank(r) === best)
    if (head === undefined) return []
    const extra = rules.filter(
      (r) => r !== head && r.base !== null && alsoOnBases.includes(r.base.id),
    )
    return [head, ...extra]
  })
}

/** A requirement as a table shows it: `9,160 beds`, `no base`. @internal */
export function requiredCell(r: RuleResult, lang: Lang): string {
  const count = countCell(r.count, r.min, r.max)
  if (r.status !== 'ok' || count === null) return statusWord(r.status, lang)
  const unit = quantityUnit(r.quantity, lang)
  return unit === '' ? count : `${count} ${unit}`
}

/** The stock and its year: `6,855 (2020)`. @internal */
export function stockCell(r: RuleResult, lang: Lang): string | null {
  if (r.stock === null) return null
  const n = groupDigits(r.stock.value)
  return lang === 'zh' ? `${n}（${r.stock.year}年）` : `${n} (${r.stock.year})`
}

/**
 * How a headline rule is made, in one line: its value and label, its base or the amount it
 * multiplies, which term of a compound minimum binds, its nature, or what it lacks.
 * @internal
 */
export function howCell(
  r: RuleResult,
  lang: Lang,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const zh = lang === 'zh'
  const parts = [`${r.rule}: ${valueShown(r)} — ${labelIn(r, lang)}`]
  const base = baseCell(r.base, lang)
  if (base !== null) parts.push(zh ? `人口基数 ${base}` : `base ${base}`)
  const from = fromCell(r.from, lang)
  if (from !== null && r.from?.kind !== 'facilities') parts.push(zh ? `所依 ${from}` : `of ${from}`)
  if (r.from?.kind === 'facilities') parts.push(zh ? '逐机构计算' : 'facility by facility')
  if (r.binding !== null) {
    const b = otherWord(r.binding, lang)
    parts.push(zh ? `起作用的是${b}` : `the ${b} binds`)
  }
  if (r.nature !== null) parts.push(natureWord(r.nature, lang))
  if (r.missing !== null)
    parts.push(`${zh ? '缺' : 'needs'} ${missingText(r.missing, lang, names)}`)
  return parts.join(zh ? '；' : '; ')
}

const SUMMARY_COLUMNS = [
  column('quantity', 'quantity', '资源'),
  column('required', 'required', '需配置', { align: 'right' }),
  column('stock', 'stock', '现状', { align: 'right' }),
  column('gap', 'gap', '差距', { fit: 'keep' }),
  column('limit', 'limit', '约束', { fit: 'keep' }),
  column('line', 'line', '行', { align: 'right' }),
  column('how', 'rule and base', '规则与人口基数'),
]

/**
 * The summary as a grid: one row per headline rule (see {@link headlineRules}), with what it
 * requires, the stock and gap, whether it is a floor, a cap or a level, the document line, and
 * how it is made.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { summaryGrid } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * summaryGrid(ev, 'en').rows[0]?.slice(0, 6) // => ["beds", "9,160 beds", "6,855 (2020)", "short 2,305", "= level", "143"]
 * summaryGrid(ev, 'zh').rows[0]?.slice(0, 4) // => ["床位", "9,160 张", "6,855（2020年）", "缺口 2,305"]
 * ```
 */
export function summaryGrid(ev: Evaluation, lang: Lang, alsoOnBases: readonly string[] = []): Grid {
  checked(ev, EVALUATION, ['evaluation'])
  checkLang(lang)
  return grid(
    {
      en: `What ${ev.plan} requires in ${ev.year}`,
      zh: `${ev.plan}：${ev.year}年配置要求`,
    },
    SUMMARY_COLUMNS,
    headlineRules(ev, alsoOnBases).map((r) => [
      quantityName(r.quantity, lang),
      requiredCell(r, lang),
      stockCell(r, lang),
      gapCell(r.gap, lang),
      limitWord(r.comparator, lang),
      r.source.line === undefined ? null : String(r.source.line),
      howCell(r, lang, facilityNames(ev)),
    ]),
  )
}
