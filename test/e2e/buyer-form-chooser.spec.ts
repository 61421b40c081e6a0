import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { spacedItems } from '@test/fixtures/buyer-forms/items'
import { expect, test } from './fixtures'
import { choose } from './select'

/**
 * #13: the attached buyer's file on the bid page (章节 tab) lists its blanks with the field each gets, and a field
 * chooser per blank: an item column of the 货物清单 switched to 品牌及规格型号, the unknown 产地 column left blank;
 * both saved with the file (export.mapForm, as `export map-form --map`) and shown again after a reload.
 */
test('attached buyer form: choose the field of a blank, saved with the bid', async ({ app, server }) => {
  test.setTimeout(240_000)
  const form = path.join(server.home, '货物清单.docx')
  await fs.writeFile(form, await spacedItems())
  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  const card = app.getByTestId('buyer-forms')
  await app.getByTestId('buyer-forms-file').setInputFiles(form)
  await expect(app.getByTestId('buyer-forms-result')).toContainText('1 个表单', { timeout: 90_000 })

  await card.getByTestId('buyer-form-blanks-toggle').click()
  const blanks = app.getByTestId('buyer-form-blanks')
  const origin = blanks.getByTestId('blank-t1col3')
  await expect(origin).toHaveAttribute('data-status', 'unfilled', { timeout: 60_000 })
  await expect(origin).toContainText('未识别的列“产地”')
  const model = blanks.getByTestId('blank-t1col2')
  await expect(model).toHaveAttribute('data-status', 'filled')

  // 产地: leave blank.
  await choose(app, blanks.getByTestId('blank-key-t1col3'), '（留空）')
  await expect(origin).toHaveAttribute('data-status', 'manual', { timeout: 60_000 })
  // 型号: the brand and the model.
  await choose(app, blanks.getByTestId('blank-key-t1col2'), '品牌及规格型号')
  await expect(model).toHaveAttribute('data-status', 'filled')
  // Re-planned on the server with the saved choice, not only shown in the select.
  await expect(model).toContainText('用户指定', { timeout: 60_000 })
  await app.screenshot({ path: test.info().outputPath('buyer-form-chooser.png') })

  // Saved with the file: read back after a reload.
  await app.reload()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await app.getByTestId('buyer-forms').getByTestId('buyer-form-blanks-toggle').click()
  const again = app.getByTestId('buyer-form-blanks')
  await expect(again.getByTestId('blank-t1col3')).toHaveAttribute('data-status', 'manual', {
    timeout: 60_000,
  })
  await expect(again.getByTestId('blank-key-t1col2')).toContainText('品牌及规格型号')
})
