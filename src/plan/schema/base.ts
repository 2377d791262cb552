/**
 * Population bases in a plan: given directly (value, year, vintage), or as a multiple of
 * another base (the ambulance base "市域人口的300%").
 */
import * as z from 'zod'
import { BASE_KINDS, VINTAGES } from '../../population/base.js'
import { Id, Label, PositiveDecimal, SourceSchema, Year } from './primitives.js'

/** A population base kind: resident, registered, elderly, children, service. */
export const BaseKindSchema = z
  .enum(BASE_KINDS)
  .describe(
    'Which population: resident 常住, registered 户籍, elderly 老年, children 儿童, service 服务',
  )

/** A population base: given directly, or as a multiple of another base (service population). */
export const BaseSchema = z
  .strictObject({
    id: Id,
    kind: BaseKindSchema,
    label: Label.optional(),
    value: PositiveDecimal.optional().describe('The population, e.g. "2000000"'),
    year: Year.optional().describe('The year the population is of'),
    vintage: z
      .enum(VINTAGES)
      .optional()
      .describe('Which count: census-6, census-7, yearbook, estimate, projection, derived'),
    ageMin: z.int().min(0).max(150).optional().describe('Youngest age counted (60 for 60周岁以上)'),
    ageMax: z.int().min(0).max(150).optional().describe('Oldest age counted'),
    from: Id.optional().describe('The base this one is a multiple of'),
    multiplier: PositiveDecimal.optional().describe('The multiple of `from`: "3" for 300%'),
    source: SourceSchema,
  })
  .superRefine((b, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (b.from === undefined) {
      for (const key of ['value', 'year', 'vintage'] as const) {
        if (b[key] === undefined) issue(key, `a base without "from" needs "${key}"`)
      }
      if (b.multiplier !== undefined) issue('multiplier', '"multiplier" goes with "from"')
    } else {
      if (b.multiplier === undefined) issue('multiplier', 'a base with "from" needs "multiplier"')
      if (b.value !== undefined) issue('value', 'a base with "from" is computed; give no "value"')
    }
  })
  .describe('A population base with its year, vintage and source')

/** A population base entry of a plan. */
export type { BaseEntry } from '../types/plan-types.js'
