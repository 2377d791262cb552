import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import { planJsonSchema } from '../src/plan/json-schema.js'
import { loadPlan } from '../src/plan/load.js'
import { loadNormSet } from '../src/plan/norm-set.js'

const dir = join(import.meta.dirname, '..', 'fixtures')
const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds')
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))
const plans = readdirSync(dir).filter((f) => f.endsWith('.json'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(planJsonSchema())

describe('every fixture loads', () => {
  it.each(plans)('plan %s passes the schema and its references resolve', (file) => {
    const plan = loadPlan(read(join(dir, file)))
    expect(plan.id).toBe(file.replace(/\.json$/, ''))
  })

  it.each(plans)('plan %s passes the published JSON Schema too', (file) => {
    const ok = validate(read(join(dir, file)))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  const norms = readdirSync(join(dir, 'norms')).filter((f) => f.endsWith('.json'))
  it.each(norms)('norm set %s passes the schema', (file) => {
    const set = loadNormSet(read(join(dir, 'norms', file)))
    expect(set.id).toBe(file.replace(/\.json$/, ''))
  })

  it('a fixture with a misspelt field is rejected by both schemas, with the field path', () => {
    const plan = read(join(dir, 'cixi-2021-2025.json')) as { rules: Record<string, unknown>[] }
    const bad = { ...plan, rules: [{ ...plan.rules[0], comparater: 'ge' }, ...plan.rules.slice(1)] }
    expect(validate(bad)).toBe(false)
    expect(validate.errors?.some((e) => e.instancePath === '/rules/0')).toBe(true)
    try {
      loadPlan(bad)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BedstaffError)
      expect((e as BedstaffError).path).toEqual(['rules', 0])
      expect((e as BedstaffError).messageEn).toContain('comparater')
    }
  })
})

/** Every source that names a seed file, a line and a quote. */
function* quotedSources(
  value: unknown,
  path: string,
): Generator<[string, { document: string; line: number; quote: string }]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* quotedSources(v, `${path}[${i}]`)
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    const s = o.source as { document?: string; line?: number; quote?: string } | undefined
    if (s?.document && s.line && s.quote && existsSync(join(seeds, s.document))) {
      yield [path, s as { document: string; line: number; quote: string }]
    }
    for (const [k, v] of Object.entries(o))
      if (k !== 'source') yield* quotedSources(v, `${path}.${k}`)
  }
}

describe('fixture provenance', () => {
  it.each(plans)('every quote in %s stands on the line it cites', (file) => {
    const cache = new Map<string, string[]>()
    const lines = (doc: string) => {
      let l = cache.get(doc)
      if (!l) {
        l = readFileSync(join(seeds, doc), 'utf8').split('\n')
        cache.set(doc, l)
      }
      return l
    }
    const squash = (s: string) => s.replace(/\s+/g, '')
    const wrong: string[] = []
    let n = 0
    for (const [path, s] of quotedSources(read(join(dir, file)), file)) {
      n++
      if (!squash(lines(s.document)[s.line - 1] ?? '').includes(squash(s.quote)))
        wrong.push(`${path} L${s.line}: ${s.quote}`)
    }
    expect(wrong).toEqual([])
    expect(n).toBeGreaterThan(10)
  })
})
