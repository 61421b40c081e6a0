import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { servicesForms } from '@test/fixtures/buyer-forms/sets'
import { expect, test } from './fixtures'

/**
 * The buyer's own form in the export dialog: the blanks it prints are listed with what each gets, unfilled ones
 * with the reason; choosing a field for one re-plans it; the exported form has that value where the blank was.
 */
test('buyer form blanks: preview, choose a field for an unfilled blank, export', async ({ app, server }) => {
  test.setTimeout(240_000)
  const form = path.join(server.home, '磋商响应函.docx')
  await fs.writeFile(form, await servicesForms())
  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByTestId('export-button').click()
  await app.locator('.ant-modal input[type="file"]').setInputFiles(form)

  const blanks = app.getByTestId('form-blanks')
  await expect(blanks).toBeVisible({ timeout: 60_000 })
  const fax = blanks.locator('tr', { hasText: '传真：' })
  await expect(fax).toHaveAttribute('data-status', 'unfilled')
  await expect(fax).toContainText('未识别的栏目')
  await expect(blanks.locator('tr', { hasText: '磋商响应人名称：' })).toHaveAttribute('data-status', 'filled')
  await app.screenshot({ path: test.info().outputPath('blanks-before.png') })

  await fax.locator('.ant-select').click()
  await app.keyboard.type('投标人电话')
  await app.keyboard.press('Enter')
  await expect(fax).toHaveAttribute('data-status', 'filled', { timeout: 30_000 })
  const phone = (await fax.locator('[data-testid^="blank-value-"]').textContent())!.trim()
  expect(phone).toMatch(/\d{3,}/)

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
