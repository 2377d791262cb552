/**
 * A total derived from a rate (`bedstaff total`) as a one-row grid.
 */
import type { TotalFromRate } from '../derive/total-from-rate.js'
import { validTotal } from '../derive/total-from-rate.js'
import { baseCell } from './cells.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { checkLang } from './inputs.js'
import { groupDigits, shownExact } from './numbers.js'
import { baseKindWord, quantityUnit, quantityWord, roundingWord, word } from './words.js'

const TOTAL_COLUMNS = [
  column('quantity', 'quantity', '资源'),
  column('rate', 'rate', '配置标准', { use: 'table' }),
  column('value', 'value', '标准值', { use: 'csv' }),
  column('per', 'per', '每', { use: 'csv' }),
  column('rate_base', 'rate base', '标准所按人口', { use: 'csv' }),
  column('base', 'base', '人口基数', { use: 'table' }),
  column('base_kind', 'base kind', '基数类型', { use: 'csv' }),
  column('base_value', 'base value', '基数值', { use: 'csv' }),
  column('base_year', 'base year', '基数年份', { use: 'csv' }),
  column('base_vintage', 'base vintage', '基数口径', { use: 'csv' }),
  column('exact_shown', 'exact', '精确值', { use: 'table', align: 'right' }),
  column('exact', 'exact', '精确值', { use: 'csv' }),
  column('count', 'count', '取整值', { align: 'right', group: true }),
  column('unit', 'unit', '单位', { use: 'table' }),
  column('rounding_shown', 'rounding', '取整', { use: 'table' }),
  column('rounding', 'rounding', '取整', { use: 'csv' }),
]

/**
 * A total from a rate as a grid: the rate, the base it was applied to, the exact product, the
 * count and the rounding that made it.
 *
 * @example
 * ```ts
 * import { base, rate, totalFromRate } from 'bedstaff'
 * import { totalGrid } from 'bedstaff/report'
 *
 * const beds = totalFromRate(
 *   rate('beds', '4.58', { per: 1000, base: 'resident' }),
 *   base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
 *   { rounding: 'ceil' },
 * )
 * totalGrid(beds, 'zh').rows[0]?.slice(-5) // => ["9160", "9160", "张", "向上取整", "向上取整"]
 * totalGrid(beds, 'en').rows[0]?.slice(-3) // => ["beds", "up", "ceil"]
 * ```
 */
export function totalGrid(total: TotalFromRate, lang: Lang): Grid {
  const t = validTotal(total, ['total'])
  checkLang(lang)
  const b = t.base
  const rate =
    lang === 'zh'
      ? `每${groupDigits(t.rate.per)}${baseKindWord(t.rate.base, lang)} ${t.rate.value}`
      : `${t.rate.value} per ${groupDigits(t.rate.per)} ${t.rate.base}`
  return grid({ en: 'Total from a rate', zh: '按配置标准推算总量' }, TOTAL_COLUMNS, [
    [
      quantityWord(t.quantity, lang),
      rate,
      t.rate.value,
      t.rate.per,
      baseKindWord(t.rate.base, lang),
      baseCell({ id: '', ...b }, lang),
      baseKindWord(b.kind, lang),
      b.value,
      String(b.year),
      word(b.vintage, lang),
      shownExact(t.exact, t.rate.value),
      t.exact,
      t.count === null ? null : String(t.count),
      quantityUnit(t.quantity, lang),
      roundingWord(t.rounding, lang),
      lang === 'zh' ? roundingWord(t.rounding, lang) : t.rounding,
    ],
  ])
}
