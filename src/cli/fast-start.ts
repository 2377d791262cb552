/**
 * Settings for a command that runs once and exits. The command bundles its own copy of zod,
 * so this changes nothing for programs that import the library.
 *
 * zod compiles each object schema into a JavaScript function when the schema is built: worth
 * it when a program validates thousands of plans, a loss when a process validates one plan and
 * exits. The setting is made when this module is loaded, and the command imports it before
 * any module that builds a schema.
 */
import { config } from 'zod/mini'

config({ jitless: true })

/** That zod interprets the command's schemas rather than compiling them (set on loading). */
export const ZOD_INTERPRETS = true
