import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { CONCESSION_PATTERN_NAMES } from '@shared/schemas'
import { DEFAULT_PHRASES } from '@shared/domain/negotiations'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { choose, selectById } from './select'

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

test('a rehearsal move and the buyer are checked at their fields; nothing wrong is sent or used', async ({
  app,
  server,
}) => {
  test.slow()
  await openPlan(app, '模拟器')
  // The buyer: an emptied patience and a trust of 1.5 are said at the field and kept; the rules go on with
  // the last accepted buyer (竞争型, patience 4 → decides after 6 rounds).
  const rules = app.getByTestId('buyer-rules')
  await expect(rules).toContainText('实际谈 6 轮后必须决定')
  const patience = app.locator('#sim-buyer-patience')
  const item = (field: string) => app.locator('.ant-form-item').filter({ has: app.locator(field) })
  await patience.fill('')
  await expect(item('#sim-buyer-patience')).toContainText('请填写数字')
  await app.locator('#sim-buyer-trust').fill('1.5')
  await expect(item('#sim-buyer-trust')).toContainText('不能大于 1')
  await app.locator('#sim-buyer-trust').blur()
  await expect(app.locator('#sim-buyer-trust')).toHaveValue('1.50')
  await expect(rules).toContainText('实际谈 6 轮后必须决定')
  await app.locator('#sim-buyer-trust').fill('0.8')
  await patience.fill('8')
  await expect(rules).toContainText('实际谈 10 轮后必须决定')
  // A walk-away below the target is the buyer's own rule, at the walk-away field.
  const reservation = app.locator('#sim-buyer-reservation')
  await reservation.fill('300万')
  await expect(item('#sim-buyer-reservation')).toContainText('保留价不能低于目标价')
  await expect(rules).toContainText('3,713,600')
  await reservation.fill('380万')
  await expect(item('#sim-buyer-reservation')).not.toContainText('保留价不能低于目标价')
  await expect(rules).toContainText('3,800,000')

  await app.getByRole('tab', { name: /演练/ }).click()
  await app.getByTestId('start-rehearsal').click()
  const amount = app.getByTestId('concession-input')
  const amountItem = app.locator('.ant-form-item').filter({ has: amount })
  const send = app.getByTestId('send-offer')
  // Emptied: not a silent 0.
  await amount.fill('')
  await send.click()
  await expect(amountItem).toContainText('请填写让步金额')
  // Finer than 1 分: refused as typed, and the last good amount is not sent in its place.
  await amount.fill('1.001')
  await expect(amountItem).toContainText('分')
  await send.click()
  // More than the whole price: the rehearsal's own rule, before anything is sent.
  await amount.fill('1亿')
  await expect(amountItem).toContainText('会使报价低于 0（当前报价 3,756,000）')
  await send.click()
  await expect(app.getByTestId('turn-1')).toHaveCount(0)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  const file = path.join(server.workspace, 'negotiations', 'neg-energy.json')
  const read = async () => JSON.parse(await fs.readFile(file, 'utf8'))
  expect((await read()).rehearsals[0].turns).toEqual([])
  await amountItem.screenshot({ path: test.info().outputPath('rehearsal-amount.png') })
  // 4万 goes through; taking 5,000 back is a move too (negative), said as such in the transcript.
  await amount.fill('4万')
  await expect(amountItem).not.toContainText('会使报价低于 0')
  await send.click()
  await expect(app.getByTestId('turn-1')).toContainText('3,716,000')
  await amount.fill('-5000')
  await send.click()
  await expect(app.getByTestId('turn-2')).toContainText('收回 5,000')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  const turns = (await read()).rehearsals[0].turns
  expect(turns[0]).toMatchObject({ round: 1, concession: 40_000, price: 3_716_000 })
  expect(turns[1]).toMatchObject({ round: 2, concession: -5_000, price: 3_721_000 })
  // The rehearsal met the buyer the simulator accepted last: patience 8, walk-away 3,800,000.
  expect((await read()).rehearsals[0].buyer).toMatchObject({
    patience: 8,
    reservation: 3_800_000,
    trust: 0.8,
  })
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
  // A trust share above 1 and a likely target below the low one: said at the field, the typed value kept.
  const trustHigh = app.getByLabel('trust-high')
  await trustHigh.fill('1.5')
  await trustHigh.blur()
  const errs = app.getByTestId('population-error')
  await expect(errs).toHaveText(['须在 0–1 之间'])
  await expect(trustHigh).toHaveValue('1.50')
  await trustHigh.fill('1')
  await trustHigh.blur()
  await expect(errs).toHaveCount(0)

  // The Word brief downloads from the same page.
  const download = app.waitForEvent('download')
  await app.getByTestId('export-brief').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('某能源集团运维服务合同谈判-谈判简报.docx')
  const bytes = await fs.readFile(await file.path())
  expect(bytes.subarray(0, 2).toString()).toBe('PK')
})

