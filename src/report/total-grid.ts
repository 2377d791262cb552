/**
 * A total derived from a rate (`bedstaff total`) as a one-row grid.
 */
import type { TotalFromRate } from '../derive/total-from-rate.js'
import { baseCell } from './cells.js'
import { column, type Grid, grid, type Lang } from './grid.js'
import { baseKindWord, quantityWord, word } from './words.js'

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
  column('exact', 'exact', '精确值', { align: 'right' }),
  column('count', 'count', '取整值', { align: 'right' }),
  column('rounding', 'rounding', '取整'),
]

/**
 * A total from a rate as a grid: the rate, the base it was applied to, the exact product, the
 * count and the rounding that made it.
 *
 * @example
 * ```ts
 * import { base, rate, totalFromRate, totalGrid } from 'bedstaff'
 *
 * const beds = totalFromRate(
 *   rate('beds', '4.58', { per: 1000, base: 'resident' }),
 *   base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
 *   { rounding: 'ceil' },
 * )
 * totalGrid(beds, 'zh').rows[0]?.slice(-3) // => ["9160", "9160", "ceil"]
 * ```
 */
export function totalGrid(t: TotalFromRate, lang: Lang): Grid {
  const b = t.base
  const rate =
    lang === 'zh'
      ? `每${t.rate.per}${baseKindWord(t.rate.base, lang)} ${t.rate.value}`
      : `${t.rate.value} per ${t.rate.per} ${t.rate.base}`
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
      t.exact,
      t.count === null ? null : String(t.count),
      t.rounding,
    ],
  ])
}
