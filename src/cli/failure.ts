/**
 * Failures of the command line: a library error with the file it came from, and the one line
 * that tells the user.
 */
import { BedstaffError, formatPath } from '../errors.js'
import type { Lang } from '../report/grid.js'
import { oneLine } from '../report/width.js'

/** A {@link BedstaffError} together with the file (if any) it is about. */
export class CliFailure extends Error {
  readonly file: string | null
  readonly error: BedstaffError

  constructor(file: string | null, error: BedstaffError) {
    super(error.message)
    this.name = 'CliFailure'
    this.file = file
    this.error = error
  }
}

/** Runs `fn`; a library error it throws is tagged with `file`. */
export function inFile<T>(file: string | null, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof BedstaffError) throw new CliFailure(file, e)
    throw e
  }
}

/** Throws an `invalid-argument` error. */
export function badArgument(problem: string, problemZh: string, path: string[] = []): never {
  throw new CliFailure(null, new BedstaffError('invalid-argument', path, { problem, problemZh }))
}

/**
 * The one line a failure prints: `bedstaff: FILE: PATH: message [code]`.
 */
export function failureLine(f: CliFailure, lang: Lang): string {
  const e = f.error
  const where = [f.file, formatPath(e.path)].filter((x) => x !== null && x !== '')
  const message = lang === 'zh' ? e.messageZh : e.messageEn
  return `${oneLine(['bedstaff', ...where, message].join(': '))} [${e.code}]\n`
}
