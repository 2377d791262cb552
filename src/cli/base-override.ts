/**
 * `--base` on the command line: `--base KIND=VALUE` (and `KIND:YEAR=VALUE`) sets the plan's base
 * of that kind and year (the target year unless given), or adds one; `--base ID=VALUE` replaces
 * the plan base `ID`. Either way the base has vintage `estimate` and says it came from the
 * command line. Populations read as `1,950,000`, `195万` or `1.95e6`. Text and data only: no
 * arithmetic (195万 is read as the decimal 195e4).
 */
import { decimalString, toDecimal } from '../decimal.js'
import { BedstaffError } from '../errors.js'
import type { BaseEntry, Plan } from '../plan/schema.js'
import { BaseSchema } from '../plan/schema.js'
import { ENGLISH } from '../plan/schema-error.js'
import { BASE_KINDS } from '../population/base.js'
import { keyValue } from './args.js'
import { badArgument } from './failure.js'

/** 万 and 亿 as powers of ten, read into the exponent of a decimal. */
const CHINESE_UNITS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 }

/**
 * A population as written on a command line or in a CSV cell, as a decimal string:
 * `1,950,000` (commas between groups of three digits), `195万`, `1.95亿`, `1.95e6`, `1950000`.
 *
 * @throws CliFailure `invalid-argument` for anything else
 */
export function readPopulation(option: string, text: string): string {
  const t = text.trim()
  const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t
  const unit = /^(\d+(?:\.\d+)?)(万|亿)$/.exec(grouped)
  const plain = unit ? `${unit[1]}e${CHINESE_UNITS[unit[2] ?? ''] ?? 0}` : grouped
  try {
    if (!/^\d+(\.\d+)?(e\d+)?$/i.test(plain)) throw new BedstaffError('invalid-number', [])
    return decimalString(toDecimal(plain))
  } catch (e) {
    if (!(e instanceof BedstaffError)) throw e
    return badArgument(
      `${option}: "${text}" is not a population (write 1950000, 1,950,000, 195万 or 1.95e6)`,
      `${option}：「${text}」不是人口数（可写作 1950000、1,950,000、195万 或 1.95e6）`,
    )
  }
}

/** The year a base is of: its own, or that of the base it is made from. */
function yearOf(plan: Plan, entry: BaseEntry): number | undefined {
  let cur: BaseEntry | undefined = entry
  const seen = new Set<string>()
  while (cur !== undefined && !seen.has(cur.id)) {
    if (cur.year !== undefined) return cur.year
    seen.add(cur.id)
    const from: string | undefined = cur.from
    cur = from === undefined ? undefined : plan.bases.find((b) => b.id === from)
  }
  return undefined
}

/** `KIND` or `KIND:YEAR` as a base kind and year, or `null` when the key is neither. */
function kindKey(key: string, targetYear: number): { kind: string; year: number } | null {
  const m = /^([a-z]+)(?::(\d{4}))?$/.exec(key)
  if (m === null || !(BASE_KINDS as readonly string[]).includes(m[1] ?? '')) return null
  return { kind: m[1] ?? '', year: m[2] === undefined ? targetYear : Number(m[2]) }
}

/** A checked base entry; the schema's problem becomes an argument error. */
function checked(spec: string, candidate: Record<string, unknown>): BaseEntry {
  const parsed = BaseSchema.safeParse(candidate, ENGLISH)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue?.path.join('.') ?? ''
  return badArgument(
    `--base ${spec}: ${field ? `${field}: ` : ''}${issue?.message ?? 'invalid'}`,
    `--base ${spec}：${field ? `${field} ` : ''}取值不符合要求`,
  )
}

/** What `--base` options make of a plan: the plan with its bases set, and the bases set. */
export interface CommandLineBases {
  readonly plan: Plan
  readonly bases: readonly BaseEntry[]
}

/**
 * The plan with each `--base` applied in turn (a later option for the same base wins), and
 * the entries set. A base computed `from` another and replaced by id becomes a direct value.
 *
 * @throws CliFailure `invalid-argument` for a key that is neither a base id nor a kind, or a
 *   value that is not a population
 */
export function withCommandLineBases(plan: Plan, specs: readonly string[]): CommandLineBases {
  let bases: BaseEntry[] = [...plan.bases]
  const set = new Map<string, BaseEntry>()
  for (const spec of specs) {
    const [key, text] = keyValue('base', spec)
    const value = readPopulation(`--base ${key}`, text)
    const source = { document: 'command line', note: `--base ${key}=${text}` }
    const byId = bases.find((b) => b.id === key)
    const byKind = byId === undefined ? kindKey(key, plan.period.targetYear) : null
    if (byId === undefined && byKind === null) {
      const ids = plan.bases.map((b) => b.id).join(', ')
      return badArgument(
        `--base ${spec}: "${key}" is neither a base of the plan (${ids}) nor a kind (${BASE_KINDS.join(', ')}, optionally KIND:YEAR)`,
        `--base ${spec}：「${key}」既不是规划中的人口基数（${ids}），也不是基数类型（${BASE_KINDS.join('、')}，可写作 类型:年份）`,
      )
    }
    const same =
      byId ??
      bases.find((b) => b.kind === byKind?.kind && b.year === byKind?.year && b.from === undefined)
    const id = same?.id ?? `${byKind?.kind}-${byKind?.year}-command-line`
    const { from: _f, multiplier: _m, label: _l, ...rest } = same ?? { id, kind: byKind?.kind }
    const entry = checked(spec, {
      ...rest,
      id,
      value,
      year: same === undefined ? byKind?.year : yearOf(plan, same),
      vintage: 'estimate',
      source,
    })
    bases = same === undefined ? [...bases, entry] : bases.map((b) => (b.id === id ? entry : b))
    set.set(id, entry)
  }
  // the loaded plan itself when nothing was set: a new object would be validated again
  return set.size === 0
    ? { plan, bases: [] }
    : { plan: { ...plan, bases }, bases: [...set.values()] }
}
