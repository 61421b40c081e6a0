import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import JSZip from 'jszip'
import { convert, pdfPages, pdfText } from '../integration/libreoffice'
import { expect, test } from './fixtures'

const GOODS_BID = '某市第一人民医院医学影像设备采购项目'
const GOODS_BID_ID = 'bid-hospital-imaging'
const TENDER_NO = 'ZJCG-2026-0917'
const run = promisify(execFile)

async function openGoodsBid(app: Page) {
  await app.getByText(GOODS_BID).first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
}

async function exportDecisions(workspace: string): Promise<{ choice: string; vetoFindings: number }[]> {
  const doc = JSON.parse(await fs.readFile(path.join(workspace, 'bids', `${GOODS_BID_ID}.json`), 'utf8'))
  return doc.exportDecisions
}

test('exports the sample goods bid: 否决风险 → 仍然导出, progress, download, and LibreOffice reads it', async ({
  app,
  server,
}) => {
  test.setTimeout(480_000)
  await openGoodsBid(app)
  await app.getByTestId('export-button').click()
  await expect(app.getByTestId('export-format-docx')).toBeVisible()
  // Word gets the 目录 page numbers from LibreOffice's layout by default.
  await expect(app.getByTestId('export-pages')).toBeChecked()
  await app.getByTestId('export-start').click()

  // The sample bid has open 否决风险 findings (e.g. L02: a ★ clause with 负偏离): the export asks first.
  await expect(app.getByTestId('veto-step')).toBeVisible({ timeout: 60_000 })
  await expect(app.getByTestId('veto-L02').first()).toBeVisible()
  const vetoCount = await app.getByTestId('veto-list').locator('.ant-list-item').count()
  expect(vetoCount).toBeGreaterThan(0)
  await app.getByTestId('veto-anyway').click()

  await expect(app.getByTestId('export-progress')).toBeVisible({ timeout: 60_000 })
  await expect(app.getByTestId('export-done')).toBeVisible({ timeout: 360_000 })
  await expect(app.getByTestId('export-pages-written')).toBeVisible()
  const fileName = (await app.getByTestId('export-file-name').textContent())!.trim()
  expect(fileName).toMatch(new RegExp(`^${GOODS_BID}_投标文件_正本-\\d{8}-\\d{6}\\.docx$`))
  await expect(app.getByTestId('export-path')).toContainText(path.join(server.workspace, 'exports'))

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('export-download').click(),
  ])
  expect(download.suggestedFilename()).toBe(fileName)
  // LibreOffice works in a private temp folder (its profile goes there too), as in the integration tests.
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-export-'))
  const docx = path.join(dir, 'bid.docx')
  await download.saveAs(docx)
  // The download is the file saved in the workspace, byte for byte.
  const saved = await fs.readFile(path.join(server.workspace, 'exports', fileName))
  expect((await fs.readFile(docx)).equals(saved)).toBe(true)

  // The choice is recorded in the bid, with the number of findings the user saw.
  const decisions = await exportDecisions(server.workspace)
  expect(decisions.map((d) => d.choice)).toEqual(['export-anyway'])
  expect(decisions[0].vetoFindings).toBe(vetoCount)

  await convert([docx], dir, 'pdf', dir)
  const text = (await pdfText(path.join(dir, 'bid.pdf'))).replace(/\s+/g, '')
  expect(text).toContain(GOODS_BID)
  expect(text).toContain(TENDER_NO)
  expect(text).toContain('投标文件')
  await fs.rm(dir, { recursive: true, force: true })
})

