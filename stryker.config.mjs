// @ts-check
/**
 * Mutation testing of the arithmetic: `npm run mutation`, or on a few files,
 * `npx stryker run --mutate src/rounding.ts,src/derive/gap.ts`.
 *
 * Stryker changes one operator, condition or literal at a time in the files it mutates and runs
 * the tests that cover it; a mutant the tests do not notice is a mistake they would let through.
 * Only the `mutation` project of vitest.config.ts runs: the unit and law tests beside the
 * mutated code and the quick core tests, all in-process. The HTML and JSON reports go to
 * reports/mutation/ (not committed).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */

// Stryker's worker processes inherit this environment; vitest.config.ts then loads only the
// `mutation` project, with a reporter that counts a test file that fails to load as a failed
// test. (Stryker's own `testFiles` option is not used: with it, Stryker 9.6 activates mutants
// of module-level code too late, and reports them all as surviving.)
process.env.BEDSTAFF_TEST_PROJECTS = 'mutation'

const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts', related: true },
  mutate: [
    'src/kernel/**/*.ts',
    'src/derive/**/*.ts',
    'src/quantity/**/*.ts',
    'src/population/**/*.ts',
    'src/rounding.ts',
    'src/made.ts',
    'src/comparator.ts',
    'src/decimal.ts',
    '!src/**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two test runners: about a quarter of an hour for the whole run on two cores (pass
  // --concurrency 1 to leave a core free).
  concurrency: 2,
  // a mutant that loops (gcd without its step) is cut off this long after the tests' usual time
  timeoutMS: 15_000,
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: 85 },
  ignorePatterns: ['dist', 'coverage', 'docs-api', 'reports', '*.tgz'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}

export default config
