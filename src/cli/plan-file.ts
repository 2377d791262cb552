/**
 * Reading a plan file: JSON (`.json`) or YAML (`.yaml`, `.yml`), parsed to plain data. YAML is
 * read as YAML 1.2 core schema, one document, unique keys, and no anchors, aliases, merge
 * keys or custom tags, so that a YAML plan holds exactly what its JSON form holds.
 */
import { isAlias, isNode, parseDocument, visit } from 'yaml'
import { BedstaffError } from '../errors.js'
import { badArgument, inFile } from './failure.js'
import type { Io } from './io.js'

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
    throw new BedstaffError('malformed-json', [], { reason: `${message}${where}` })
  }
}

function yamlError(reason: string): never {
  throw new BedstaffError('malformed-yaml', [], { reason })
}

/**
 * Parses YAML text into plain data: YAML 1.2 core schema, a single document, unique keys;
 * anchors, aliases, merge keys and tags are refused.
 *
 * @throws BedstaffError `malformed-yaml`
 */
export function parseYaml(text: string): unknown {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
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
    if (isAlias(node)) yamlError(`aliases (*${node.source}) are not accepted in plan files`)
    if (isNode(node) && node.anchor)
      yamlError(`anchors (&${node.anchor}) are not accepted in plan files`)
    if (isNode(node) && node.tag && !node.tag.startsWith('tag:yaml.org,2002:'))
      yamlError(`tags (${node.tag}) are not accepted in plan files`)
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
