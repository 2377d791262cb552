/**
 * Settings for a command that runs once and exits. The command bundles its own copy of zod,
 * so this changes nothing for programs that import the library.
 *
 * zod compiles each object schema into a JavaScript function when the schema is built: worth
 * it when a program validates thousands of plans, a loss when a process validates one plan and
 * exits. It must run before the schemas are built, so the command imports the rest of itself
 * after calling it.
 */
import { config } from 'zod'

/** Tells zod to interpret schemas rather than compile them. */
export function fastStart(): void {
  config({ jitless: true })
}
