/**
 * The published JSON Schemas of plan, scenario and norm-set files say what each property is:
 * at least 95% of their properties, counted at every depth (in each branch of a union, inside
 * arrays and records), carry a description, written where the zod schema declares the field.
 */
import { describe, expect, it } from 'vitest'
import { normSetJsonSchema, planJsonSchema } from '../src/plan/json-schema.js'
import { scenarioJsonSchema } from '../src/scenario/json-schema.js'

type Node = { readonly [key: string]: unknown }

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x)

/** Every property of a JSON Schema, at every depth, with its path and whether it is described. */
function properties(schema: Node): { path: string; described: boolean }[] {
  const defs = isNode(schema.$defs) ? schema.$defs : {}
  const out: { path: string; described: boolean }[] = []
  const seen = new Set<Node>()
  const visit = (node: unknown, path: string): void => {
    if (!isNode(node) || seen.has(node)) return
    seen.add(node)
    if (typeof node.$ref === 'string') {
      visit(defs[node.$ref.replace('#/$defs/', '')], path)
      return
    }
    if (isNode(node.properties)) {
      for (const [key, value] of Object.entries(node.properties)) {
        const target =
          isNode(value) && typeof value.$ref === 'string'
            ? defs[value.$ref.replace('#/$defs/', '')]
            : value
        const described = [value, target].some(
          (v) => isNode(v) && typeof v.description === 'string' && v.description.trim() !== '',
        )
        out.push({ path: `${path}.${key}`, described })
        visit(value, `${path}.${key}`)
      }
    }
    for (const key of ['items', 'additionalProperties'] as const) visit(node[key], `${path}[]`)
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[key]
      if (Array.isArray(branches)) {
        for (const [i, b] of branches.entries()) visit(b, `${path}|${i}`)
      }
    }
  }
  visit(schema, '')
  return out
}

describe('the JSON Schemas describe their properties', () => {
  const schemas = [
    ['plan', planJsonSchema()],
    ['scenario', scenarioJsonSchema()],
    ['norm-set', normSetJsonSchema()],
  ] as const

  it.each(schemas)('at least 95%% of the %s schema properties have a description', (_, schema) => {
    const all = properties(schema)
    const missing = all.filter((p) => !p.described).map((p) => p.path)
    // every file kind has more than a handful of properties to count
    expect(all.length).toBeGreaterThan(10)
    expect(
      (all.length - missing.length) / all.length,
      `no description: ${missing.join(', ')}`,
    ).toBeGreaterThanOrEqual(0.95)
  })

  it('counts the properties of every union branch and array item', () => {
    const paths = properties(planJsonSchema()).map((p) => p.path)
    // a share rule's floor, inside the rules array and its union (src/plan/schema/rule.ts)
    expect(paths.some((p) => /^\.rules\[\]\|\d+\.floor$/.test(p))).toBe(true)
    // a facility's beds by year: a record, described as a whole
    expect(paths).toContain('.facilities[].openBeds')
  })

  it('has the shapes editors rely on: draft 2020-12, required fields, no unknown keys', () => {
    const plan = planJsonSchema()
    expect(plan.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(plan.additionalProperties).toBe(false)
    expect(normSetJsonSchema().required).toEqual(['id', 'title', 'source', 'caveat', 'rules'])
    expect(Object.keys(scenarioJsonSchema().properties as Node)).toEqual([
      'id',
      'label',
      'populations',
      'rules',
      'rounding',
      'allowImplausible',
    ])
  })
})
