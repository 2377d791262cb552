/**
 * Inputs for the fuzz suite: valid plans and values, and invalid ones made by mutation.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { consistentPlan, planSeed } from '../support/consistent-plan.js'

/** The mutation classes the suite covers, each a function of the value it replaces. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  // wrong types
  fc.constantFrom(null, true, false, 0, 1, [], {}, [[]], { a: 1 }),
  // negative, zero, huge and tiny numbers, as numbers and as strings
  fc.constantFrom(
    -1,
    -0.5,
    0,
    1e30,
    1e-30,
    '-1',
    '0',
    '-0',
    '1e30',
    '1e-30',
    '1000000000000000000000000000000',
  ),
  fc.constantFrom(`0.${'0'.repeat(29)}1`, '99999999999999999999', '0.00000000000000000001'),
  // NaN, Infinity and overflowing exponents
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '1e-400',
  ),
  // full-width digits, empty strings, unpaired surrogates
  fc.constantFrom('４.５８', '１２３', '', ' ', '\uD800', 'a\uDC00b', '\u0000'),
  // very long strings and deep nesting
  fc.constantFrom('9'.repeat(5000), 'x'.repeat(100_000)),
  fc.integer({ min: 1, max: 200 }).map((depth) => {
    let v: unknown = 1
    for (let i = 0; i < depth; i++) v = { a: v }
    return v
  }),
  // prototype keys
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}}')),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}')),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

/** Every path to a value inside a JSON tree. */
export function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  out.push(prefix)
  if (Array.isArray(value)) for (const [i, v] of value.entries()) paths(v, [...prefix, i], out)
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out)
  return out
}

/** A deep copy of `root` with the value at `path` replaced (or deleted when `value` is absent). */
export function mutateAt(
  root: unknown,
  path: readonly (string | number)[],
  op: { set: unknown } | { delete: true } | { extra: true },
): unknown {
  const copy = structuredClone(root)
  if (path.length === 0) return 'set' in op ? op.set : copy
  let parent = copy as Record<string | number, unknown>
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if ('set' in op) parent[last] = op.set
  else if ('delete' in op) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    ;(parent[last] as Record<string, unknown>).unexpectedField = 1
  }
  return copy
}

const cixi = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'cixi-2021-2025.json'), 'utf8'),
)

/** A plan to start from: a generated consistent one, or (less often) the Cixi fixture. */
export const basePlan: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: planSeed.map(consistentPlan) },
  { weight: 1, arbitrary: fc.constant(cixi) },
)

/** Structural mutations: duplicate ids and cycles between rules or bases. */
function structural(plan: Record<string, unknown>, which: number): unknown {
  const p = structuredClone(plan) as {
    rules: Record<string, unknown>[]
    bases: Record<string, unknown>[]
  }
  const [r0, r1] = p.rules
  if (which === 0 && r0 && r1) r1.id = r0.id // duplicate rule id
  if (which === 1 && r0) {
    // a ratio rule that takes its amount from itself
    p.rules.push({
      ...r0,
      id: 'self-loop',
      type: 'ratio',
      from: { rule: 'self-loop' },
      fromQuantity: r0.quantity,
      per: undefined,
      base: undefined,
    })
  }
  if (which === 2 && p.bases[0]) {
    const b = p.bases[0]
    p.bases.push({
      id: 'loop-a',
      kind: 'service',
      from: 'loop-b',
      multiplier: '2',
      source: b.source,
    })
    p.bases.push({
      id: 'loop-b',
      kind: 'service',
      from: 'loop-a',
      multiplier: '2',
      source: b.source,
    })
  }
  return JSON.parse(JSON.stringify(p))
}

/** A plan, valid or mutated in one place. */
export const planInput: fc.Arbitrary<unknown> = basePlan.chain((plan) => {
  const all = paths(plan)
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(plan) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...all), hostile, fc.integer({ min: 0, max: 2 }))
        .map(([path, value, op]) =>
          mutateAt(
            plan,
            path,
            op === 0 ? { set: value } : op === 1 ? { delete: true } : { extra: true },
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 0, max: 2 })
        .map((w) => structural(plan as Record<string, unknown>, w)),
    },
  )
})

/** Norm text: random strings, and strings built from the documents' vocabulary. */
export const normText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '每千',
        '每万',
        '每10万',
        '每3万',
        '常住',
        '户籍',
        '人口',
        '老年人',
        '服务',
        '床位',
        '张',
        '人',
        '名',
        '辆',
        '不低于',
        '不少于',
        '不超过',
        '以上',
        '以下',
        '左右',
        '达到',
        '力争',
        '逐步',
        '且',
        '1:',
        '∶',
        '%',
        '％',
        '‰',
        '4.58',
        '０.７',
        '-',
        '~',
        '(',
        ')',
        '（',
        '）',
        '20',
        '2',
        '5-6',
        '0.6-1',
        '7.65(7.28)',
        '1e400',
        '',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
)

/** A plan (valid or mutated) with a scenario (valid or mutated) over it. */
export const scenarioInput: fc.Arbitrary<[unknown, unknown]> = fc
  .tuple(
    planSeed.map(consistentPlan),
    fc.record({
      id: fc.constantFrom('s', 'low', ''),
      populations: fc.constant([{ base: 'resident-2025', value: '1950000' }]),
      rules: fc.constant([{ rule: 'beds-rule', value: '4.2' }]),
    }),
  )
  .chain(([plan, scenario]) =>
    fc.oneof(
      fc.constant<[unknown, unknown]>([plan, scenario]),
      fc
        .tuple(fc.constantFrom(...paths(scenario)), hostile, fc.integer({ min: 0, max: 2 }))
        .map(([path, value, op]): [unknown, unknown] => [
          plan,
          mutateAt(
            scenario,
            path,
            op === 0 ? { set: value } : op === 1 ? { delete: true } : { extra: true },
          ),
        ]),
    ),
  )

const word = fc.constantFrom(
  'evaluate',
  'audit',
  'scenario',
  'compare',
  'total',
  'schema',
  'import-csv',
  'facilities',
  'bases',
  'plan.json',
  'plan.yaml',
  'bad.json',
  'missing.json',
  'scenario.json',
  'out.json',
  '--format',
  'json',
  'csv',
  'markdown',
  'table',
  'xml',
  '--lang',
  'zh',
  'en',
  '--year',
  '2025',
  '-1',
  '--base',
  'resident-2025=1950000',
  'resident=2000000',
  '--set',
  'beds-rule=4.2',
  'beds-rule=20%',
  '--population',
  'resident-2025=growth:2020:1800000',
  '--out',
  '--force',
  '--table',
  'all',
  'grades',
  '--help',
  '--version',
  '--nope',
  '每千常住人口4.58张',
  '1:1.25',
  '',
  '--rounding',
  'floor',
)

/** Command lines built from the command's own words, and a plan file for them to read. */
export const argvInput: fc.Arbitrary<[string[], unknown]> = fc.tuple(
  fc.oneof(
    fc.array(word, { maxLength: 8 }),
    fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
  ),
  planInput,
)
