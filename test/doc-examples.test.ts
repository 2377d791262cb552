/**
 * Every code example of the README and of the TSDoc of src runs, and shows what it prints.
 *
 * The conventions, line by line, in a ```ts block:
 * - `expr // => X`: JSON.stringify(expr) equals the JSON value X (strings in double quotes;
 *   a single-quoted string is read as the same string). X starts with `"`, `'`, `[`, `{`, a
 *   digit, `-`, `true`, `false` or `null`.
 * - `stmt // throws CODE`: the statement throws a BedstaffError with that code.
 * - `console.log(...)` followed by `// ...` lines: what it prints, line by line.
 * In expected values, text after three spaces and an opening parenthesis is explanation and is
 * ignored: `// sum-mismatch 50   (2892 + 1611 + 2100 = 6603)`.
 *
 * Blocks import from 'bedstaff' and its subpaths ('bedstaff/plan', …), each rewritten to its
 * source entry (src/index.ts, src/plan/index.ts, …; the package's `exports` name the same
 * entries built), and may import fixtures through the package ('bedstaff/fixtures/…'): what
 * the documentation shows is what the code in the working tree does, with no build in between.
 * Each block is type-checked against the source, then runs as an ES module in its own Node
 * process with tsx loaded (`node --import tsx`, so that src's TypeScript runs as it is), and
 * may read fixtures with node:fs, relative to the repository root. A block that asserts
 * nothing fails.
 */
import { execFile } from 'node:child_process'
import { SourceMap } from 'node:module'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { compile } from './support/doc-example-compile.js'
import { entryUrl, publicExports, toSource } from './support/doc-example-source.js'
import { collectDocExamples, type DocExample } from './support/doc-examples.js'

const root = join(import.meta.dirname, '..')
const examples = collectDocExamples(root)

const DONE = '__doc_example_done__'

/** Helpers every block runs with; one line, so that it shifts generated lines by exactly one. */
const PRELUDE = [
  `import { BedstaffError as __BedstaffError } from ${JSON.stringify(entryUrl)};`,
  "import { format as __format } from 'node:util';",
  'const __ran = new Set();',
  'const __fail = (line, message) => { throw new Error(globalThis.__docFile + ":" + line + ": " + message); };',
  'const __what = (e) => (e && (e.code || e.name)) + ": " + (e && e.message);',
  'const __compare = (value, want, line) => { const got = JSON.stringify(value); if (got !== want) __fail(line, "expected " + want + ", got " + got); __ran.add(line); };',
  'const __check = (fn, want, line) => { let v; try { v = fn(); } catch (e) { __fail(line, "threw " + __what(e)); } __compare(v, want, line); };',
  'const __checkAsync = async (fn, want, line) => { let v; try { v = await fn(); } catch (e) { __fail(line, "threw " + __what(e)); } __compare(v, want, line); };',
  'const __throws = (fn, code, line) => { try { fn(); } catch (e) { if (!(e instanceof __BedstaffError) || e.code !== code) __fail(line, "expected BedstaffError " + code + ", got " + __what(e)); __ran.add(line); return; } __fail(line, "expected BedstaffError " + code + ", nothing was thrown"); };',
  'const __log = (line, want, ...args) => { const got = __format(...args).split("\\n").map((s) => s.trimEnd()); if (JSON.stringify(got) !== JSON.stringify(want)) __fail(line, "console.log printed " + JSON.stringify(got.join("\\n")) + ", the comment says " + JSON.stringify(want.join("\\n"))); __ran.add(line); };',
].join(' ')

