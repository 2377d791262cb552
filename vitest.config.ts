/**
 * The test suite, in four projects:
 *
 * - `core`: unit and law tests of the arithmetic, beside the code (`src/**\/*.test.ts`) and in
 *   `test/core-*.test.ts`. In-process and fast.
 * - `unit`: the other in-process tests (plans, audits, scenarios, reports, fixtures).
 * - `slow`: what builds on `dist`, starts processes, packs the package or fuzzes: the documented
 *   examples, the command, packaging, the browser, robustness across processes, the fuzz suite.
 * - `types`: the type tests (`test/**\/*.test-d.ts`), checked by tsc. Vitest passes its
 *   `--typecheck` flag to no project, so this project turns type checking on itself.
 *
 * `npm run test:quick` runs `core` and `unit`; `npm test` builds first and runs all four.
 *
 * A fifth, `mutation`, is loaded only when named: what `npm run mutation` runs (see below).
 *
 * Timeouts are generous on purpose: on a loaded two-core machine a test that spawns Node can
 * take many seconds, and no test asserts how fast anything is. Property tests run with a fixed
 * fast-check seed (test/support/fast-check-seed.ts), printed once per run, so a failure
 * replays; set FAST_CHECK_SEED to explore another, and `npm run fuzz` for a random one.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { fastCheckSeed } from './test/support/fast-check-seed.js'

/** The unit and law tests of the arithmetic. */
const CORE = ['src/**/*.test.ts', 'test/core-*.test.ts']

/**
 * What mutation testing runs: the tests beside the code it mutates, and the core tests that take
 * a moment. Stryker runs every test for each mutant of module-level code (a table, a setting),
 * so the long generated runs of test/core-properties.test.ts and of the norm parser would take
 * most of its time; they stay in `core`.
 */
const MUTATION = [
  'src/{kernel,derive,quantity,population}/**/*.test.ts',
  'src/*.test.ts',
  'test/core-*.test.ts',
]
const MUTATION_EXCLUDE = ['test/core-properties.test.ts']

/** Tests that need the build, start processes, pack the package or fuzz. */
const SLOW = [
  'test/doc-examples.test.ts',
  'test/cli-command.test.ts',
  'test/cli-launch.test.ts',
  'test/packaging.test.ts',
  'test/browser.test.ts',
  'test/robustness.test.ts',
  'test/fuzz/**/*.test.ts',
]

/** Each project inherits the settings above (`extends: true`). */
const PROJECTS: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'core', include: CORE } },
  {
    extends: true,
    test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...CORE, ...SLOW] },
  },
  { extends: true, test: { name: 'slow', include: SLOW } },
  {
    extends: true,
    test: {
      name: 'types',
      typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'] },
    },
  },
  { extends: true, test: { name: 'mutation', include: MUTATION, exclude: MUTATION_EXCLUDE } },
]

/**
 * The projects to load, by name, comma-separated; when unset, all but `mutation`. Mutation
 * testing sets it to `mutation`: Stryker's vitest runner loads this file and has no project
 * filter of its own.
 */
const only = process.env.BEDSTAFF_TEST_PROJECTS?.split(',').map((name) => name.trim()) ?? [
  'core',
  'unit',
  'slow',
  'types',
]

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    globalSetup: ['test/support/fast-check-seed.ts'],
    setupFiles: ['test/support/fast-check-setup.ts'],
    provide: { fastCheckSeed: fastCheckSeed() },
    projects: PROJECTS.filter((p) => only.includes(String(p.test?.name))),
    // a mutation run counts a test file that fails to load as a failed test (see the reporter)
    ...(only.includes('mutation')
      ? { reporters: ['default', './test/support/load-failures-reporter.ts'] }
      : {}),
  },
})
