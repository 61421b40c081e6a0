/**
 * section_keystroke and editor_keystroke_floor (issue 16), measured side by side in one run of Debian's Chromium on
 * the built renderer served by the browser mode:
 *   section_keystroke      keystroke→paint in the open section editor of a bid of 50 sections of ~5 pages each ÷ the
 *                          same in a bid of 1 such section (≤ 1.5: the section list must not cost per keystroke);
 *   editor_keystroke_floor keystroke→paint in that 1-section bid ÷ a bare contenteditable holding the same text on an
 *                          otherwise empty page (≤ 3: the editor and the app around it add little to the browser floor).
 * Also, per bid, the main-thread blocking (long tasks) of the push that follows a pause in typing: the editor hands
 * its document to the bid 400 ms after the last key, and the section list re-renders then, not on each key.
 */
import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { createWorkspace } from '@services/store'
import { createRng } from '@shared/domain/random'
import { docFromPlainText } from '@shared/domain/sections/plain'
import { docText } from '@shared/domain/sections/text'
import { CHROMIUM_ARGS } from '../playwright.config'
import { makeBid, prose } from './data'
import { median, round, type Metric } from './harness'
import { ARM_SCRIPT, buildRenderer, keystroke, startServer } from './renderer'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/** About five printed pages of 宋体 小四: ~700 characters a page. */
const SECTION_CHARS = 3_500
const HEADINGS = ['一、项目理解', '二、总体设计', '（一）部署架构', '三、实施计划', '四、售后服务']

/** A written section: numbered headings between paragraphs of prose, stored as the editor stores it. */
function writtenSection(seed: number) {
  const rng = createRng(seed)
  const lines: string[] = []
  for (const h of HEADINGS) lines.push(h, prose(rng, SECTION_CHARS / HEADINGS.length))
  const doc = docFromPlainText(lines.join('\n'))
  return { doc, content: docText(doc) }
}

async function bidOf(id: string, sections: number) {
  const b = makeBid({ id, requirements: 50, sections, sectionChars: 10, quoteItems: 10, seed: sections })
  return {
    ...b,
    title: `${sections} 个章节`,
    sections: b.sections.map((s, i) => ({ ...s, ...writtenSection(1000 + i), status: '初稿' as const })),
  }
}

/** Opens the bid's sections tab, the first section's editor, and puts the caret at the end of its text. */
async function openEditor(page: Page, url: string, bidId: string, sections: number): Promise<void> {
  await page.goto(`${url}#/bids/${bidId}`)
  await page.getByRole('tab', { name: /投标文件章节/ }).click({ timeout: 60_000 })
  await page
    .getByTestId('section-card')
    .nth(sections - 1)
    .waitFor({ timeout: 60_000 })
  await page.getByTestId('section-preview').first().click()
  const editor = page.getByTestId('section-editor')
  await editor.waitFor({ timeout: 60_000 })
  await editor.locator('p').last().click()
  await page.keyboard.press('End')
  await page.evaluate(ARM_SCRIPT)
}

/** The same text in a plain contenteditable on an empty page: what the browser alone costs per keystroke. */
async function openBare(page: Page, text: string): Promise<void> {
  const paras = text
    .split('\n')
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:24px"><div id="e" contenteditable="true" ` +
      `style="width:600px;font:14px sans-serif">${paras}</div></body>`,
  )
  await page.locator('#e p').last().click()
  await page.keyboard.press('End')
  await page.evaluate(ARM_SCRIPT)
}

const LONG_TASKS = `window.__bbLong = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bbLong.push([e.startTime, e.duration]) }).observe({ type: 'longtask', buffered: false })`

/** Long-task time in the second after a pause in typing (the push to the bid, its re-render, the autosave). */
async function pushBlocking(page: Page): Promise<number> {
  await page.bringToFront()
  const t0 = (await page.evaluate('performance.now()')) as number
  await page.keyboard.press('b')
  await page.waitForTimeout(1_200)
  const tasks = (await page.evaluate('window.__bbLong')) as [number, number][]
  return tasks.filter(([s]) => s >= t0).reduce((a, [, d]) => a + d, 0)
}

export async function sectionKeystrokes(
  root: string,
  reps: number,
): Promise<{ section: Metric; floor: Metric }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`)
  const { chromium } = await import('@playwright/test')
  await buildRenderer()
  const home = path.join(root, 'sections-home')
  const wsDir = path.join(root, 'sections-ws')
  await fs.mkdir(home, { recursive: true })
  const ws = await createWorkspace(wsDir, { name: '章节基准' })
  const big = await bidOf('bid-sec50', 50)
  const one = await bidOf('bid-sec1', 1)
  await ws.create('bids', big)
  await ws.create('bids', one)
  await ws.close()

  const server = await startServer(home, wsDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const page = async () =>
      (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })).newPage()
    const p50 = await page()
    const p1 = await page()
    const bare = await page()
    await openEditor(p50, server.url, 'bid-sec50', 50)
    await openEditor(p1, server.url, 'bid-sec1', 1)
    await openBare(bare, one.sections[0].content)
    const pages = [p50, p1, bare]
    for (let i = 0; i < 3; i++) for (const p of pages) await keystroke(p)
    const times: number[][] = [[], [], []]
    for (let i = 0; i < reps; i++) {
      // Rotate the order so no page always goes first after the others' work.
      for (let k = 0; k < 3; k++) {
        const j = (i + k) % 3
        times[j].push(await keystroke(pages[j]))
      }
    }
    for (const p of [p50, p1]) await p.evaluate(LONG_TASKS)
    const push50: number[] = []
    const push1: number[] = []
    for (let i = 0; i < 3; i++) {
      push50.push(await pushBlocking(p50))
      push1.push(await pushBlocking(p1))
    }
    const [m50, m1, mBare] = times.map(median)
    const raw = {
      keystroke50SectionsMedianMs: round(m50, 2),
      keystroke1SectionMedianMs: round(m1, 2),
      keystrokeBareMedianMs: round(mBare, 2),
      pushBlocking50SectionsMs: round(median(push50), 1),
      pushBlocking1SectionMs: round(median(push1), 1),
      sectionChars: SECTION_CHARS,
      reps,
    }
    return {
      section: { name: 'section_keystroke', ratio: round(m50 / m1), target: 1.5, raw, available: true },
      floor: { name: 'editor_keystroke_floor', ratio: round(m1 / mBare), target: 3, raw, available: true },
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
