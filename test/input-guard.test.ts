/**
 * guardInput walks an object shared by many parents once per depth, not once per path: input
 * built from shared sub-objects (2^30 paths below) is guarded at once, and sharing hides
 * neither a forbidden key nor nesting past the limit.
 */
import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../src/errors.js'
import { guardInput, MAX_DEPTH } from '../src/plan/guard.js'

/** `{a: x, b: [x]}` nested `levels` times over one leaf: 2^levels paths, `levels + 1` objects. */
function sharedChain(levels: number, leaf: object): object {
  let node: object = leaf
  for (let i = 0; i < levels; i++) node = { a: node, b: node }
  return node
}

/** The code and path of the error `fn` throws. */
function caught(fn: () => void): { code: string; path: readonly (string | number)[] } | null {
  try {
    fn()
    return null
  } catch (e) {
    if (!(e instanceof BedstaffError)) throw e
    return { code: e.code, path: e.path }
  }
}

describe('guardInput on shared sub-objects', () => {
  it('returns for a DAG of depth 30 whose objects are each shared by two keys', () => {
    expect(guardInput(sharedChain(30, { value: '4.58' }))).toBeUndefined()
  })

  it('finds a forbidden key in a shared leaf, at the first path that reaches it', () => {
    const leaf = JSON.parse('{"__proto__": {}}') as object
    const r = caught(() => guardInput(sharedChain(30, leaf)))
    expect(r?.code).toBe('forbidden-key')
    expect(r?.path).toEqual([...Array<string>(30).fill('a'), '__proto__'])
  })

  it('refuses nesting past the limit when a shared object is met shallow first and deep later', () => {
    // under `first` the innermost object sits at depth MAX_DEPTH (accepted); under `second`,
    // which reaches the same `shallow` two levels deeper, at MAX_DEPTH + 2
    let deep: object = { end: true }
    for (let i = 0; i < MAX_DEPTH - 2; i++) deep = { next: deep }
    const shallow = { deep }
    const long = { x: { y: shallow } }
    expect(guardInput({ first: shallow })).toBeUndefined()
    const r = caught(() => guardInput({ first: shallow, second: long }))
    expect(r?.code).toBe('input-too-deep')
    expect(r?.path.slice(0, 4)).toEqual(['second', 'x', 'y', 'deep'])
  })

  it('accepts exactly the depth limit and refuses one more, as before', () => {
    const nested = (n: number): unknown => {
      let v: unknown = 1
      for (let i = 0; i < n; i++) v = [v]
      return v
    }
    expect(guardInput(nested(MAX_DEPTH))).toBeUndefined()
    expect(caught(() => guardInput(nested(MAX_DEPTH + 2)))?.code).toBe('input-too-deep')
  })

  it('ends a cycle at the depth limit', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    const r = caught(() => guardInput({ cycle }))
    expect(r?.code).toBe('input-too-deep')
  })
})

describe('guardInput bounds the size of what it walks', () => {
  it('refuses more than 2,000,000 values with input-too-large, before any schema work', () => {
    const huge = { figures: Array.from({ length: 2_000_001 }, () => 0) }
    expect(() => guardInput(huge)).toThrow(expect.objectContaining({ code: 'input-too-large' }))
    expect(() => guardInput({ figures: Array.from({ length: 1000 }, () => 0) })).not.toThrow()
  })
})
