/**
 * Turns a documented example into TypeScript that checks what its comments claim: `expr // =>
 * X` becomes a value check, `stmt // throws CODE` an error check, and `console.log(...)` with
 * `// ...` lines an output check (conventions in test/doc-examples.test.ts). Imports of the
 * package are pointed at the source.
 */
import { toSource } from './doc-example-source.js'
import type { DocExample } from './doc-examples.js'

/** One assertion the block makes, for the report of which ones ran. */
export interface Assertion {
  readonly line: number
  readonly kind: 'value' | 'throws' | 'output'
}

/** A block made runnable: TypeScript source with assertions, or why it cannot be. */
export type Compiled =
  | { readonly ok: true; readonly source: string; readonly assertions: readonly Assertion[] }
  | { readonly ok: false; readonly problem: string }

const EXPLANATION = / {3,}\(.*$/
const VALUE_START = /^(?:["'[{\d-]|true\b|false\b|null\b)/

/** A single-quoted JS string literal as its value, or `undefined`. */
function singleQuoted(text: string): string | undefined {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(text)
  if (!m) return undefined
  let json = ''
  const s = m[1] ?? ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      const next = s[i + 1] ?? ''
      json += next === "'" ? "'" : `\\${next}`
      i++
    } else json += c === '"' ? '\\"' : c
  }
  return JSON.parse(`"${json}"`) as string
}

/** The expected value of `// => X` as canonical JSON text, or why X is not one. */
function expectedJson(text: string): string | Error {
  const x = text.replace(EXPLANATION, '').trim()
  if (!VALUE_START.test(x)) {
    return new Error(`"// => ${x}" does not show a JSON value (a string needs double quotes)`)
  }
  const quoted = singleQuoted(x)
  if (quoted !== undefined) return JSON.stringify(quoted)
  try {
    return JSON.stringify(JSON.parse(x))
  } catch {
    return new Error(`"// => ${x}" is not JSON (strings need double quotes, keys too)`)
  }
}

/** A problem with one line of a block, located at its file and line. */
class BlockError extends Error {}

/** Rewrites a block's lines into TypeScript that checks what the comments claim. */
export function compile(ex: DocExample): Compiled {
  if (ex.problem !== null) return { ok: false, problem: `${ex.file}:${ex.line}: ${ex.problem}` }
  const lines = ex.code.split('\n')
  const out: string[] = []
  const assertions: Assertion[] = []
  const lineOf = (k: number) => ex.line + 1 + k
  const problem = (at: number, message: string) => new BlockError(`${ex.file}:${at}: ${message}`)
  try {
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k] ?? ''
      const at = lineOf(k)
      const imports = toSource(l, '.ts', true)
      const arrow = imports.indexOf('// =>')
      if (arrow >= 0) {
        const code = imports.slice(0, arrow).trimEnd()
        const indent = /^\s*/.exec(code)?.[0] ?? ''
        const expr = code.trim().replace(/;$/, '')
        if (expr === '' || /^(?:const|let|var|import|export|return)\b/.test(expr)) {
          throw problem(at, '"// =>" must follow an expression statement')
        }
        const expected = expectedJson(imports.slice(arrow + 5))
        if (expected instanceof Error) throw problem(at, expected.message)
        const want = JSON.stringify(expected)
        out.push(
          /\bawait\b/.test(expr)
            ? `${indent}await __checkAsync(async () => (${expr}), ${want}, ${at});`
            : `${indent}__check(() => (${expr}), ${want}, ${at});`,
        )
        assertions.push({ line: at, kind: 'value' })
        continue
      }
      const throws = /^(\s*)(.*?)\s*\/\/ throws (\S+)(?: {3,}\(.*)?\s*$/.exec(imports)
      if (throws) {
        const [, indent, stmt, code] = throws
        if (!stmt) throw problem(at, '"// throws" must follow a statement')
        out.push(`${indent}__throws(() => { ${stmt} }, ${JSON.stringify(code)}, ${at});`)
        assertions.push({ line: at, kind: 'throws' })
        continue
      }
      const log = /^(\s*)console\.log\((.*)$/.exec(imports)
      if (log) {
        const expected: string[] = []
        while (/^\s*\/\//.test(lines[k + 1 + expected.length] ?? '')) {
          const comment = (lines[k + 1 + expected.length] ?? '').replace(/^\s*\/\/ ?/, '')
          expected.push(comment.replace(EXPLANATION, '').trimEnd())
        }
        if (expected.length === 0) {
          throw problem(at, 'console.log is not followed by its output as a // comment')
        }
        out.push(`${log[1]}__log(${at}, ${JSON.stringify(expected)}, ${log[2]}`)
        assertions.push({ line: at, kind: 'output' })
        continue
      }
      out.push(imports)
    }
  } catch (e) {
    if (e instanceof BlockError) return { ok: false, problem: e.message }
    throw e
  }
  if (assertions.length === 0) {
    return {
      ok: false,
      problem: `${ex.file}:${ex.line}: the example asserts nothing: show its output with \`expr // => value\`, \`stmt // throws code\` or a console.log followed by \`// output\``,
    }
  }
  return { ok: true, source: out.join('\n'), assertions }
}
