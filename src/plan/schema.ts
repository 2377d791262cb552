/**
 * The plan file format (version 2), one zod schema per entity under `schema/`, from which both
 * validation and the published JSON Schema are generated.
 */
export * from './schema/base.js'
export * from './schema/facility.js'
export * from './schema/figure.js'
export * from './schema/plan.js'
export * from './schema/primitives.js'
export * from './schema/relation.js'
export * from './schema/rule.js'
