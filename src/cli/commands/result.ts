/** What a subcommand gives back: the text to print and the exit code. */
export interface CommandResult {
  readonly text: string
  readonly code: 0 | 1
}
