/**
 * How the audit scales with the figures of a plan: Cixi 2021–2025 audited as it is, and with
 * its figures and relations repeated ten times (each copy with its own ids). A time about
 * linear in the figures gives a ratio near 10; the goal is under 20.
 * Run alone: `npx tsx test/bench/audit-scale.ts`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { auditPlan } from '../../src/audit/audit.js'

type Json = Record<string, unknown>

/** Each id of the relation fields that name figures, suffixed. */
function renamed(rel: Json, k: number): Json {
  const out: Json = { ...rel, id: `${rel.id}.x${k}` }
  for (const [key, v] of Object.entries(rel)) {
    if (key === 'id' || key === 'type' || key === 'note' || key === 'source') continue
    if (typeof v === 'string') out[key] = `${v}.x${k}`
    else if (Array.isArray(v)) out[key] = v.map((id) => `${id}.x${k}`)
    else if (typeof v === 'boolean') out[key] = v
  }
  return out
}

/** The plan with its figures (and the relations between them) repeated `times` times. */
export function repeated(plan: Json, times: number): Json {
  const figures = plan.figures as Json[]
  const relations = (plan.relations ?? []) as Json[]
  const copies = Array.from({ length: times }, (_, k) => k)
  return {
    ...plan,
    figures: copies.flatMap((k) =>
      figures.map((f) => ({
        ...f,
        id: `${f.id}.x${k}`,
        ...(typeof f.indicator === 'string' ? { indicator: `${f.indicator}.x${k}` } : {}),
        // rule links stay: every copy states the same rules
      })),
    ),
    relations: copies.flatMap((k) => relations.map((r) => renamed(r, k))),
  }
}

/** Median milliseconds of one call, over `runs` calls after two warm-ups. */
function median(fn: () => unknown, runs: number): number {
  fn()
  fn()
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    fn()
    t.push(performance.now() - s)
  }
  t.sort((a, b) => a - b)
  return t[Math.floor(t.length / 2)] as number
}

/** One audit of Cixi 2021–2025 against one of it repeated ten times. */
export function auditScale(root: string): { once: number; tenTimes: number; ratio: number } {
  const cixi = JSON.parse(readFileSync(join(root, 'fixtures', 'cixi-2021-2025.json'), 'utf8'))
  const big = repeated(cixi, 10)
  const once = median(() => auditPlan(cixi), 15)
  const tenTimes = median(() => auditPlan(big), 7)
  return { once, tenTimes, ratio: tenTimes / once }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = auditScale(join(import.meta.dirname, '..', '..'))
  console.log(
    `audit Cixi 2021–2025: ${r.once.toFixed(2)} ms; its figures ×10: ${r.tenTimes.toFixed(2)} ms; ratio ${r.ratio.toFixed(1)} (goal < 20)`,
  )
}
