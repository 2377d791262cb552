/**
 * What an example's import of the package means in the working tree: each entry of the package
 * (`bedstaff`, `bedstaff/plan`, …) is its source entry file, and `bedstaff/fixtures/…` the
 * fixture itself. Also the public names each entry re-exports, with the module of each.
 */
import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..', '..')
/** What each entry of the package means in an example: its source entry file, without `.ts`. */
export const ENTRIES: Readonly<Record<string, string>> = {
  bedstaff: 'src/index',
  'bedstaff/norm': 'src/norm/index',
  'bedstaff/plan': 'src/plan/index',
  'bedstaff/audit': 'src/audit/index',
  'bedstaff/scenario': 'src/scenario/index',
  'bedstaff/report': 'src/report/index',
  'bedstaff/csv': 'src/csv/index',
}
export const entryUrl = pathToFileURL(join(root, 'src', 'index.ts')).href

/** An import of the package: an entry or a shipped fixture. */
const PACKAGE_IMPORT = /(\bfrom\s*)(['"])(bedstaff(?:\/[\w./-]+)?)\2/g

/**
 * The file an example's import of the package means: with extension `ext` for an entry (`.ts`
 * to run, `.js` to type-check), the file itself for a fixture; `null` for no such entry.
 */
export function sourceOf(specifier: string, ext: '.ts' | '.js'): string | null {
  if (specifier.startsWith('bedstaff/fixtures/'))
    return join(root, specifier.slice('bedstaff/'.length))
  const entry = ENTRIES[specifier]
  return entry === undefined ? null : join(root, `${entry}${ext}`)
}

/** A line with every import of the package pointed at the source. */
export const toSource = (line: string, ext: '.ts' | '.js', url: boolean) =>
  line.replace(PACKAGE_IMPORT, (m, from: string, _q: string, specifier: string) => {
    const file = sourceOf(specifier, ext)
    if (file === null) return m
    return `${from}${JSON.stringify(url ? pathToFileURL(file).href : file)}`
  })

/** The runtime names the entries re-export, with the module each comes from. */
export function publicExports(): { name: string; file: string; specifier: string }[] {
  return Object.entries(ENTRIES).flatMap(([specifier, entry]) =>
    entryExports(entry).map((e) => ({ ...e, specifier })),
  )
}

/** The runtime names one entry (`src/plan/index`) re-exports, with the module of each. */
function entryExports(entry: string): { name: string; file: string }[] {
  const index = readFileSync(join(root, `${entry}.ts`), 'utf8')
  const out: { name: string; file: string }[] = []
  for (const m of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'(\.\.?\/[^']+)\.js'/g)) {
    const file = posix.join(posix.dirname(entry), `${m[2]}.ts`)
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim()
      if (name === '' || name.startsWith('type ')) continue
      out.push({ name: name.replace(/^.*\bas\s+/, ''), file })
    }
  }
  return out
}
