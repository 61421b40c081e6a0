import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page, Request } from '@playwright/test'
import { openWorkspace } from '@services/store'
import { p, r, rawDocx } from '@test/fixtures/buyer-forms/raw-docx'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'
import { spacedItems } from '@test/fixtures/buyer-forms/items'
import { expect, test } from './fixtures'
import { attachGoodsForms } from './buyer-forms'
import { choose } from './select'

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

test('tender import: a file that is not .docx/.pdf, an emptied bid name and an out-of-range count are said at their fields; the right ones create the bid', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const sent = { preview: 0, apply: 0 }
  app.on('request', (q) => {
    if (q.url().endsWith('/api/tender.importPreview')) sent.preview++
    if (q.url().endsWith('/api/tender.importApply')) sent.apply++
  })
  const notes = path.join(server.home, '招标公告.txt')
  await fs.writeFile(notes, '不是招标文件')
  const goods = path.join(server.home, '医学影像设备招标文件.docx')
  await fs.writeFile(goods, await buildDocx(GOODS_TENDER))

  await app.getByTestId('tender-import-open').click()
  const picker = app.getByTestId('tender-file')
  const read = app.getByTestId('tender-read')
  await picker.setInputFiles(notes)
  await expect(app.getByTestId('tender-file-0').getByTestId('tender-file-error')).toHaveText(
    '请选择 .docx 或 .pdf 文件',
  )
  await expect(read).toBeDisabled()
  // A good file after it does not let the bad one through; its message stays at its own row.
  await picker.setInputFiles(goods)
  await expect(app.getByTestId('tender-file-1')).toContainText('医学影像设备招标文件.docx')
  await expect(app.getByTestId('tender-file-1').getByTestId('tender-file-error')).toHaveCount(0)
  await expect(read).toBeDisabled()
  await app.locator('.ant-modal').screenshot({ path: test.info().outputPath('tender-files.png') })
  await app.getByTestId('tender-file-remove-0').click()
  await expect(app.getByTestId('tender-file-error')).toHaveCount(0)
  await expect(app.getByTestId('tender-file-0')).toContainText('医学影像设备招标文件.docx')
  expect(sent.preview).toBe(0)
  await read.click()

  // The bid's name emptied: said at the field, the name cannot be rejected instead, and nothing can be sent.
  const title = app.getByTestId('fact-value-title')
  await expect(title).toHaveValue('江州市第一人民医院医学影像设备采购项目', { timeout: 90_000 })
  await title.fill('')
  await expect(app.getByTestId('fact-error-title')).toHaveText('请填写名称')
  await expect(app.getByTestId('fact-accept-title')).toBeDisabled()
  const apply = app.getByTestId('tender-apply')
  await expect(apply).toBeDisabled()

  // Counts out of range are refused with the reason and kept as typed, never clamped to 0 or rounded.
  const copies = app.getByTestId('fact-value-copiesRequired')
  await copies.fill('-2')
  await copies.blur()
  await expect(app.getByTestId('fact-error-copiesRequired')).toHaveText('不能小于 0')
  await expect(copies).toHaveValue('-2')
  const validity = app.getByTestId('fact-value-validityDaysRequired')
  await validity.fill('1.5')
  await validity.blur()
  await expect(app.getByTestId('fact-error-validityDaysRequired')).toHaveText('须为整数')
  await expect(validity).toHaveValue('1.5')
  await expect(app.getByTestId('tab-errors-facts')).toContainText('3 处待改')
  await app.locator('.ant-modal').screenshot({ path: test.info().outputPath('tender-review.png') })
  // A rejected fact is not sent, so its value is not checked; accepted again, its message is back.
  await app.getByTestId('fact-accept-copiesRequired').uncheck()
  await expect(app.getByTestId('fact-error-copiesRequired')).toHaveCount(0)
  await app.getByTestId('fact-accept-copiesRequired').check()
  await expect(app.getByTestId('fact-error-copiesRequired')).toHaveText('不能小于 0')
  await expect(apply).toBeDisabled()
  expect(sent.apply).toBe(0)

  await title.fill('一院影像设备（CT+DR）')
  await copies.fill('5')
  await validity.fill('90')
  await expect(app.getByTestId('fact-error-title')).toHaveCount(0)
  await expect(app.getByTestId('tab-errors-facts')).toHaveCount(0)
  await expect(apply).toBeEnabled()
  await apply.click()
  await expect(app).toHaveURL(/#\/bids\/[A-Za-z0-9_-]+$/, { timeout: 30_000 })
  expect(sent.apply).toBe(1)
  const bidId = decodeURIComponent(app.url().split('/').pop()!)
  const ws = await openWorkspace(server.workspace, { readOnly: true })
  const bid = await ws.get('bids', bidId)
  expect(bid.title).toBe('一院影像设备（CT+DR）')
  expect(bid.copies.copiesRequired).toBe(5)
  expect(bid.validityDaysRequired).toBe(90)
  expect(bid.requirements).toHaveLength(14)
  await ws.close()
})

