import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** The sample workspace's goods bid, where the section e2e tests write. */
export const GOODS_BID = '某市第一人民医院医学影像设备采购项目'
export const GOODS_BID_ID = 'bid-hospital-imaging'

/** The text of one WordprocessingML paragraph (its w:t runs joined). */
export const textOf = (p: string) =>
  [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

/** Opens a bid of the list on its 投标文件章节 tab. */
export async function openSections(app: Page, bidTitle = GOODS_BID) {
  await app.getByText(bidTitle).first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await expect(app.getByTestId('sections-list')).toBeVisible()
}

/** Opens a bid by its id (from anywhere in the app, the list need not be on screen) on its 投标文件章节 tab. */
export async function openBidSections(app: Page, bidId: string) {
  await app.evaluate((id) => {
    window.location.hash = `#/bids/${encodeURIComponent(id)}`
  }, bidId)
  // That bid's page, not the one still on screen while it loads.
  await expect(app.locator(`[data-testid="detail-bids"][data-doc-id="${bidId}"]`)).toBeVisible()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await expect(app.getByTestId('sections-list')).toBeVisible()
}

/** Adds a section to the open bid, names it and opens its editor (focused). */
export async function newSection(app: Page, title: string) {
  await app.getByTestId('section-add').click()
  const card = app.getByTestId('section-card').last()
  await card.locator('input[id$=".title"]').fill(title)
  await card.getByTestId('section-preview').click()
  const editor = card.getByTestId('section-editor')
  await expect(editor).toBeVisible()
  await editor.click()
  return { card, editor }
}

/** The section of that title as the bid file on disk holds it (what the autosave wrote). */
export async function savedSection(workspace: string, bidId: string, title: string) {
  const bid = JSON.parse(await fs.readFile(path.join(workspace, 'bids', `${bidId}.json`), 'utf8'))
  return bid.sections.find((s: { title: string }) => s.title === title)
}

/**
 * Exports the open bid's 投标文件 from the export dialog (exporting anyway when it has 否决风险 findings, as the
 * sample bids do) and saves the download as <dir>/bid.docx.
 */
export async function exportDocx(app: Page, dir: string): Promise<string> {
  await app.getByTestId('export-button').click()
  await app.getByTestId('export-start').click()
  const veto = app.getByTestId('veto-step')
  const done = app.getByTestId('export-done')
  await expect(veto.or(done)).toBeVisible({ timeout: 90_000 })
  if (await veto.isVisible()) await app.getByTestId('veto-anyway').click()
  await expect(done).toBeVisible({ timeout: 180_000 })
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('export-download').click(),
  ])
  const docx = path.join(dir, 'bid.docx')
  await download.saveAs(docx)
  return docx
}
