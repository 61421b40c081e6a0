import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'

const GOODS_BID = '某市第一人民医院医学影像设备采购项目'
const GOODS_BID_ID = 'bid-hospital-imaging'

test('评分项 with no section answering them, linked from the sections tab; requirements answered per section, one click away', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  await app.getByText(GOODS_BID).first().click()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  const cov = app.getByTestId('scoring-coverage')
  // The sample matrix: of its 7 scored non-price items only 售后服务方案 (s11) and 实施方案 (s9) name sections; the
  // others name materials, or requirements no section answers.
  const unanswered = cov.getByTestId('unanswered-item')
  await expect(unanswered).toHaveText([
    /企业资质（5）/,
    /类似项目业绩（8）/,
    /技术参数响应（25）/,
    /培训方案（5）/,
    /质保期（5）/,
  ])
  await expect(cov).toContainText('2/7 个评分项已有章节响应')
  const before = 5

  // Link 培训方案 to section 9 (技术方案) from the gap list.
  await unanswered.filter({ hasText: '培训方案' }).getByTestId('unanswered-link').click()
  await app.locator('.ant-select-dropdown:visible').getByText('9 技术方案', { exact: true }).click()
  await expect(unanswered).toHaveCount(before - 1)
  await expect(cov).toContainText('3/7 个评分项已有章节响应')
  const card9 = app.getByTestId('section-card').nth(8)
  await expect(card9.getByTestId('section-scoring-items')).toContainText('培训方案')
  const onDisk = async () =>
    JSON.parse(await fs.readFile(path.join(server.workspace, 'bids', `${GOODS_BID_ID}.json`), 'utf8'))
  await expect
    .poll(async () => (await onDisk()).sections[8].scoringItemIds, { timeout: 20_000 })
    .toEqual(['i7'])

  // Section 9's text answers requirement 3.1 (a 响应招标要求 block): listed under the section, one click to it.
  await card9.getByTestId('section-preview').click()
  const editor = card9.getByTestId('section-editor')
  await editor.click()
  await app.keyboard.press('Control+End')
  await app.keyboard.press('Enter')
  await app.keyboard.type('平板探测器 43cm×43cm，满足★条款。')
  await card9.getByTestId('editor-respond').click()
  await app
    .locator('.ant-select-dropdown:visible')
    .getByText(/^3\.1 /)
    .click()
  await expect(editor.locator('[data-requirement-id="r1"]')).toHaveCount(1)
  const answers = cov.getByTestId('section-answers').filter({ hasText: '9 技术方案' })
  await expect(answers.getByTestId('answered-requirement')).toHaveText(['3.1'], { timeout: 20_000 })
  await expect(answers.getByTestId('answered-item')).toContainText(['实施方案（15）', '培训方案（5）'])
  await answers.getByTestId('answered-requirement').click()
  await expect(app.getByRole('tab', { name: /招标要求/, selected: true })).toBeVisible()
  await expect(app.locator('#f-requirements\\.0\\.responseText')).toBeFocused()
})
