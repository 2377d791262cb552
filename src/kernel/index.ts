/**
 * The kernels, as one namespace: `import { kernels } from 'bedstaff'`. Exact `Dec` arithmetic
 * with no validation and no formatting, the same functions every derivation, evaluation, sweep
 * and audit of the library calls.
 */
export * from './arithmetic.js'
export * from './bounds.js'
export * from './growth.js'
export * from './printed.js'
export * from './status.js'
