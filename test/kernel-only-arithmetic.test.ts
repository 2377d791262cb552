/**
 * One arithmetic: products and quotients of rule values and populations are computed in
 * src/kernel and nowhere else. This scans the source for `.times(` and `.div(` outside the
 * kernels; the few places that multiply or divide something other than a plan's quantities
 * are listed here with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** Files allowed to multiply or divide, and why: none of them touches a rule value or population. */
const NOT_PLAN_ARITHMETIC: Readonly<Record<string, string>> = {
  'src/scenario/prng.ts': 'a random 32-bit integer as a fraction of 2^32',
  'src/scenario/projection.ts': 'how many decimal places a projected value has',
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : []
  })
}

/** Lines of code (not comments) that multiply or divide decimals. */
function arithmeticLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
    .filter((l) => /\.(times|div)\(/.test(l))
}

describe('rule arithmetic lives in the kernels', () => {
  const files = sources(join(root, 'src')).map((f) => relative(root, f).split('\\').join('/'))

  it('no file outside src/kernel multiplies or divides plan quantities', () => {
    const offenders = files
      .filter((f) => !f.startsWith('src/kernel/') && !(f in NOT_PLAN_ARITHMETIC))
      .flatMap((f) => arithmeticLines(join(root, f)).map((l) => `${f}: ${l.trim()}`))
    expect(offenders).toEqual([])
  })

  it('every file on the list still needs to be there', () => {
    const stale = Object.keys(NOT_PLAN_ARITHMETIC).filter(
      (f) => !files.includes(f) || arithmeticLines(join(root, f)).length === 0,
    )
    expect(stale).toEqual([])
  })

  it('the kernels do multiply and divide (the scan sees them)', () => {
    const kernel = files.filter((f) => f.startsWith('src/kernel/'))
    expect(kernel.flatMap((f) => arithmeticLines(join(root, f))).length).toBeGreaterThan(10)
  })
})
