import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { choose } from './select'

const today = () => {
  const d = new Date()
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** Picks an option (by a part of its text) of the antd select that is `scope` or lies inside it. */
async function chooseIn(app: Page, scope: Locator, option: string) {
  const own = await scope.evaluate((e) => e.classList.contains('ant-select'))
  const part = new RegExp(option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  await choose(app, own ? scope : scope.locator('.ant-select').first(), part)
}

/** Another client saves the record (over the HTTP API, as the CLI or a second window would). */
async function saveElsewhere(app: Page, id: string, patch: Record<string, unknown>) {
  await app.evaluate(
    async ({ id, patch }) => {
      const token = sessionStorage.getItem('bidbench.token')
      const post = async (method: string, input: object) =>
        (
          (await (
            await fetch(`/api/${method}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify(input),
            })
          ).json()) as { value: Record<string, unknown> }
        ).value
      const doc = await post('customers.get', { id })
      await post('customers.save', { doc: { ...doc, ...patch }, expectedUpdatedAt: doc.updatedAt })
    },
    { id, patch },
  )
}

test('大客户档案 edited on the page: a CR level with its history, a visit, the basics; saved to disk and read back', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const file = path.join(server.workspace, 'customers', 'cu-hospital.json')
  const disk = async () => JSON.parse(await fs.readFile(file, 'utf8'))
  const before = await disk()
  await app.goto(`${server.url.split('?')[0]}#/customers/cu-hospital`)
  const page = app.getByTestId('customer-page')
  await expect(page.getByTestId('risks')).toContainText('未拜访关键决策人 王建国')

  // 王建国 (KDM) from CR3 中立者 to CR2 友善者: the change is kept with today's date.
  const level = app.getByTestId('level-p1')
  await expect(level).toHaveAttribute('data-level', 'CR3')
  await chooseIn(app, level, 'CR2 友善者')
  await expect(level).toHaveAttribute('data-level', 'CR2')
  await expect
    .poll(async () => {
      const p = (await disk()).people.find((x: { id: string }) => x.id === 'p1')
      return [p.level, p.levelHistory.length, p.levelHistory.at(-1)?.level, p.levelHistory.at(-1)?.date]
    })
    .toEqual(['CR2', before.people[0].levelHistory.length + 1, 'CR2', today()])
  await expect(app.getByTestId('save-state')).toHaveText('已保存')

  // A 高层互访 with 王建国 today, for the imaging bid: logged, and the "no visit" alert goes.
  await app.getByTestId('visit-add').click()
  await app.getByTestId('visit-date-0').fill(today())
  await app.getByTestId('visit-date-0').press('Enter')
  await chooseIn(app, app.getByTestId('visit-kind-0'), '高层互访')
  await chooseIn(app, app.getByTestId('visit-people-0'), '王建国')
  await app.keyboard.press('Escape')
  await chooseIn(app, app.getByTestId('visit-bid-0'), '某市第一人民医院医学影像设备采购项目')
  await app.getByTestId('visit-summary-0').fill('副总裁拜访王院长，汇报影像中心整体方案')
  await chooseIn(app, app.getByTestId('visit-outcome-0'), '推进')
  await app.getByTestId('visit-nextStep-0').fill('安排参观总部')
  await app.getByTestId('visit-nextStep-0').blur()
  await expect
    .poll(async () => (await disk()).activities[0], { timeout: 20_000 })
    .toMatchObject({
      date: today(),
      kind: '高层互访',
      personIds: ['p1'],
      bidId: 'bid-hospital-imaging',
      summary: '副总裁拜访王院长，汇报影像中心整体方案',
      outcome: '推进',
      nextStep: '安排参观总部',
    })
  expect((await disk()).activities).toHaveLength(before.activities.length + 1)
  await expect(page.getByTestId('risks')).not.toContainText('未拜访关键决策人 王建国')

  // A competitor seen with 刘芳 today: logged as a sighting, and the 风险预警 names it.
  await expect(page.getByTestId('risks')).not.toContainText('深圳迈瑞达科技有限公司')
  await app.getByTestId('sighting-add').click()
  await app.getByTestId('sighting-date-0').fill(today())
  await app.getByTestId('sighting-date-0').press('Enter')
  await chooseIn(app, app.getByTestId('sighting-competitor-0'), '深圳迈瑞达科技有限公司')
  await chooseIn(app, app.getByTestId('sighting-people-0'), '刘芳')
  await app.keyboard.press('Escape')
  await app.getByTestId('sighting-note-0').fill('迈瑞达区域经理到设备科做产品交流')
  await app.getByTestId('sighting-note-0').blur()
  await expect
    .poll(async () => (await disk()).sightings[0], { timeout: 20_000 })
    .toMatchObject({
      date: today(),
      competitorId: 'c-maiida',
      personIds: ['p2'],
      note: '迈瑞达区域经理到设备科做产品交流',
    })
  expect((await disk()).sightings).toHaveLength(before.sightings.length + 1)
  await expect(page.getByTestId('risks')).toContainText('竞争对手 深圳迈瑞达科技有限公司 拜访了 刘芳')

  // Basics: 性质 and 行业; a score above 5 is refused at its field and not saved.
  await chooseIn(app, app.getByTestId('customer-nature'), '国企')
  await app.getByTestId('customer-industry').fill('医疗卫生（三甲）')
  await app.getByTestId('customer-aliases').locator('input').fill('市一院')
  await app.getByTestId('customer-aliases').locator('input').press('Enter')
  await app.getByTestId('score-volume').fill('6')
  await expect(page.getByTestId('customer-error')).toContainText('不能大于 5')
  await expect(app.getByTestId('save-state')).toHaveText('保存失败')
  expect((await disk()).scores.volume).toBe(before.scores.volume)
  await app.getByTestId('score-volume').fill('3')
  await app.getByTestId('score-volume').blur()
  await expect
    .poll(async () => {
      const c = await disk()
      return [c.nature, c.industry, c.scores.volume, c.aliases.at(-1)]
    })
    .toEqual(['国企', '医疗卫生（三甲）', 3, '市一院'])
  await expect(app.getByTestId('save-state')).toHaveText('已保存')
  await app.screenshot({ path: 'test-results/customer-edit.png', fullPage: true })

  // Read back after a reload.
  await app.reload()
  await expect(app.getByTestId('level-p1')).toHaveAttribute('data-level', 'CR2')
  await expect(app.getByTestId('person-history-0')).toContainText(`${today()} CR2`)
  await expect(app.getByTestId('visit-summary-0')).toHaveValue('副总裁拜访王院长，汇报影像中心整体方案')
  await expect(app.getByTestId('customer-industry')).toHaveValue('医疗卫生（三甲）')
  await expect(app.getByTestId('customer-nature')).toContainText('国企')
  await expect(app.getByTestId('customer-aliases')).toContainText('市一院')

  // Someone else saves meanwhile: this page's next save is refused (CONFLICT), nothing of theirs is overwritten,
  // and the page shows their version.
  await saveElsewhere(app, 'cu-hospital', { region: '浙江省杭州市' })
  await app.getByTestId('customer-industry').fill('卫生健康')
  await app.getByTestId('customer-industry').blur()
  await expect(app.getByText('文档已在别处修改，已重新加载最新版本')).toBeVisible()
  await expect(app.getByTestId('customer-region')).toHaveValue('浙江省杭州市')
  await expect(app.getByTestId('customer-industry')).toHaveValue('医疗卫生（三甲）')
  expect(await disk()).toMatchObject({ region: '浙江省杭州市', industry: '医疗卫生（三甲）' })
})

test('tier weights and thresholds in the settings drawer: bad input saves nothing; a good save re-tiers the customer', async ({
  app,
  server,
}) => {
  test.setTimeout(150_000)
  const wsFile = path.join(server.workspace, 'workspace.json')
  const settings = async () => JSON.parse(await fs.readFile(wsFile, 'utf8')).settings.customers
  await app.goto(`${server.url.split('?')[0]}#/customers/cu-hospital`)
  // value 4 × potential 4 = 16 ≥ 12: tier A.
  await expect(app.getByTestId('tier')).toHaveText('A 类客户')
  await expect(app.getByTestId('tier-score')).toContainText('4 × 4 = 16')
  await app.getByTestId('customer-settings-open').click()
  const drawer = app.getByTestId('customer-settings')
  await expect(drawer.getByTestId('cs-label-0')).toHaveValue('年采购规模')
  const before = await fs.readFile(wsFile, 'utf8')
  // Tier A not above tier B, and a potential without weight: refused where they are, nothing written.
  await drawer.getByTestId('cs-tierA').fill('5')
  for (const i of [3, 4, 5]) await drawer.getByTestId(`cs-weight-${i}`).fill('0')
  await drawer.getByTestId('cs-save').click()
  await expect(drawer.getByTestId('settings-error')).toContainText([
    '潜力至少要有一项权重大于 0 的标准',
    'A 类门槛须高于 B 类（6）',
  ])
  expect(await fs.readFile(wsFile, 'utf8')).toBe(before)
  // Volume weighs 100 (value = (100×4 + 30×3 + 30×5) / 160 = 4), growth alone for potential (4): 16 < 17 → B.
  await drawer.getByTestId('cs-weight-0').fill('100')
  await drawer.getByTestId('cs-weight-3').fill('50')
  await drawer.getByTestId('cs-tierA').fill('17')
  await drawer.getByTestId('cs-kdmVisitDays').fill('30')
  await app.screenshot({ path: 'test-results/customer-settings.png' })
  await drawer.getByTestId('cs-save').click()
  await expect(app.getByTestId('customer-settings')).toHaveCount(0)
  await expect(app.getByTestId('tier')).toHaveText('B 类客户')
  const s = await settings()
  expect(s).toMatchObject({ tierA: 17, tierB: 6, kdmVisitDays: 30 })
  expect(s.criteria.map((c: { key: string; weight: number }) => [c.key, c.weight])).toEqual([
    ['volume', 100],
    ['margin', 30],
    ['reference', 30],
    ['growth', 50],
    ['share', 0],
    ['projects', 0],
  ])
  await app.reload()
  await expect(app.getByTestId('tier')).toHaveText('B 类客户')
  await app.getByTestId('customer-settings-open').click()
  await expect(app.getByTestId('cs-weight-0')).toHaveValue('100')
})
