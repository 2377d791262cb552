/**
 * What a subcommand gives back: the text to print (or `pieces`, written one by one as they
 * are made, for output that streams) and the exit code.
 */
export interface CommandResult {
  readonly text: string
  readonly code: 0 | 1
  readonly pieces?: Iterable<string>
}