test('返回修改 records the choice, closes the dialog and goes to the first finding', async ({
  app,
  server,
}) => {
  await openGoodsBid(app)
  await app.getByTestId('export-button').click()
  await app.getByTestId('export-start').click()
  await expect(app.getByTestId('veto-step')).toBeVisible({ timeout: 60_000 })
  await app.getByTestId('veto-back').click()
  await expect(app.getByTestId('veto-step')).toBeHidden()
  await expect
    .poll(async () => (await exportDecisions(server.workspace)).map((d) => d.choice))
    .toEqual(['go-back'])
  // The first finding (L02, a requirement) opens the requirements tab.
  await expect(app.getByRole('tab', { name: /招标要求/ })).toHaveAttribute('aria-selected', 'true')
  expect(await fs.readdir(path.join(server.workspace, 'exports')).catch(() => [])).toEqual([])
})

test('Excel export of the same bid downloads an .xlsx', async ({ app }) => {
  test.setTimeout(240_000) // the gate checks the bid and its print first: slow under load
  await openGoodsBid(app)
  await app.getByTestId('export-button').click()
  await app.getByTestId('export-format-xlsx').click()
  await app.getByTestId('export-start').click()
  await expect(app.getByTestId('veto-step')).toBeVisible({ timeout: 60_000 })
  await app.getByTestId('veto-anyway').click()
  await expect(app.getByTestId('export-done')).toBeVisible({ timeout: 120_000 })
  await expect(app.getByTestId('export-file-name')).toHaveText(
    new RegExp(`^${GOODS_BID}_报价及偏离表-\\d{8}-\\d{6}\\.xlsx$`),
  )
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('export-download').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
})

const SERVICES_BID = '某能源集团 2027 年度数据中心 IT 运维服务采购项目'

/** The text of each page of a PDF (pdftotext per page). */
async function pageTexts(pdf: string): Promise<string[]> {
  const out: string[] = []
  for (let p = 1; p <= (await pdfPages(pdf)); p++)
    out.push((await run('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'])).stdout)
  return out
}

test('PDF: the gate stops the goods bid as for Word; the clean bid prints with true 目录 page numbers', async ({
  app,
  server,
}) => {
  test.setTimeout(480_000)
  // The same gate for PDF: the goods bid's 否决风险 are listed before anything is laid out.
  await openGoodsBid(app)
  await app.getByTestId('export-button').click()
  await app.getByTestId('export-format-pdf').click()
  await expect(app.getByTestId('export-pdf-hint')).toBeVisible()
  await app.getByTestId('export-start').click()
  await expect(app.getByTestId('veto-step')).toBeVisible({ timeout: 60_000 })
  await expect(app.getByTestId('veto-P01').first()).toBeVisible()
  // …naming the forms where the disagreeing price is printed.
  await expect(app.getByTestId('veto-P01').first().getByTestId('veto-printed-in')).toContainText(
    /投标函|开标一览表|报价明细/,
  )
  await app.locator('.ant-modal-close').click()
  await expect(app.getByTestId('veto-step')).toBeHidden()
  await app.getByRole('button', { name: /返回列表/ }).click()

  await app.getByText(SERVICES_BID).first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByTestId('export-button').click()
  await app.getByTestId('export-format-pdf').click()
  await app.getByTestId('export-start').click()
  await expect(app.getByTestId('export-done')).toBeVisible({ timeout: 420_000 })
  await expect(app.getByTestId('export-pages-written')).toBeVisible()
  const fileName = (await app.getByTestId('export-file-name').textContent())!.trim()
  expect(fileName).toMatch(/_投标文件_正本-\d{8}-\d{6}\.pdf$/)
  const pdf = path.join(server.workspace, 'exports', fileName)
  const pages = await pageTexts(pdf)
  const toc = pages.findIndex((t) => /目\s*录/.test(t))
  expect(toc).toBeGreaterThanOrEqual(0)
  const entries = [...pages[toc].matchAll(/^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/gm)]
  expect(entries.length).toBeGreaterThan(3)
  // Each entry's number is the page its heading is printed on (a line of its own after the 目录).
  for (const [, title, page] of entries) {
    const printed = pages.findIndex((t, i) => i > toc && t.split('\n').some((l) => l.trim() === title))
    expect({ title, page: Number(page) }).toEqual({ title, page: printed + 1 })
  }
  // No decision was needed, so none is recorded.
  const doc = JSON.parse(
    await fs.readFile(path.join(server.workspace, 'bids', 'bid-energy-itops.json'), 'utf8'),
  )
  expect(doc.exportDecisions).toEqual([])
})

