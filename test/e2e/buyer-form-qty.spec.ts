import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { p, r, rawDocx, table } from '@test/fixtures/buyer-forms/raw-docx'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { choose } from './select'

/**
 * The hospital bid with the buyer's 供货一览表 attached (DR pre-printed as 3台 where the quote says 2台): its blanks
 * listed, the DR row's quantity not filled yet.
 */
async function attachSupplyList(app: Page, home: string) {
  const form = path.join(home, '供货一览表.docx')
  await fs.writeFile(
    form,
    await rawDocx([
      p([r('供货一览表', { b: true, size: 32 })], { center: true }),
      table(
        [
          ['货物名称', '规格型号', '数量', '单价（元）', '总价（元）'],
          ['数字化 X 射线摄影系统（DR）', '', '3台', '', ''],
          ['医学影像存储与传输系统（PACS）', '', '1', '', ''],
        ],
        5,
        1600,
      ),
    ]),
  )
  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await app.getByTestId('buyer-forms-file').setInputFiles(form)
  await expect(app.getByTestId('buyer-forms-result')).toContainText('1 个表单', { timeout: 90_000 })

  await app.getByTestId('buyer-forms').getByTestId('buyer-form-blanks-toggle').click()
  const blanks = app.getByTestId('buyer-form-blanks')
  const qty = blanks.getByTestId('blank-t0r1qty')
  await expect(qty).toHaveAttribute('data-status', 'unfilled', { timeout: 60_000 })
  return { blanks, qty }
}

/**
 * #13: a quantity the buyer pre-printed in his 供货一览表 (DR 3台) that differs from the bid's quote line (2台) is
 * shown in the attached file's blanks on the bid page as unfilled, with both numbers, and not written over; leaving
 * it as printed (the user accepts the buyer's figure) is saved and re-planned on the server.
 */
test('attached buyer form: a different pre-printed quantity is listed with both numbers', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  const { blanks, qty } = await attachSupplyList(app, server.home)
  await expect(qty).toContainText('招标方所列“数字化 X 射线摄影系统（DR）”数量为3台，报价数量为2台')
  await expect(qty).toContainText('表1 第2行第3列')
  // The rows' prices are still planned; the PACS row (1 = 1) raises nothing.
  await expect(blanks.getByTestId('blank-t0col3')).toHaveAttribute('data-status', 'filled')
  await expect(blanks.getByTestId('blank-t0r2qty')).toHaveCount(0)
  // The 数量 column reads as the table will: the buyer's 3台 kept, our 1 for the row added for 安装调试及培训.
  await expect(blanks.getByTestId('blank-value-t0col2')).toHaveText('3台；1；1')
  await app.screenshot({ path: test.info().outputPath('buyer-form-qty.png') })

  // The user keeps the buyer's figure: saved and re-planned as left blank.
  await choose(app, blanks.getByTestId('blank-key-t0r1qty'), '（留空）')
  await expect(qty).toHaveAttribute('data-status', 'manual', { timeout: 60_000 })
})

/**
 * #13: the quantity choice. For the whole file "按报价数量" writes our 2台 over the buyer's 3台 (the 数量 column reads
 * ours); a row's own "按招标方数量" wins over it (his 3台 stays, its 总价 his 3 × our unit price). Both are saved with
 * the file and re-planned on the server, and read back after a reload.
 */
test('attached buyer form: choose our quantity for the form, the buyer’s for a row', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  const { blanks, qty } = await attachSupplyList(app, server.home)

  await choose(app, blanks.getByTestId('blank-qty-all'), '按报价数量')
  await expect(qty).toHaveAttribute('data-status', 'filled', { timeout: 60_000 })
  await expect(blanks.getByTestId('blank-value-t0r1qty')).toHaveText('2台')
  await expect(qty).toContainText('用户选择报价数量：招标方所列3台改为2台')
  await expect(blanks.getByTestId('blank-value-t0col2')).toHaveText('2台；1；1')

  await choose(app, blanks.getByTestId('blank-key-t0r1qty'), '按招标方数量')
  await expect(qty).toContainText('用户选择招标方数量3台（报价数量为2台）', { timeout: 60_000 })
  await expect(blanks.getByTestId('blank-value-t0col2')).toHaveText('3台；1；1')
  await app.screenshot({ path: test.info().outputPath('buyer-form-qty-choice.png') })

  await app.reload()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await app.getByTestId('buyer-forms').getByTestId('buyer-form-blanks-toggle').click()
  const again = app.getByTestId('buyer-form-blanks')
  await expect(again.getByTestId('blank-value-t0r1qty')).toHaveText('3台', { timeout: 60_000 })
  await expect(again.getByTestId('blank-qty-all')).toContainText('按报价数量')
  await expect(again.getByTestId('blank-key-t0r1qty')).toContainText('按招标方数量')
})
