/**
 * Random plans and cases for the compiled differential: every count a compiled plan gives
 * must be the count the runner gives with the decimal kernels, and every case one refuses the
 * other refuses with the same code and path. The values favour the traps: 1.08 per 1,000 of
 * 1,800,000 (1944 exactly; floats give 1944.0000000000002), halves under half-up and
 * half-even, 1 per 30,000 (a quotient that never ends), populations near 2^53 / per, products
 * past 2^53 (BigInt) and digits past 40 (the decimal kernels round).
 */
import fc from 'fast-check'
import { BedstaffError } from '../../src/errors.js'
import { resolveBases } from '../../src/plan/bases.js'
import { compilePlan } from '../../src/plan/compile/compile-plan.js'
import { baseChildren, decimalCase, type SweepCase } from '../../src/plan/compile/decimal-case.js'
import { loadPlan } from '../../src/plan/load.js'
import { ruleRunner, runRules } from '../../src/plan/runner.js'
import { generatedPlan, percent, population, value } from './compiled-arbitraries.js'

const invalid = fc.constantFrom<string | number>('-1', 'x', '1e400', '', '4.5%', '20 percent')
const caseValue = (share: boolean) =>
  fc.oneof(
    { weight: 30, arbitrary: (share ? percent : value) as fc.Arbitrary<string | number> },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
    { weight: 2, arbitrary: fc.constantFrom<string | number>(0.25, -0, ' 4.5', '1e3') },
    { weight: 1, arbitrary: invalid },
  )

/** Cases over a generated plan's bases and rules (a rule's type picks its values). */
export function casesFor(
  rules: readonly { readonly id: string; readonly type: string }[],
  norms: boolean,
  bases: readonly string[],
): fc.Arbitrary<SweepCase[]> {
  const banded = ['bianzhi-1978.staff-by-size', 'bianzhi-1978.health-technical-share']
  const rule = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...rules) },
    ...(norms
      ? [
          {
            weight: 1,
            arbitrary: fc.constantFrom(...banded.map((id) => ({ id, type: 'banded-ratio' }))),
          },
        ]
      : []),
  )
  const values = fc
    .array(
      rule.chain((r) => caseValue(r.type === 'share').map((v) => [r.id, v] as const)),
      { maxLength: 3 },
    )
    .map((entries) => Object.fromEntries(entries))
  const oneCase = fc.record(
    {
      populations: fc.dictionary(
        fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...bases) }, fc.constant('nowhere')),
        fc.oneof(
          { weight: 30, arbitrary: population as fc.Arbitrary<string | number> },
          { weight: 3, arbitrary: fc.constant(1_800_000) },
          { weight: 1, arbitrary: fc.constantFrom<string | number>('0', '-5') },
        ),
        { maxKeys: 2 },
      ),
      values,
    },
    { requiredKeys: [] },
  )
  return fc.array(oneCase, { minLength: 20, maxLength: 40 })
}

/** A plan with cases over it. */
export const planWithCases = generatedPlan.chain((plan) =>
  casesFor(
    plan.rules as { id: string; type: string }[],
    'norms' in plan,
    plan.bases.map((b) => b.id),
  ).map((cases) => ({ plan, cases })),
)

const outcome = (fn: () => readonly (number | null)[]): string => {
  try {
    return JSON.stringify(fn())
  } catch (e) {
    if (!(e instanceof BedstaffError)) throw e
    return `${e.code} at ${JSON.stringify(e.path)}`
  }
}

/**
 * Checks every case of a plan: the compiled counts against the runner's (decimal kernels, no
 * reuse). Returns how many cases were compared; throws on the first difference.
 */
export function checkCompiled(json: unknown, cases: readonly SweepCase[]): number {
  const plan = loadPlan(json)
  const runner = ruleRunner(plan)
  const ids = runner.rules.map((r) => r.id)
  let bases: ReturnType<typeof resolveBases> = new Map()
  const baseline = outcome(() => {
    bases = resolveBases(plan)
    const results = runRules(runner, { bases })
    return ids.map((id) => results.get(id)?.count ?? null)
  })
  let count: ((c: SweepCase) => (number | null)[]) | undefined
  const made = outcome(() => {
    count = compilePlan(plan).evaluator()
    return count({})
  })
  if (made !== baseline) throw new Error(`plan: compiled ${made}, decimal ${baseline}`)
  if (!count) return 1
  const children = baseChildren(plan)
  for (const c of cases) {
    const want = outcome(() => {
      const d = decimalCase(runner, bases, children, c)
      const results = runRules(runner, { bases: d.bases, replaced: d.replaced })
      return ids.map((id) => results.get(id)?.count ?? null)
    })
    const run = count
    const got = outcome(() => run(c))
    if (got !== want) {
      throw new Error(
        `case ${JSON.stringify(c)}:\n compiled ${got}\n decimal  ${want}\n rules ${ids}`,
      )
    }
  }
  return cases.length + 1
}

/**
 * The compiled differential for `npm run fuzz`: rounds of 1,000 plans (seed, seed + 1, …)
 * until at least `cases` cases have been compared. Returns how many were.
 */
export function runCompiledFuzz(
  cases: number,
  seed: number,
  progress: (line: string) => void = () => {},
): number {
  let compared = 0
  for (let round = 0; compared < cases; round++) {
    const started = performance.now()
    fc.assert(
      fc.property(planWithCases, ({ plan, cases: list }) => {
        compared += checkCompiled(plan, list)
      }),
      { numRuns: 1000, seed: seed + round, verbose: 0 },
    )
    const s = ((performance.now() - started) / 1000).toFixed(1)
    progress(`  compiled differential, seed ${seed + round}: ${compared} cases so far, ${s} s`)
  }
  return compared
}
