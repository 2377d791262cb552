/**
 * The words of population bases: their kinds (with the Chinese the documents print) and the
 * vintages of their values. Bases, their types and their checks all read them from here.
 */

/**
 * The kinds of population a rate can be expressed per.
 *
 * @example
 * ```ts
 * import { BASE_KINDS } from 'bedstaff'
 *
 * BASE_KINDS // => ["resident","registered","elderly","children","service"]
 * ```
 */
export const BASE_KINDS = Object.freeze([
  'resident',
  'registered',
  'elderly',
  'children',
  'service',
] as const)

/**
 * - `resident` 常住人口 (the default base of national norms)
 * - `registered` 户籍人口 (hukou)
 * - `elderly` 老年人口, with an age threshold
 * - `children` 儿童, with an age band
 * - `service` 服务人口, often a multiple of another base (ambulances: 300% of residents)
 */
export type BaseKind = (typeof BASE_KINDS)[number]

/**
 * Chinese names of the base kinds.
 *
 * @example
 * ```ts
 * import { BASE_KIND_ZH } from 'bedstaff'
 *
 * BASE_KIND_ZH.registered // => "户籍"
 * ```
 */
export const BASE_KIND_ZH: Readonly<Record<BaseKind, string>> = Object.freeze({
  resident: '常住',
  registered: '户籍',
  elderly: '老年',
  children: '儿童',
  service: '服务',
})

/**
 * Where a population figure comes from.
 *
 * @example
 * ```ts
 * import { VINTAGES } from 'bedstaff'
 *
 * VINTAGES // => ["census-6","census-7","yearbook","projection","derived","estimate"]
 * ```
 */
export const VINTAGES = Object.freeze([
  'census-6',
  'census-7',
  'yearbook',
  'projection',
  'derived',
  'estimate',
] as const)

/**
 * - `census-6`, `census-7`: the 2010 and 2020 national censuses
 * - `yearbook`: a statistical yearbook or bulletin estimate
 * - `projection`: a planning projection (预计)
 * - `derived`: recomputed from a document's own figures (e.g. 9160 / 4.58 × 1000)
 * - `estimate`: any other estimate, say which in the source note
 */
export type Vintage = (typeof VINTAGES)[number]
