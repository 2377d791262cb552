/**
 * The errors the norm-text parser throws: all at path `['text']`, with a short excerpt of the
 * text that could not be read.
 */
import { fail } from '../errors.js'

/** The error path of every norm-text error. @internal */
export const NORM_TEXT_PATH = ['text'] as const

/** The first 60 characters of the text, for an error's `received`. @internal */
export function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** Throws `norm-unreadable` for `src` with the reason in English and Chinese. @internal */
export function unreadable(src: string, reason: string, reasonZh: string): never {
  return fail('norm-unreadable', NORM_TEXT_PATH, { received: excerpt(src), reason, reasonZh })
}
