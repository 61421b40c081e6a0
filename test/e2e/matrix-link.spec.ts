import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const MATRIX = '医学影像设备采购项目评分表'

async function openMatrix(app: Page) {
  await app.getByTestId('nav-matrices').click()
  await app.getByText(MATRIX).first().click()
  await expect(app.getByTestId('detail-matrices')).toBeVisible()
}

test('the scoring matrix scores the bid: our price from its quote, our name from 公司信息, 简称 chips, invalid bids struck out', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  await openMatrix(app)
  const results = app.getByTestId('results')
  // The demo bid's 开标一览表 states 3,030,000: that is the price the matrix scores.
  await expect(results.getByTestId('our-price-from-bid')).toHaveAttribute('data-price', '3030000')
  await expect(results.getByTestId('standing-us')).toContainText('杭州智联信息技术有限公司')
  await expect(results.getByTestId('short-name').first()).toBeVisible()
  await expect(results).toContainText('华信智能')

  // 联创医疗 is declared invalid: it leaves the ranking and is shown struck through with the reason.
  await app.getByRole('tab', { name: '价格规则与投标人' }).click()
  const bidders = app.getByTestId('bidders')
  const lianchuangRow = bidders.locator('tr', { has: app.locator('input[value="联创医疗"]') })
  await lianchuangRow.getByRole('switch', { name: '无效投标' }).click()
  await lianchuangRow.getByPlaceholder('无效原因').fill('未提交投标保证金')
  await expect(results.getByTestId('invalid-bidder')).toHaveText('联创医疗')
  await expect(results.getByTestId('invalid-bids')).toContainText('未提交投标保证金')
  await expect(results.locator('[data-testid^="standing-"]')).toHaveCount(3)
  await expect(results.locator('[data-testid^="standing-"]', { hasText: '联创医疗' })).toHaveCount(0)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
  const saved = JSON.parse(
    await fs.readFile(path.join(server.workspace, 'matrices', 'mx-hospital.json'), 'utf8'),
  )
  expect(saved.bidders.find((b: { name: string }) => b.name === '联创医疗')).toMatchObject({
    invalid: true,
    invalidReason: '未提交投标保证金',
  })

  // Every name stays readable beside the flag and price columns (they once crushed it to a few pixels),
  // and the table has exactly one row per bidder.
  await expect(bidders.locator('tbody tr')).toHaveCount(saved.bidders.length)
  for (const cell of await bidders.getByTestId('bidder-name-cell').all()) {
    expect((await cell.boundingBox())?.width ?? 0).toBeGreaterThan(140)
  }

  // The price cells are the forms' money input: 380万 reads as 3,800,000; -5 is refused with the reason
  // at the cell and the saved price stays.
  const high = lianchuangRow.locator('input[id$=".price.high"]')
  await high.fill('380万')
  await high.blur()
  await expect(high).toHaveValue('3,800,000')
  const low = lianchuangRow.locator('input[id$=".price.low"]')
  const lowBefore = saved.bidders.find((b: { name: string }) => b.name === '联创医疗').price.low
  await low.fill('-5')
  await expect(lianchuangRow.locator('[data-error*="金额不能为负数"]')).toBeVisible()
  await expect(low).toHaveValue('-5')
  await low.blur()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
  await expect
    .poll(async () => {
      const m = JSON.parse(
        await fs.readFile(path.join(server.workspace, 'matrices', 'mx-hospital.json'), 'utf8'),
      )
      return m.bidders.find((b: { name: string }) => b.name === '联创医疗').price
    })
    .toMatchObject({ low: lowBefore, high: 3_800_000 })
})

test('a competitor score of 11 or a share of 120 % is named at its cell, kept on screen, and not saved', async ({
  app,
  server,
}) => {
  await app.getByTestId('nav-competitors').click()
  await app.getByText('北京华信智能科技有限公司').first().click()
  await expect(app.getByTestId('detail-competitors')).toBeVisible()
  const file = path.join(server.workspace, 'competitors', 'c-huaxin.json')
  const before = JSON.parse(await fs.readFile(file, 'utf8')).benchmark
  const cell = app.locator('input[data-testid="bench-them-1"], [data-testid="bench-them-1"] input').first()
  await cell.fill('11')
  await cell.blur()
  await expect(app.locator('[data-error="不能大于 10"]')).toBeVisible()
  await expect(cell).toHaveValue('11')
  await expect(app.getByTestId('save-state')).toHaveText('保存失败')
  expect(JSON.parse(await fs.readFile(file, 'utf8')).benchmark).toEqual(before)
  await cell.fill('9')
  await cell.blur()
  await expect(app.locator('[data-error]')).toHaveCount(0)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
})
