import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditPlan } from '../src/audit/audit.js'
import { toDecimal } from '../src/decimal.js'
import { impliedPopulation } from '../src/derive/implied-population.js'
import { BedstaffError } from '../src/errors.js'
import { parseNorm } from '../src/norm/parse-norm.js'
import { evaluatePlan } from '../src/plan/evaluate.js'
import { loadPlan } from '../src/plan/load.js'
import { base } from '../src/population/base.js'
import { rate } from '../src/quantity/rate.js'
import { consistentPlan } from './support/consistent-plan.js'

const root = join(import.meta.dirname, '..')
const plan = () =>
  consistentPlan({
    population: 2_000_000,
    rates: [4580, 3650, 4200],
    split: [300, 200],
    growth: 620,
  }) as unknown as Record<string, unknown> & {
    rules: Record<string, unknown>[]
    bases: Record<string, unknown>[]
  }

/** The code and path of the error `fn` throws. */
function refusal(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn()
  } catch (e) {
    if (e instanceof BedstaffError) return { code: e.code, path: e.path }
    throw e
  }
  throw new Error('expected a BedstaffError, got a value')
}

describe('each mutation class yields its stable error code', () => {
  it('wrong types', () => {
    expect(refusal(() => loadPlan({ ...plan(), bases: 'x' }))).toEqual({
      code: 'invalid-plan',
      path: ['bases'],
    })
    expect(refusal(() => toDecimal(true))).toEqual({ code: 'invalid-number', path: [] })
    expect(refusal(() => parseNorm(42 as unknown as string)).code).toBe('norm-unreadable')
  })

  it('missing and extra fields', () => {
    const p = plan()
    const { source: _dropped, ...noSource } = p.rules[0] as Record<string, unknown>
    expect(refusal(() => loadPlan({ ...p, rules: [noSource, ...p.rules.slice(1)] }))).toEqual({
      code: 'invalid-plan',
      path: ['rules', 0, 'source'],
    })
    expect(
      refusal(() => loadPlan({ ...p, rules: [{ ...p.rules[0], extra: 1 }, ...p.rules.slice(1)] })),
    ).toEqual({
      code: 'invalid-plan',
      path: ['rules', 0],
    })
  })

  it('negative and zero numbers', () => {
    expect(refusal(() => base.resident(-5, { year: 2025, vintage: 'projection' }))).toEqual({
      code: 'non-positive-population',
      path: ['value'],
    })
    expect(refusal(() => base.resident('0', { year: 2025, vintage: 'projection' })).code).toBe(
      'non-positive-population',
    )
    expect(refusal(() => rate('beds', '-4.58', { per: 1000, base: 'resident' }))).toEqual({
      code: 'negative-value',
      path: ['value'],
    })
    expect(
      refusal(() => impliedPopulation(9160, rate('beds', '0', { per: 1000, base: 'resident' })))
        .code,
    ).toBe('zero-denominator')
    const p = plan()
    expect(refusal(() => loadPlan({ ...p, bases: [{ ...p.bases[0], value: '-5' }] }))).toEqual({
      code: 'invalid-plan',
      path: ['bases', 0, 'value'],
    })
  })

  it('huge (10^30) and tiny (10^-30) numbers', () => {
    expect(refusal(() => toDecimal('1e30')).code).toBe('number-out-of-range')
    expect(refusal(() => toDecimal(1e-30)).code).toBe('number-out-of-range')
    expect(
      refusal(() =>
        base.resident('1000000000000000000000000000000', { year: 2025, vintage: 'projection' }),
      ).code,
    ).toBe('number-out-of-range')
  })

  it('NaN, Infinity and "1e400"', () => {
    expect(refusal(() => toDecimal(Number.NaN)).code).toBe('non-finite-number')
    expect(refusal(() => toDecimal(Number.POSITIVE_INFINITY)).code).toBe('non-finite-number')
    expect(refusal(() => toDecimal('Infinity')).code).toBe('non-finite-number')
    expect(refusal(() => toDecimal('1e400')).code).toBe('number-out-of-range')
    const p = plan()
    expect(refusal(() => loadPlan({ ...p, bases: [{ ...p.bases[0], value: '1e400' }] })).code).toBe(
      'invalid-plan',
    )
  })

  it('full-width digits: read in norm text, refused as a plain number', () => {
    expect(parseNorm('每千常住人口４.５８张').value).toMatchObject({
      type: 'point',
      number: { value: '4.58' },
    })
    expect(refusal(() => toDecimal('４.５８')).code).toBe('invalid-number')
  })

  it('empty strings and unpaired surrogates', () => {
    expect(refusal(() => toDecimal('')).code).toBe('invalid-number')
    expect(refusal(() => parseNorm('')).code).toBe('empty-input')
    expect(refusal(() => parseNorm('\uD800')).code).toBe('norm-no-number')
    const p = plan()
    expect(refusal(() => loadPlan({ ...p, id: '\uD800' }))).toEqual({
      code: 'invalid-plan',
      path: ['id'],
    })
  })

  it('deep nesting and very long strings', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100; i++) deep = { a: deep }
    expect(refusal(() => loadPlan({ ...plan(), deep })).code).toBe('input-too-deep')
    expect(refusal(() => parseNorm('每'.repeat(1000))).code).toBe('input-too-long')
    expect(refusal(() => toDecimal('9'.repeat(100))).code).toBe('invalid-number')
    const p = plan()
    expect(refusal(() => loadPlan({ ...p, title: { zh: 'x'.repeat(10_000) } }))).toEqual({
      code: 'invalid-plan',
      path: ['title', 'zh'],
    })
  })

  it('duplicate ids and cycles between rules', () => {
    const p = plan()
    expect(refusal(() => loadPlan({ ...p, rules: [p.rules[0], p.rules[0]] }))).toEqual({
      code: 'invalid-plan',
      path: ['rules', 1, 'id'],
    })
    const loop = (id: string, from: string) => ({
      ...p.rules[0],
      id,
      type: 'ratio',
      from: { rule: from },
      fromQuantity: 'beds',
      value: '1',
      per: undefined,
      base: undefined,
    })
    const cyclic = JSON.parse(
      JSON.stringify({ ...p, rules: [loop('a', 'b'), loop('b', 'a')], figures: [], relations: [] }),
    )
    expect(refusal(() => loadPlan(cyclic)).code).toBe('reference-cycle')
  })
})

