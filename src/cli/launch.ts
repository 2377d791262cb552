/**
 * The `bedstaff` executable (`dist/cli.js`): starts the command bundled in `dist/cli-main.cjs`
 * from V8's compiled code of an earlier run when there is one.
 *
 * Half of a cold start is turning JavaScript into bytecode. Node 22 can keep that work between
 * runs (`module.enableCompileCache`); Node 20 cannot, so this does what it does. The bundle is
 * compiled with the code cache of the previous run of the same command; after a run that had
 * none (or whose cache V8 refused: another Node, another bundle) the cache is written for the
 * next, and that command's caches of other bundles are removed.
 *
 * The cache lives in a directory of the user's own under the system's temporary directory. It
 * is used only when that directory belongs to the user and no one else can write to it, and not
 * at all when `BEDSTAFF_NO_COMPILE_CACHE` is set. Nothing changes but the time: a missing,
 * refused or unwritable cache runs the same command compiled from source.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'

const bundle = join(dirname(fileURLToPath(import.meta.url)), 'cli-main.cjs')
const source = readFileSync(bundle, 'utf8')

/** This user's cache directory, made if missing; undefined where it is not safely this user's. */
function cacheDirectory(): string | undefined {
  if (process.env.BEDSTAFF_NO_COMPILE_CACHE) return undefined
  try {
    const dir = join(tmpdir(), `bedstaff-compile-cache-${process.getuid?.() ?? 'user'}`)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const s = statSync(dir)
    const own = process.getuid === undefined || s.uid === process.getuid()
    return own && (s.mode & 0o022) === 0 ? dir : undefined
  } catch {
    return undefined
  }
}

/** The command word (`evaluate`, `audit`…), for a cache per command: each holds the functions
 * its command compiled, which is most of what the next run of that command needs. */
function commandWord(): string {
  const word = process.argv[2] ?? ''
  return /^[a-z][a-z-]{0,19}$/.test(word) ? word : 'other'
}

/** Removes the command's caches made from other bundles (an earlier build or version). */
function pruneOthers(dir: string, word: string, kept: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name)
    if (name.startsWith(`${word}@`) && name.endsWith('.bin') && file !== kept) {
      rmSync(file, { force: true })
    }
  }
}

const dir = cacheDirectory()
// one file per command, named for the bundle it was made from (its size and time stand for its
// content; V8 checks the source too): `evaluate@v20.20.2-361452-1795990000000.bin`
const word = commandWord()
const stamp = statSync(bundle)
const cacheFile =
  dir && join(dir, `${word}@${process.version}-${stamp.size}-${Math.trunc(stamp.mtimeMs)}.bin`)

let cachedData: Buffer | undefined
try {
  cachedData = cacheFile ? readFileSync(cacheFile) : undefined
} catch {
  cachedData = undefined
}

const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
  cachedData ? { filename: bundle, cachedData } : { filename: bundle },
)
if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  // written at exit, so that the cache holds the functions the run compiled too
  process.once('exit', () => {
    try {
      const temporary = `${cacheFile}.${process.pid}`
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 })
      renameSync(temporary, cacheFile)
      if (dir) pruneOthers(dir, word, cacheFile)
    } catch {
      // no cache this time: the next run compiles from source again
    }
  })
}

type Wrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void
const module = { exports: {} }
const wrapper = script.runInThisContext() as Wrapper
wrapper(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
