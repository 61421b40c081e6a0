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
