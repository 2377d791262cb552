import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlan } from '../src/plan/load.js'
import { loadNormSet } from '../src/plan/norm-set.js'

const dir = join(import.meta.dirname, '..', 'fixtures')
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

describe('every fixture loads', () => {
  const plans = readdirSync(dir).filter((f) => f.endsWith('.json'))
  it.each(plans)('plan %s passes the schema and its references resolve', (file) => {
    const plan = loadPlan(read(join(dir, file)))
    expect(plan.id).toBe(file.replace(/\.json$/, ''))
  })
  const norms = readdirSync(join(dir, 'norms')).filter((f) => f.endsWith('.json'))
  it.each(norms)('norm set %s passes the schema', (file) => {
    const set = loadNormSet(read(join(dir, 'norms', file)))
    expect(set.id).toBe(file.replace(/\.json$/, ''))
  })
})
