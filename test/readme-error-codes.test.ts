import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FINDING_CODES } from '../src/audit/finding.js'
import { ERROR_CODES } from '../src/errors.js'

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

/** The codes listed in the README's table under a heading. */
function tableCodes(heading: string): string[] {
  const start = readme.indexOf(`## ${heading}`)
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end < 0 ? undefined : end)
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1] as string)
}

describe('README', () => {
  it('lists exactly the error codes the library can throw', () => {
    expect([...tableCodes('Error codes')].sort()).toEqual([...ERROR_CODES].sort())
  })

  it('lists exactly the finding codes the auditor can return', () => {
    expect([...tableCodes('Finding codes')].sort()).toEqual([...FINDING_CODES].sort())
  })
})
