/**
 * Population bases in a plan: given directly (value, year, vintage), or as a multiple of
 * another base (the ambulance base "市域人口的300%").
 */
import * as z from 'zod/mini'
import { BASE_KINDS, VINTAGES } from '../../population/base.js'
import { described, Id, Label, PositiveDecimal, SourceSchema, Year } from './primitives.js'

/** A population base kind: resident, registered, elderly, children, service. */
export const BaseKindSchema = described(
  z.enum(BASE_KINDS),
  'Which population: resident 常住, registered 户籍, elderly 老年, children 儿童, service 服务',
)

/** A population base: given directly, or as a multiple of another base (service population). */
export const BaseSchema = described(
  z
    .strictObject({
      id: Id,
      kind: BaseKindSchema,
      label: z.optional(Label),
      value: described(z.optional(PositiveDecimal), 'The population, e.g. "2000000"'),
      year: described(z.optional(Year), 'The year the population is of'),
      vintage: described(
        z.optional(z.enum(VINTAGES)),
        'Which count: census-6, census-7, yearbook, estimate, projection, derived',
      ),
      ageMin: described(
        z.optional(z.int().check(z.minimum(0), z.maximum(150))),
        'Youngest age counted (60 for 60周岁以上)',
      ),
      ageMax: described(
        z.optional(z.int().check(z.minimum(0), z.maximum(150))),
        'Oldest age counted',
      ),
      from: described(z.optional(Id), 'The base this one is a multiple of'),
      multiplier: described(z.optional(PositiveDecimal), 'The multiple of `from`: "3" for 300%'),
      source: SourceSchema,
    })
    .check(
      z.superRefine((b, ctx) => {
        const issue = (path: string, message: string) =>
          ctx.addIssue({ code: 'custom', path: [path], message })
        if (b.from === undefined) {
          for (const key of ['value', 'year', 'vintage'] as const) {
            if (b[key] === undefined) issue(key, `a base without "from" needs "${key}"`)
          }
          if (b.multiplier !== undefined) issue('multiplier', '"multiplier" goes with "from"')
        } else {
          if (b.multiplier === undefined)
            issue('multiplier', 'a base with "from" needs "multiplier"')
          if (b.value !== undefined)
            issue('value', 'a base with "from" is computed; give no "value"')
        }
      }),
    ),
  'A population base with its year, vintage and source',
)

/** A population base entry of a plan. */
export type { BaseEntry } from '../types/plan-types.js'
