/**
 * A plan against the norm sets it cites: a plan rule below a national minimum or target level
 * (beds, GPs per 10,000, 医护比 of the 纲要 2015–2020) or above a national cap is reported, and a
 * norm set the library does not know is an error. Both are norms, so both values are exact.
 */
import { Dec, decimalString } from '../../decimal.js'
import { perCapitaExact } from '../../kernel/arithmetic.js'
import { builtInNormSets } from '../../plan/built-in-norms.js'
import type { NormSet } from '../../plan/norm-set.js'
import type { Rule } from '../../plan/schema.js'
import type { AuditContext } from '../context.js'
import { sourcesOf } from '../context.js'
import { type Finding, finding } from '../finding.js'
import { labelPair } from '../wording.js'

/** The rule's value per one unit of what it is per (a person, a physician), exact. */
function perOne(r: Rule, end: 'min' | 'max'): Dec | null {
  if (r.type !== 'per-capita' && r.type !== 'ratio') return null
  const v = r.value ?? r.range?.[end]
  if (v === undefined) return null
  return perCapitaExact(new Dec(v), new Dec(1), new Dec(r.per ?? '1'))
}

/** Whether a plan rule states the same kind of norm as a norm-set rule. */
function sameNorm(p: Rule, n: Rule): boolean {
  if (p.type !== n.type || p.quantity !== n.quantity) return false
  if (p.type === 'per-capita' && n.type === 'per-capita') return p.base === n.base
  if (p.type === 'ratio' && n.type === 'ratio') return p.fromQuantity === n.fromQuantity
  return false
}

/** The plan's rules against the norm sets it references. @internal */
export function checkNationalNorms(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  let known: readonly NormSet[]
  try {
    known = builtInNormSets()
  } catch {
    return out
  }
  for (const [i, ref] of (ctx.plan.norms ?? []).entries()) {
    const set = known.find((s) => s.id === ref.set)
    if (!set) {
      out.push(
        finding(
          'unknown-norm-set',
          { id: ref.set },
          { subjects: [`norms[${i}]`], sources: [{ document: ctx.plan.document.file }] },
        ),
      )
      continue
    }
    for (const n of set.rules) {
      // a national target level (达到) is held as a minimum: a plan short of it is reported
      const cap = n.comparator === 'le' || n.comparator === 'lt'
      const floor = !cap
      for (const p of ctx.plan.rules) {
        if (!sameNorm(p, n)) continue
        const pv = perOne(p, floor ? 'min' : 'max')
        const nv = perOne(n, floor ? 'min' : 'max')
        if (!pv || !nv || (floor ? pv.gte(nv) : pv.lte(nv))) continue
        out.push(
          finding(
            'below-national-norm',
            {
              label: labelPair(p),
              labelZh: p.label.zh,
              value: p.printed ?? ('value' in p ? p.value : undefined) ?? '?',
              side: floor ? 'below' : 'above',
              sideZh: floor ? '低于' : '高于',
              norm: cap
                ? 'cap'
                : n.comparator === 'ge' || n.comparator === 'gt'
                  ? 'minimum'
                  : 'target',
              normValue: n.printed ?? ('value' in n ? n.value : undefined) ?? '?',
              set: set.title.en,
              setZh: set.title.zh,
            },
            {
              subjects: [p.id, `${set.id}.${n.id}`],
              numbers: {
                stated: decimalString(pv),
                recomputed: decimalString(nv),
                interval: null,
                residual: decimalString(pv.minus(nv)),
              },
              sources: sourcesOf([p, n]),
            },
          ),
        )
      }
    }
  }
  return out
}