test('buyer forms and the scoring-table import: a file of the wrong kind is refused at the picker, unread', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const sent: string[] = []
  app.on('request', (q) => {
    const m = q.url().match(/\/api\/(export\.attachForm|matrices\.importPreview)$/)
    if (m) sent.push(m[1])
  })
  const doc = path.join(server.home, '投标函格式.doc')
  await fs.writeFile(doc, 'old binary Word')
  const csv = path.join(server.home, '评分表.csv')
  await fs.writeFile(csv, '序号,评分因素,分值\n1,技术方案,30\n')
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分标准')
  ws.addRow(['序号', '评分因素', '分值', '评分标准'])
  ws.addRow([1, '技术方案', 60, '方案完整得60分'])
  ws.addRow([2, '投标报价', 40, '最低价得满分'])
  const xlsx = path.join(server.home, '评分表.xlsx')
  await wb.xlsx.writeFile(xlsx)

  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await expect(app.getByTestId('buyer-forms')).toBeVisible()
  // Only the localized button shows: not the browser's own "Choose File" control (antd's form CSS showed it).
  await expect(app.getByTestId('buyer-forms-file')).toBeHidden()
  await app.getByTestId('buyer-forms-file').setInputFiles(doc)
  await expect(app.getByTestId('buyer-forms-picked')).toHaveText('投标函格式.doc')
  await expect(app.getByTestId('buyer-forms-file-error')).toHaveText('请选择 .docx 文件')
  await app.getByTestId('buyer-forms').screenshot({ path: test.info().outputPath('buyer-forms-picker.png') })

  await app.getByRole('menuitem', { name: '评分矩阵' }).click()
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill('选文件测试')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('detail-matrices')).toBeVisible()
  await app.getByTestId('matrix-import').click()
  await app.getByTestId('matrix-import-file').setInputFiles(csv)
  await expect(app.getByTestId('matrix-import-name')).toHaveText('评分表.csv')
  await expect(app.getByTestId('matrix-import-file-error')).toHaveText('请选择 .xlsx 文件')
  await expect(app.getByTestId('import-preview')).toHaveCount(0)
  expect(sent).toEqual([])

  // The right kind goes through, and the message goes with the wrong file.
  await app.getByTestId('matrix-import-file').setInputFiles(xlsx)
  await expect(app.getByTestId('import-preview').getByTestId('import-summary')).toContainText('2 项', {
    timeout: 45_000,
  })
  await expect(app.getByTestId('matrix-import-file-error')).toHaveCount(0)
  expect(sent).toEqual(['matrices.importPreview'])
})

