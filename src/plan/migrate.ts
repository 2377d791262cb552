/**
 * Plan format version 1 → version 2, on the raw (parsed JSON or YAML) input, before
 * validation. Version 1 files (no `version` field) keep loading and give the same results:
 *
 * - a share's `percent: "20"` becomes `value: "20%"`;
 * - `from: { rule }`, `{ stock }`, `{ facilities, beds }` become tagged:
 *   `{ kind: "rule", id }`, `{ kind: "stock", id }`, `{ kind: "facilities", scope, beds }`;
 * - `nature: null` (not stated) is dropped;
 * - stated levels (`type: "level"`) move from `rules` to `levels`;
 * - a share with an absolute floor (a compound minimum) counts its share term up: its rounding
 *   becomes `ceil` (version 1 dropped the floor under `none`, a defect);
 * - a norm-set override of a share rule (a bare percent in version 1) gets its `%`.
 *
 * The input is never mutated.
 */

type Raw = Record<string, unknown>

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Whether raw plan input is in format version 1 (it names no version). @internal */
export function isVersion1(input: unknown): boolean {
  return isObject(input) && !Object.hasOwn(input, 'version')
}

function migrateFrom(from: unknown): unknown {
  if (!isObject(from) || Object.hasOwn(from, 'kind')) return from
  if (Object.hasOwn(from, 'rule') && Object.keys(from).length === 1)
    return { kind: 'rule', id: from.rule }
  if (Object.hasOwn(from, 'stock') && Object.keys(from).length === 1)
    return { kind: 'stock', id: from.stock }
  if (Object.hasOwn(from, 'facilities')) {
    const { facilities, ...rest } = from
    return { kind: 'facilities', scope: facilities, ...rest }
  }
  return from
}

/**
 * One rule from version 1 to version 2; a rule already in version 2 form is returned as it is.
 * @internal
 */
export function migrateRule(rule: unknown): unknown {
  if (!isObject(rule)) return rule
  const out: Raw = { ...rule }
  if (out.nature === null) delete out.nature
  if (Object.hasOwn(out, 'from')) out.from = migrateFrom(out.from)
  if (out.type === 'share' && Object.hasOwn(out, 'percent')) {
    const { percent, ...rest } = out
    Object.assign(rest, { value: typeof percent === 'string' ? `${percent}%` : percent })
    if (rest.floor !== undefined) rest.rounding = 'ceil'
    return rest
  }
  return out
}

/**
 * A raw plan in version 2 form: version 1 input is migrated, anything else returned as it is
 * (the schema then judges it). `isShareRule(set, rule)` says whether a norm set's rule is a
 * share, for the overrides. @internal
 */
export function migratePlan(
  input: unknown,
  isShareRule: (set: string, rule: string) => boolean = () => false,
): unknown {
  if (!isVersion1(input) || !isObject(input)) return input
  const out: Raw = { version: 2, ...input }
  if (Array.isArray(input.rules)) {
    const rules = input.rules.map(migrateRule)
    out.rules = rules.filter((r) => !(isObject(r) && r.type === 'level'))
    const levels = rules.filter((r) => isObject(r) && r.type === 'level')
    if (levels.length > 0) out.levels = levels
  }
  if (Array.isArray(input.norms)) {
    out.norms = input.norms.map((ref) => {
      if (!isObject(ref) || !Array.isArray(ref.overrides)) return ref
      const set = String(ref.set)
      return {
        ...ref,
        overrides: ref.overrides.map((o) =>
          isObject(o) && typeof o.value === 'string' && isShareRule(set, String(o.rule))
            ? { ...o, value: `${o.value}%` }
            : o,
        ),
      }
    })
  }
  return out
}
