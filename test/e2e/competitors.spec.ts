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
  await expect(app.getByTestId('aliases-error')).toContainText('北京华信智能科技有限公司')
  await expect(app.getByTestId('aliases')).not.toContainText('华信智能')
  // A free alias is accepted.
  await aliases.fill('新锐')
  await aliases.press('Enter')
  await expect(app.getByTestId('aliases')).toContainText('新锐')
  await expect(app.getByTestId('aliases-error')).toHaveCount(0)
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

test('merges the duplicate a trash restore brings back and repoints the bids', async ({ app, server }) => {
  test.setTimeout(180_000)
  // Every API write refuses a taken name or alias, so a duplicate arrives only from outside the checks: here the
  // company is deleted, entered again, and the deleted one restored from the trash.
  await app.getByTestId('nav-competitors').click()
  await app
    .getByRole('row', { name: /深圳迈瑞达科技有限公司/ })
    .getByRole('button', { name: '删除' })
    .click()
  await app.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(app.getByRole('row', { name: /深圳迈瑞达科技有限公司/ })).toHaveCount(0)
  const created = await app.evaluate(async () => {
    const res = await fetch('/api/competitors.create', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem('bidbench.token')}`,
      },
      body: JSON.stringify({ title: '迈瑞达科技', init: { aliases: ['迈瑞达'], strengths: ['响应快'] } }),
    })
    return (await res.json()) as { ok: boolean; value: { id: string } }
  })
  expect(created.ok).toBe(true)
  const dupId = created.value.id
  // Point a bid at the duplicate, through the same API, so the merge has something to repoint.
  await app.evaluate(async (id) => {
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${sessionStorage.getItem('bidbench.token')}`,
    }
    const get = await fetch('/api/bids.get', {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: 'bid-hospital-imaging' }),
    })
    const bid = (await get.json()).value
    bid.competitorIds = [...bid.competitorIds, id]
    await fetch('/api/bids.save', { method: 'POST', headers, body: JSON.stringify({ doc: bid }) })
  }, dupId)
  await app.getByTestId('nav-trash').click()
  await app
    .getByRole('row', { name: /深圳迈瑞达科技有限公司/ })
    .getByRole('button', { name: '恢复' })
    .click()
  await expect(app.getByRole('row', { name: /深圳迈瑞达科技有限公司/ })).toHaveCount(0)

  await app.getByTestId('nav-competitors').click()
  const panel = app.getByTestId('duplicates')
  await expect(panel).toContainText('疑似重复（1 组）')
  await expect(panel).toContainText('迈瑞达科技')
  await panel.getByTestId('keep-c-maiida').click()
  await app.getByRole('dialog').getByRole('button', { name: '合并' }).click()
  await expect(app.getByText(/已合并到“深圳迈瑞达科技有限公司”；1 个投标项目已改指向/)).toBeVisible()
  await expect(app.getByTestId('duplicates')).toHaveCount(0)

  const read = async (rel: string) => JSON.parse(await fs.readFile(path.join(server.workspace, rel), 'utf8'))
  const bid = await read('bids/bid-hospital-imaging.json')
  expect(bid.competitorIds).toEqual(['c-huaxin', 'c-lianchuang', 'c-maiida'])
  const kept = await read('competitors/c-maiida.json')
  expect(kept.aliases).toEqual(['迈瑞达', '迈瑞达科技'])
  expect(kept.strengths).toEqual(['价格低', '响应快'])
  await expect(fs.access(path.join(server.workspace, 'competitors', `${dupId}.json`))).rejects.toThrow()
})

test('answers intel, fills the strategy sheet until it has no issues, and exports the Word report', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  // Reached from the bid page, through the link in its header.
  await app.getByText('某市第一人民医院医学影像设备采购项目').click()
  await app.getByTestId('bid-competition-link').click()
  await expect(app.getByTestId('bid-competition')).toBeVisible()

  await app.getByRole('tab', { name: '竞争情报' }).click()
  const answer = app.getByTestId('intel-visitFrequency').first()
  await answer.fill('近三个月 6 次，均由马骏带队')
  await answer.blur()
  const read = async (rel: string) => JSON.parse(await fs.readFile(path.join(server.workspace, rel), 'utf8'))
  await expect
    .poll(
      async () =>
        (await read('competitors/c-huaxin.json')).intel.find(
          (i: { bidId: string }) => i.bidId === 'bid-hospital-imaging',
        )?.answers,
    )
    .toMatchObject({ visitFrequency: '近三个月 6 次，均由马骏带队' })

  await app.getByRole('tab', { name: '差异化策略' }).click()
  await app.getByTestId('strategy-start').click()
  await app.getByRole('button', { name: '添加措施' }).click()
  const issues = app.getByTestId('strategy-issues')
  await expect(issues).toContainText('第 1 条措施没有内容')
  await expect(issues).toContainText('第 1 条措施没有负责人')
  await expect(issues).toContainText('第 1 条措施没有完成日期')
  await app
    .getByTestId('strategy-actions')
    .getByPlaceholder('具体做什么、做到什么程度')
    .fill('首付 30%，验收后付 70%，替代直接降价')
  await app.getByTestId('strategy-actions').getByPlaceholder('姓名', { exact: true }).fill('张经理')
  const due = app.getByTestId('strategy-actions').locator('.ant-picker input')
  await due.fill('2099-12-31')
  await due.press('Enter')
  await expect(issues).toHaveCount(0)
  await expect(app.getByText('策略表完整')).toBeVisible()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  const bid = await read('bids/bid-hospital-imaging.json')
  expect(bid.strategy.actions).toHaveLength(1)
  expect(bid.strategy.actions[0]).toMatchObject({
    lever: '产品',
    action: '首付 30%，验收后付 70%，替代直接降价',
    owner: '张经理',
    due: '2099-12-31',
    status: '未开始',
  })

  const [download] = await Promise.all([
    app.waitForEvent('download', { timeout: 60_000 }),
    app.getByTestId('export-docx').click(),
  ])
  expect(download.suggestedFilename()).toBe('竞争对手分析_某市第一人民医院医学影像设备采购项目.docx')
  const file = path.join(server.home, 'report.docx')
  await download.saveAs(file)
  const head = (await fs.readFile(file)).subarray(0, 2).toString('latin1')
  expect(head).toBe('PK')
})
