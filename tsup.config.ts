import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
  },
  {
    entry: { 'examples/cixi': 'src/examples/cixi.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
  },
])
