/**
 * Facilities and population bases from CSV: one row per facility or base, a header naming the
 * plan-file fields, every row validated with the plan schema. A bad cell is reported by its
 * spreadsheet row (the header is row 1) and column; no row is dropped.
 */
import type * as z from 'zod/mini'
import { fail, type Path } from '../errors.js'
import {
  type BaseEntry,
  BaseSchema,
  type Facility,
  FacilitySchema,
  PLAN_LIMITS,
} from '../plan/schema.js'
import { ENGLISH } from '../plan/schema-error.js'
import { readCsv } from './csv-read.js'

type Cells = Readonly<Record<string, string>>

interface Spec {
  readonly what: { readonly en: string; readonly zh: string }
  readonly columns: readonly string[]
  readonly patterns: readonly RegExp[]
  readonly required: readonly string[]
  readonly integers: readonly string[]
  readonly limit: number
  readonly build: (cells: Cells) => Record<string, unknown>
  readonly column: (path: Path) => string
}

const rowError = (row: number, column: string, problem: string, problemZh: string): never =>
  fail('csv-invalid-row', ['rows', row, column], { row, column, problem, problemZh })

/** Copies the cells of `keys` that are not blank. */
function texts(cells: Cells, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of keys) {
    const v = cells[k]
    if (v !== undefined && v !== '') out[k] = v
  }
  return out
}

/** A blank cell is absent, `-` is `null` (printed "-"), anything else is kept. */
function nullable(cells: Cells, key: string): Record<string, string | null> {
  const v = cells[key]
  if (v === undefined || v === '') return {}
  return { [key]: v === '-' ? null : v }
}

/** The source columns: document, line, quote, source_note. */
function sourceOf(cells: Cells): Record<string, unknown> {
  const s: Record<string, unknown> = texts(cells, ['document', 'quote'])
  if (cells.line !== undefined && cells.line !== '') s.line = Number(cells.line)
  if (cells.source_note !== undefined && cells.source_note !== '') s.note = cells.source_note
  return s
}

const SOURCE_COLUMN: Readonly<Record<string, string>> = {
  document: 'document',
  line: 'line',
  quote: 'quote',
  note: 'source_note',
}

function columnOf(path: Path, byYear: Readonly<Record<string, string>>): string {
  const [head, next] = path
  if (head === 'source') return SOURCE_COLUMN[String(next)] ?? 'document'
  if (head === 'label') return next === 'en' ? 'label_en' : 'label_zh'
  const prefix = byYear[String(head)]
  if (prefix !== undefined) return next === undefined ? `${prefix}_` : `${prefix}_${next}`
  return String(head ?? 'id')
}

const FACILITIES: Spec = {
  what: { en: 'facilities', zh: '机构' },
  columns: [
    'id',
    'name',
    'table',
    'category',
    'grade',
    'gradePrinted',
    'owner',
    'group',
    'newBuilt',
    'newOpened',
    'note',
    'document',
    'line',
    'quote',
    'source_note',
  ],
  patterns: [/^open_\d{4}$/, /^approved_\d{4}$/],
  required: ['id', 'name', 'category', 'grade', 'gradePrinted', 'owner', 'document'],
  integers: ['line'],
  limit: PLAN_LIMITS.facilities,
  build(cells) {
    const openBeds: Record<string, string | null> = {}
    const approvedBeds: Record<string, string | null> = {}
    let approved = false
    for (const [k, v] of Object.entries(cells)) {
      const [prefix, year] = k.split('_')
      if (year === undefined || !/^\d{4}$/.test(year)) continue
      const value = v === '' || v === '-' ? null : v
      if (prefix === 'open') openBeds[year] = value
      if (prefix === 'approved') {
        approvedBeds[year] = value
        approved = true
      }
    }
    const owner = cells.owner === undefined || cells.owner === '' || cells.owner === '-'
    return {
      ...texts(cells, ['id', 'name', 'table', 'category', 'grade', 'gradePrinted', 'group']),
      owner: owner ? null : cells.owner,
      openBeds,
      ...(approved ? { approvedBeds } : {}),
      ...nullable(cells, 'newBuilt'),
      ...nullable(cells, 'newOpened'),
      ...texts(cells, ['note']),
      source: sourceOf(cells),
    }
  },
  column: (path) => columnOf(path, { openBeds: 'open', approvedBeds: 'approved' }),
}

const BASES: Spec = {
  what: { en: 'population bases', zh: '人口基数' },
  columns: [
    'id',
    'kind',
    'value',
    'year',
    'vintage',
    'ageMin',
    'ageMax',
    'from',
    'multiplier',
    'label_zh',
    'label_en',
    'document',
    'line',
    'quote',
    'source_note',
  ],
  patterns: [],
  required: ['id', 'kind', 'document'],
  integers: ['year', 'ageMin', 'ageMax', 'line'],
  limit: PLAN_LIMITS.bases,
  build(cells) {
    const ints: Record<string, number> = {}
    for (const k of ['year', 'ageMin', 'ageMax']) {
      const v = cells[k]
      if (v !== undefined && v !== '') ints[k] = Number(v)
    }
    const label = texts(cells, ['label_zh', 'label_en'])
    return {
      ...texts(cells, ['id', 'kind', 'value', 'vintage', 'from', 'multiplier']),
      ...ints,
      ...(Object.keys(label).length > 0
        ? {
            label: {
              ...(label.label_zh !== undefined ? { zh: label.label_zh } : {}),
              ...(label.label_en !== undefined ? { en: label.label_en } : {}),
            },
          }
        : {}),
      source: sourceOf(cells),
    }
  },
  column: (path) => columnOf(path, {}),
}

