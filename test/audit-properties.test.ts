import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { consistentPlan, planSeed } from './support/consistent-plan.js'

type Plan = ReturnType<typeof consistentPlan>
const withFigure = (plan: Plan, id: string, value: string): Plan => ({
  ...plan,
  figures: plan.figures.map((f) => (f.id === id ? { ...f, value, printed: value } : f)),
})

describe('auditor laws', () => {
  it('a generated, internally consistent plan yields no error findings', () => {
    fc.assert(
      fc.property(planSeed, (seed) => {
        const a = auditPlan(consistentPlan(seed))
        expect(a.findings.filter((f) => f.severity === 'error')).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('moving one stated total beyond its rounding interval yields exactly one finding, naming it', () => {
    fc.assert(
      fc.property(
        planSeed,
        fc.constantFrom('beds-count', 'beds-rate'),
        fc.boolean(),
        (seed, id, up) => {
          const plan = consistentPlan(seed)
          const f = plan.figures.find((x) => x.id === id)
          if (!f) throw new Error(id)
          // beyond every interval it takes part in: a count by more than its rate's printed
          // interval allows (±0.005 per 1,000); a 2-dp rate so far that its three 2-dp parts can no
          // longer sum to it: they may already differ from it by 3 × 0.005 + 0.005 = 0.02 either
          // way, so a move of 0.05 leaves a gap of at least 0.03 > 0.02
          const step =
            f.form === 'count'
              ? new Decimal(seed.population).div(1000).times('0.01').ceil().plus(1)
              : new Decimal('0.05')
          const moved = up
            ? new Decimal(f.value).plus(step)
            : Decimal.max(new Decimal(f.value).minus(step), 0)
          if (moved.eq(f.value)) return
          const value = f.form === 'count' ? moved.toFixed(0) : moved.toFixed(2)
          const a = auditPlan(withFigure(plan, id, value))
          expect(a.findings).toHaveLength(1)
          expect(a.findings[0]?.figure).toBe(id)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('swapping the base of one rule yields a base finding', () => {
    fc.assert(
      fc.property(planSeed, fc.integer({ min: 0, max: 2 }), (seed, i) => {
        const plan = consistentPlan(seed)
        const rules = plan.rules.map((r, j) => (j === i ? { ...r, base: 'registered' } : r))
        const a = auditPlan({ ...plan, rules })
        const base = a.findings.filter((f) => f.code === 'mixed-base')
        expect(base).toHaveLength(1)
        expect(base[0]?.subjects[0]).toBe(plan.rules[i]?.id)
      }),
      { numRuns: 1000 },
    )
  })

  it('the same plan gives byte-identical audit output on every run', () => {
    fc.assert(
      fc.property(planSeed, (seed) => {
        const plan = withFigure(consistentPlan(seed), 'beds-count', '1')
        expect(JSON.stringify(auditPlan(plan))).toBe(
          JSON.stringify(auditPlan(structuredClone(plan))),
        )
      }),
      { numRuns: 200 },
    )
  })
})
