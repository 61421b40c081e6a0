import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'

const ZH_STAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/
const EN_STAMP = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/

test('dates are picked on a zh-CN calendar and shown as 2026-12-03 21:40; the English switch shows English', async ({
  app,
  server,
}) => {
  // The bid list's 更新时间 is zh-CN, 24-hour, whatever the browser's own locale would print.
  await expect(app.locator('td').filter({ hasText: ZH_STAMP }).first()).toBeVisible()

  // A material's 有效期至 is a calendar in Chinese (年/月, weekdays 一…日), typed as 2030-06-30.
  await app.getByTestId('nav-materials').click()
  await app.getByTestId('materials-dashboard').getByText('CMMI 3 级评估证书').click()
  const validTo = app.locator('#f-validTo')
  await expect(validTo).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await validTo.click()
  const calendar = app.locator('.ant-picker-dropdown:visible')
  await expect(calendar).toContainText(/\d{4}年/)
  await expect(calendar.locator('thead')).toContainText('一')
  await expect(calendar.locator('thead')).toContainText('日')
  await validTo.fill('2030-06-30')
  await validTo.press('Enter')
  await expect(validTo).toHaveValue('2030-06-30')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  const file = path.join(server.workspace, 'materials', 'm-cmmi3.json')
  await expect.poll(async () => JSON.parse(await fs.readFile(file, 'utf8')).validTo).toBe('2030-06-30')

  // English: the same day reads 30 Jun 2030 and the calendar is English; the list stamps follow.
  await app.getByTestId('lang-switch').click()
  await expect(validTo).toHaveValue('30 Jun 2030')
  await validTo.click()
  await expect(calendar.locator('thead')).toContainText('Mo')
  await expect(calendar).toContainText('Jun')
  await expect(calendar).not.toContainText('年')
  await app.keyboard.press('Escape')
  await app.getByTestId('nav-bids').click()
  await expect(app.locator('td').filter({ hasText: EN_STAMP }).first()).toBeVisible()
  await expect(app.locator('td').filter({ hasText: ZH_STAMP })).toHaveCount(0)
})

const ISO_DAY = /\d{4}-\d{2}-\d{2}/
const EN_DAY = /\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/

test('in English, stored days read "18 Dec 2026" on the dashboard, the bid header and the customer page; activity kinds are English', async ({
  app,
}) => {
  await app.getByTestId('lang-switch').click()

  // The expiry dashboard prints each material's 有效期至.
  await app.getByTestId('nav-materials').click()
  const dashboard = app.getByTestId('materials-dashboard')
  const cmmi = dashboard.getByRole('row', { name: /CMMI 3 级评估证书/ })
  await expect(cmmi).toContainText(EN_DAY)
  await expect(dashboard.locator('tbody')).not.toContainText(ISO_DAY)

  // The bid header's deadline: the day and the Beijing time written in it.
  await app.getByTestId('nav-bids').click()
  // In the list, not the materials dashboard still on screen (its rows tag the bids that use each material).
  await app.getByTestId('list-bids').getByText('某市第一人民医院医学影像设备采购项目').click()
  const header = app.getByTestId('detail-bids').locator('.ant-space').first()
  await expect(header).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, 09:30 · /)
  await expect(header).not.toContainText(ISO_DAY)

  // The customer page: visit kinds in English (stored Chinese), visit days and level history in English.
  await app.getByTestId('nav-customers').click()
  // The list's 性质 · 行业 · 地区: stored values by their English name, the region as typed.
  const row = app.getByTestId('list-customers').getByRole('row', { name: /某市第一人民医院/ })
  await expect(row).toContainText('Government · Healthcare · 浙江省某市')
  // One click on the name opens it (a double click's second click would land on the page's bid rows).
  await row.getByText('某市第一人民医院', { exact: true }).click()
  // The page: 性质 and a known 行业 by their English names, the stored text unchanged in the field; visit outcomes.
  await expect(app.getByTestId('customer-nature')).toContainText('Government')
  await expect(app.getByTestId('customer-industry')).toHaveValue('医疗卫生')
  await expect(app.getByTestId('customer-industry-label')).toHaveText('Healthcare')
  await expect(app.getByTestId('visit-outcome-0')).toContainText(/Advanced|Held|Blocked/)
  const visits = app.getByTestId('visits')
  await expect(visits).toContainText('Reference-customer visit')
  await expect(visits).toContainText('Technical exchange')
  await expect(visits).not.toContainText('参观样板客户')
  // The visits log is edited in place: its days are date fields showing the English form.
  await expect(app.getByTestId('visit-date-0')).toHaveValue(EN_DAY)
  await expect(visits.locator('tbody')).not.toContainText(ISO_DAY)
  await expect(app.getByTestId('people').locator('tbody')).not.toContainText(ISO_DAY)
})
