import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { CONCESSION_PATTERN_NAMES } from '@shared/schemas'
import { DEFAULT_PHRASES } from '@shared/domain/negotiations'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function openPlan(app: Page, tab: string) {
  await app.getByTestId('nav-negotiations').click()
  await app.getByText('某能源集团运维服务合同谈判').first().click()
  await expect(app.getByTestId('detail-negotiations')).toBeVisible()
  await app.getByRole('tab', { name: new RegExp(tab) }).click()
}

const PATTERN = new RegExp(`你的让步序列最接近：(${CONCESSION_PATTERN_NAMES.join('|')})`)

test('a short rehearsal ends in a debrief that names a pattern, and is saved with the plan', async ({
  app,
  server,
}) => {
  // Many clicks, each a save: give a loaded machine room.
  test.slow()
  await openPlan(app, '演练')
  await app.getByTestId('start-rehearsal').click()
  const amounts = [40_000, 25_000, 10_000, 3_000, 1_000, 0, 0, 0]
  for (const [i, amount] of amounts.entries()) {
    if (await app.getByTestId('debrief').isVisible()) break
    await app.getByTestId('concession-input').fill(String(amount))
    await app.getByTestId('send-offer').click()
    // The simulated buyer answers every offer, in Chinese.
    await expect(app.getByTestId(`turn-${i + 1}`).getByTestId('buyer-message')).toHaveText(/[\u4e00-\u9fff]/)
  }
  // A buyer that neither closed nor left by now is stopped by hand: the debrief is shown either way.
  if (!(await app.getByTestId('debrief').isVisible())) await app.getByTestId('end-rehearsal').click()
  await expect(app.getByTestId('debrief-pattern')).toHaveText(PATTERN)
  await expect(app.getByTestId('debrief')).toContainText('下次可以试试')
  await expect(app.getByRole('tab', { name: '演练（1）' })).toBeVisible()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })

  const file = path.join(server.workspace, 'negotiations', 'neg-energy.json')
  const saved = JSON.parse(await fs.readFile(file, 'utf8'))
  expect(saved.rehearsals).toHaveLength(1)
  expect(saved.rehearsals[0].turns[0]).toMatchObject({ round: 1, concession: 40_000, price: 3_716_000 })
  await app.screenshot({ path: test.info().outputPath('rehearsal-debrief.png'), fullPage: true })
})

test('the simulator compares the nine patterns in one table', async ({ app }) => {
  await openPlan(app, '模拟器')
  await expect(app.getByTestId('buyer-rules')).toContainText('接受线')
  await expect(app.getByTestId('sim-one')).toContainText('成交价')
  await app.getByTestId('run-compare').click()
  const rows = app.getByTestId('compare-table').locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(9)
  for (const name of CONCESSION_PATTERN_NAMES) await expect(rows.filter({ hasText: name })).toHaveCount(1)
  await expect(rows.filter({ hasText: '强硬态度型' })).toContainText('0 / 0 / 0 / 0')
  // Ranked by what each pattern earns over the walk-away, not by how often it closes.
  await expect(app.getByTestId('value-note')).toContainText('期望值 = 成交概率 × 平均利润')
  const evs = await rows
    .locator('[data-ev]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-ev'))))
  expect(evs).toEqual([...evs].sort((a, b) => b - a))
  await expect(rows.filter({ hasText: '愚蠢缴枪型' })).toContainText('后续谈判缺少筹码')
  await expect(rows.filter({ hasText: '希望成交型' })).toContainText('不暴露底线')
  await expect(app.getByTestId('compare-histogram').locator('svg')).toBeVisible()

  // The Word brief downloads from the same page.
  const download = app.waitForEvent('download')
  await app.getByTestId('export-brief').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('某能源集团运维服务合同谈判-谈判简报.docx')
  const bytes = await fs.readFile(await file.path())
  expect(bytes.subarray(0, 2).toString()).toBe('PK')
})

test('phrase book seeding and the style test save with the plan', async ({ app, server }) => {
  test.slow()
  await openPlan(app, '方案')
  await app.getByTestId('load-phrases').click()
  await expect(app.getByTestId('phrase-book').locator('tbody tr.ant-table-row')).toHaveCount(
    DEFAULT_PHRASES.length,
  )
  // Loading again adds nothing: the same text is the same phrase.
  await app.getByTestId('load-phrases').click()
  await expect(app.getByTestId('phrase-book').locator('tbody tr.ant-table-row')).toHaveCount(
    DEFAULT_PHRASES.length,
  )

  await app.getByRole('tab', { name: /风格测试/ }).click()
  await app.getByTestId('style-person').locator('input').fill('张经理')
  await app.keyboard.press('Escape')
  const statements = app.locator('[data-testid^="statement-"]')
  const n = await statements.count()
  for (let i = 0; i < n; i++) await statements.nth(i).getByText('比较同意').click()
  await app.getByTestId('score-style').click()
  await expect(app.getByTestId('style-result')).toContainText('张经理 的风格画像')
  await expect(app.getByTestId('style-pairing')).toContainText('竞争型')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  const saved = JSON.parse(
    await fs.readFile(path.join(server.workspace, 'negotiations', 'neg-energy.json'), 'utf8'),
  )
  expect(saved.phrases).toHaveLength(DEFAULT_PHRASES.length)
  expect(saved.styleResults).toHaveLength(1)
  // Every statement answered 4 of 5: each style scores (4−1)/4 = 75.
  expect(saved.styleResults[0]).toMatchObject({
    person: '张经理',
    profile: { 竞争型: 75, 合作型: 75, 妥协型: 75, 迁就型: 75, 规避型: 75 },
  })
})