function checkHeader(header: readonly string[], spec: Spec): void {
  const seen = new Set<string>()
  const bad = (problem: string, problemZh: string, at: number): never =>
    fail('csv-invalid-header', ['header', at], { problem, problemZh })
  header.forEach((h, i) => {
    if (h === '') bad(`column ${i + 1} has no name`, `第 ${i + 1} 列没有列名`, i)
    if (seen.has(h)) bad(`column "${h}" appears twice`, `列「${h}」重复出现`, i)
    seen.add(h)
    if (!spec.columns.includes(h) && !spec.patterns.some((p) => p.test(h))) {
      bad(
        `unknown column "${h}" for ${spec.what.en} (expected ${spec.columns.join(', ')}${spec.patterns.length > 0 ? ', open_YYYY, approved_YYYY' : ''})`,
        `${spec.what.zh}表中没有「${h}」这一列`,
        i,
      )
    }
  })
  const missing = spec.required.filter((r) => !seen.has(r))
  if (missing.length > 0) {
    bad(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      `缺少列 ${missing.join('、')}`,
      header.length,
    )
  }
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): { en: string; zh: string } {
  if (value === undefined) return { en: 'a value is required', zh: '此项必须填写' }
  if (typeof value !== 'string') return { en: issue.message, zh: issue.message }
  return { en: `${issue.message}, got "${value}"`, zh: `${issue.message}，收到「${value}」` }
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let cur = obj
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[k]
  }
  return cur
}

function importRows<T>(text: string, spec: Spec, schema: z.ZodMiniType<T>): readonly T[] {
  const { header, rows } = readCsv(text)
  checkHeader(header, spec)
  if (rows.length > spec.limit) fail('input-too-long', [], { limit: spec.limit })
  const firstRow = new Map<string, number>()
  return Object.freeze(
    rows.map((r, i) => {
      const row = i + 2
      const cells: Cells = Object.fromEntries(header.map((h, j) => [h, r[j] ?? '']))
      for (const k of spec.integers) {
        const v = cells[k]
        if (v !== undefined && v !== '' && !/^\d{1,9}$/.test(v)) {
          rowError(row, k, `expected a whole number, got "${v}"`, `应为整数，收到「${v}」`)
        }
      }
      const obj = spec.build(cells)
      const parsed = schema.safeParse(obj, ENGLISH)
      if (!parsed.success) {
        const issue = parsed.error.issues[0] as z.core.$ZodIssue
        const p = problemOf(issue, valueAt(obj, issue.path))
        rowError(row, spec.column(issue.path as Path), p.en, p.zh)
      }
      const id = String(cells.id)
      const first = firstRow.get(id)
      if (first !== undefined) {
        rowError(
          row,
          'id',
          `duplicate id "${id}" (first in row ${first})`,
          `编号「${id}」重复（首次出现于第 ${first} 行）`,
        )
      }
      firstRow.set(id, row)
      return parsed.data as T
    }),
  )
}

/**
 * Facilities from CSV text with a header row: `id,name,table,category,grade,gradePrinted,owner,
 * group,open_YYYY…,approved_YYYY…,newBuilt,newOpened,note,document,line,quote,source_note`
 * (required: id, name, category, grade, gradePrinted, owner, document). A blank cell is absent;
 * a blank or `-` bed cell is `null` (printed "-"); a blank owner is `null`.
 *
 * @throws BedstaffError `csv-invalid-row` at `['rows', N, column]` (N the spreadsheet row, the
 *   header being row 1), `csv-invalid-header`, `csv-malformed`, `empty-input`, `input-too-long`
 *
 * @example
 * ```ts
 * import { facilitiesFromCsv } from 'bedstaff/csv'
 *
 * const header = 'id,name,category,grade,gradePrinted,owner,open_2020,open_2025,document,line'
 * const [f] = facilitiesFromCsv(`${header}\nrenmin,慈溪市人民医院,general,III-A,三级甲等,public,-,1000,003.txt,163\n`)
 * f?.openBeds // => {"2020": null, "2025": "1000"}
 * f?.source // => {"document": "003.txt", "line": 163}
 * facilitiesFromCsv(`${header}\nrenmin,慈溪市人民医院,general,III-A,三级甲等,public,-,1O00,003.txt,163\n`) // throws csv-invalid-row   (row 2, column open_2025)
 * ```
 */
export function facilitiesFromCsv(text: string): readonly Facility[] {
  return importRows(text, FACILITIES, FacilitySchema)
}

/**
 * Population bases from CSV text with a header row: `id,kind,value,year,vintage,ageMin,ageMax,
 * from,multiplier,label_zh,label_en,document,line,quote,source_note` (required: id, kind,
 * document). A blank cell is absent.
 *
 * @throws BedstaffError `csv-invalid-row` at `['rows', N, column]` (N the spreadsheet row, the
 *   header being row 1), `csv-invalid-header`, `csv-malformed`, `empty-input`, `input-too-long`
 *
 * @example
 * ```ts
 * import { basesFromCsv } from 'bedstaff/csv'
 *
 * const text = 'id,kind,value,year,vintage,document,line\nresident-2025,resident,2000000,2025,derived,003.txt,143\n'
 * basesFromCsv(text) // => [{"id": "resident-2025", "kind": "resident", "value": "2000000", "year": 2025, "vintage": "derived", "source": {"document": "003.txt", "line": 143}}]
 * basesFromCsv(text.replace('2025,derived', '2025.5,derived')) // throws csv-invalid-row   (row 2, column year)
 * ```
 */
export function basesFromCsv(text: string): readonly BaseEntry[] {
  return importRows(text, BASES, BaseSchema)
}
