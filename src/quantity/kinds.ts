/**
 * The kinds of quantity a plan counts. A rate, ratio or stock carries its kind, and mixing kinds
 * is a type error where TypeScript can see it and a typed runtime error always.
 */
import { describe } from '../decimal.js'
import { fail, type Path } from '../errors.js'

/** `table` frozen, and each of its entries too: a caller cannot rename a kind or its unit. */
function freezeEntries<T extends Readonly<Record<string, object>>>(table: T): T {
  for (const entry of Object.values(table)) Object.freeze(entry)
  return Object.freeze(table)
}

/**
 * Every quantity kind with its Chinese name and counting unit.
 *
 * @example
 * ```ts
 * import { QUANTITY_KINDS } from 'bedstaff'
 *
 * QUANTITY_KINDS.beds // => {"zh":"床位","unit":"张","en":"beds"}
 * QUANTITY_KINDS.ambulances.unit // => "辆"
 * ```
 */
export const QUANTITY_KINDS = freezeEntries({
  beds: { zh: '床位', unit: '张', en: 'beds' },
  physicians: { zh: '执业（助理）医师', unit: '人', en: 'licensed (assistant) physicians' },
  nurses: { zh: '注册护士', unit: '人', en: 'registered nurses' },
  'health-technical-staff': { zh: '卫生技术人员', unit: '人', en: 'health-technical staff' },
  staff: { zh: '人员（编制）', unit: '人', en: 'staff (posts)' },
  gps: { zh: '全科医生', unit: '人', en: 'general practitioners' },
  'public-health-staff': { zh: '公共卫生人员', unit: '人', en: 'public-health staff' },
  'public-health-physicians': { zh: '公共卫生医师', unit: '人', en: 'public-health physicians' },
  psychiatrists: { zh: '精神科执业（助理）医师', unit: '人', en: 'psychiatrists' },
  pharmacists: { zh: '药师', unit: '人', en: 'pharmacists' },
  'tcm-physicians': { zh: '中医类别医师', unit: '人', en: 'TCM physicians' },
  'mch-staff': { zh: '妇幼保健人员', unit: '人', en: 'maternal and child health staff' },
  'supervision-staff': { zh: '卫生监督执法人员', unit: '人', en: 'health supervision staff' },
  'ambulance-aides': { zh: '急救辅助人员', unit: '人', en: 'ambulance aides' },
  ambulances: { zh: '救护车', unit: '辆', en: 'ambulances' },
  'negative-pressure-ambulances': {
    zh: '负压救护车',
    unit: '辆',
    en: 'negative-pressure ambulances',
  },
  'blood-vehicles': { zh: '送血车', unit: '辆', en: 'blood-delivery vehicles' },
  places: { zh: '托位', unit: '个', en: 'childcare places' },
  institutions: { zh: '机构', unit: '家', en: 'institutions' },
  tonnes: { zh: '吨', unit: '吨', en: 'tonnes' },
  persons: { zh: '人员', unit: '人', en: 'persons (kind not stated)' },
} as const)

/** A quantity kind, such as `'beds'` or `'nurses'`. */
export type QuantityKind = keyof typeof QUANTITY_KINDS

/**
 * The quantity kinds as a list.
 *
 * @example
 * ```ts
 * import { QUANTITY_KIND_LIST } from 'bedstaff'
 *
 * QUANTITY_KIND_LIST.slice(0, 3) // => ["beds","physicians","nurses"]
 * QUANTITY_KIND_LIST.includes('negative-pressure-ambulances') // => true
 * ```
 */
export const QUANTITY_KIND_LIST: readonly QuantityKind[] = Object.freeze(
  Object.keys(QUANTITY_KINDS) as QuantityKind[],
)

/**
 * Validates a quantity kind.
 *
 * @throws BedstaffError `unknown-quantity-kind`
 */
export function assertQuantityKind(value: unknown, path: Path = ['quantity']): QuantityKind {
  if (typeof value === 'string' && Object.hasOwn(QUANTITY_KINDS, value))
    return value as QuantityKind
  return fail('unknown-quantity-kind', path, { received: describe(value) })
}

/**
 * Throws unless `received` is the `expected` kind: the runtime half of unit safety.
 *
 * @throws BedstaffError `kind-mismatch`
 */
export function sameKind(expected: QuantityKind, received: QuantityKind, path: Path = []): void {
  if (expected !== received) {
    fail('kind-mismatch', path, {
      expected,
      received,
      expectedZh: QUANTITY_KINDS[expected]?.zh ?? expected,
      receivedZh: QUANTITY_KINDS[received]?.zh ?? String(received),
    })
  }
}