test('without LibreOffice: no PDF choice, and the Word export says its page numbers are left to Word', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  const before = process.env.BIDBENCH_SOFFICE
  // The server runs in this process: pointing it at a LibreOffice that is not there is "not installed".
  process.env.BIDBENCH_SOFFICE = path.join(server.home, 'no-soffice')
  try {
    await app.getByText(SERVICES_BID).first().click()
    await expect(app.getByTestId('detail-bids')).toBeVisible()
    await app.getByTestId('export-button').click()
    await expect(app.getByTestId('export-no-libreoffice')).toBeVisible()
    await expect(app.getByRole('radio', { name: /PDF/ })).toBeDisabled()
    await expect(app.getByTestId('export-pages')).toBeDisabled()
    await app.getByTestId('export-start').click()
    await expect(app.getByTestId('export-done')).toBeVisible({ timeout: 180_000 })
    await expect(app.getByTestId('export-warnings')).toContainText('未安装 LibreOffice')
    await expect(app.getByTestId('export-pages-written')).toHaveCount(0)
    const fileName = (await app.getByTestId('export-file-name').textContent())!.trim()
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(server.workspace, 'exports', fileName)))
    // The 目录 field is left for Word to update on opening.
    expect(await zip.file('word/document.xml')!.async('string')).toContain('w:dirty="true"')
  } finally {
    if (before === undefined) delete process.env.BIDBENCH_SOFFICE
    else process.env.BIDBENCH_SOFFICE = before
  }
})

// Writing the sample workspace for the server fixture is fsync-bound: under load it needs more than the default.
test.describe.configure({ timeout: 240_000 })

test('the check panel shows each finding’s phase: 封装 items (盖章, 签字) apart from what to fix before export', async ({
  app,
}) => {
  await openGoodsBid(app)
  const panel = app.getByTestId('check-panel')
  await panel.getByTestId('phase-filter').getByText(/^封装/).click()
  await expect(panel.getByTestId('finding-L06').first()).toBeVisible()
  const phases = panel.getByTestId('findings').getByTestId('finding-phase')
  await expect(phases.first()).toHaveText('封装')
  expect(new Set(await phases.allTextContents())).toEqual(new Set(['封装']))
  await panel.getByTestId('phase-filter').getByText(/^编制/).click()
  await expect(panel.getByTestId('finding-L06')).toHaveCount(0)
  await expect(panel.getByTestId('finding-L02').first()).toBeVisible()
  await expect(panel.getByTestId('finding-L02').first().getByTestId('finding-phase')).toHaveText('编制')
  // The live panel checks the print as the export gate does: P01 (two prices printed) names the forms it is in.
  await app.locator('#findings-filter').fill('P01')
  const p01 = panel.getByTestId('finding-P01').first()
  await expect(p01).toBeVisible({ timeout: 30_000 })
  await expect(p01.getByTestId('finding-phase')).toHaveText('编制')
  await expect(p01.getByTestId('finding-printed-in')).toContainText('投标函')

  // The export dialog prints the 封装 checklist (the same checks.sealChecklist as `check --phase 封装 --out`).
  await app.getByTestId('export-button').click()
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('export-seal-checklist').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/封装检查清单\.docx$/)
  const file = path.join(os.tmpdir(), `bb-seal-${process.pid}-${Date.now()}.docx`)
  await download.saveAs(file)
  const xml = await (
    await JSZip.loadAsync(await fs.readFile(file))
  )
    .file('word/document.xml')!
    .async('string')
  await fs.rm(file, { force: true })
  expect(xml).toContain('封装检查清单（正本）')
  expect(xml).toContain('投标人（盖章）')
})