test('the single run refuses an emptied, negative or fractional seed at the field and keeps the last one', async ({
  app,
}) => {
  await openPlan(app, '模拟器')
  const used = app.getByTestId('sim-one-seed-used')
  await expect(used).toHaveText('1')
  const seed = app.getByTestId('sim-one-seed')
  const errs = app.getByTestId('sim-one-error')
  // Emptied: said at the field, never silently 1 again; the run shown is still seed 1's.
  await seed.fill('')
  await expect(errs).toHaveText(['请填写数字'])
  await seed.fill('-3')
  await expect(errs).toHaveText(['不能小于 0'])
  await seed.blur()
  // The typed value stays as typed (no clamp to 0), and nothing ran with it.
  await expect(seed).toHaveValue('-3')
  await app
    .locator('.ant-card')
    .filter({ has: seed })
    .screenshot({ path: test.info().outputPath('sim-one-seed.png') })
  await seed.fill('1.5')
  await expect(errs).toHaveText(['须为整数'])
  await expect(used).toHaveText('1')
  await seed.fill('7')
  await expect(errs).toHaveCount(0)
  await expect(used).toHaveText('7')
  // Another pattern runs with the accepted seed: 强硬态度型 concedes nothing in any round.
  await choose(app, app.getByTestId('sim-one-pattern'), '强硬态度型')
  const concessions = app.getByTestId('sim-one').locator('tbody tr.ant-table-row td:nth-child(2)')
  await expect(concessions.first()).toHaveText('0')
  expect(new Set(await concessions.allTextContents())).toEqual(new Set(['0']))
  await expect(used).toHaveText('7')
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
  const statements = app.locator('[data-testid^="statement-q"]')
  const n = await statements.count()
  // No name and one statement unanswered: both said at their fields, nothing scored or saved.
  for (let i = 0; i < n - 1; i++) await statements.nth(i).getByText('比较同意').click()
  await app.getByTestId('score-style').click()
  const stmtErrors = app.getByTestId('statement-error')
  await expect(stmtErrors).toHaveCount(1)
  await expect(statements.nth(n - 1).getByTestId('statement-error')).toHaveText('请选择一项')
  const personItem = app.locator('.ant-form-item').filter({ has: app.getByTestId('style-person') })
  await expect(personItem).toContainText('请填写被测人员姓名')
  await statements.nth(n - 1).screenshot({ path: test.info().outputPath('style-test-unanswered.png') })
  await expect(app.getByTestId('style-result')).toHaveCount(0)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  const file = path.join(server.workspace, 'negotiations', 'neg-energy.json')
  expect(JSON.parse(await fs.readFile(file, 'utf8')).styleResults).toEqual([])
  // Answers given so far are kept; naming the person and answering the last clears the messages.
  await app.getByTestId('style-person').locator('input').fill('张经理')
  await app.keyboard.press('Escape')
  await expect(personItem).not.toContainText('请填写被测人员姓名')
  await statements
    .nth(n - 1)
    .getByText('比较同意')
    .click()
  await expect(stmtErrors).toHaveCount(0)
  await app.getByTestId('score-style').click()
  await expect(app.getByTestId('style-result')).toContainText('张经理 的风格画像')
  await expect(app.getByTestId('style-pairing')).toContainText('竞争型')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  const saved = JSON.parse(await fs.readFile(file, 'utf8'))
  expect(saved.phrases).toHaveLength(DEFAULT_PHRASES.length)
  expect(saved.styleResults).toHaveLength(1)
  // Every statement answered 4 of 5: each style scores (4−1)/4 = 75.
  expect(saved.styleResults[0]).toMatchObject({
    person: '张经理',
    profile: { 竞争型: 75, 合作型: 75, 妥协型: 75, 迁就型: 75, 规避型: 75 },
  })
})

test('money in the plan and the simulator is typed as people write it; a negative is refused with the reason', async ({
  app,
  server,
}) => {
  await openPlan(app, '方案')
  const file = path.join(server.workspace, 'negotiations', 'neg-energy.json')
  const cost = app.locator('[id="f-tradeables.1.ourCost"]')
  await cost.fill('4.5万')
  await cost.blur()
  await expect(cost).toHaveValue('45,000')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect
    .poll(async () => JSON.parse(await fs.readFile(file, 'utf8')).tradeables[1].ourCost)
    .toBe(45_000)
  // Refused at the cell with the reason, never clamped to 0; the saved cost stays.
  await cost.fill('-5')
  const cell = app.locator('[data-error]').filter({ has: cost })
  await expect(cell).toHaveAttribute('data-error', /金额不能为负数/)
  await cost.blur()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  expect(JSON.parse(await fs.readFile(file, 'utf8')).tradeables[1].ourCost).toBe(45_000)

  // The simulated buyer's target price reads 360万 as 3,600,000; -1 is refused under the field.
  await app.getByRole('tab', { name: /模拟器/ }).click()
  const target = app.locator('#sim-buyer-target')
  await target.fill('360万')
  await target.blur()
  await expect(target).toHaveValue('3,600,000')
  await target.fill('-1')
  const item = app.locator('.ant-form-item').filter({ has: target })
  await expect(item).toContainText('金额不能为负数')

  // 自定义 concession steps: money too (a step may be negative), never rounded below 1 分.
  await app.getByRole('tab', { name: /让步计划/ }).click()
  await choose(app, selectById(app, 'f-concession.pattern'), '自定义')
  const step1 = app.getByLabel('第1轮让步')
  await step1.fill('1.5万')
  await step1.blur()
  await expect(step1).toHaveValue('15,000')
  await expect
    .poll(async () => JSON.parse(await fs.readFile(file, 'utf8')).concession.custom[0], { timeout: 15_000 })
    .toBe(15_000)
  await step1.fill('0.001')
  await expect(app.locator('[data-error]').filter({ has: step1 })).toHaveAttribute('data-error', /分/)
})
