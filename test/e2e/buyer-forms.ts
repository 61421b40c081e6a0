import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { goodsForms } from '@test/fixtures/buyer-forms/sets'
import { expect } from './fixtures'

/**
 * The buyer's goods 投标文件格式 chapter attached to the sample hospital bid on its 章节 tab, as a user picks the
 * file: waits until the server has matched its three forms to sections and returns the buyer-forms card.
 */
export async function attachGoodsForms(app: Page, home: string): Promise<Locator> {
  const form = path.join(home, '第六章 投标文件格式.docx')
  await fs.writeFile(form, await goodsForms())
  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  const card = app.getByTestId('buyer-forms')
  await expect(card).toContainText('尚未上传招标方表单')
  await app.getByTestId('buyer-forms-file').setInputFiles(form)
  await expect(app.getByTestId('buyer-forms-result')).toContainText('3 个表单，3 个对应到章节', {
    timeout: 90_000,
  })
  return card
}
