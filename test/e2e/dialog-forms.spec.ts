import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Request } from '@playwright/test'
import { p, r, rawDocx } from '@test/fixtures/buyer-forms/raw-docx'
import { expect, test } from './fixtures'

/**
 * The dialogs' forms (react-hook-form): a wrong choice is said at its field in the UI language and nothing is
 * sent; the right one goes through.
 */
test('export: a picked file that is not .docx and an unaccepted unknown placeholder are refused at their fields', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const starts: Request[] = []
  app.on('request', (q) => {
    if (q.url().endsWith('/api/export.start')) starts.push(q)
  })
  const notes = path.join(server.home, 'notes.txt')
  await fs.writeFile(notes, '不是 Word 文件')
  const form = path.join(server.home, '投标函.docx')
  await fs.writeFile(form, await rawDocx([p(r('项目：{{项目名称}} 暗号：{{神秘字段}}'))]))

  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByTestId('export-button').click()
  const upload = app.locator('.ant-modal input[type="file"]')
  await upload.setInputFiles(notes)
  const fileError = app.getByTestId('export-form-error')
  await expect(fileError).toHaveText('请选择 .docx 文件')
  await expect(app.getByTestId('export-form-name')).toHaveText('notes.txt')
  await app.getByTestId('export-start').click()
  await expect(fileError).toHaveText('请选择 .docx 文件')

  // A .docx with a placeholder the bid cannot fill: exported only once the user keeps it.
  await upload.setInputFiles(form)
  await expect(app.getByTestId('export-form-unknown')).toContainText('{{神秘字段}}')
  await expect(fileError).toHaveCount(0)
  await app.getByTestId('export-start').click()
  const keepError = app.getByTestId('export-allow-unknown-error')
  await expect(keepError).toHaveText('请勾选保留未识别的占位符，或移除这份表单')
  await app
    .getByTestId('export-dialog-body')
    .screenshot({ path: test.info().outputPath('export-choose.png') })
  // Nothing was sent for either refusal (the scan of the good file was, so the page did talk to the server).
  expect(starts).toHaveLength(0)

  await app.getByTestId('export-allow-unknown').check()
  await expect(keepError).toHaveCount(0)
  const sent = app.waitForRequest((q) => q.url().endsWith('/api/export.start'))
  await app.getByTestId('export-start').click()
  const body = (await sent).postDataJSON() as Record<string, unknown>
  expect(body).toMatchObject({ format: 'docx', copy: '正本', allowUnknown: true })
  expect(typeof body.buyerFormBase64).toBe('string')
  await expect(app.getByTestId('export-format')).toHaveCount(0, { timeout: 60_000 })
})

test('requirements import: a file that is not .xlsx and a sheet name that is not there are said at their fields', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const reads: string[] = []
  app.on('request', (q) => {
    if (q.url().endsWith('/api/bids.importRequirements')) reads.push(q.postData() ?? '')
  })
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('技术要求')
  ws.addRow(['序号', '章节', '★', '技术要求'])
  ws.addRow([1, '第三章', '★', '支持 DICOM 3.0'])
  ws.addRow([2, '第三章', '', '探测器尺寸不小于 43cm×43cm'])
  const xlsx = path.join(server.home, '需求.xlsx')
  await wb.xlsx.writeFile(xlsx)
  const xls = path.join(server.home, '旧需求.xls')
  await fs.writeFile(xls, 'old binary workbook')

  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByRole('tab', { name: /招标要求/ }).click()
  const count = app.getByTestId('req-count')
  await expect(count).toHaveText(/共 \d+ 条/)
  const before = Number((await count.textContent())!.match(/\d+/)![0])
  await app.getByTestId('req-import').click()
  await app.getByTestId('import-file').setInputFiles(xls)
  await expect(app.getByTestId('import-error')).toHaveText('请选择 .xlsx 文件')
  // Refused before it is read: nothing went to the server.
  expect(reads).toHaveLength(0)

  await app.getByTestId('import-file').setInputFiles(xlsx)
  await expect(app.getByTestId('import-header')).toContainText('技术要求')
  await expect(app.getByTestId('import-error')).toHaveCount(0)
  expect(reads).toHaveLength(1)
  const sheet = app.getByTestId('import-sheet').locator('input')
  const sheetError = app.getByTestId('import-sheet-error')
  await sheet.fill('x'.repeat(201))
  await expect(sheetError).toHaveText('最多 200 个字符')
  await sheet.press('Enter')
  await expect(sheetError).toHaveText('最多 200 个字符')
  // A sheet the workbook does not have: the server's reason, at the sheet field, and nothing to import.
  await sheet.fill('报价表')
  await sheet.press('Enter')
  // Its own message: the file is fine, so no "导入的文件不安全或无法识别" lead-in.
  await expect(sheetError).toHaveText('找不到工作表“报价表”（有：技术要求）')
  await expect(app.getByTestId('import-header')).toHaveCount(0)
  await expect(app.locator('.ant-modal').getByTestId('import-ok')).toBeDisabled()
  await app.locator('.ant-modal').screenshot({ path: test.info().outputPath('import-sheet.png') })
  // Only the two reads the form accepted (the good file, then 报价表) reached the server.
  expect(reads).toHaveLength(2)

  await sheet.fill('技术要求')
  await expect(sheetError).toHaveCount(0)
  await sheet.press('Enter')
  await expect(app.getByTestId('import-header')).toContainText('第 1 行')
  await app.getByTestId('import-ok').click()
  await expect(count).toHaveText(`共 ${before + 2} 条`)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  const doc = JSON.parse(
    await fs.readFile(path.join(server.workspace, 'bids', 'bid-hospital-imaging.json'), 'utf8'),
  )
  expect(doc.requirements).toHaveLength(before + 2)
  expect(doc.requirements.at(-2).text).toBe('支持 DICOM 3.0')
})
