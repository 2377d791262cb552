/**
 * The fuzz properties: one per public entry point, each stating the law it checks. Shared by
 * the CI test (a fixed number of cases) and `npm run fuzz` (as many as asked for).
 */
import fc from 'fast-check'
import { auditPlan } from '../../src/audit/audit.js'
import type { Io } from '../../src/cli/io.js'
import { run } from '../../src/cli/run.js'
import { toDecimal } from '../../src/decimal.js'
import { impliedPopulation } from '../../src/derive/implied-population.js'
import { rateFromTotal } from '../../src/derive/rate-from-total.js'
import { totalFromRate } from '../../src/derive/total-from-rate.js'
import { BedstaffError } from '../../src/errors.js'
import { parseNorm } from '../../src/norm/parse-norm.js'
import { evaluatePlan } from '../../src/plan/evaluate.js'
import { loadPlan } from '../../src/plan/load.js'
import { base } from '../../src/population/base.js'
import { rate } from '../../src/quantity/rate.js'
import { compareScenarios } from '../../src/scenario/compare.js'
import { evaluateScenario } from '../../src/scenario/evaluate.js'
import { monteCarlo } from '../../src/scenario/monte-carlo.js'
import { sensitivity } from '../../src/scenario/sensitivity.js'
import { argvInput, hostile, normText, planInput, scenarioInput } from './arbitraries.js'
import { checkCompiled, planWithCases } from './compiled-plans.js'
import { answersOrRefuses, checkOutput } from './invariants.js'

/** A named property and the share of the run budget it gets. */
export interface FuzzProperty {
  readonly name: string
  readonly weight: number
  readonly property: fc.IPropertyWithHooks<[unknown]> | fc.IProperty<[unknown]>
}

const anyNumber = fc.oneof(hostile, fc.double(), fc.integer(), fc.string({ maxLength: 20 }))

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'parseNorm answers or refuses with a typed error, for any text',
    weight: 3,
    property: fc.property(fc.oneof(normText, hostile) as fc.Arbitrary<unknown>, (text) => {
      answersOrRefuses(() => parseNorm(text as string))
    }),
  },
  {
    name: 'numbers at the boundary are taken exactly or refused with a typed error',
    weight: 1,
    property: fc.property(anyNumber as fc.Arbitrary<unknown>, (v) => {
      answersOrRefuses(() => toDecimal(v).toString())
    }),
  },
  {
    name: 'derivations answer or refuse for any rate, scale and population',
    weight: 2,
    property: fc.property(
      fc.tuple(anyNumber, anyNumber, anyNumber) as fc.Arbitrary<unknown>,
      (t) => {
        const [v, per, pop] = t as [unknown, unknown, unknown]
        answersOrRefuses(() => {
          const r = rate('beds', v as string, { per: per as string, base: 'resident' })
          const b = base.resident(pop as string, { year: 2025, vintage: 'projection' })
          const total = totalFromRate(r, b, { rounding: 'ceil' })
          checkOutput(total)
          checkOutput(
            rateFromTotal(total.count ?? 0, b, { per: r.per, decimals: 2, rounding: 'half-up' }),
          )
          return total.count === 0 ? total : impliedPopulation(total.count ?? 1, r)
        })
      },
    ),
  },
  {
    name: 'plans load or are refused with a typed error; loaded plans evaluate; audits never throw',
    weight: 4,
    property: fc.property(planInput, (input) => {
      const before = JSON.stringify(input)
      const outcome = answersOrRefuses(() => loadPlan(input))
      if (outcome === 'value') answersOrRefuses(() => evaluatePlan(input))
      checkOutput(auditPlan(input))
      if (JSON.stringify(input) !== before) throw new Error('the input was mutated')
      if (({} as Record<string, unknown>).polluted !== undefined)
        throw new Error('Object.prototype was polluted')
    }),
  },
  {
    name: 'scenarios evaluate, compare and vary, or are refused with a typed error',
    weight: 2,
    property: fc.property(scenarioInput as fc.Arbitrary<unknown>, (input) => {
      const [plan, scenario] = input as [unknown, unknown]
      answersOrRefuses(() => evaluateScenario(plan, scenario))
      answersOrRefuses(() => compareScenarios(plan, [{ id: 'plan' }, scenario]))
      answersOrRefuses(() => sensitivity(plan, { percent: '10', rules: ['beds-rule'] }))
      answersOrRefuses(() => monteCarlo(plan, { runs: 5, seed: 7 }))
    }),
  },
  {
    name: 'the command exits 0, 1 or 2 for any arguments and files, never 3 and never throws',
    weight: 1,
    property: fc.property(argvInput as fc.Arbitrary<unknown>, (input) => {
      const [argv, plan] = input as [string[], unknown]
      const files = new Map([
        ['plan.json', JSON.stringify(plan)],
        ['plan.yaml', `id: "x"\nrules: [${'['.repeat(3)}`],
        ['bad.json', '{"id": '],
        [
          'scenario.json',
          JSON.stringify({ id: 'low', populations: [{ base: 'resident-2025', value: '1950000' }] }),
        ],
      ])
      const io = memoryIo(files)
      const code = run(argv, io)
      if (code !== 0 && code !== 1 && code !== 2)
        throw new Error(`exit ${code}: ${io.out.join('').slice(0, 300)}`)
      for (const text of io.out)
        if (/\n\s+at /.test(text))
          throw new Error(`a stack trace was printed: ${text.slice(0, 300)}`)
    }),
  },
  {
    name: 'compiled plans count every case as the decimal kernels do, and refuse what they refuse',
    weight: 1,
    property: fc.property(planWithCases as fc.Arbitrary<unknown>, (input) => {
      const { plan, cases } = input as { plan: unknown; cases: never[] }
      checkCompiled(plan, cases)
    }),
  },
]

/** An in-memory file system for the command: nothing touches the disk. */
function memoryIo(files: Map<string, string>): Io & { out: string[] } {
  const out: string[] = []
  return {
    out,
    readFile: (path) => {
      const text = files.get(path)
      // the Io contract: failures are typed, as the real file system's are
      if (text === undefined) {
        throw new BedstaffError('file-unreadable', [], {
          reason: 'no such file',
          reasonZh: '文件不存在',
        })
      }
      return text
    },
    writeFile: (path, text, exclusive) => {
      if (exclusive && files.has(path))
        throw Object.assign(new Error(`EEXIST ${path}`), { code: 'EEXIST' })
      files.set(path, text)
    },
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    year: () => 2025,
  }
}

/** Runs every property with its share of `runs`; returns the number of cases run. */
export function runFuzz(
  runs: number,
  seed: number,
  progress: (line: string) => void = () => {},
): number {
  const total = FUZZ_PROPERTIES.reduce((a, p) => a + p.weight, 0)
  let cases = 0
  for (const p of FUZZ_PROPERTIES) {
    const numRuns = Math.max(1, Math.ceil((runs * p.weight) / total))
    const started = performance.now()
    fc.assert(p.property as fc.IProperty<[unknown]>, { numRuns, seed, verbose: 1 })
    cases += numRuns
    progress(
      `  ${numRuns} cases, ${((performance.now() - started) / 1000).toFixed(1)} s: ${p.name}`,
    )
  }
  return cases
}
