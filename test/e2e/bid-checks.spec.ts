import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { choose, selectById } from './select'

const finding = (app: Page, ruleId: string) => app.getByTestId('check-panel').getByTestId(`finding-${ruleId}`)

/** The findings list is virtualised: narrow it to one rule so its items are on screen. */
async function onlyRule(app: Page, ruleId: string) {
  await app.locator('#findings-filter').fill(ruleId)
}

async function createBid(app: Page, title: string) {
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill(title)
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await expect(app.getByTestId('family-不漏')).toBeVisible()
}

const chooseField = (app: Page, fieldId: string, option: string) =>
  choose(app, selectById(app, fieldId), option)

test('findings appear and disappear as fields are fixed, jump to their field, are acknowledged and exported', async ({
  app,
  server,
}) => {
  await createBid(app, '某区教育局智慧课堂设备采购')

  // Validity shorter than required → E05; fixing it removes the finding.
  await app.locator('#f-validityDaysRequired').fill('90')
  await app.locator('#f-validityDays').fill('60')
  await onlyRule(app, 'E05')
  await expect(finding(app, 'E05')).toHaveCount(1)
  await expect(finding(app, 'E05')).toContainText('60')
  await app.locator('#f-validityDays').fill('90')
  await expect(finding(app, 'E05')).toHaveCount(0)

  // A requirement left 未处理 → L01; a ★ one with 负偏离 → L02.
  await app.getByRole('tab', { name: /招标要求/ }).click()
  await app.getByTestId('req-add').click()
  await app.locator('#f-requirements\\.0\\.text').fill('★质保期不少于 3 年')
  await onlyRule(app, 'L01')
  await expect(finding(app, 'L01')).toHaveCount(1)
  await app.locator('#f-requirements\\.0\\.star').check()
  await chooseField(app, 'f-requirements.0.status', '响应')
  await expect(finding(app, 'L01')).toHaveCount(0)
  await chooseField(app, 'f-requirements.0.deviation', '负偏离')
  await onlyRule(app, 'L02')
  await expect(finding(app, 'L02')).toHaveCount(1)

  // From another tab, the finding opens the requirements tab and focuses the field it names.
  await app.getByRole('tab', { name: '基本信息' }).click()
  await expect(app.locator('#f-requirements\\.0\\.deviation')).toHaveCount(0)
  await finding(app, 'L02').getByTestId('finding-go').click()
  await expect(app.getByRole('tab', { name: /招标要求/ })).toHaveAttribute('aria-selected', 'true')
  await expect(app.locator('#f-requirements\\.0\\.deviation')).toBeFocused()
  await chooseField(app, 'f-requirements.0.deviation', '无偏离')
  await expect(finding(app, 'L02')).toHaveCount(0)

  // Acknowledging keeps the finding listed, marked, with its reason.
  await onlyRule(app, 'L09')
  const l09 = finding(app, 'L09').first()
  await l09.getByTestId('finding-ack').click()
  await app.locator('#ack-reason').fill('本项目为询价，无需开标一览表')
  await app.getByTestId('ack-ok').click()
  await expect(finding(app, 'L09').first()).toHaveAttribute('data-acknowledged', 'true')
  await expect(finding(app, 'L09').first()).toContainText('本项目为询价，无需开标一览表')

  // Export: the downloaded workbook holds one row a finding, the acknowledged one included.
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('checks-export').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const file = path.join(server.home, 'findings.xlsx')
  await download.saveAs(file)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = wb.worksheets[0]
  const text: string[] = []
  ws.eachRow((row) =>
    text.push(row.values ? (row.values as unknown[]).map((v) => String(v ?? '')).join('|') : ''),
  )
  const panelCount = await app
    .getByTestId('check-panel')
    .locator('[data-testid^="finding-"][data-key]')
    .count()
  expect(panelCount).toBeGreaterThan(0)
  expect(text.some((t) => t.includes('L09') && t.includes('本项目为询价'))).toBe(true)
  expect(text.some((t) => t.includes('L02'))).toBe(false)
  expect(ws.autoFilter).toBeTruthy()

  // Print renders the same findings into a frame.
  await app.getByTestId('checks-print').click()
  await expect(app.frameLocator('[data-testid="print-frame"]').locator('body')).toContainText('L09')
})

