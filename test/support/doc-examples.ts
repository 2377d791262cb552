/**
 * Finds the code examples the project documents: every ```ts block under an `@example` tag of
 * a TSDoc comment in src (test files excepted), and every ```ts block of README.md. The runner
 * is test/doc-examples.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** One code example: where it is, and its code with the comment's ` * ` stripped. */
export interface DocExample {
  /** The file, relative to the repository root, with `/` separators. */
  readonly file: string
  /** The 1-based line of the opening ```ts fence; the code starts on the next line. */
  readonly line: number
  readonly code: string
  /**
   * The name declared right after the comment (`export function rate` gives `rate`), or `null`
   * for README blocks and comments that precede no declaration.
   */
  readonly symbol: string | null
  /** What is wrong with the example's markup (no ```ts fence, an unclosed fence), if anything. */
  readonly problem: string | null
}

const FENCE_OPEN = /^```(\S*)\s*$/
const FENCE_CLOSE = /^```\s*$/
const TAG = /^@[a-zA-Z]+/
const DECLARATION =
  /^\s*export\s+(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/

/** The ```ts blocks of the `@example` sections of every TSDoc comment of a TypeScript source. */
export function examplesInSource(file: string, text: string): DocExample[] {
  const lines = text.split(/\r?\n/)
  const out: DocExample[] = []
  let i = 0
  while (i < lines.length) {
    const start = lines[i] ?? ''
    if (!/^\s*\/\*\*/.test(start) || /\*\/\s*$/.test(start.replace(/^\s*\/\*\*/, ''))) {
      i++
      continue
    }
    // A multi-line /** … */ comment: lines i+1 … end-1 are its body.
    let end = i + 1
    while (end < lines.length && !/\*\/\s*$/.test(lines[end] ?? '')) end++
    const body = lines.slice(i + 1, end).map((l) => l.replace(/^\s*\*(?: |$)/, ''))
    const symbol = declaredAfter(lines, end + 1)
    out.push(...examplesInComment(file, body, i + 2, symbol))
    i = end + 1
  }
  return out
}

/** The name declared by the first code line at or after `from`, skipping blank lines. */
function declaredAfter(lines: readonly string[], from: number): string | null {
  for (let j = from; j < lines.length; j++) {
    const l = lines[j] ?? ''
    if (l.trim() === '') continue
    return DECLARATION.exec(l)?.[1] ?? null
  }
  return null
}

/** `firstLine` is the 1-based file line of `body[0]`. */
function examplesInComment(
  file: string,
  body: readonly string[],
  firstLine: number,
  symbol: string | null,
): DocExample[] {
  const out: DocExample[] = []
  let inExample = false
  let found = false
  let exampleLine = 0
  const closeSection = () => {
    if (inExample && !found) {
      out.push({
        file,
        line: exampleLine,
        code: '',
        symbol,
        problem: '@example has no ```ts block',
      })
    }
    inExample = false
  }
  for (let k = 0; k < body.length; k++) {
    const l = body[k] ?? ''
    if (TAG.test(l)) {
      closeSection()
      if (/^@example\b/.test(l)) {
        inExample = true
        found = false
        exampleLine = firstLine + k
      }
      continue
    }
    const open = FENCE_OPEN.exec(l)
    if (!open) continue
    const close = body.findIndex((x, j) => j > k && FENCE_CLOSE.test(x))
    if (inExample && open[1] === 'ts') {
      found = true
      out.push({
        file,
        line: firstLine + k,
        code: close < 0 ? '' : body.slice(k + 1, close).join('\n'),
        symbol,
        problem: close < 0 ? 'the ```ts fence is never closed' : null,
      })
    }
    if (close < 0) break
    k = close
  }
  closeSection()
  return out
}

/** The ```ts blocks of a Markdown file. */
export function examplesInMarkdown(file: string, text: string): DocExample[] {
  const lines = text.split(/\r?\n/)
  const out: DocExample[] = []
  for (let k = 0; k < lines.length; k++) {
    const open = FENCE_OPEN.exec(lines[k] ?? '')
    if (!open) continue
    const close = lines.findIndex((x, j) => j > k && FENCE_CLOSE.test(x))
    if (open[1] === 'ts') {
      out.push({
        file,
        line: k + 1,
        code: close < 0 ? '' : lines.slice(k + 1, close).join('\n'),
        symbol: null,
        problem: close < 0 ? 'the ```ts fence is never closed' : null,
      })
    }
    if (close < 0) break
    k = close
  }
  return out
}

/** Every .ts file under `dir`, test files (`*.test.ts`, `*.test-d.ts`) excepted, sorted. */
function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts') && !/\.test(?:-d)?\.ts$/.test(entry.name)) out.push(path)
  }
  return out.sort()
}

/**
 * Folders that are not the library: the command and the `npm start` script. Their comments
 * may show shell usage, but nothing there is imported from 'bedstaff'.
 */
const NOT_LIBRARY = ['src/cli/', 'src/examples/']

/** Every documented example of the library at `root`: src/**\/*.ts, then README.md. */
export function collectDocExamples(root: string): DocExample[] {
  const rel = (path: string) => relative(root, path).split(sep).join('/')
  const library = sourceFiles(join(root, 'src')).filter(
    (path) => !NOT_LIBRARY.some((p) => rel(path).startsWith(p)),
  )
  const fromSource = library.flatMap((path) =>
    examplesInSource(rel(path), readFileSync(path, 'utf8')),
  )
  const readme = join(root, 'README.md')
  return [...fromSource, ...examplesInMarkdown(rel(readme), readFileSync(readme, 'utf8'))]
}
