/**
 * Runs before every test file: every fast-check property uses the run's seed (vitest.config.ts),
 * so a property test gives the same cases on every machine and every run.
 */
import fc from 'fast-check'
import { inject } from 'vitest'

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fastCheckSeed') })
