/**
 * The one error family of bedstaff: every public function either returns a value or throws a
 * {@link BedstaffError} with a stable `code`, the `path` of the bad field, and a message in
 * English and Chinese. The message table (error-messages.ts) is the one place texts live.
 */
import { MESSAGES, type MessagePair, type Params } from './error-messages.js'

/** Where in the caller's input the problem is: object keys and array indices, outermost first. */
export type Path = readonly (string | number)[]

/** A stable, machine-readable error code. */
export type ErrorCode = keyof typeof MESSAGES

/**
 * Every error code bedstaff can throw, in a stable order.
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'bedstaff'
 *
 * ERROR_CODES.includes('base-mismatch') // => true
 * ERROR_CODES.slice(0, 2) // => ["invalid-number","non-finite-number"]
 * ```
 */
export const ERROR_CODES: readonly ErrorCode[] = Object.freeze(Object.keys(MESSAGES) as ErrorCode[])

/**
 * The one error class bedstaff throws. `code` is stable, `path` points into the caller's input,
 * `message` is English and `messageZh` is Chinese.
 *
 * @example
 * ```ts
 * import { BedstaffError, base } from 'bedstaff'
 *
 * let error: unknown
 * try { base.resident('-5', { year: 2025, vintage: 'projection' }) } catch (e) { error = e }
 * error instanceof BedstaffError // => true
 * error // => {"code":"non-positive-population","path":["value"],"message":"a population must be greater than zero, got -5","messageZh":"人口数必须大于零，收到 -5"}   (its toJSON)
 * ```
 */
export class BedstaffError extends Error {
  /** Stable machine-readable code, e.g. `'zero-denominator'`. */
  readonly code: ErrorCode
  /** Where in the input the problem lies. */
  readonly path: Path
  /** The message in English (same as `message`). */
  readonly messageEn: string
  /** The message in Chinese. */
  readonly messageZh: string
  /** The values the message was built from. */
  readonly params: Params

  constructor(code: ErrorCode, path: Path, params: Params = {}) {
    const checked = checkedParts(code, path, params)
    ;[code, path, params] = checked
    const pair: MessagePair = MESSAGES[code]
    const en = pair.en(params)
    const where = path.length > 0 ? ` at ${formatPath(path)}` : ''
    super(`bedstaff: ${en}${where}`)
    this.name = 'BedstaffError'
    this.code = code
    this.path = Object.freeze([...path])
    this.messageEn = en
    this.messageZh = pair.zh(params)
    this.params = Object.freeze({ ...params })
  }

  /** A plain object for JSON output: code, path and both messages. */
  toJSON(): { code: ErrorCode; path: Path; message: string; messageZh: string } {
    return { code: this.code, path: this.path, message: this.messageEn, messageZh: this.messageZh }
  }
}

/**
 * Whether `e` is a {@link BedstaffError}, by its `name` and `code` rather than by `instanceof`:
 * the ES module and CommonJS builds of the package each define the class, so an error thrown by
 * one copy is not an `instanceof` the other. Test `.code` after this guard.
 *
 * @example
 * ```ts
 * import { base, isBedstaffError } from 'bedstaff'
 *
 * let error: unknown
 * try { base.resident(0, { year: 2025, vintage: 'projection' }) } catch (e) { error = e }
 * isBedstaffError(error) && error.code // => "non-positive-population"
 * isBedstaffError(new Error('other')) // => false
 * ```
 */
export function isBedstaffError(e: unknown): e is BedstaffError {
  if (e instanceof BedstaffError) return true
  if (!(e instanceof Error) || e.name !== 'BedstaffError') return false
  const code: unknown = (e as { code?: unknown }).code
  return typeof code === 'string' && Object.hasOwn(MESSAGES, code)
}

/**
 * Renders a path the way a reader expects: `rules[3].value`.
 *
 * @example
 * ```ts
 * import { formatPath } from 'bedstaff'
 *
 * formatPath(['rules', 3, 'value']) // => "rules[3].value"
 * formatPath([]) // => ""
 * ```
 */
export function formatPath(path: Path): string {
  if (!isPath(path)) return formatPath(['?'])
  let out = ''
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`
  }
  return out
}

/** Whether a value is a path: an array of strings and whole numbers 0 or more. */
function isPath(path: unknown): path is Path {
  return (
    Array.isArray(path) &&
    path.length <= 1000 &&
    path.every(
      (p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0),
    )
  )
}

/**
 * The parts of an error as given, or, where a caller built one from parts the library would
 * never use (an unknown code, a path that is not a list, parameters that are not an object),
 * an `invalid-argument` error that says so: making an error never crashes.
 */
function checkedParts(code: unknown, path: unknown, params: unknown): [ErrorCode, Path, Params] {
  const problem =
    typeof code !== 'string' || !Object.hasOwn(MESSAGES, code)
      ? ['an unknown error code', '未知的错误代码']
      : !isPath(path)
        ? ['a path that is not a list of keys and indices', '路径不是键与下标的列表']
        : params === null || typeof params !== 'object' || Array.isArray(params)
          ? ['parameters that are not an object', '参数不是对象']
          : null
  if (problem === null) return [code as ErrorCode, path as Path, params as Params]
  const [en, zh] = problem as [string, string]
  return ['invalid-argument', ['BedstaffError'], { problem: en, problemZh: zh }]
}

/** Throws a {@link BedstaffError}; a helper for one-line guards. @internal */
export function fail(code: ErrorCode, path: Path, params: Params = {}): never {
  throw new BedstaffError(code, path, params)
}

/** Prefixes a path onto an error thrown by `fn`, so nested validation reports full paths. @internal */
export function atPath<T>(prefix: Path, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof BedstaffError)
      throw new BedstaffError(e.code, [...prefix, ...e.path], e.params)
    throw e
  }
}
