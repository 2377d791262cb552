/**
 * The command's only contact with the outside: reading files, writing stdout, stderr and the
 * `--out` file, the calendar year and the terminal's width. Tests and `npm start` can give
 * their own.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs'
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
  /** The terminal's width in columns: `COLUMNS`, else the terminal's own; none when unknown. */
  readonly columns?: () => number | undefined
}

/** Largest input file read, in bytes. */
export const MAX_FILE_BYTES = 50_000_000

/** Bytes asked of the file system per read. */
const CHUNK_BYTES = 1 << 16

/**
 * Opening flags: read only, and without waiting, so that a pipe with no writer (a FIFO) opens
 * at once and is then refused as not a regular file. (O_NONBLOCK does not change how a
 * regular file reads; where the platform lacks it, it is 0.)
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  ENOENT: ['no such file or folder', '文件或目录不存在'],
  EISDIR: ['it is a folder', '这是一个目录'],
  ENOTDIR: ['a part of the path is not a folder', '路径中有一段不是目录'],
  EACCES: ['permission denied', '没有权限'],
  EPERM: ['permission denied', '没有权限'],
  EEXIST: ['it exists', '文件已存在'],
}

const NOT_REGULAR = [
  'not a regular file (a device, a pipe or a socket)',
  '不是普通文件（设备、管道或套接字）',
] as const

function reasonOf(e: unknown): readonly [string, string] {
  const code = (e as { code?: unknown })?.code
  const known = typeof code === 'string' ? REASONS[code] : undefined
  if (known) return known
  const text = typeof code === 'string' ? code : 'unknown error'
  return [text, text]
}

/** `file-unreadable` with a reason in English and Chinese. */
function unreadable([reason, reasonZh]: readonly [string, string]): BedstaffError {
  return new BedstaffError('file-unreadable', [], { reason, reasonZh })
}

const TOO_LARGE = [`larger than ${MAX_FILE_BYTES} bytes`, `超过 ${MAX_FILE_BYTES} 字节`] as const

/** Throws unless `st` is a regular file of at most {@link MAX_FILE_BYTES} bytes. */
function checkRegular(st: Stats): void {
  if (st.isDirectory()) throw unreadable(reasonOf({ code: 'EISDIR' }))
  if (!st.isFile()) throw unreadable(NOT_REGULAR)
  if (st.size > MAX_FILE_BYTES) throw unreadable(TOO_LARGE)
}

/** Reads the open file `fd` to its end, refusing it once it passes {@link MAX_FILE_BYTES}. */
function readBounded(fd: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    const n = readSync(fd, chunk, 0, CHUNK_BYTES, null)
    if (n === 0) return Buffer.concat(chunks, total)
    total += n
    if (total > MAX_FILE_BYTES) throw unreadable(TOO_LARGE)
    chunks.push(n === CHUNK_BYTES ? chunk : chunk.subarray(0, n))
  }
}

/**
 * The text of a regular file. A device, a pipe or a socket is refused before it is opened
 * (and again after, should the path have changed meanwhile), and no more than
 * {@link MAX_FILE_BYTES} bytes are ever read, even from a file that grows.
 */
function readFile(path: string): string {
  let fd: number
  try {
    checkRegular(statSync(path))
    fd = openSync(path, READ_FLAGS)
  } catch (e) {
    throw e instanceof BedstaffError ? e : unreadable(reasonOf(e))
  }
  try {
    checkRegular(fstatSync(fd))
    const text = readBounded(fd).toString('utf8')
    return text.startsWith('\ufeff') ? text.slice(1) : text
  } catch (e) {
    throw e instanceof BedstaffError ? e : unreadable(reasonOf(e))
  } finally {
    closeSync(fd)
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

/** `COLUMNS` when it is a positive whole number, else the width of stdout if a terminal. */
function terminalColumns(): number | undefined {
  const env = process.env.COLUMNS
  if (env !== undefined && /^\d{1,5}$/.test(env) && Number(env) > 0) return Number(env)
  return process.stdout.isTTY ? process.stdout.columns : undefined
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
  columns: terminalColumns,
})
