import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { convert, pdfText } from '../integration/libreoffice'
import { expect, test } from './fixtures'

const GOODS_BID = '某市第一人民医院医学影像设备采购项目'
const GOODS_BID_ID = 'bid-hospital-imaging'
const TENDER_NO = 'ZJCG-2026-0917'

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
  test.setTimeout(240_000)
  await openGoodsBid(app)
  await app.getByTestId('export-button').click()
  await expect(app.getByTestId('export-format-docx')).toBeVisible()
  await app.getByTestId('export-start').click()

  // The sample bid has open 否决风险 findings (e.g. L02: a ★ clause with 负偏离): the export asks first.
  await expect(app.getByTestId('veto-step')).toBeVisible({ timeout: 60_000 })
  await expect(app.getByTestId('veto-L02').first()).toBeVisible()
  const vetoCount = await app.getByTestId('veto-list').locator('.ant-list-item').count()
  expect(vetoCount).toBeGreaterThan(0)
  await app.getByTestId('veto-anyway').click()

  await expect(app.getByTestId('export-progress')).toBeVisible({ timeout: 60_000 })
  await expect(app.getByTestId('export-done')).toBeVisible({ timeout: 120_000 })
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
