/**
 * The shapes of what the renderers take: an evaluation (plan/result.ts), an audit
 * (audit/audit.ts, audit/finding.ts), a comparison of scenarios (scenario/compare.ts) and a
 * grid (grid.ts), field by field as their types declare them. A renderer reads nothing else.
 */

import { COMPARATORS } from '../comparator.js'
import { fail, type Path } from '../errors.js'
import { BASE_KINDS, VINTAGES } from '../population/base.js'
import { QUANTITY_KIND_LIST } from '../quantity/kinds.js'
import { ROUNDINGS } from '../rounding.js'
import { REPORT_FORMATS } from './grid.js'
import {
  checkLang,
  flag,
  list,
  nullable,
  oneOf,
  optional,
  record,
  renderOptions,
  type Shape,
  text,
  whole,
} from './inputs.js'

const maybeText = nullable(text)
const maybeWhole = nullable(whole)
const quantity = oneOf(QUANTITY_KIND_LIST)
const comparator = oneOf(COMPARATORS)
const counted = nullable(record({ exact: text, count: maybeWhole }))
const label = record({ zh: text, en: maybeText })
const source = record({
  document: text,
  line: optional(whole),
  quote: optional(text),
  note: optional(text),
})

const baseUsed = record({
  id: text,
  kind: oneOf(BASE_KINDS),
  value: text,
  year: whole,
  vintage: oneOf(VINTAGES),
  ages: nullable(record({ min: maybeWhole, max: maybeWhole })),
  derivedFrom: nullable(record({ fromKind: oneOf(BASE_KINDS), fromValue: text, factor: text })),
})

const gap = record({
  type: text,
  quantity,
  comparator,
  required: text,
  stock: text,
  difference: text,
  status: oneOf(['meets', 'short', 'over']),
  by: text,
})

const rule = record({
  rule: text,
  label,
  type: text,
  quantity,
  comparator,
  nature: maybeText,
  rounding: oneOf(ROUNDINGS),
  year: whole,
  aspirational: flag,
  status: text,
  missing: maybeText,
  value: text,
  exact: maybeText,
  count: maybeWhole,
  min: counted,
  max: counted,
  binding: maybeText,
  aggregate: counted,
  base: nullable(baseUsed),
  from: nullable(record({ kind: text, id: maybeText, quantity: text, value: text })),
  facilities: nullable(
    list(
      record({
        exact: maybeText,
        count: maybeWhole,
        facility: text,
        name: text,
        grade: text,
        from: text,
        band: maybeText,
        min: counted,
        max: counted,
      }),
    ),
  ),
  stock: nullable(record({ id: text, value: text, year: whole })),
  gap: nullable(gap),
  trajectory: nullable(
    list(record({ year: whole, value: text, exact: maybeText, count: maybeWhole })),
  ),
  source,
})

const level = record({
  rule: text,
  label,
  type: text,
  quantity: text,
  unit: text,
  comparator,
  nature: maybeText,
  year: whole,
  aspirational: flag,
  value: text,
  source,
})

const requirement = {
  rule: text,
  quantity: text,
  count: maybeWhole,
  min: counted,
  max: counted,
}

/** An evaluation, as `evaluatePlan` returns it. */
export const EVALUATION: Shape = record({
  plan: text,
  year: whole,
  rules: list(rule),
  levels: list(level),
  facilities: list(
    record({
      facility: text,
      name: text,
      table: maybeText,
      category: text,
      grade: text,
      gradePrinted: text,
      openBeds: maybeText,
      requirements: list(record({ ...requirement, exact: maybeText })),
    }),
  ),
  grades: list(
    record({
      grade: text,
      gradeZh: text,
      facilities: whole,
      openBeds: text,
      requirements: list(record({ ...requirement, aggregate: counted })),
    }),
  ),
  tables: list(record({ table: text, facilities: whole, openBeds: text })),
})

const also = { code: text, message: text, messageZh: text, subjects: list(text) }

/** An audit, as `auditPlan` returns it. */
export const AUDIT: Shape = record({
  plan: maybeText,
  findings: list(
    record({
      ...also,
      severity: oneOf(['error', 'warning', 'info']),
      figure: maybeText,
      alsoFoundBy: list(record(also)),
      numbers: record({
        stated: maybeText,
        recomputed: maybeText,
        interval: nullable(record({ lo: text, hi: text })),
        residual: maybeText,
      }),
      explanation: maybeText,
      sources: list(source),
      line: maybeWhole,
    }),
  ),
  counts: record({ error: whole, warning: whole, info: whole }),
})

/** A comparison of scenarios, as `compareScenarios` returns it. */
export const COMPARISON: Shape = record({
  plan: text,
  scenarios: list(text),
  rows: list(
    record({
      rule: text,
      quantity: text,
      changed: flag,
      values: list(
        record({
          scenario: text,
          status: text,
          value: text,
          exact: maybeText,
          count: maybeWhole,
          min: counted,
          max: counted,
          exactDifference: maybeText,
          countDifference: maybeWhole,
        }),
      ),
    }),
  ),
})

const bilingual = record({ en: text, zh: text })

/** A grid, as the grid functions make it. */
export const GRID: Shape = record({
  title: bilingual,
  columns: list(
    record({
      key: text,
      en: text,
      zh: text,
      use: oneOf(['all', 'table', 'csv']),
      align: oneOf(['left', 'right']),
      fit: oneOf(['wrap', 'truncate', 'keep']),
      group: flag,
    }),
  ),
  rows: list(list(maybeText)),
  notes: list(bilingual),
})

/**
 * The arguments every grid renderer takes: a grid and a language. @internal
 *
 * @throws BedstaffError `invalid-argument` at `grid` or `lang`
 */
export function checkGridArgs(g: unknown, lang: unknown): void {
  GRID(g, ['grid'])
  checkLang(lang)
}

/** Options of a text table: the width to fit (`0`: no limit) and the columns to show. */
const TEXT_OPTIONS = { width: optional(whole), columns: optional(list(text)) }

/**
 * The options of a text table, checked. @internal
 *
 * @throws BedstaffError `invalid-options`, `invalid-argument`
 */
export function checkTextOptions<T>(opts: T, path: Path = ['options']): T {
  if (opts === undefined) return opts
  renderOptions(opts, Object.keys(TEXT_OPTIONS), path)
  record(TEXT_OPTIONS)(opts, path)
  const width = (opts as { width?: number }).width
  if (width !== undefined && width < 0) fail('invalid-options', [...path, 'width'], NEGATIVE)
  return opts
}

const NEGATIVE = { problem: 'a width of 0 (no limit) or more' }

/**
 * The options of a render function: a format, a language, and for text tables a width and
 * columns; `extra` names the options the function adds (`tables`). @internal
 *
 * @throws BedstaffError `invalid-options`, `invalid-argument`
 */
export function checkRenderOptions(
  opts: unknown,
  extra: Readonly<Record<string, Shape>> = {},
): void {
  const path = ['options']
  renderOptions(opts, ['format', 'lang', ...Object.keys(TEXT_OPTIONS), ...Object.keys(extra)], path)
  const o = opts as Readonly<Record<string, unknown>>
  oneOf(REPORT_FORMATS)(o.format, ['format'])
  checkLang(o.lang)
  checkTextOptions({ width: o.width, columns: o.columns }, path)
  record(extra)(o, path)
}