describe('safety', () => {
  it('refuses __proto__, constructor and prototype keys, and Object.prototype stays clean', () => {
    for (const text of [
      '{"__proto__": {"polluted": 1}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"a": {"prototype": 1}}',
    ]) {
      const input = { ...plan(), extra: JSON.parse(text) }
      expect(refusal(() => loadPlan(input)).code).toBe('forbidden-key')
      expect(auditPlan(input).findings[0]?.code).toBe('plan-invalid')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('has no eval, new Function or dynamic require anywhere in the library', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
      )
    const offenders = files(join(root, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) =>
        /\beval\s*\(|new\s+Function\s*\(|\brequire\s*\(|import\s*\(/.test(readFileSync(f, 'utf8')),
      )
    expect(offenders).toEqual([])
  })
})

describe('isolation', () => {
  const cixi = () => JSON.parse(readFileSync(join(root, 'fixtures', 'cixi-2021-2025.json'), 'utf8'))

  it('inputs are never mutated and outputs are frozen all the way down', () => {
    const input = cixi()
    const before = JSON.stringify(input)
    const ev = evaluatePlan(input)
    const au = auditPlan(input)
    expect(JSON.stringify(input)).toBe(before)
    const frozen = (v: unknown, where: string): string[] =>
      v && typeof v === 'object'
        ? [
            ...(Object.isFrozen(v) ? [] : [where]),
            ...Object.entries(v).flatMap(([k, x]) => frozen(x, `${where}.${k}`)),
          ]
        : []
    expect(frozen(ev, 'evaluation')).toEqual([])
    expect(frozen(au, 'audit')).toEqual([])
  })

  it('the same input gives byte-identical JSON across processes, and importing does nothing', () => {
    const script = `
        await import('zod') // zod registers its own globals (__zod_globalConfig…) when loaded
        const before = Object.keys(globalThis).sort().join()
        const entry = (name) => import(${JSON.stringify(join(root, 'dist'))} + '/' + name + '.js')
        const lib = { ...(await entry('index')), ...(await entry('plan')), ...(await entry('audit')) }
        if (Object.keys(globalThis).sort().join() !== before) throw new Error('import added globals')
        const fs = await import('node:fs')
        const plan = JSON.parse(fs.readFileSync(${JSON.stringify(join(root, 'fixtures', 'cixi-2021-2025.json'))}, 'utf8'))
        process.stdout.write(JSON.stringify([lib.evaluatePlan(plan), lib.auditPlan(plan)]))`
    const run = () =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    const a = run()
    expect(a.length).toBeGreaterThan(10_000)
    expect(run()).toBe(a)
  })
})
