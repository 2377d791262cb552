/**
 * What a subcommand gives back: the text to print (or `pieces`, written one by one as they
 * are made, for output that streams; or `stream`, pieces made asynchronously, as by worker
 * threads) and the exit code.
 */
export interface CommandResult {
  readonly text: string
  readonly code: 0 | 1
  readonly pieces?: Iterable<string>
  readonly stream?: AsyncIterable<string>
}
