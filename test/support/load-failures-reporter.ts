/**
 * A reporter for mutation runs: a test file that fails to load (its import throws, so it holds no
 * test) is given one failed test that carries the load error.
 *
 * Stryker's vitest runner reads the tests of each file and nothing else, so without this a mutant
 * that stops a module from loading counts as surviving although the suite catches it: an option
 * decimal.js refuses, or a factory that refuses the values a test file builds at its top
 * (stryker-js issue 6150). vitest.config.ts adds it only when the `mutation` project is named.
 */
import type { RunnerTestCase } from 'vitest'
import type { Reporter, Vitest } from 'vitest/node'

export default class LoadFailuresAsFailedTests implements Reporter {
  private vitest: Vitest | undefined

  onInit(vitest: Vitest): void {
    this.vitest = vitest
  }

  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue
      // the fields Stryker reads: type, name, mode, file, result; a test has no context to give
      const loads = {
        type: 'test',
        id: `${file.id}_loads`,
        name: 'the test file loads',
        mode: 'run',
        file,
        meta: {},
        result: { state: 'fail', errors: file.result.errors ?? [], duration: 0 },
      } as unknown as RunnerTestCase
      file.tasks.push(loads)
    }
  }
}
