/**
 * The shapes of the scenario analyses the renderers take: a year-by-year table
 * (scenario/yearly-types.ts), a sensitivity analysis (scenario/sensitivity.ts), Monte Carlo
 * percentiles (scenario/monte-carlo.ts) and the cases of a sweep, field by field as their types
 * declare them.
 */
import { BASE_KINDS } from '../population/base.js'
import { flag, list, nullable, oneOf, record, type Shape, text, whole, wrong } from './inputs.js'

const maybeText = nullable(text)
const maybeWhole = nullable(whole)
const counted = nullable(record({ exact: text, count: maybeWhole }))

/** A year-by-year table, as `yearlyTable` returns it. */
export const YEARLY: Shape = record({
  plan: text,
  scenario: text,
  fromYear: whole,
  toYear: whole,
  rows: list(
    record({
      year: whole,
      rules: list(
        record({
          rule: text,
          quantity: text,
          status: text,
          missing: maybeText,
          value: text,
          valueFrom: oneOf(['trajectory', 'target']),
          population: nullable(
            record({
              base: text,
              kind: oneOf(BASE_KINDS),
              year: whole,
              value: text,
              from: text,
              factor: maybeText,
              origin: oneOf(['scenario', 'plan']),
              exact: flag,
            }),
          ),
          exact: maybeText,
          count: maybeWhole,
          min: counted,
          max: counted,
        }),
      ),
    }),
  ),
})

/** A sensitivity analysis, as `sensitivity` returns it. */
export const SENSITIVITY: Shape = record({
  plan: text,
  percent: text,
  rules: list(text),
  tables: list(
    record({
      output: text,
      base: whole,
      rows: list(
        record({
          rule: text,
          quantity: text,
          value: text,
          lowValue: text,
          highValue: text,
          low: whole,
          base: whole,
          high: whole,
          swing: whole,
        }),
      ),
    }),
  ),
})

/** Monte Carlo percentiles, as `monteCarlo` returns them. */
export const MONTE_CARLO: Shape = record({
  plan: text,
  runs: whole,
  seed: whole,
  sampled: record({ rules: list(text), populations: list(text) }),
  rules: list(
    record({
      rule: text,
      quantity: text,
      runs: whole,
      p5: whole,
      p50: whole,
      p95: whole,
      min: whole,
      max: whole,
    }),
  ),
})

/**
 * The cases of a sweep: a label and the counts a sweep or a compiled evaluator gave (`null`
 * where none), or counts in a typed array (NaN where none).
 */
export const SWEEP_CASES: Shape = list((value, path) => {
  if (!Array.isArray(value) || value.length !== 2) {
    return wrong(['a case [label, counts]', '情形 [名称, 取整值]'], value, path)
  }
  text(value[0], [...path, 0])
  const counts = value[1]
  if (ArrayBuffer.isView(counts)) {
    // counts in a typed array: NaN where a rule has no count
    const read = Array.from(counts as unknown as ArrayLike<number>, (c) =>
      Number.isNaN(c) ? null : c,
    )
    return list(maybeWhole)(read, [...path, 1])
  }
  list(maybeWhole)(counts, [...path, 1])
})
