/**
 * The benchmark's code, bundled by esbuild as the package build bundles it (no TypeScript
 * loader in the measured code): the library with the baselines, the sweep worker, and the
 * national sweep script, each with its dependencies, in a temporary directory.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

/** Paths of the bundles, and the library module loaded from its bundle. */
export interface Bundles {
  readonly dir: string
  readonly worker: string
  readonly national: string
  readonly lib: typeof import('./lib-entry.js')
}

/** Bundles the measured code into a fresh temporary directory and loads the library. */
export async function bundles(root: string): Promise<Bundles> {
  const dir = mkdtempSync(join(tmpdir(), 'bedstaff-bench-'))
  const one = async (entry: string, out: string) => {
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: join(dir, out),
      logLevel: 'silent',
    })
    return join(dir, out)
  }
  const [lib, worker, national] = await Promise.all([
    one('test/bench/lib-entry.ts', 'lib.mjs'),
    one('src/plan/compile/sweep-worker.ts', 'sweep-worker.mjs'),
    one('test/bench/national.ts', 'national.mjs'),
  ])
  return { dir, worker, national, lib: await import(lib) }
}
