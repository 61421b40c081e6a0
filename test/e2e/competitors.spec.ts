import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

type RadarSeries = { name: string; scores: (number | null)[] }

async function radar(page: Page): Promise<RadarSeries[]> {
  return JSON.parse((await page.getByTestId('radar').getAttribute('data-radar')) ?? '[]') as RadarSeries[]
}

/** The <input> of an antd InputNumber, whichever element carries the test id. */
function numberInput(page: Page, testId: string): Locator {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first()
}

async function gapRows(page: Page): Promise<{ text: string; gap: string | null }[]> {
  const rows = page.getByTestId('gap-table').locator('tbody tr[data-gap]:not([data-gap=""])')
  return rows.evaluateAll((els) =>
    els.map((e) => ({
      text: (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      gap: e.getAttribute('data-gap'),
    })),
  )
}

test('adds a competitor, scores it, the radar follows, a duplicate alias is refused, the bid view ranks the gaps', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  await app.getByTestId('nav-competitors').click()

  // A name that is only another spelling of an existing competitor is refused at creation.
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill('华信科技有限公司')
  await app.getByTestId('title-input').press('Enter')
  await expect(app.getByRole('dialog').getByTestId('names-error')).toContainText('北京华信智能科技有限公司')
  await app.getByTestId('title-input').fill('杭州新锐软件有限公司')
  await app.getByTestId('title-input').press('Enter')
  await expect(app.getByTestId('detail-competitors')).toBeVisible()

  // Nothing scored yet: every value is missing (null), not zero.
  await expect
    .poll(async () => (await radar(app)).map((s) => s.scores))
    .toEqual([Array(8).fill(null), Array(8).fill(null)])

  // Score 产品功能与技术 (dimension 2): the radar updates as the numbers are typed.
  await numberInput(app, 'bench-us-1').fill('6')
  await numberInput(app, 'bench-them-1').fill('10')
  await expect
    .poll(async () => (await radar(app)).map((s) => [s.name, s.scores[1], s.scores[0]]))
    .toEqual([
      ['我方', 6, null],
      ['杭州新锐软件有限公司', 10, null],
    ])

  // An alias another competitor already goes by is refused and not added.
  const aliases = app.getByTestId('aliases').locator('input')
  await aliases.fill('华信智能')
  await aliases.press('Enter')
  await expect(app.getByTestId('names-error')).toContainText('北京华信智能科技有限公司')
  await expect(app.getByTestId('aliases')).not.toContainText('华信智能')
  // A free alias is accepted.
  await aliases.fill('新锐')
  await aliases.press('Enter')
  await expect(app.getByTestId('aliases')).toContainText('新锐')
  await expect(app.getByTestId('names-error')).toHaveCount(0)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })

  // The score and alias are on disk.
  const files = await fs.readdir(path.join(server.workspace, 'competitors'))
  const docs = await Promise.all(
    files.map(async (f) =>
      JSON.parse(await fs.readFile(path.join(server.workspace, 'competitors', f), 'utf8')),
    ),
  )
  const mine = docs.find((d) => d.title === '杭州新锐软件有限公司')
  expect(mine.aliases).toEqual(['新锐'])
  expect(mine.benchmark).toHaveLength(1)
  expect(mine.benchmark[0]).toMatchObject({ dimension: '产品功能与技术', us: 6, them: 10 })

  // The bid's competition view: the gap table is sorted by our biggest disadvantage (them − us).
  await app.goto(`${new URL(app.url()).origin}/#/competition/bid-hospital-imaging`)
  await expect(app.getByTestId('bid-competition')).toBeVisible()
  const before = await gapRows(app)
  expect(before).toHaveLength(24)
  // Hand-computed from the sample data: 华信 市场费用投入 8−5, then 华信 公司规模 8−6, 华信 人才数量 8−6, 联创 市场费用投入 7−5.
  expect(before.slice(0, 4).map((r) => [r.text.split(' ').slice(0, 2).join(' '), r.gap])).toEqual([
    ['北京华信智能科技有限公司 市场费用投入', '3'],
    ['北京华信智能科技有限公司 公司规模与知名度', '2'],
    ['北京华信智能科技有限公司 人才数量', '2'],
    ['上海联创医疗系统股份有限公司 市场费用投入', '2'],
  ])
  const gaps = before.map((r) => Number(r.gap))
  expect([...gaps].sort((a, b) => b - a)).toEqual(gaps)

  // Adding the new competitor to the bid puts its 10 − 6 = 4 at the top; its unscored dimensions go last.
  const picker = app.getByTestId('bid-competitors').locator('input')
  await picker.click()
  await picker.fill('新锐')
  await app.keyboard.press('Enter')
  await app.keyboard.press('Escape')
  await expect.poll(async () => (await gapRows(app)).length).toBe(25)
  const after = await gapRows(app)
  expect(after[0].text).toContain('杭州新锐软件有限公司 产品功能与技术')
  expect(after[0].gap).toBe('4')
  const allRows = app.getByTestId('gap-table').locator('tbody tr')
  await expect(allRows).toHaveCount(32)
  await expect(allRows.last()).toContainText('杭州新锐软件有限公司')
  await expect(allRows.last()).toContainText('缺失')
  // The bid radar overlays us and the four competitors.
  await expect
    .poll(async () => (await radar(app)).map((s) => s.name))
    .toEqual([
      '我方',
      '北京华信智能科技有限公司',
      '上海联创医疗系统股份有限公司',
      '深圳迈瑞达科技有限公司',
      '杭州新锐软件有限公司',
    ])
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  const bid = JSON.parse(
    await fs.readFile(path.join(server.workspace, 'bids', 'bid-hospital-imaging.json'), 'utf8'),
  )
  expect(bid.competitorIds).toEqual(['c-huaxin', 'c-lianchuang', 'c-maiida', mine.id])
})
