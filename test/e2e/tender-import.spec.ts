import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { openWorkspace } from '@services/store'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { CONSULT_AMENDMENT, CONSULT_TENDER } from '@test/fixtures/tender/consult'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'
import { expect, test } from './fixtures'

/**
 * The tender import wizard in Chromium: choose the 招标文件, review every item beside its excerpt (reject one,
 * edit one), accept → the bid exists with its facts, requirements, scoring matrix and forms. A re-import with the
 * 更正公告 shows the difference against the bid before anything is written.
 */
test('import → review → accept creates the bid; a re-import with the 更正公告 shows the diff', async ({
  app,
  server,
}) => {
  test.setTimeout(180_000)
  const dir = path.join(server.home, 'files')
  await fs.mkdir(dir)
  const goods = path.join(dir, '医学影像设备招标文件.docx')
  await fs.writeFile(goods, await buildDocx(GOODS_TENDER))

  await app.getByTestId('tender-import-open').click()
  await app.getByTestId('tender-file').setInputFiles(goods)
  await expect(app.getByTestId('tender-file-0')).toContainText('医学影像设备招标文件.docx')
  await app.getByTestId('tender-read').click()

  // Facts, each beside its excerpt; the 前附表 value won and the disagreement is a warning.
  const validity = app.getByTestId('fact-validityDaysRequired')
  await expect(validity.getByTestId('fact-value-validityDaysRequired')).toHaveValue('120', {
    timeout: 90_000,
  })
  await expect(validity.getByTestId('source')).toContainText('120日历天')
  await expect(app.getByTestId('fact-tenderNo').getByTestId('source')).toContainText('第二章 投标人须知')
  // Times as a Chinese reader writes them (2026年12月15日 09:30), not ISO; stored as ISO (checked below).
  await expect(app.getByTestId('fact-value-submissionDeadline')).toHaveValue('2026年12月15日 09:30')
  await app.getByTestId('fact-value-title').fill('一院影像设备（CT+DR）')
  await app.getByTestId('fact-accept-priceCeiling').uncheck()
  await app.getByTestId('tab-tender-warnings').click()
  await expect(app.getByTestId('tender-warnings')).toContainText('投标有效期不一致')

  // Requirements: reject one, see ★ and ▲ with their sources.
  await app.getByTestId('tab-tender-requirements').click()
  await expect(app.getByTestId('tab-tender-requirements')).toContainText('14')
  const row = app
    .locator('[data-testid^="req-"]')
    .filter({ has: app.locator('textarea', { hasText: '机架孔径' }) })
  await row.locator('input[type="checkbox"]').uncheck()
  await expect(app.getByTestId('req-6').getByTestId('source')).toContainText('第五章 采购需求')
  await app.getByTestId('tab-tender-scoring').click()
  await expect(app.getByTestId('scoring-accept')).toContainText('7 项，共 100 分')
  await app.getByTestId('tab-tender-forms').click()
  await expect(app.getByTestId('tab-tender-forms')).toContainText('9')

  await app.getByTestId('tender-apply').click()
  await expect(app).toHaveURL(/#\/bids\/[A-Za-z0-9_-]+$/, { timeout: 30_000 })
  await expect(app.getByTestId('tab-requirements')).toContainText('13')
  const bidId = decodeURIComponent(app.url().split('/').pop()!)

  const ws = await openWorkspace(server.workspace, { readOnly: true })
  const bid = await ws.get('bids', bidId)
  expect(bid.title).toBe('一院影像设备（CT+DR）')
  expect(bid.priceCeiling).toBeNull()
  expect(bid.dates.submissionDeadline).toBe('2026-12-15T09:30:00+08:00')
  expect(bid.budget).toBe(3_800_000)
  expect(bid.requirements.some((q) => q.text.startsWith('机架孔径'))).toBe(false)
  expect(bid.sections.map((s) => s.title)).toEqual(bid.mandatedOrder)
  expect(bid.sections).toHaveLength(9)
  const matrix = await ws.get('matrices', bid.matrixId!)
  expect(matrix.items).toHaveLength(7)
  await ws.close()

  // Re-import from the bid page: the deadline moves; the wizard shows what the bid has now.
  const consult = path.join(dir, '磋商文件.docx')
  const amendment = path.join(dir, '更正公告.docx')
  await fs.writeFile(consult, await buildDocx(CONSULT_TENDER))
  await fs.writeFile(amendment, await buildDocx(CONSULT_AMENDMENT))
  await app.getByTestId('tender-import-open').click()
  await app.getByTestId('tender-file').setInputFiles([consult, amendment])
  await expect(app.getByTestId('tender-file-1')).toContainText('更正公告.docx')
  await app.getByTestId('tender-read').click()
  await expect(app.getByTestId('fact-current-submissionDeadline')).toContainText('2026年12月15日 09:30', {
    timeout: 90_000,
  })
  await expect(app.getByTestId('fact-value-submissionDeadline')).toHaveValue('2027年1月15日 14:30')
  await expect(app.getByTestId('tender-error')).toHaveCount(0)
})
