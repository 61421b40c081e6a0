/**
 * renderer_keystroke: in Debian's Chromium, the time from a key press in a requirement's text field to
 * the next painted frame, in a bid with 5,000 requirements ÷ the same in a bid with 50. The app is the
 * built renderer served by the browser mode, as `npm run web` runs it. Also the size of the initial JS.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { createWorkspace } from '@services/store'
import { makeBid } from './data'
import { CHROMIUM_ARGS } from '../playwright.config'
import { median, round, type Metric } from './harness'
import { startUntilUrl, type Started } from './web-start'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The JS the first page load fetches: index.html's module script and its modulepreloads. */
export function initialBundle(dist: string): { files: string[]; bytes: number; gzipBytes: number } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1])
  let bytes = 0
  let gzipBytes = 0
  for (const f of files) {
    const buf = readFileSync(path.join(dist, f))
    bytes += buf.length
    gzipBytes += gzipSync(buf).length
  }
  return { files, bytes, gzipBytes }
}

/**
 * scripts/web.mjs ensureRendererBuilt() in a child: it rebuilds only when sources changed, and exits
 * the process when the build fails, which must cost the bench this one metric, not the whole run.
 */
export async function buildRenderer(): Promise<void> {
  const code = "import('./scripts/web.mjs').then((m) => m.ensureRendererBuilt())"
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (d) => (err += d))
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (status !== 0) throw new Error(`renderer build failed: ${err.trim().split('\n').slice(-3).join(' ')}`)
}

export function startServer(home: string, workspace: string): Promise<Started> {
  const tsx = path.join(repo, 'node_modules/.bin/tsx')
  const args = ['electron/web/main.ts', '--no-open', '--port', '0', '--workspace', workspace]
  return startUntilUrl(tsx, args, {
    cwd: repo,
    env: { ...process.env, BIDBENCH_HOME: home },
    timeoutMs: 60_000,
  })
}

/**
 * Installs window.__bbArm(): arms a one-shot capture-phase keydown listener. keydown → the app handles
 * the input and renders → rAF (before the next paint) → a message posted there arrives after that
 * frame is painted. A string, not a function: tsx would add helpers the page does not have.
 */
export const ARM_SCRIPT = `window.__bbArm = () => {
  window.__bbResult = new Promise((resolve) => {
    const onKey = () => {
      const t0 = performance.now()
      document.removeEventListener('keydown', onKey, true)
      requestAnimationFrame(() => {
        const ch = new MessageChannel()
        ch.port1.onmessage = () => resolve(performance.now() - t0)
        ch.port2.postMessage(0)
      })
    }
    document.addEventListener('keydown', onKey, true)
  })
}`

/** Opens a bid's requirements tab and puts the caret at the end of the first requirement's text. */
async function openRequirements(page: Page, url: string, bidId: string, rows: number): Promise<void> {
  await page.goto(`${url}#/bids/${bidId}`)
  await page.getByTestId('tab-requirements').click({ timeout: 60_000 })
  await page
    .getByTestId('req-count')
    .filter({ hasText: `共 ${rows} 条` })
    .waitFor({ timeout: 60_000 })
  const field = page.locator('#f-requirements\\.0\\.text')
  await field.click()
  await page.keyboard.press('End')
  await page.evaluate(ARM_SCRIPT)
}

export async function keystroke(page: Page): Promise<number> {
  await page.bringToFront()
  await page.evaluate('window.__bbArm()')
  await page.keyboard.press('a')
  const ms = (await page.evaluate('window.__bbResult')) as number
  // Let the autosave timer and the checks worker settle, as between a person's keystrokes.
  await page.waitForTimeout(120)
  return ms
}

export async function rendererKeystroke(root: string, reps: number): Promise<Metric> {
  const name = 'renderer_keystroke'
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
  let chromium: typeof import('@playwright/test').chromium
  try {
    ;({ chromium } = await import('@playwright/test'))
  } catch {
    throw new Error('@playwright/test is not installed')
  }
  await buildRenderer()
  const dist = path.join(repo, 'renderer/dist')
  const bundle = initialBundle(dist)

  const home = path.join(root, 'renderer-home')
  const wsDir = path.join(root, 'renderer-ws')
  await fs.mkdir(home, { recursive: true })
  const ws = await createWorkspace(wsDir, { name: '基准测试' })
  for (const [id, n] of [
    ['bid-big', 5000],
    ['bid-small', 50],
  ] as const) {
    const b = makeBid({ id, requirements: n, sections: 20, sectionChars: 300, quoteItems: 10, seed: n })
    await ws.create('bids', { ...b, title: `${n} 条要求` })
  }
  await ws.close()

  const server = await startServer(home, wsDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const big = await (
      await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })
    ).newPage()
    const small = await (
      await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })
    ).newPage()
    await openRequirements(big, server.url, 'bid-big', 5000)
    await openRequirements(small, server.url, 'bid-small', 50)
    for (let i = 0; i < 3; i++) {
      await keystroke(big)
      await keystroke(small)
    }
    const a: number[] = []
    const b: number[] = []
    for (let i = 0; i < reps; i++) {
      if (i % 2) {
        b.push(await keystroke(small))
        a.push(await keystroke(big))
      } else {
        a.push(await keystroke(big))
        b.push(await keystroke(small))
      }
    }
    return {
      name,
      ratio: round(median(a) / median(b)),
      target: 1.5,
      raw: {
        keystroke5000MedianMs: round(median(a), 2),
        keystroke50MedianMs: round(median(b), 2),
        reps,
        initialJsBytes: bundle.bytes,
        initialJsGzipBytes: bundle.gzipBytes,
        initialJsFiles: bundle.files,
        builtAt: new Date(statSync(path.join(dist, 'index.html')).mtimeMs).toISOString(),
      },
      available: true,
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
