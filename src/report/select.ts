/**
 * Choosing the rows a reader wants: rules by a glob of their ids, and by what they show
 * (short of their stock, computed, binding). Selection only: the rows are the library's.
 */
import { fail } from '../errors.js'
import type { Evaluation, RuleResult } from '../plan/result.js'
import { EVALUATION } from './input-shapes.js'
import { checked, optional, renderOptions, text } from './inputs.js'

/** What `only` keeps: rules short of their stock, computed rules, or binding (约束性) rules. */
export type RuleFilter = 'short' | 'computed' | 'binding'

/**
 * Every value of {@link RuleFilter}.
 *
 * @example
 * ```ts
 * import { RULE_FILTERS } from 'bedstaff/report'
 *
 * RULE_FILTERS // => ["short", "computed", "binding"]
 * ```
 */
export const RULE_FILTERS: readonly RuleFilter[] = Object.freeze(['short', 'computed', 'binding'])

/** Longest glob list `selectRules` reads, in characters. */
const MAX_GLOBS_TEXT = 1000

/** What to keep of an evaluation. */
export interface Selection {
  /** Globs of rule ids, comma-separated: `beds-*`, `*-per-1000,ambulance*` (`*` any, `?` one). */
  readonly rules?: string
  readonly only?: RuleFilter
}

/**
 * Whether an id matches a glob list: `beds-*` matches `beds-per-1000`; a list matches when any
 * of its globs does.
 * @internal
 */
export function matchesGlob(id: string, globs: string): boolean {
  return globs
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '')
    .some((g) => {
      const source = g
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')
      return new RegExp(`^${source}$`).test(id)
    })
}

const KEEP: Readonly<Record<RuleFilter, (r: RuleResult) => boolean>> = {
  short: (r) => r.gap?.status === 'short',
  computed: (r) => r.status === 'ok',
  binding: (r) => r.nature === 'binding',
}

/**
 * An evaluation with only the chosen rules and levels: those whose id matches `rules`, and
 * (for rules) that pass `only`. Levels have no gap or status: `only: 'short'` or `'computed'`
 * leaves none, `'binding'` those stated as binding.
 *
 * @throws BedstaffError `invalid-argument` for an unknown `only`
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { evaluatePlan } from 'bedstaff/plan'
 * import { selectRules } from 'bedstaff/report'
 *
 * const ev = evaluatePlan(JSON.parse(readFileSync('fixtures/cixi-2021-2025.json', 'utf8')))
 * selectRules(ev, { only: 'short' }).rules.map((r) => r.rule) // => ["beds-per-1000", "beds-general-per-1000", "beds-specialist-per-1000", "beds-primary-per-1000", "physicians-per-1000", "nurses-per-1000"]
 * selectRules(ev, { rules: 'ambulance*' }).rules.length // => 4
 * selectRules(ev, { only: 'long' as never }) // throws invalid-argument
 * ```
 */
export function selectRules(ev: Evaluation, selection: Selection): Evaluation {
  checked(ev, EVALUATION, ['evaluation'])
  renderOptions(selection, ['rules', 'only'], ['selection'])
  checked(selection.rules, optional(text), ['selection', 'rules'])
  const { rules: globs, only } = selection
  if (globs !== undefined && globs.length > MAX_GLOBS_TEXT) {
    fail('invalid-argument', ['selection', 'rules'], {
      problem: `globs of at most ${MAX_GLOBS_TEXT} characters, got ${globs.length}`,
      problemZh: `通配符最多 ${MAX_GLOBS_TEXT} 个字符，收到 ${globs.length} 个`,
    })
  }
  if (only !== undefined && !RULE_FILTERS.includes(only)) {
    fail('invalid-argument', ['only'], {
      problem: `only keeps ${RULE_FILTERS.join(', ')}, not "${String(only)}"`,
      problemZh: `only 只能取 ${RULE_FILTERS.join('、')}，收到「${String(only)}」`,
    })
  }
  const byId = (r: { readonly rule: string }) => globs === undefined || matchesGlob(r.rule, globs)
  const levelKept = (l: { readonly nature: string | null }) =>
    only === undefined || (only === 'binding' && l.nature === 'binding')
  return Object.freeze({
    ...ev,
    rules: Object.freeze(ev.rules.filter((r) => byId(r) && (only === undefined || KEEP[only](r)))),
    levels: Object.freeze(ev.levels.filter((l) => byId(l) && levelKept(l))),
  })
}
