import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { GOODS_BID_ID, newSection, openBidSections, openSections, savedSection } from './sections'

const ENERGY_BID = '某能源集团 2027 年度数据中心 IT 运维服务采购项目'
const ENERGY_BUYER = '某能源集团有限公司'

/** BB_SHOTS=<dir> keeps screenshots of the steps, for a look at the UI. */
async function shot(app: Page, name: string) {
  if (process.env.BB_SHOTS) await app.screenshot({ path: path.join(process.env.BB_SHOTS, `${name}.png`) })
}

/**
 * The 插入文本块 drawer, found by its title text: antd names the dialog through aria-labelledby, and in some runs the
 * accessibility tree showed the dialog without that name while the drawer and its list were on screen.
 */
function pullDrawer(app: Page) {
  return app.getByRole('dialog').filter({ hasText: '从资料库插入文本块' })
}

test("a passage saved from one bid is pulled into another; the first bid's buyer is flagged (E07)", async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  // Bid A: write two paragraphs, select the first, save it as a tagged text block.
  await openSections(app, ENERGY_BID)
  const { card, editor } = await newSection(app, '运维服务承诺')
  const kb = app.keyboard
  await kb.type(`我方承诺为${ENERGY_BUYER}提供7×24小时运维服务，接到报修后2小时内到场。`)
  await kb.press('Enter')
  await kb.type('本段不保存。')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
  await editor.locator('p').first().click({ clickCount: 3 }) // selects that paragraph
  await card.getByTestId('block-save').click()
  await expect(app.getByTestId('block-save-scope')).toHaveText('所选内容')
  await app.getByTestId('block-save-title').fill('7×24运维响应承诺')
  const tags = app.getByTestId('block-save-tags').locator('input')
  await tags.fill('运维')
  await kb.press('Enter')
  await tags.fill('售后')
  await kb.press('Enter')
  await shot(app, 'reuse-save')
  await app.getByTestId('block-save-title').click() // closes the tag list over the buttons
  await app.getByTestId('block-save-ok').click()
  await expect(app.getByText('已存入资料库：7×24运维响应承诺')).toBeVisible()

  // On disk: a 文本块 of the library with the selected paragraph only, its tags and where it came from.
  const files = await fs.readdir(path.join(server.workspace, 'materials'))
  const blocks = []
  for (const f of files) {
    const m = JSON.parse(await fs.readFile(path.join(server.workspace, 'materials', f), 'utf8'))
    if (m.kind === '文本块') blocks.push(m)
  }
  expect(blocks).toHaveLength(1)
  expect(blocks[0]).toMatchObject({
    title: '7×24运维响应承诺',
    tags: ['运维', '售后'],
    block: { origin: { bidId: 'bid-energy-itops', buyerName: ENERGY_BUYER, sectionTitle: '运维服务承诺' } },
  })
  expect(blocks[0].content).toContain('2小时内到场')
  expect(blocks[0].content).not.toContain('本段不保存')
  // The library as the same editor lists it right after the save.
  await card.getByTestId('block-pull').click()
  const drawerA = pullDrawer(app)
  await expect(drawerA.getByTestId('block-item')).toHaveCount(1)
  await expect(drawerA.getByTestId('block-item')).toContainText('7×24运维响应承诺')
  await kb.press('Escape')
  await expect(drawerA).toBeHidden()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })

  // Bid B: browse by tag, choose the block: the leftover buyer is shown before inserting.
  await openBidSections(app, GOODS_BID_ID)
  const b = await newSection(app, '售后服务方案')
  await kb.type('一、服务承诺')
  await kb.press('Enter')
  await b.card.getByTestId('block-pull').click()
  const drawer = pullDrawer(app)
  await expect(drawer.getByTestId('block-item')).toHaveCount(1)
  await drawer.getByTestId('block-tag').filter({ hasText: '运维' }).click()
  await expect(drawer.getByTestId('block-item')).toHaveCount(1)
  await drawer.getByTestId('block-search').locator('input').fill('不存在的词')
  await drawer.getByTestId('block-search').locator('input').press('Enter')
  await expect(drawer.getByTestId('block-item')).toHaveCount(0)
  await drawer.getByTestId('block-search').locator('input').fill('到场')
  await drawer.getByTestId('block-search').locator('input').press('Enter')
  await expect(drawer.getByTestId('block-item')).toHaveCount(1)
  await expect(drawer.getByTestId('block-item')).toContainText(`来源：${ENERGY_BID} · 运维服务承诺`)
  await drawer.getByTestId('block-choose').click()
  const finding = drawer.getByTestId('block-finding').and(drawer.locator('[data-kind="buyer"]'))
  await expect(finding).toContainText(ENERGY_BUYER)
  await expect(finding).toContainText('E07')
  await expect(drawer.getByTestId('block-preview')).toContainText('2小时内到场')
  await shot(app, 'reuse-pull')
  await drawer.getByTestId('block-insert').click()
  await expect(app.getByText('已插入文本块“7×24运维响应承诺”：有 1 处遗留信息需要修改')).toBeVisible()
  await expect(b.editor.locator('p')).toContainText([`我方承诺为${ENERGY_BUYER}`])

  // The bid saves the inserted passage after the heading typed before it.
  await expect
    .poll(async () => (await savedSection(server.workspace, GOODS_BID_ID, '售后服务方案'))?.content, {
      timeout: 30_000,
    })
    .toContain(`一、服务承诺\n我方承诺为${ENERGY_BUYER}提供7×24小时运维服务`)
  await shot(app, 'reuse-inserted')
})