test('a 5,000-requirement bid stays responsive: paste, scroll, type into a cell', async ({ app }) => {
  // Generous: the fixture's server start and a 5,000-line paste on a loaded machine, not a timing assertion.
  test.setTimeout(300_000)
  await createBid(app, '五千条要求的大项目')
  await app.getByRole('tab', { name: /招标要求/ }).click()
  await app.getByTestId('req-paste').click()
  const lines = Array.from(
    { length: 5000 },
    (_, i) => `${i + 1}. 第 ${i + 1} 项技术参数要求，须逐条响应并提供证明材料`,
  ).join('\n')
  // Set as one paste would (Playwright's fill() stalls on a 300 KB string).
  await app.locator('#paste-text').evaluate((el, v) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    setValue.call(el, v)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }, lines)
  await expect(app.getByTestId('paste-ok')).toHaveText(/5000/)
  await app.getByTestId('paste-ok').click()
  await expect(app.getByTestId('req-count')).toHaveText('共 5000 条')
  // Only the visible rows are in the page.
  expect(await app.getByTestId('req-row').count()).toBeLessThan(80)

  await app.getByTestId('req-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight))
  const last = app.locator('#f-requirements\\.4999\\.responseText')
  await expect(last).toBeVisible()
  await last.click()
  await app.keyboard.type('满足')
  await expect(last).toHaveValue('满足')
  await expect(app.getByTestId('count-不漏-失分风险')).toBeVisible()

  // Filter to the one answered row, then back.
  await app.getByPlaceholder('搜索要求 / 响应').fill('满足')
  await expect(app.getByTestId('req-count')).toHaveText('显示 1 / 5000 条')
  await expect(app.locator('#f-requirements\\.4999\\.responseText')).toHaveValue('满足')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
})

test('imports requirements from an .xlsx after a preview of the detected header', async ({ app, server }) => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('技术要求')
  ws.addRow(['某项目技术需求一览表'])
  ws.addRow(['序号', '章节', '★', '技术要求'])
  ws.addRow([1, '第三章', '★', '支持 DICOM 3.0'])
  ws.addRow([2, '第三章', '', '探测器尺寸不小于 43cm×43cm'])
  const file = path.join(server.home, '需求.xlsx')
  await wb.xlsx.writeFile(file)

  await createBid(app, '导入测试项目')
  await app.getByRole('tab', { name: /招标要求/ }).click()
  await app.getByTestId('req-import').click()
  await app.getByTestId('import-file').setInputFiles(file)
  await expect(app.getByTestId('import-header')).toContainText('第 2 行')
  await expect(app.getByTestId('import-header')).toContainText('技术要求')
  await app.getByTestId('import-ok').click()
  await expect(app.getByTestId('req-count')).toHaveText('共 2 条')
  await expect(app.locator('#f-requirements\\.0\\.text')).toHaveValue('支持 DICOM 3.0')
  await expect(app.locator('#f-requirements\\.0\\.star')).toBeChecked()

  // A file that is not a workbook is refused with a reason, and nothing is added.
  await fs.writeFile(path.join(server.home, 'bad.xlsx'), 'not a zip')
  await app.getByTestId('req-import').click()
  await app.getByTestId('import-file').setInputFiles(path.join(server.home, 'bad.xlsx'))
  await expect(app.getByTestId('import-error')).toBeVisible()
})

test('materials: expiry dashboard, full-text search, and renewing relinks the open bid', async ({ app }) => {
  await app.getByTestId('nav-materials').click()
  await expect(app.getByTestId('bucket-expired')).toContainText('1')
  const row = app.getByTestId('materials-dashboard').getByRole('row', { name: /CMMI 3 级评估证书/ })
  await expect(row).toContainText('某市第一人民医院医学影像设备采购项目')

  await app.locator('#materials-search').fill('信息安全')
  await expect(app.getByTestId('materials-hits')).toContainText('ISO27001')

  await row.getByTestId('renew').click()
  await app.locator('#renew-to').fill('2029-10-28')
  await app.locator('#renew-to').press('Enter')
  await app.getByTestId('renew-ok').click()
  await expect(app.getByTestId('renew-result')).toContainText('某市第一人民医院医学影像设备采购项目')
  await app.getByRole('button', { name: /知道了|确定|OK/ }).click()
  await expect(app.getByTestId('bucket-expired')).toContainText('0')

  await app.getByTestId('nav-bids').click()
  await app.getByText('某市第一人民医院医学影像设备采购项目').click()
  await app.getByRole('tab', { name: /资料/ }).click()
  const linked = app.getByTestId('detail-bids').getByRole('row', { name: /CMMI 3 级评估证书/ })
  await expect(linked).toContainText('2029-10-28')
})

test('sections reorder by drag and drop, and the mandated order shows mismatches', async ({ app }) => {
  await app.getByText('某市第一人民医院医学影像设备采购项目').click()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  const titles = () => app.getByTestId('section-card').locator('.ant-card-head-title').allInnerTexts()
  const before = await titles()
  await app.getByTestId('section-handle').nth(1).dragTo(app.getByTestId('section-card').nth(0))
  const after = await titles()
  expect(after[0]).toContain(before[1].replace(/^\d+/, '').trim().split('\n')[0])
  await expect(app.getByTestId('mandated-order').locator('[data-status="misplaced"]').first()).toBeVisible()
})
