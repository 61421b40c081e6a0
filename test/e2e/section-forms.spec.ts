import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const GOODS_BID = '某市第一人民医院医学影像设备采购项目'
const GOODS_BID_ID = 'bid-hospital-imaging'
const TENDER_ORDER = [
  '投标函',
  '开标一览表',
  '法定代表人身份证明',
  '授权委托书',
  '资格证明文件',
  '报价明细表',
  '技术偏离表',
  '商务偏离表',
  '技术方案',
  '类似项目业绩表',
  '服务承诺书',
]

async function openSections(app: Page) {
  await app.getByText(GOODS_BID).first().click()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await expect(app.getByTestId('sections-list')).toBeVisible()
}
// textContent, not innerText: cards far from the screen are not drawn (content-visibility: auto), their text is there.
const cardTitles = (app: Page) =>
  app.getByTestId('section-card').locator('.ant-card-head-title').allTextContents()

test("standard forms are picked from the templates in the tender's order, with a filled preview", async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  await openSections(app)
  const cards = app.getByTestId('section-card')
  await expect(cards).toHaveCount(11)
  // The 授权委托书 section is lost; the picker brings it back where the tender wants it.
  await cards.nth(3).getByRole('button', { name: '移除' }).click()
  await expect(cards).toHaveCount(10)

  await app.getByTestId('section-add-form').click()
  const picker = app.getByTestId('form-picker')
  await expect(picker).toBeVisible()
  const entries = picker.getByTestId('form-entry')
  // The tender's list first, in its order (each with its place), then the templates it does not list.
  const texts = await entries.allInnerTexts()
  expect(texts.slice(0, TENDER_ORDER.length).map((t) => t.split('\n')[0])).toEqual(
    TENDER_ORDER.map((t, i) => `招标文件第 ${i + 1} 项${t}`),
  )
  expect(texts.slice(TENDER_ORDER.length).join('|')).toContain('投标保证金')
  expect(texts[0]).toContain('已在第 1 节')
  expect(texts[8]).toContain('无标准模板')
  // The first form not yet in the bid is selected, previewed as this bid fills it.
  await expect(entries.nth(3)).toHaveCSS('background-color', 'rgb(230, 244, 255)')
  const preview = app.getByTestId('form-preview')
  await expect(preview).toContainText('杭州智联信息技术有限公司 的法定代表人，现委托 李明华')
  await expect(preview).toContainText(GOODS_BID)
  // BB_SHOT=<file.png> keeps a picture of the picker to look at.
  if (process.env.BB_SHOT) await app.screenshot({ path: process.env.BB_SHOT })
  await entries.nth(0).click()
  await expect(preview).toContainText('投标总报价为（大写）')
  await entries.nth(3).click()
  await app.getByTestId('form-pick').click()

  await expect(cards).toHaveCount(11)
  expect((await cardTitles(app))[3]).toMatch(/^4\s*授权委托书\s*资格\s*标准格式\s*授权委托书/)
  await expect(cards.nth(3).getByTestId('section-form')).toHaveValue('授权委托书')
  const onDisk = async () =>
    JSON.parse(await fs.readFile(path.join(server.workspace, 'bids', `${GOODS_BID_ID}.json`), 'utf8'))
  await expect
    .poll(async () => (await onDisk()).sections.map((s: { title: string }) => s.title), { timeout: 20_000 })
    .toEqual(TENDER_ORDER)
  const added = (await onDisk()).sections[3]
  expect([added.formKey, added.source, added.kind, added.needsSeal, added.needsSignature]).toEqual([
    '授权委托书',
    'template',
    '资格',
    true,
    true,
  ])

  // A written section gets its form from the picker too (not typed): 服务承诺书 for a new section.
  await app.getByTestId('section-add').click()
  const last = cards.last()
  await last.locator('input[id$=".title"]').fill('售后服务承诺')
  await expect(last.getByTestId('section-source')).toHaveText('自行撰写')
  await last.getByTestId('section-form-choose').click()
  await expect(picker).toBeVisible()
  await picker.getByTestId('form-entry').filter({ hasText: '服务承诺书' }).first().click()
  await expect(preview).toContainText('服务承诺')
  await app.getByTestId('form-pick').click()
  await expect(last.getByTestId('section-form')).toHaveValue('服务承诺书')
  await expect(last.getByTestId('section-source')).toHaveText('标准格式')
  await expect
    .poll(async () => (await onDisk()).sections.at(-1)?.formKey, { timeout: 20_000 })
    .toBe('服务承诺书')
})