/** The transpiled module, and a map from its lines back to the block's. */
function transpile(ex: DocExample, source: string): { js: string; map: SourceMap } {
  const out = ts.transpileModule(source, {
    fileName: 'example.ts',
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      sourceMap: true,
    },
  })
  const [d] = out.diagnostics ?? []
  if (d) {
    const line =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null
    const where = line ? `${ex.file}:${ex.line + 1 + line.line}` : `${ex.file}:${ex.line}`
    throw new Error(`${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
  }
  const js = out.outputText.replace(/\/\/# sourceMappingURL=.*$/m, '')
  const map = new SourceMap(JSON.parse(out.sourceMapText ?? '{}'))
  return { js: `${PRELUDE}\nglobalThis.__docFile = ${JSON.stringify(ex.file)};\n${js}`, map }
}

const PRELUDE_LINES = 2

/** Runs a module in a child process at the repository root, with tsx to load src's TypeScript. */
function run(js: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', js],
      // a safety net, well inside the suite's test timeout (vitest.config.ts): on a loaded
      // machine, starting Node with tsx and loading src can take many seconds
      { cwd: root, timeout: 100_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** The block line an error's stack points at, through the source map, if it can tell. */
function blockLine(ex: DocExample, stderr: string, map: SourceMap): number | null {
  const m = /\[eval1\]:(\d+):(\d+)/.exec(stderr)
  if (!m) return null
  const entry = map.findEntry(Number(m[1]) - 1 - PRELUDE_LINES, Number(m[2]) - 1) as {
    originalLine?: number
  }
  return entry.originalLine === undefined ? null : ex.line + 1 + entry.originalLine
}

/**
 * A block as a TypeScript module importing the source entries (written `src/plan/index.js`,
 * which the project's Bundler resolution maps to src/plan/index.ts).
 */
const typedSource = (ex: DocExample) =>
  `${ex.code
    .split('\n')
    .map((l) => toSource(l, '.js', false))
    .join('\n')}\nexport {}\n`

let typeErrorsOf: Map<DocExample, string[]> | undefined

/**
 * Type-checks every block at once, with the project's compiler options (unused names
 * allowed), so that what an example shows also compiles, `@ts-expect-error` lines included.
 */
function typeCheck(list: readonly DocExample[]): Map<DocExample, string[]> {
  const files = new Map<string, DocExample>()
  list.forEach((ex, i) => {
    files.set(join(root, 'test', '.doc-examples', `example-${i}.ts`), ex)
  })
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  })
  const options = {
    ...config?.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
  }
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (name, language, ...rest) => {
    const ex = files.get(name)
    return ex
      ? ts.createSourceFile(name, typedSource(ex), language)
      : getSourceFile(name, language, ...rest)
  }
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name)
  host.readFile = (name) => {
    const ex = files.get(name)
    return ex ? typedSource(ex) : ts.sys.readFile(name)
  }
  const program = ts.createProgram([...files.keys()], options, host)
  const out = new Map<DocExample, string[]>()
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const ex = d.file ? files.get(d.file.fileName) : undefined
    if (!ex || !d.file) continue
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0)
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n')
    out.set(ex, [...(out.get(ex) ?? []), `${ex.file}:${ex.line + 1 + line}: ${text}`])
  }
  return out
}

async function runExample(ex: DocExample): Promise<void> {
  const compiled = compile(ex)
  if (!compiled.ok) throw new Error(compiled.problem)
  typeErrorsOf ??= typeCheck(examples.filter((e) => e.problem === null))
  const typeErrors = typeErrorsOf.get(ex) ?? []
  if (typeErrors.length > 0) {
    throw new Error(`the example does not type-check:\n${typeErrors.join('\n')}`)
  }
  const { js, map } = transpile(ex, compiled.source)
  const { code, stdout, stderr } = await run(
    `${js}\nconsole.log(${JSON.stringify(DONE)}, JSON.stringify([...__ran]));\n`,
  )
  if (code !== 0) {
    const own = /^Error: (src\/|README\.md)\S*:\d+: .*$/m.exec(stderr)?.[0]
    if (own) throw new Error(own.slice('Error: '.length))
    const line = blockLine(ex, stderr, map)
    const where = `${ex.file}:${line ?? ex.line}`
    const first = stderr.split('\n').find((l) => /^\w*Error\b|^\S+Error:/.test(l)) ?? ''
    throw new Error(`${where}: the example threw ${first}\n${stderr}`)
  }
  const done = stdout.split('\n').find((l) => l.startsWith(`${DONE} `))
  if (done === undefined)
    throw new Error(`${ex.file}:${ex.line}: the example did not run to its end`)
  const ran = new Set(JSON.parse(done.slice(DONE.length + 1)) as number[])
  for (const a of compiled.assertions) {
    if (!ran.has(a.line)) throw new Error(`${ex.file}:${a.line}: this ${a.kind} check never ran`)
  }
}

describe('documented examples run and show their output', () => {
  test('the examples were found', () => {
    expect(examples.filter((e) => e.file === 'README.md').length).toBeGreaterThan(0)
    expect(examples.filter((e) => e.file.startsWith('src/')).length).toBeGreaterThan(0)
  })

  for (const ex of examples) {
    const name = `${ex.file}:${ex.line}`
    test.concurrent(name, () => runExample(ex))
  }
})

describe('every public function, class and constant has a runnable example', () => {
  for (const { name, file, specifier } of publicExports()) {
    test(`${name} (${file}, from '${specifier}')`, () => {
      const own = examples.filter((e) => e.file === file && e.symbol === name)
      expect(own.length, `${file}: ${name} has no @example with a \`\`\`ts block`).toBeGreaterThan(
        0,
      )
      const uses = new RegExp(`\\b${name.replace(/[$]/g, '\\$')}\\b`)
      expect(
        own.some((e) => uses.test(e.code)),
        `${file}: the @example of ${name} does not use ${name}`,
      ).toBe(true)
      // the example imports it from the entry that exports it, as a user would
      const imported = new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '${specifier}'`)
      expect(
        own.some((e) => imported.test(e.code)),
        `${file}: the @example of ${name} does not import it from '${specifier}'`,
      ).toBe(true)
    })
  }
})

describe('the runner catches what an example gets wrong', () => {
  const synthetic = (code: string): DocExample => ({
    file: 'src/synthetic.ts',
    line: 10,
    code,
    symbol: null,
    problem: null,
  })
  const head = "import { rate, toDecimal } from 'bedstaff'\n"
  const cases: [string, string, RegExp][] = [
    [
      'a wrong value',
      `${head}toDecimal('4.58').toString() // => "4.5"`,
      /synthetic\.ts:12: expected "4\.5", got "4\.58"/,
    ],
    [
      'a wrong error code',
      `${head}toDecimal('x') // throws non-finite-number`,
      /synthetic\.ts:12: expected BedstaffError non-finite-number, got invalid-number/,
    ],
    [
      'nothing thrown',
      `${head}toDecimal('1') // throws invalid-number`,
      /synthetic\.ts:12: .*nothing was thrown/,
    ],
    [
      'a wrong printed line',
      `${head}console.log(toDecimal('4.58').toString(), 1)\n// 4.58 2`,
      /synthetic\.ts:12: console\.log printed "4\.58 1"/,
    ],
    [
      'an unasserted console.log',
      `${head}console.log(1)`,
      /synthetic\.ts:12: console\.log is not followed/,
    ],
    ['a value that is not JSON', `${head}toDecimal('1') // => one`, /does not show a JSON value/],
    ['no assertion at all', `${head}toDecimal('1')`, /asserts nothing/],
    [
      'a check that never runs',
      `${head}const f = () => toDecimal('1') // => "1"\n`,
      /must follow an expression statement/,
    ],
    [
      'a check in code never called',
      `${head}function f() {\n  toDecimal('1').toString() // => "1"\n}`,
      /synthetic\.ts:13: this value check never ran/,
    ],
    [
      'an error outside a check',
      `${head}rate('beds', '-1', { per: 1000, base: 'resident' })\ntoDecimal('1').toString() // => "1"`,
      /synthetic\.ts:12: the example threw BedstaffError/,
    ],
  ]
  for (const [what, code, message] of cases) {
    test.concurrent(`fails on ${what}`, async () => {
      await expect(runExample(synthetic(code))).rejects.toThrow(message)
    })
  }

  test.concurrent('passes a correct example, with explanations and single quotes', async () => {
    const code = `${head}console.log(toDecimal('9160').toString(), 'ceil')\n// 9160 ceil   (4.58 × 2000)\ntoDecimal('4.20').toString() // => '4.2'   (trailing zero dropped)`
    await expect(runExample(synthetic(code))).resolves.toBeUndefined()
  })
})
