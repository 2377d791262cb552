/**
 * The published types of plan, norm-set and scenario files are written out as interfaces, so
 * that they show their fields and documentation and depend on no zod version. Each must
 * describe exactly what its zod schema returns: the same fields, optional where the schema's
 * are, of the same types (`readonly`, which the interfaces may add, aside).
 */
import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import type { NormSetSchema } from '../src/plan/norm-set.js'
import type { BaseSchema } from '../src/plan/schema/base.js'
import type { FacilitySchema, ScopeSchema } from '../src/plan/schema/facility.js'
import type { FigureSchema } from '../src/plan/schema/figure.js'
import type { NormRefSchema, PlanSchema, StockSchema } from '../src/plan/schema/plan.js'
import type { RelationSchema } from '../src/plan/schema/relation.js'
import type { FromSchema, LevelSchema, RuleSchema } from '../src/plan/schema/rule.js'
import type { Facility, Scope } from '../src/plan/types/facility-types.js'
import type { Figure, Relation } from '../src/plan/types/figure-types.js'
import type { BaseEntry, NormRef, NormSet, Plan, StockEntry } from '../src/plan/types/plan-types.js'
import type { From, LevelRule, Rule } from '../src/plan/types/rule-types.js'
import type {
  PopulationOverride,
  RoundingOverride,
  RuleOverride,
  Scenario,
} from '../src/scenario/scenario-types.js'
import type {
  PopulationOverrideSchema,
  RoundingOverrideSchema,
  RuleOverrideSchema,
  ScenarioSchema,
} from '../src/scenario/schema.js'

/** A type with `readonly` removed at every depth, so that only fields and types compare. */
type Plain<T> = T extends (infer E)[]
  ? Plain<E>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T

/** What a schema returns. */
type Out<S extends z.ZodMiniType> = Plain<z.output<S>>

describe('the published types are what their schemas return', () => {
  it('plan files', () => {
    expectTypeOf<Plain<Plan>>().toEqualTypeOf<Out<typeof PlanSchema>>()
    expectTypeOf<Plain<BaseEntry>>().toEqualTypeOf<Out<typeof BaseSchema>>()
    expectTypeOf<Plain<StockEntry>>().toEqualTypeOf<Out<typeof StockSchema>>()
    expectTypeOf<Plain<NormRef>>().toEqualTypeOf<Out<typeof NormRefSchema>>()
  })

  it('rules, levels and where an amount comes from', () => {
    expectTypeOf<Plain<Rule>>().toEqualTypeOf<Out<typeof RuleSchema>>()
    expectTypeOf<Plain<LevelRule>>().toEqualTypeOf<Out<typeof LevelSchema>>()
    expectTypeOf<Plain<From>>().toEqualTypeOf<Out<typeof FromSchema>>()
    // each rule type keeps its own fields: a share has no `per`
    expectTypeOf<Extract<Rule, { type: 'share' }>>().not.toHaveProperty('per')
  })

  it('facilities, figures and relations', () => {
    expectTypeOf<Plain<Facility>>().toEqualTypeOf<Out<typeof FacilitySchema>>()
    expectTypeOf<Plain<Scope>>().toEqualTypeOf<Out<typeof ScopeSchema>>()
    expectTypeOf<Plain<Figure>>().toEqualTypeOf<Out<typeof FigureSchema>>()
    expectTypeOf<Plain<Relation>>().toEqualTypeOf<Out<typeof RelationSchema>>()
  })

  it('norm sets and scenarios', () => {
    expectTypeOf<Plain<NormSet>>().toEqualTypeOf<Out<typeof NormSetSchema>>()
    expectTypeOf<Plain<Scenario>>().toEqualTypeOf<Out<typeof ScenarioSchema>>()
    expectTypeOf<Plain<PopulationOverride>>().toEqualTypeOf<Out<typeof PopulationOverrideSchema>>()
    expectTypeOf<Plain<RuleOverride>>().toEqualTypeOf<Out<typeof RuleOverrideSchema>>()
    expectTypeOf<Plain<RoundingOverride>>().toEqualTypeOf<Out<typeof RoundingOverrideSchema>>()
  })
})
