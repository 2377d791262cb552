/**
 * The words of norm text that name what is counted and over what: quantity names, population
 * bases, 1:x pairs, scale words (千, 万), population nouns, per-unit nouns and measure words.
 * Comparator words are in norm-comparators.ts.
 */
import type { BaseKind } from '../population/base.js'
import type { QuantityKind } from '../quantity/kinds.js'

/** Quantity names, longest spelling first within a kind (床位, 病床, 床 → beds). @internal */
export const KIND_WORDS: readonly (readonly [QuantityKind, readonly string[]])[] = [
  ['beds', ['床位', '病床', '床']],
  ['gps', ['全科医生', '全科医师']],
  ['physicians', ['执业(助理)医师', '执业助理医师', '执业医师', '医师', '医生']],
  ['psychiatrists', ['精神科执业(助理)医师', '精神科执业医师', '精神科医师', '精神科医生']],
  ['tcm-physicians', ['中医类别执业(助理)医师', '中医类别医师', '中医执业医师', '中医医师']],
  ['public-health-physicians', ['专业公共卫生医生', '公共卫生医师', '公共卫生医生', '公卫医师']],
  ['nurses', ['注册护士', '护士']],
  ['health-technical-staff', ['卫生技术人员', '卫技人员', '卫技']],
  ['staff', ['工作人员', '人员编制', '编制']],
  ['public-health-staff', ['公共卫生人员', '公卫人员']],
  ['pharmacists', ['药师']],
  ['mch-staff', ['妇幼保健人员']],
  ['supervision-staff', ['卫生监督执法人员', '卫生监督人员', '监督执法人员']],
  ['ambulance-aides', ['急救辅助人员']],
  ['ambulances', ['救护车', '急救车']],
  ['negative-pressure-ambulances', ['负压救护车', '负压急救车']],
  ['blood-vehicles', ['送血车']],
  ['places', ['托位']],
]

/** Population bases named anywhere in a clause (常住人口 → resident). @internal */
export const BASE_WORDS: readonly (readonly [BaseKind, readonly string[]])[] = [
  ['resident', ['常住人口']],
  ['registered', ['户籍人口']],
  ['service', ['服务人口']],
  ['elderly', ['老年人口', '老年人']],
]

/** Named ratios and their terms (医护比: physicians to nurses; 床人比: beds to whoever). @internal */
export const PAIR_WORDS: readonly (readonly [string, QuantityKind, QuantityKind | null])[] = [
  ['医护比', 'physicians', 'nurses'],
  ['床护比', 'beds', 'nurses'],
  ['床医比', 'beds', 'physicians'],
  ['床人比', 'beds', null],
  ['床-人', 'beds', null],
]

/**
 * Words that contain a vocabulary word but mean something else (临床 is not 床, 约束 not 约).
 * @internal
 */
export const SKIP_WORDS = [
  '临床',
  '约束',
  '节约',
  '制约',
  '签约',
  '履约',
  '预约',
  '契约',
  '约定',
  '集约',
  '公约',
  '级以上',
  '级及以上',
  '家庭医生签约',
]

/** Scale words after 每 or a slash, longest first (十万 before 万). @internal */
export const SCALE_WORDS: readonly (readonly [string, number])[] = [
  ['十万', 100000],
  ['百万', 1000000],
  ['千', 1000],
  ['万', 10000],
  ['百', 100],
]

/** Words before a population noun that name its base (常住人口 → resident). @internal */
export const BASE_PREFIXES: readonly (readonly [string, BaseKind])[] = [
  ['常住', 'resident'],
  ['户籍', 'registered'],
  ['服务', 'service'],
  ['老年', 'elderly'],
]

/** Population nouns after a scale, with the base they imply, if any. @internal */
export const POPULATION_NOUNS: readonly (readonly [string, BaseKind | null])[] = [
  ['人口', null],
  ['居民', null],
  ['老人', 'elderly'],
  ['儿童', 'children'],
  ['婴幼儿', 'children'],
  ['人', null],
]

/** What a per-unit rule is per (每床, 每辆救护车), longest first. @internal */
export const PER_UNIT_NOUNS: readonly (readonly [string, QuantityKind])[] = [
  ['社区卫生服务中心', 'institutions'],
  ['负压救护车', 'negative-pressure-ambulances'],
  ['负压急救车', 'negative-pressure-ambulances'],
  ['全科医生', 'gps'],
  ['全科医师', 'gps'],
  ['救护车', 'ambulances'],
  ['急救车', 'ambulances'],
  ['送血车', 'blood-vehicles'],
  ['卫生院', 'institutions'],
  ['床位', 'beds'],
  ['病床', 'beds'],
  ['托位', 'places'],
  ['医师', 'physicians'],
  ['医生', 'physicians'],
  ['护士', 'nurses'],
  ['医院', 'institutions'],
  ['机构', 'institutions'],
  ['床', 'beds'],
  ['车', 'ambulances'],
  ['吨', 'tonnes'],
]

/** 每辆 and 每张 on their own name the unit by the measure word. @internal */
export const MEASURE_ONLY: ReadonlyMap<string, QuantityKind> = new Map([
  ['辆', 'ambulances'],
  ['张', 'beds'],
])

/** Measure words that may stand between 每 and its noun (每张床位). @internal */
export const MEASURE_WORDS = new Set(['张', '辆', '名', '个', '位', '所', '家', '台'])

/** Counting units that name the quantity when no word does (张 → beds, 辆 → ambulances). @internal */
export const UNIT_KIND: ReadonlyMap<string, QuantityKind> = new Map([
  ['张', 'beds'],
  ['辆', 'ambulances'],
])
