/**
 * Misuse of the exported constants: every value an entry exports that is not a function (the
 * kinds, vintages, comparators, limits, finding tables…) is deeply frozen, and so is every
 * function that carries members (`base.resident`): a caller who writes to them, on purpose or by
 * a stray assignment, changes nothing the library checks. The list is read from the entries of
 * package.json at run time, so a new constant is covered without anyone adding it.
 *
 * `kernels` is a module namespace: its bindings cannot be assigned from outside (a namespace
 * reports them writable, so it is never "frozen"); that is checked instead (not deletion: the
 * test runner's module emulation allows it, real ES modules and the built bundles do not). `Dec`, the
 * decimal.js constructor, cannot be frozen (decimal.js sets its own precision for a moment while
 * it computes a square root or a power); its `set` and `config` refuse instead.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** The source module of each entry of package.json: `.` is src/index.ts, `./plan` src/plan/index.ts. */
function entrySources(): Record<string, string> {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const out: Record<string, string> = {}
  for (const [key, target] of Object.entries(exports as Record<string, unknown>)) {
    const file = JSON.stringify(target).match(/"\.\/dist\/([\w-]+)\.js"/)?.[1]
    if (file === undefined) continue
    out[key === '.' ? 'bedstaff' : `bedstaff/${key.slice(2)}`] =
      file === 'index' ? 'src/index.ts' : `src/${file}/index.ts`
  }
  return out
}

const exported: [string, unknown][] = []
for (const [entry, file] of Object.entries(entrySources())) {
  const module = (await import(join(root, file))) as Record<string, unknown>
  for (const [name, value] of Object.entries(module)) exported.push([`${entry}: ${name}`, value])
}

const isNamespace = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Module]'

/** The paths of the objects reachable from `value` (functions are leaves) that are not frozen. */
function notFrozen(value: unknown, at: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return []
  seen.add(value)
  const own = Object.isFrozen(value) ? [] : [at]
  return [...own, ...Object.entries(value).flatMap(([k, v]) => notFrozen(v, `${at}.${k}`, seen))]
}

describe('exported constants cannot be changed', () => {
  const constants = exported.filter(([, v]) => typeof v !== 'function' && !isNamespace(v))
  const carriers = exported.filter(
    ([n, v]) =>
      typeof v === 'function' &&
      n !== 'bedstaff: Dec' &&
      Object.values(v).some((m) => typeof m === 'function'),
  )

  it('finds the constants of every entry', () => {
    const names = exported.map(([n]) => n)
    // BASE_KINDS and the quantity kinds in the core, the finding table in the audit entry
    expect(names).toEqual(
      expect.arrayContaining(['bedstaff: BASE_KINDS', 'bedstaff/audit: FINDINGS']),
    )
    expect(constants.length).toBeGreaterThan(15)
    expect(carriers.map(([n]) => n)).toContain('bedstaff: base')
  })

  it('every constant is deeply frozen', () => {
    const open = constants.flatMap(([name, v]) => notFrozen(v, name))
    expect(open).toEqual([])
  })

  it('every function that carries members is frozen, members included', () => {
    const open = carriers.flatMap(([name, f]) => [
      ...(Object.isFrozen(f) ? [] : [name]),
      ...Object.entries(f as object).flatMap(([k, v]) => notFrozen(v, `${name}.${k}`)),
    ])
    expect(open).toEqual([])
  })

  it('a namespace of functions (kernels) cannot have its functions replaced', () => {
    const spaces = exported.filter(([, v]) => isNamespace(v))
    expect(spaces.map(([n]) => n)).toContain('bedstaff: kernels')
    for (const [, ns] of spaces) {
      const o = ns as Record<string, unknown>
      for (const [k, f] of Object.entries(o)) {
        expect(Reflect.set(o, k, () => 0)).toBe(false)
        expect(o[k]).toBe(f)
      }
    }
  })

  it('the settings of Dec cannot be changed: set and config refuse, 2 / 3 keeps 40 digits', () => {
    const Dec = exported.find(([n]) => n === 'bedstaff: Dec')?.[1] as {
      new (v: number): { div(n: number): { toString(): string } }
      set(o: object): unknown
      config(o: object): unknown
    }
    expect(() => Dec.set({ precision: 5 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    )
    expect(() => Dec.config({ precision: 5 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    )
    expect(new Dec(2).div(3).toString()).toBe(`0.${'6'.repeat(39)}7`)
  })

  it('writing to a constant throws and leaves it as it was (a strict-mode assignment)', () => {
    const kinds = exported.find(([n]) => n === 'bedstaff: BASE_KINDS')?.[1] as string[]
    expect(() => {
      kinds[0] = 'tourists'
    }).toThrow(TypeError)
    expect(kinds[0]).toBe('resident')
  })
})
