import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { servicesForms } from '@test/fixtures/buyer-forms/sets'
import { expect, test } from './fixtures'
import { attachGoodsForms } from './buyer-forms'
import { choose } from './select'

/**
 * The buyer's own form in the export dialog: the blanks it prints are listed with what each gets, unfilled ones
 * with the reason; choosing a field for one re-plans it; the exported form has that value where the blank was.
 */
test('buyer form blanks: preview with reasons, choose another field for a blank, export', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  const form = path.join(server.home, '磋商响应函.docx')
  await fs.writeFile(form, await servicesForms())
  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByTestId('export-button').click()
  await app.locator('.ant-modal input[type="file"]').setInputFiles(form)

  const blanks = app.getByTestId('form-blanks')
  await expect(blanks).toBeVisible({ timeout: 60_000 })
  // 服务期 in 个月 cannot be written from "60 日历天": unfilled, with the reason.
  const period = blanks.locator('tr', { hasText: '服务期：' })
  await expect(period).toHaveAttribute('data-status', 'unfilled')
  await expect(period).toContainText('不能按表单的单位')
  await expect(blanks.locator('tr', { hasText: '磋商响应人名称：' })).toHaveAttribute('data-status', 'filled')
  // 传真 is read as our fax from 公司信息; the user may still choose another field for it.
  const fax = blanks.locator('tr', { hasText: '传真：' })
  await expect(fax).toHaveAttribute('data-status', 'filled')
  await expect(fax.locator('[data-testid^="blank-value-"]')).toHaveText('0571-8888 6667')
  await app.screenshot({ path: test.info().outputPath('blanks-before.png') })

  await fax.locator('.ant-select').click()
  await app.keyboard.type('投标人电话')
  await app.keyboard.press('Enter')
  await expect(fax.locator('[data-testid^="blank-value-"]')).not.toHaveText('0571-8888 6667', {
    timeout: 30_000,
  })
  await expect(fax).toHaveAttribute('data-status', 'filled')
  const phone = (await fax.locator('[data-testid^="blank-value-"]').textContent())!.trim()
  expect(phone).toBe('0571-8888 6666')

  await app.getByTestId('export-start').click()
  const anyway = app.getByTestId('veto-anyway')
  const done = app.getByTestId('export-done')
  await expect(anyway.or(done)).toBeVisible({ timeout: 90_000 })
  if (await anyway.isVisible()) await anyway.click()
  await expect(done).toBeVisible({ timeout: 120_000 })
  const fileName = (await app.getByTestId('export-file-name').textContent())!.trim()
  const saved = await fs.readFile(path.join(server.workspace, 'exports', fileName))
  const text = paragraphTexts(await (await JSZip.loadAsync(saved)).file('word/document.xml')!.async('string'))
  expect(text.find((t) => t.startsWith('联系人：'))).toContain(`传真：${phone}`)
  expect(text.some((t) => /^日期：\d{4}年\d{1,2}月\d{1,2}日$/.test(t))).toBe(true)
  expect(text.join('\n')).not.toMatch(/元整元|¥¥/)
})

/**
 * #13: the buyer's 投标文件格式 chapter attached on the bid page (章节 tab): each form is matched to its section, one
 * mapping changed by hand; the full Word export then prints the filled buyer forms where the standard ones were.
 */
test('buyer forms attached to the bid replace the standard forms in the full export', async ({
  app,
  server,
}) => {
  test.setTimeout(300_000)
  const card = await attachGoodsForms(app, server.home)
  const rows = card.getByTestId('buyer-form-row')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('一、投标函')
  await expect(rows.nth(0)).toHaveAttribute('data-section', 's1')
  await expect(rows.nth(1)).toHaveAttribute('data-section', 's2')
  await expect(rows.nth(2)).toHaveAttribute('data-section', 's3')
  // The buyer's 法定代表人身份证明 is not wanted: the standard one prints.
  await choose(app, rows.nth(2).locator('.ant-select'), '不打印')
  await expect(rows.nth(2)).toHaveAttribute('data-section', '', { timeout: 30_000 })
  await app.screenshot({ path: test.info().outputPath('buyer-forms-card.png') })

  await app.getByTestId('export-button').click()
  await app.getByTestId('export-start').click()
  const anyway = app.getByTestId('veto-anyway')
  const done = app.getByTestId('export-done')
  await expect(anyway.or(done)).toBeVisible({ timeout: 120_000 })
  if (await anyway.isVisible()) await anyway.click()
  await expect(done).toBeVisible({ timeout: 180_000 })
  const fileName = (await app.getByTestId('export-file-name').textContent())!.trim()
  const saved = await fs.readFile(path.join(server.workspace, 'exports', fileName))
  const text = paragraphTexts(await (await JSZip.loadAsync(saved)).file('word/document.xml')!.async('string'))
  const all = text.join('\n')
  expect(all).toMatch(/我方愿以人民币（大写）[^_]+（¥[\d,]+\.\d{2}）的投标总价/)
  expect(all).not.toContain('签字代表宣布同意如下')
  expect(all).not.toContain('系____________________（投标人名称）的法定代表人')
  // The part's heading stands for the buyer's title line (listed once in the 目录), not printed twice.
  expect(all).not.toContain('一、投标函')
  expect(text.filter((t) => t.trim() === '投标函').length).toBeGreaterThanOrEqual(1)

  await app.keyboard.press('Escape')
  await card.getByTestId('buyer-form-remove').click()
  await expect(card).toContainText('尚未上传招标方表单', { timeout: 30_000 })
})
