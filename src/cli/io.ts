/**
 * The command's only contact with the outside: reading files, writing stdout, stderr and the
 * `--out` file, and the calendar year. Tests and `npm start` can give their own.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { BedstaffError } from '../errors.js'

/** What a command may touch. */
export interface Io {
  /** The text of a file (UTF-8, without a byte-order mark). */
  readonly readFile: (path: string) => string
  /** Writes a file: `exclusive` refuses to replace an existing one. */
  readonly writeFile: (path: string, text: string, exclusive: boolean) => void
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** The current calendar year (the default year of `bedstaff total`). */
  readonly year: () => number
}

/** Largest input file read, in bytes. */
export const MAX_FILE_BYTES = 50_000_000

const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  ENOENT: ['no such file or folder', '文件或目录不存在'],
  EISDIR: ['it is a folder', '这是一个目录'],
  ENOTDIR: ['a part of the path is not a folder', '路径中有一段不是目录'],
  EACCES: ['permission denied', '没有权限'],
  EPERM: ['permission denied', '没有权限'],
  EEXIST: ['it exists', '文件已存在'],
}

function reasonOf(e: unknown): readonly [string, string] {
  const code = (e as { code?: unknown })?.code
  const known = typeof code === 'string' ? REASONS[code] : undefined
  if (known) return known
  const text = typeof code === 'string' ? code : 'unknown error'
  return [text, text]
}

function readFile(path: string): string {
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' })
    size = st.size
  } catch (e) {
    const [reason, reasonZh] = reasonOf(e)
    throw new BedstaffError('file-unreadable', [], { reason, reasonZh })
  }
  if (size > MAX_FILE_BYTES) {
    const reason = `larger than ${MAX_FILE_BYTES} bytes`
    throw new BedstaffError('file-unreadable', [], {
      reason,
      reasonZh: `超过 ${MAX_FILE_BYTES} 字节`,
    })
  }
  try {
    const text = readFileSync(path, 'utf8')
    return text.startsWith('\ufeff') ? text.slice(1) : text
  } catch (e) {
    const [reason, reasonZh] = reasonOf(e)
    throw new BedstaffError('file-unreadable', [], { reason, reasonZh })
  }
}

function writeFile(path: string, text: string, exclusive: boolean): void {
  try {
    writeFileSync(path, text, { encoding: 'utf8', flag: exclusive ? 'wx' : 'w' })
  } catch (e) {
    if ((e as { code?: unknown })?.code === 'EEXIST') throw new BedstaffError('output-exists', [])
    const [reason, reasonZh] = reasonOf(e)
    throw new BedstaffError('file-unwritable', [], { reason, reasonZh })
  }
}

/** The real world: the file system, the process's streams and the clock. */
export const nodeIo: Io = Object.freeze({
  readFile,
  writeFile,
  stdout: (text: string) => {
    process.stdout.write(text)
  },
  stderr: (text: string) => {
    process.stderr.write(text)
  },
  year: () => new Date().getFullYear(),
})
