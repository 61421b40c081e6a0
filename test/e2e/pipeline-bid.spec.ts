import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { workCalendar } from '@shared/domain/calendar'
import { bidTimeline } from '@shared/domain/pipeline'
import { BidSchema } from '@shared/schemas'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const shot = (name: string) => path.join('test-results', `pipeline-bid-${name}.png`)
/** The tab strip overflows and re-lays out while the check panel fills: hide the panel, click until it is open. */
async function openTab(app: Page, name: RegExp) {
  const tab = app.getByRole('tab', { name })
  await expect(async () => {
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}
async function openOpeningTab(app: Page) {
  await app.getByTestId('toggle-checks').click()
  await openTab(app, /开标与质疑|Opening/)
}
const name = (app: Page, i: number) => app.getByTestId(`opening-name-${i}`).locator('input')
const readJson = async (dir: string, ...p: string[]) =>
  JSON.parse(await fs.readFile(path.join(dir, ...p), 'utf8'))

test('开标记录 form: rules at their rows, then saved into the result, the price history and the matrix', async ({
  app,
  server,
}) => {
  test.setTimeout(150_000)
  await app.goto(`${server.url.split('?')[0]}#/bids/bid-hospital-imaging`)
  await openOpeningTab(app)
  const form = app.getByTestId('opening-form')
  // Prefilled: us, then the competitors the bid lists.
  await expect(name(app, 0)).toHaveValue('杭州智联信息技术有限公司')
  await expect(name(app, 1)).toHaveValue('北京华信智能科技有限公司')
  await expect(name(app, 3)).toHaveValue('深圳迈瑞达科技有限公司')
  await app.getByTestId('opening-date').fill('2026-11-20')
  await app.getByTestId('opening-date').press('Enter')
  for (const [i, price] of [
    [1, '3,180,000'],
    [2, '342万'],
    [3, '2950000'],
  ] as const) {
    await app.getByTestId(`opening-price-${i}`).fill(price)
    await app.getByTestId(`opening-price-${i}`).blur()
  }
  await app.getByTestId('opening-score-1').fill('88.5')
  // Two winners: the form refuses, at the second row, and nothing is saved.
  await app.getByTestId('opening-won-0').check()
  await app.getByTestId('opening-won-1').check()
  await expect(form.getByTestId('opening-error')).toContainText('开标记录中有 2 个中标人')
  await app.getByTestId('opening-save').click()
  await expect(form.getByTestId('opening-error')).toBeVisible()
  expect((await readJson(server.workspace, 'bids', 'bid-hospital-imaging.json')).opening.bidders).toEqual([])
  await app.getByTestId('opening-won-0').uncheck()
  await expect(form.getByTestId('opening-error')).toHaveCount(0)
  // 迈瑞达 rejected at the opening.
  await app.getByTestId('opening-valid-3').uncheck()
  await app.getByTestId('opening-note-3').fill('未提供制造商授权书')
  await expect(app.getByTestId('opening-result')).toContainText('未中标（中标人：北京华信智能科技有限公司）')
  await app.screenshot({ path: shot('opening'), fullPage: true })
  await app.getByTestId('opening-save').click()

  await expect
    .poll(async () => (await readJson(server.workspace, 'bids', 'bid-hospital-imaging.json')).result, {
      timeout: 30_000,
    })
    .toMatchObject({ outcome: '未中标', winner: '北京华信智能科技有限公司', winningPrice: 3_180_000 })
  const bid = await readJson(server.workspace, 'bids', 'bid-hospital-imaging.json')
  expect(bid.opening.date).toBe('2026-11-20')
  expect(bid.opening.bidders.map((b: { price: number }) => b.price)).toEqual([
    bid.opening.bidders[0].price,
    3_180_000,
    3_420_000,
    2_950_000,
  ])
  const huaxin = await readJson(server.workspace, 'competitors', 'c-huaxin.json')
  expect(
    huaxin.priceHistory.find((p: { bidId: string }) => p.bidId === 'bid-hospital-imaging'),
  ).toMatchObject({
    price: 3_180_000,
    score: 88.5,
    won: true,
    date: '2026-11-20',
  })
  const matrix = await readJson(server.workspace, 'matrices', 'mx-hospital.json')
  const row = (id: string) => matrix.bidders.find((b: { id: string }) => b.id === id)
  expect(row('b-maiida')).toMatchObject({ invalid: true })
  expect(row('b-huaxin').actual).toMatchObject({ price: 3_180_000, score: 88.5, won: true })
  // The result tab shows what the record decided.
  await openTab(app, /结果与复盘/)
  await expect(app.locator('[data-field="result.winner"] input')).toHaveValue('北京华信智能科技有限公司')
})

test('质疑/投诉 reminders on the bid: the next deadline in the header and the periods on the working-day calendar', async ({
  app,
  server,
}) => {
  test.setTimeout(120_000)
  const raw = await readJson(server.workspace, 'bids', 'bid-h-datahub.json')
  const expected = bidTimeline(BidSchema.parse(raw), workCalendar([]))
  const challenge = expected.find((s) => s.key === 'challenge')!
  expect(challenge.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  await app.goto(`${server.url.split('?')[0]}#/bids/bid-h-datahub`)
  // The award notice period (1 working day) is over or ends today; the header names the next period ahead.
  await expect(app.getByTestId('next-deadline')).toBeVisible()
  const upcoming = expected.find((s) => s.deadline! >= new Date().toISOString().slice(0, 10))!
  await expect(app.getByTestId('next-deadline')).toContainText(upcoming.deadline!)
  await openOpeningTab(app)
  const card = app.getByTestId('bid-timeline')
  await expect(card.getByTestId('deadline-challenge')).toContainText(challenge.deadline!)
  await expect(card).toContainText('知道权益受损之日（公告期满）起 7 个工作日')
  await expect(card).toContainText('工作日历有效至')
  // The opening recorded for this bid is shown as saved.
  await expect(name(app, 1)).toHaveValue('北京华信智能科技有限公司')
  // Our 质疑 filed on its last day: the answer period and the 投诉 deadline follow (or the calendar says what it lacks).
  await app.locator('[data-field="dates.challengeFiled"] input').fill(challenge.deadline!)
  await app.locator('[data-field="dates.challengeFiled"] input').press('Enter')
  const filed = bidTimeline(
    BidSchema.parse({ ...raw, dates: { ...raw.dates, challengeFiled: challenge.deadline } }),
    workCalendar([]),
  )
  const answer = filed.find((s) => s.key === 'answer')!
  await expect(card.getByTestId('deadline-answer')).toContainText(answer.deadline!)
  const complaint = filed.find((s) => s.key === 'complaint')!
  await expect(card.getByTestId('deadline-complaint')).toContainText(
    complaint.deadline ?? `需要 ${complaint.uncoveredYear} 年工作日历`,
  )
  await expect
    .poll(async () => (await readJson(server.workspace, 'bids', 'bid-h-datahub.json')).dates.challengeFiled)
    .toBe(challenge.deadline)
  await app.screenshot({ path: shot('timeline'), fullPage: true })
  await app.getByTestId('lang-switch').click()
  await expect(card).toContainText('Challenge (质疑) deadline')
})

test('开标记录 with 流标/废标: a reason is required, no winner, and the bid result follows', async ({
  app,
  server,
}) => {
  test.setTimeout(150_000)
  const file = ['bids', 'bid-hospital-imaging.json'] as const
  await app.goto(`${server.url.split('?')[0]}#/bids/bid-hospital-imaging`)
  await openOpeningTab(app)
  const form = app.getByTestId('opening-form')
  await expect(name(app, 1)).toHaveValue('北京华信智能科技有限公司')
  await app.getByTestId('opening-price-1').fill('3050000')
  await app.getByTestId('opening-won-1').check()
  await form.getByTestId('opening-outcome').getByText('流标/废标').click()
  // A failed procurement has no winner and says why: both refused at their place, nothing saved.
  await expect(form.getByTestId('opening-error')).toContainText([
    '流标/废标须写明原因',
    '已记为流标/废标，“北京华信智能科技有限公司”不能是中标人',
  ])
  await app.getByTestId('opening-save').click()
  await expect(form.getByTestId('opening-error').first()).toBeVisible()
  expect((await readJson(server.workspace, ...file)).opening.bidders).toEqual([])
  await app.getByTestId('opening-won-1').uncheck()
  await app.getByTestId('opening-fail-reason').fill('有效投标人不足三家')
  await expect(form.getByTestId('opening-error')).toHaveCount(0)
  await expect(app.getByTestId('opening-result')).toContainText('流标/废标')
  await app.screenshot({ path: shot('failed'), fullPage: true })
  await app.getByTestId('opening-save').click()
  await expect
    .poll(async () => (await readJson(server.workspace, ...file)).result, { timeout: 30_000 })
    .toMatchObject({ outcome: '流标/废标', winner: '', winningPrice: null, reason: '有效投标人不足三家' })
  const bid = await readJson(server.workspace, ...file)
  expect(bid.opening).toMatchObject({ failed: true, failReason: '有效投标人不足三家' })
  const huaxin = await readJson(server.workspace, 'competitors', 'c-huaxin.json')
  expect(
    huaxin.priceHistory.find((p: { bidId: string }) => p.bidId === 'bid-hospital-imaging'),
  ).toMatchObject({ price: 3_050_000, won: false })
  // The result tab shows the same result: its outcome and the reason.
  await openTab(app, /结果与复盘/)
  await expect(app.locator('[data-field="result.outcome"]')).toContainText('流标/废标')
  await expect(app.locator('[data-field="result.reason"] textarea')).toHaveValue('有效投标人不足三家')
})
