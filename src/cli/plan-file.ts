/**
 * Reading a plan file: JSON (`.json`) or YAML (`.yaml`, `.yml`), parsed to plain data. YAML is
 * read as YAML 1.2 core schema, one document, unique keys, and no anchors, aliases, merge
 * keys or tags beyond the core ones, so that a YAML plan holds exactly what its JSON form
 * holds. Its size is bounded before it is parsed.
 */
import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'
import { BedstaffError, fail } from '../errors.js'
import { badArgument, inFile } from './failure.js'
import type { Io } from './io.js'

/**
 * Most values, keys and collections a YAML plan file may hold, counted on its tokens before
 * it is parsed (a real plan holds a few thousand; parsing costs far more than counting).
 */
export const MAX_YAML_VALUES = 100_000

/** Most keys one YAML mapping may hold. */
export const MAX_YAML_KEYS = 10_000

/** Tokens that each begin a value, a key or a collection. */
const COUNTED: ReadonlySet<string> = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
  'explicit-key-ind',
  'map-value-ind',
])

/** The explicit tags a plan may use: those of the core schema, whose values JSON also has. */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
)

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

/**
 * Parses JSON text; a syntax error names the line and column.
 *
 * @throws BedstaffError `malformed-json`
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    const at = /at position (\d+)/.exec(message)
    const where = at && !/line \d+/.test(message) ? ` (${lineColumn(text, Number(at[1]))})` : ''
    const reason = `${message}${where}`
    throw new BedstaffError('malformed-json', [], { reason, reasonZh: syntaxZh(reason) })
  }
}

let yamlModule: typeof Yaml | undefined

/** The YAML library, loaded when the first YAML file is read: a JSON plan never loads it. */
function yamlLibrary(): typeof Yaml {
  // the command is built as CommonJS (its own `require`); run from source it is an ES module
  const load = typeof require === 'function' ? require : createRequire(import.meta.url)
  yamlModule ??= load('yaml') as typeof Yaml
  return yamlModule
}

/** A syntax error in Chinese: where it is, when the English says (`line 2, column 14`). */
function syntaxZh(reason: string): string {
  const at = /line (\d+), column (\d+)/.exec(reason)
  return at ? `第 ${at[1]} 行第 ${at[2]} 列附近有语法错误` : '语法错误'
}

function yamlError(reason: string, reasonZh = syntaxZh(reason)): never {
  throw new BedstaffError('malformed-yaml', [], { reason, reasonZh })
}

/** Refuses YAML text with more than {@link MAX_YAML_VALUES} values, reading only its tokens. */
function checkValueCount(text: string): void {
  const { CST, Lexer } = yamlLibrary()
  let count = 0
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token)
    if (type !== null && COUNTED.has(type) && ++count > MAX_YAML_VALUES) {
      fail('input-too-large', [], {
        limit: MAX_YAML_VALUES,
        what: 'YAML values and keys',
        whatZh: ' YAML 值与键',
      })
    }
  }
}

/** The key of a mapping entry as a JavaScript object key; only plain values may be keys. */
function keyName(text: string, key: unknown): string {
  const { isNode, isScalar } = yamlLibrary()
  if (key === null) return ''
  if (!isScalar(key)) {
    const at = isNode(key) && key.range ? ` (${lineColumn(text, key.range[0])})` : ''
    return yamlError(`a mapping key must be a plain value${at}`, '映射的键必须是普通值')
  }
  return key.value === null ? '' : String(key.value)
}

/**
 * Refuses a mapping with more than {@link MAX_YAML_KEYS} keys, or with two keys that name the
 * same object key (`1` and `"1"` too), in time linear in its size.
 */
function checkKeys(text: string, map: { readonly items: readonly { key: unknown }[] }): void {
  const { isNode } = yamlLibrary()
  if (map.items.length > MAX_YAML_KEYS) {
    fail('input-too-large', [], {
      limit: MAX_YAML_KEYS,
      what: 'keys in one YAML mapping',
      whatZh: '同一 YAML 映射的键',
    })
  }
  const seen = new Set<string>()
  for (const { key } of map.items) {
    const name = keyName(text, key)
    if (seen.has(name)) {
      const at = isNode(key) && key.range ? ` (${lineColumn(text, key.range[0])})` : ''
      yamlError(`Map keys must be unique: "${name}" is repeated${at}`, `键「${name}」重复出现`)
    }
    seen.add(name)
  }
}

/**
 * Parses YAML text into plain data: YAML 1.2 core schema, a single document, unique keys;
 * anchors, aliases, merge keys and tags other than the core schema's (such as `!!binary`,
 * `!!set`, `!!timestamp`) are refused. So are more than {@link MAX_YAML_VALUES} values in
 * all and more than {@link MAX_YAML_KEYS} keys in one mapping, counted before the document
 * is built.
 *
 * @throws BedstaffError `malformed-yaml`, `input-too-large`
 */
export function parseYaml(text: string): unknown {
  const { isAlias, isMap, isNode, parseDocument, visit } = yamlLibrary()
  checkValueCount(text)
  // Keys are checked below with a set: the library's own check compares each key with every
  // other, which is quadratic in the size of a mapping.
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: false,
    prettyErrors: true,
  })
  const [problem] = [...doc.errors, ...doc.warnings]
  if (problem) {
    const first = (problem.message.split('\n')[0] ?? '').replace(/:\s*$/, '')
    const pos = problem.linePos?.[0]
    const where = pos && !/line \d+/.test(first) ? ` (line ${pos.line}, column ${pos.col})` : ''
    yamlError(`${first}${where}`)
  }
  visit(doc, (_key, node) => {
    if (isAlias(node))
      yamlError(
        `aliases (*${node.source}) are not accepted in plan files`,
        '规划文件不接受别名（*）',
      )
    if (isNode(node) && node.anchor)
      yamlError(
        `anchors (&${node.anchor}) are not accepted in plan files`,
        '规划文件不接受锚点（&）',
      )
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag))
      yamlError(
        `tags (${node.tag}) are not accepted in plan files`,
        `规划文件不接受标签 ${node.tag}`,
      )
    if (isMap(node)) checkKeys(text, node)
  })
  try {
    return doc.toJS({ maxAliasCount: 0 })
  } catch (e) {
    return yamlError(e instanceof Error ? e.message : String(e))
  }
}

/**
 * Reads a plan file as plain data, by its extension; errors name the file.
 *
 * @throws CliFailure with `file-unreadable`, `malformed-json`, `malformed-yaml`, or
 *   `invalid-argument` for another extension
 */
export function readPlanData(io: Io, file: string): unknown {
  const lower = file.toLowerCase()
  const yaml = lower.endsWith('.yaml') || lower.endsWith('.yml')
  if (!yaml && !lower.endsWith('.json')) {
    badArgument(
      `${file}: plan and scenario files end in .json, .yaml or .yml`,
      `${file}：规划与情景文件的扩展名应为 .json、.yaml 或 .yml`,
    )
  }
  return inFile(file, () => {
    const text = io.readFile(file)
    return yaml ? parseYaml(text) : parseJson(text)
  })
}
