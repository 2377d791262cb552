import { defineConfig } from 'tsup'

/**
 * The library's entry points by layer, each built as ES module and CommonJS with types. One
 * output file per entry, with what entries share in chunks (so that one `BedstaffError` class
 * serves every entry of a format), and nothing run at import time: bundlers keep only what a
 * program uses.
 */
const ENTRIES = {
  index: 'src/index.ts',
  norm: 'src/norm/index.ts',
  plan: 'src/plan/index.ts',
  audit: 'src/audit/index.ts',
  scenario: 'src/scenario/index.ts',
  report: 'src/report/index.ts',
  csv: 'src/csv/index.ts',
}

export default defineConfig([
  {
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // the worker of parallel sweeps: started by path from beside the plan entry (dist/)
    entry: { 'sweep-worker': 'src/plan/compile/sweep-worker.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
  },
  {
    // The command is one file with its dependencies inside (YAML excepted: it is required only
    // when a plan file is YAML), minified: Node reads and compiles one script instead of a
    // hundred modules. `cli.js` starts it from V8's code cache of an earlier run (launch.ts).
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['zod', 'decimal.js'],
    external: ['yaml'],
    minify: true,
  },
  {
    entry: { cli: 'src/cli/launch.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entry: { 'cli-start': 'src/cli/start.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
  },
])
