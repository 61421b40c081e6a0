import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'

test('opens on the sample workspace with its Chinese demo data', async ({ app }, testInfo) => {
  await expect(app.getByTestId('ws-switch')).toContainText('示例工作区')
  await expect(app.getByText('某市第一人民医院医学影像设备采购项目')).toBeVisible()
  await expect(app.getByText('某能源集团 2027 年度数据中心 IT 运维服务采购项目')).toBeVisible()
  await app.getByTestId('nav-materials').click()
  await expect(app.getByTestId('materials-dashboard').getByText('CMMI 3 级评估证书')).toBeVisible()
  await expect(app.getByText(/已过 \d+ 天/).first()).toBeVisible()
  await app.getByTestId('nav-competitors').click()
  await expect(app.getByText('北京华信智能科技有限公司').first()).toBeVisible()
  await app.getByTestId('nav-bids').click()
  // The README picture is refreshed only on purpose (npm run screenshot); a test run writes no tracked file.
  const out = process.env.BB_README_SCREENSHOT ?? testInfo.outputPath('screenshot-bids.png')
  await app.screenshot({ path: out })
  expect((await fs.stat(out)).size).toBeGreaterThan(10_000)
})

test('creates a bid package, edits it, and the edit survives a reload', async ({ app, server }) => {
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill('某区教育局智慧课堂设备采购')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.locator('#f-tenderNo').fill('JYJ-2026-77')
  await app.locator('#f-buyer\\.name').fill('某区教育局')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  await app.reload()
  await expect(app.locator('#f-tenderNo')).toHaveValue('JYJ-2026-77')
  await expect(app.locator('#f-buyer\\.name')).toHaveValue('某区教育局')
  // And it is on disk, as a pretty-printed JSON file of its own.
  const files = await fs.readdir(path.join(server.workspace, 'bids'))
  const texts = await Promise.all(
    files.map((f) => fs.readFile(path.join(server.workspace, 'bids', f), 'utf8')),
  )
  expect(texts.some((t) => t.includes('"tenderNo": "JYJ-2026-77"'))).toBe(true)
})

test('deletes to the trash, undoes, and restores from the trash page', async ({ app }) => {
  await app.getByTestId('nav-competitors').click()
  const row = app.getByRole('row', { name: /深圳迈瑞达科技有限公司/ })
  await row.getByRole('button', { name: '删除' }).click()
  await app.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(app.getByRole('row', { name: /深圳迈瑞达科技有限公司/ })).toHaveCount(0)
  await app.getByTestId('nav-trash').click()
  await expect(app.getByRole('cell', { name: '深圳迈瑞达科技有限公司' })).toBeVisible()
  await app.getByRole('button', { name: '恢复' }).click()
  // Restored when the trash no longer lists it (navigating earlier would load the list before the restore ran).
  await expect(app.getByRole('cell', { name: '深圳迈瑞达科技有限公司' })).toHaveCount(0)
  await app.getByTestId('nav-competitors').click()
  await expect(app.getByRole('row', { name: /深圳迈瑞达科技有限公司/ })).toBeVisible()
})

test('switches to English and remembers it', async ({ app }) => {
  await app.getByTestId('lang-switch').click()
  await expect(app.getByTestId('nav-bids')).toHaveText('Bid packages')
  await app.reload()
  await expect(app.getByTestId('nav-bids')).toHaveText('Bid packages')
  await app.getByTestId('lang-switch').click()
  await expect(app.getByTestId('nav-bids')).toHaveText('投标项目')
})

test('creates a new workspace from the switcher and lists it as recent', async ({ app, server }) => {
  const dir = path.join(server.home, '新工作区')
  await app.getByTestId('ws-switch').click()
  await app.getByRole('tab', { name: '新建工作区' }).click()
  await app.getByTestId('ws-create-dir').fill(dir)
  await app.getByTestId('ws-create-name').fill('华东区投标')
  await app.getByRole('dialog').getByRole('button', { name: '新建' }).click()
  await expect(app.getByTestId('ws-switch')).toContainText('华东区投标')
  await expect(app.locator('.ant-empty-description')).toHaveText('暂无数据')
  await app.getByTestId('ws-switch').click()
  await app.getByRole('tab', { name: '最近打开' }).click()
  await expect(app.getByText(dir).first()).toBeVisible()
})
