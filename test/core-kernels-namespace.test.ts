/**
 * The `kernels` namespace of the core entry lists every function of the kernel modules: it
 * names them one by one (src/kernel/index.ts), so a kernel added to a module and not to the
 * list would be missing from the public namespace.
 */
import { describe, expect, it } from 'vitest'
import { kernels } from '../src/index.js'
import * as arithmetic from '../src/kernel/arithmetic.js'
import * as bounds from '../src/kernel/bounds.js'
import * as counts from '../src/kernel/counts.js'
import * as growth from '../src/kernel/growth.js'
import * as printed from '../src/kernel/printed.js'
import * as ranks from '../src/kernel/ranks.js'
import * as status from '../src/kernel/status.js'

describe('the kernels namespace', () => {
  it('holds every function of the kernel modules, and nothing else', () => {
    const modules = [arithmetic, bounds, counts, growth, printed, ranks, status]
    const functions = modules.flatMap((m) =>
      Object.entries(m)
        .filter(([, v]) => typeof v === 'function')
        .map(([name]) => name),
    )
    // a module may re-export another's kernel: each name once
    expect(Object.keys(kernels).sort()).toEqual([...new Set(functions)].sort())
    // arithmetic.ts: rate × population / per, the first kernel the README names
    expect(kernels.perCapitaExact).toBe(arithmetic.perCapitaExact)
  })
})