test('scoring-table import: an empty paste, an emptied new-matrix name, an emptied item name and points of -1 are said at their fields; the corrected import creates the matrix', async ({
  app,
  server,
}) => {
  const creates: string[] = []
  app.on('request', (q) => {
    if (q.url().endsWith('/api/matrices.create')) creates.push(q.postData() ?? '')
  })
  await app.getByRole('menuitem', { name: '评分矩阵' }).click()
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill('导入表单测试')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('detail-matrices')).toBeVisible()
  creates.length = 0
  await app.getByTestId('matrix-import').click()
  await app.getByRole('tab', { name: '从剪贴板粘贴' }).click()

  // Nothing pasted: said at the text box, nothing detected.
  await app.getByTestId('paste-detect').click()
  await expect(app.getByTestId('matrix-paste-error')).toHaveText('请先粘贴从 Excel 复制的评分表')
  await expect(app.getByTestId('import-preview')).toHaveCount(0)
  const tsv = ['评审因素\t分值', '投标报价\t40', '技术方案\t40', '售后服务\t20'].join('\n')
  await app.getByTestId('matrix-paste').fill(tsv)
  await expect(app.getByTestId('matrix-paste-error')).toHaveCount(0)
  await app.getByTestId('paste-detect').click()
  await expect(app.getByTestId('import-summary')).toContainText('3 项')
  const save = app.getByTestId('import-save')
  await expect(save).toBeEnabled()

  // A header row of 0 is refused at the field, not turned into 1.
  await app.locator('#import-header-row').fill('0')
  await expect(app.getByTestId('import-header-row-error')).toHaveText('不能小于 1')
  await expect(app.locator('#import-header-row')).toHaveValue('0')
  await app.locator('#import-header-row').fill('1')
  await expect(app.getByTestId('import-header-row-error')).toHaveCount(0)

  // Saved as a new matrix whose name was emptied: refused at the name, nothing created.
  await app.getByTestId('import-target').getByText('另存为新评分矩阵').click()
  await app.getByTestId('import-new-title').fill('')
  await expect(app.getByTestId('import-new-title-error')).toHaveText('请填写新评分矩阵的名称')
  await expect(save).toBeDisabled()

  // An emptied item name and points of -1 (kept as typed, not clamped to 0): said at those cells.
  await app.getByTestId('import-name-0').fill('')
  await app.locator('#import-points-1').fill('-1')
  await expect(app.getByTestId('import-name-error-0')).toHaveText('请填写评分项名称')
  await expect(app.getByTestId('import-points-error-1')).toHaveText('不能小于 0')
  await expect(app.locator('#import-points-1')).toHaveValue('-1')
  await expect(app.getByTestId('import-warnings')).toContainText('第 1 项：请填写评分项名称')
  await expect(app.getByTestId('import-warnings')).toContainText('第 2 项“技术方案”：不能小于 0')
  await expect(save).toBeDisabled()
  // A row added by mistake is refused until named, and can be taken out again.
  await app.getByTestId('import-add-row').click()
  await expect(app.getByTestId('import-name-error-3')).toHaveText('请填写评分项名称')
  await app.getByTestId('import-remove-3').click()
  await expect(app.getByTestId('import-name-error-3')).toHaveCount(0)
  await app.locator('.ant-modal').screenshot({ path: test.info().outputPath('import-fields.png') })
  expect(creates).toEqual([])

  // Corrected: a total of 90 is only a warning; the new matrix is created with the typed name and the rows.
  await app.getByTestId('import-name-0').fill('投标报价')
  await app.locator('#import-points-1').fill('30')
  await app.getByTestId('import-new-title').fill('评分表（修正后）')
  await expect(app.getByTestId('import-total-warning')).toHaveText('分值合计为 90 分，通常应为 100 分')
  await expect(app.getByTestId('import-name-error-0')).toHaveCount(0)
  await expect(app.getByTestId('import-points-error-1')).toHaveCount(0)
  await expect(app.getByTestId('import-new-title-error')).toHaveCount(0)
  await expect(save).toBeEnabled()
  await expect(save).toHaveText('保存 3 项')
  await save.click()
  await expect(app.getByTestId('detail-matrices').getByRole('heading', { level: 4 })).toHaveText(
    '评分表（修正后）',
  )
  await expect(app).toHaveURL(/#\/matrices\/[A-Za-z0-9_-]+$/)
  expect(creates).toHaveLength(1)
  const ws = await openWorkspace(server.workspace, { readOnly: true })
  const doc = await ws.get('matrices', decodeURIComponent(app.url().split('/').pop()!))
  expect(doc.title).toBe('评分表（修正后）')
  expect(doc.items.map((i) => [i.name, i.maxPoints])).toEqual([
    ['投标报价', 40],
    ['技术方案', 30],
    ['售后服务', 20],
  ])
  await ws.close()
})

