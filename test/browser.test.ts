/**
 * The library runs in a browser: a page that imports the built package (the core and the
 * audit entry, as a bundler resolves them through `exports`), bundled by esbuild for the
 * browser (a Node built-in would fail the build), runs in headless Chromium (Debian's
 * /usr/bin/chromium, or BEDSTAFF_CHROMIUM) with no network, and shows its results in the page.
 *
 * Numbers: Cixi 2021–2025, line 143 (4.58 beds per 1,000 of 2,000,000 residents is 9160);
 * Cixi 2016–2020, lines 229–230 and 260 (2892 + 1611 + 2100 = 6603 beds, the plan says 6653).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const executablePath = process.env.BEDSTAFF_CHROMIUM ?? '/usr/bin/chromium'

/** The page's script: the README's first example and the audit of the Cixi 2016–2020 plan. */
const PAGE = `
import { base, rate, totalFromRate } from 'bedstaff'
import { auditPlan } from 'bedstaff/audit'
import plan from 'bedstaff/fixtures/cixi-2016-2020.json'

const total = totalFromRate(
  rate('beds', '4.58', { per: 1000, base: 'resident' }),
  base.resident(2_000_000, { year: 2025, vintage: 'derived' }),
  { rounding: 'ceil' },
)
const first = auditPlan(plan).findings[0]
const out = document.createElement('pre')
out.id = 'out'
out.textContent = JSON.stringify({
  exact: total.exact,
  count: total.count,
  finding: first && { code: first.code, numbers: first.numbers, message: first.message },
})
document.body.append(out)
`

let context: BrowserContext | undefined
let profile = ''
let script = ''

describe('in headless Chromium', () => {
  beforeAll(async () => {
    const bundled = await build({
      stdin: { contents: PAGE, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    })
    script = bundled.outputFiles[0]?.text ?? ''
    profile = mkdtempSync(join(tmpdir(), 'bedstaff-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  it('bundles for the browser with no Node built-ins', () => {
    expect(script.length).toBeGreaterThan(0)
    expect(script).not.toMatch(/\brequire\(["']node:/)
  })

  it('computes 9160 beds and finds the 6603 / 6653 sum mismatch in the page', async () => {
    if (!context) throw new Error('Chromium did not start')
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // no request leaves the page: the script is inline, the fixture bundled
    await page.route('**/*', (route) => route.abort())
    await page.setContent(`<!doctype html><meta charset="utf-8"><body><script>${script}</script>`)
    const text = await page.locator('#out').textContent({ timeout: 30_000 })
    expect(errors).toEqual([])
    const shown = JSON.parse(text ?? 'null')
    expect(shown.exact).toBe('9160')
    expect(shown.count).toBe(9160)
    expect(shown.finding.code).toBe('sum-mismatch')
    expect(shown.finding.numbers).toMatchObject({
      stated: '6653',
      recomputed: '6603',
      residual: '50',
    })
  }, 60_000)
})