test('buyer forms: a section already printed by another form is refused at the row that asked for it', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const card = await attachGoodsForms(app, server.home)
  const rows = card.getByTestId('buyer-form-row')
  await expect(rows.nth(0)).toHaveAttribute('data-section', 's1')
  await expect(rows.nth(1)).toHaveAttribute('data-section', 's2')
  const first = ((await rows.nth(0).locator('.ant-select').textContent()) ?? '').trim()
  // The second form asks for the first one's section: the server refuses, and says so at that row.
  await rows.nth(1).locator('.ant-select').click()
  await app
    .locator('.ant-select-dropdown:visible:not([class*="-leave"])')
    .getByTitle(first, { exact: true })
    .click()
  const refusal = rows.nth(1).getByTestId('buyer-form-row-error')
  await expect(refusal).toContainText('同一章节只能由一个表单代替', { timeout: 30_000 })
  await expect(rows.nth(0).getByTestId('buyer-form-row-error')).toHaveCount(0)
  // Nothing changed: both rows keep their sections, on screen and in the bid.
  await expect(rows.nth(1)).toHaveAttribute('data-section', 's2')
  await expect(rows.nth(0)).toHaveAttribute('data-section', 's1')
  await card.screenshot({ path: test.info().outputPath('buyer-form-row-refusal.png') })

  // A change that is accepted clears the message.
  await choose(app, rows.nth(2).locator('.ant-select'), '不打印')
  await expect(rows.nth(2)).toHaveAttribute('data-section', '', { timeout: 30_000 })
  await expect(refusal).toHaveCount(0)
})

test('buyer forms: a blank’s field choice the server refuses is said at that blank in the drawer', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  const form = path.join(server.home, '货物清单.docx')
  await fs.writeFile(form, await spacedItems())
  const openBid = async (page: Page) => {
    await page.getByText('某市第一人民医院医学影像设备采购项目').first().click()
    await expect(page.getByTestId('detail-bids')).toBeVisible()
    await page.getByRole('tab', { name: /投标文件章节/ }).click()
  }
  await openBid(app)
  await app.getByTestId('buyer-forms-file').setInputFiles(form)
  await expect(app.getByTestId('buyer-forms-result')).toContainText('1 个表单', { timeout: 90_000 })
  await app.getByTestId('buyer-forms').getByTestId('buyer-form-blanks-toggle').click()
  const blanks = app.getByTestId('buyer-form-blanks')
  await expect(blanks.getByTestId('blank-t1col3')).toHaveAttribute('data-status', 'unfilled', {
    timeout: 60_000,
  })

  // Another window removes the file while this one still shows its blanks.
  const other = await app.context().newPage()
  await other.goto(server.url)
  await openBid(other)
  await other.getByTestId('buyer-forms').getByTestId('buyer-form-remove').click()
  await expect(other.getByTestId('buyer-forms')).toContainText('尚未上传招标方表单', { timeout: 30_000 })
  await other.close()

  // The choice made here is refused, and the reason is at the blank, in the drawer the person is looking at.
  await blanks.getByTestId('blank-key-t1col3').click()
  await app
    .locator('.ant-select-dropdown:visible:not([class*="-leave"])')
    .getByTitle('（留空）', { exact: true })
    .click()
  await expect(blanks.getByTestId('blank-error-t1col3')).toContainText('投标中没有招标方表单', {
    timeout: 30_000,
  })
  await expect(blanks.getByTestId('blank-error-t1col2')).toHaveCount(0)
})
