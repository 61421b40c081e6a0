import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { choose, selectById } from './select'

// Each test starts its own server on a fresh sample workspace and runs a few Monte Carlo sweeps: on a
// loaded machine that takes minutes, and the fixture's start-up counts against the test's time.
test.describe.configure({ timeout: 240_000 })

/**
 * A tender's scoring table as tenders lay it out: a title row merged across, the category merged down
 * over its items, and a 说明 column (客观分/主观分) before the real 评分细则 column, so the detection
 * takes 说明 as the criteria and the user has to correct it.
 */
async function tenderXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分办法')
  ws.getCell('A1').value = '某区教育局智慧课堂设备采购项目评分标准'
  ws.mergeCells('A1:E1')
  const rows: (string | number | null)[][] = [
    ['类别', '评分项', '分值', '说明', '评分细则'],
    [
      '价格',
      '投标报价',
      30,
      '客观分',
      '满足招标文件要求且投标价格最低的投标报价为评标基准价，其价格分为满分。投标报价得分=(评标基准价/投标报价)×30',
    ],
    ['商务', '类似业绩', 10, '客观分', '每提供一个近三年类似项目合同得2分，最多得10分'],
    [null, '售后服务', 10, '主观分', '售后服务方案优得10分，良得6分，一般得2分'],
    ['技术', '技术方案', 30, '主观分', '技术方案完整、针对性强得30分，较好得20分，一般得10分'],
    [null, '实施计划', 20, '主观分', '实施计划合理可行得20分，一般得10分'],
  ]
  rows.forEach((r, i) => r.forEach((v, j) => v != null && (ws.getCell(2 + i, j + 1).value = v)))
  ws.mergeCells('A4:A5')
  ws.mergeCells('A6:A7')
  await wb.xlsx.writeFile(file)
}

const esc = (id: string) => '#' + id.replace(/\./g, '\\.')

async function createMatrix(app: Page, title: string) {
  await app.getByRole('menuitem', { name: '评分矩阵' }).click()
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill(title)
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('detail-matrices')).toBeVisible()
}

const pick = (app: Page, selectId: string, option: string | RegExp) =>
  choose(
    app,
    selectById(app, selectId),
    typeof option === 'string' ? new RegExp(`^${option}$`) : option,
    option,
  )

async function fillNumber(app: Page, id: string, value: string) {
  const input = app.locator(esc(id))
  await input.fill(value)
  await input.blur()
}

/** The win-probability figures once the worker has answered for the current edit. */
async function settledWinProb(app: Page) {
  const panel = app.getByTestId('winprob')
  await expect(panel).toHaveAttribute('data-running', 'false', { timeout: 30_000 })
  return {
    probability: Number(await panel.getAttribute('data-probability')),
    curve: (await panel.getAttribute('data-curve')) ?? '',
    band: (await panel.getAttribute('data-band')) ?? '',
  }
}

test('import a tender table, correct a column, score, watch rank and win probability move, export and re-import', async ({
  app,
  server,
}) => {
  const xlsx = path.join(server.home, '评分标准.xlsx')
  await tenderXlsx(xlsx)
  await createMatrix(app, '智慧课堂评分矩阵')

  // Import: the header under the title row is found, the merged categories carry down.
  await app.getByTestId('matrix-import').click()
  await app.getByTestId('matrix-import-file').setInputFiles(xlsx)
  const preview = app.getByTestId('import-preview')
  // The first preview loads the workbook reader on the server (cold under load it has taken over 15 s).
  await expect(preview.getByTestId('import-summary')).toContainText('5 项', { timeout: 45_000 })
  await expect(app.locator('#import-header-row')).toHaveValue('2')
  await expect(preview.getByTestId('import-total')).toHaveText('100')
  const items = preview.getByTestId('import-items')
  await expect(items).toContainText('客观分')
  await expect(items).not.toContainText('每提供一个近三年类似项目合同')

  // The criteria were taken from 说明: point the criteria column at 评分细则 (E) and detect again.
  await pick(app, 'import-col-criteria', /^E 列/)
  await app.getByTestId('redetect').click()
  await expect(items).toContainText('每提供一个近三年类似项目合同得2分')
  await expect(items).not.toContainText('客观分')
  await app.getByTestId('import-save').click()
  await expect(app.getByTestId('import-preview')).toHaveCount(0)
  await expect(app.getByTestId('item-4')).toBeVisible()
  await expect(app.locator(esc('f-items.3.name'))).toHaveValue('技术方案')

  // Bidders: us (the first one added) and one competitor with a price range; our trial price.
  await app.getByRole('tab', { name: '价格规则与投标人' }).click()
  await app.getByTestId('bidder-add').click()
  // Our name is not typed: it comes from 公司信息 and is shown read-only.
  await expect(app.locator(esc('f-bidders.0.name'))).toBeDisabled()
  await expect(app.locator(esc('f-bidders.0.name'))).not.toHaveValue('')
  await app.getByTestId('bidder-add').click()
  await app.locator(esc('f-bidders.1.name')).fill('华信智能')
  await fillNumber(app, 'f-bidders.1.price.low', '900000')
  await fillNumber(app, 'f-bidders.1.price.likely', '950000')
  await fillNumber(app, 'f-bidders.1.price.high', '1000000')
  await fillNumber(app, 'f-ourPrice', '1000000')

  // No scores yet: only price counts; 950000 is the lowest, so they lead 30.00 to 28.50.
  const us = app.getByTestId('standing-us')
  await expect(us).toHaveAttribute('data-rank', '2')
  await expect(us).toHaveAttribute('data-total', '28.5')

  // Our self-scores: 10 + 8 + 25 + 15 = 58 → 86.50, first.
  await app.getByRole('tab', { name: /评分项/ }).click()
  for (const [i, v] of [
    [1, '10'],
    [2, '8'],
    [3, '25'],
    [4, '15'],
  ] as const) {
    await fillNumber(app, `f-items.${i}.selfScore`, v)
  }
  await expect(us).toHaveAttribute('data-total', '86.5')
  await expect(us).toHaveAttribute('data-rank', '1')
  await expect(app.getByTestId('overtake')).toHaveAttribute('data-status', 'leading')

  await app.getByRole('tab', { name: '中标概率' }).click()
  const before = await settledWinProb(app)
  expect(before.probability).toBeGreaterThan(0.99)

  // Their estimates (low / likely / high): likely 10 + 8 + 26 + 16 = 60 → 90.00, ahead of our 86.50.
  await app.getByRole('tab', { name: /评分项/ }).click()
  const estimates: [number, string, string, string][] = [
    [1, '10', '10', '10'],
    [2, '6', '8', '9'],
    [3, '22', '26', '28'],
    [4, '14', '16', '18'],
  ]
  for (const [i, low, likely, high] of estimates) {
    await app.getByTestId(`item-${i}`).locator('.ant-table-row-expand-icon').click()
    await fillNumber(app, `f-items.${i}.est.1.low`, low)
    await fillNumber(app, `f-items.${i}.est.1.likely`, likely)
    await fillNumber(app, `f-items.${i}.est.1.high`, high)
  }
  await expect(app.getByTestId('standing-us')).toHaveAttribute('data-rank', '2')
  await expect(app.getByTestId('overtake')).toHaveAttribute('data-status', 'found')

  await app.getByRole('tab', { name: '中标概率' }).click()
  await expect(app.getByTestId('winprob')).not.toHaveAttribute('data-curve', before.curve, {
    timeout: 30_000,
  })
  const after = await settledWinProb(app)
  expect(after.probability).toBeLessThan(0.5)
  // Cheaper prices still win: the curve falls from left to right and a band is recommended below our price.
  const curve = after.curve.split(',').map(Number)
  expect(curve[0]).toBeGreaterThan(curve[curve.length - 1])
  expect(after.band).not.toBe('')
  expect(Number(after.band.split('-')[1])).toBeLessThan(1_000_000)

  // Export, then import the exported file back into the same matrix: same items, scores kept.
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('matrix-export').click(),
  ])
  expect(download.suggestedFilename()).toBe('评分矩阵_智慧课堂评分矩阵.xlsx')
  const exported = path.join(server.home, 'exported.xlsx')
  await download.saveAs(exported)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(exported)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['评分矩阵', '中标概率'])

  await app.getByTestId('matrix-import').click()
  await app.getByTestId('matrix-import-file').setInputFiles(exported)
  await expect(app.getByTestId('import-summary')).toContainText('5 项')
  await expect(app.getByTestId('import-total')).toHaveText('100')
  for (const name of ['投标报价', '类似业绩', '售后服务', '技术方案', '实施计划']) {
    await expect(app.getByTestId('import-items').locator(`input[value="${name}"]`)).toHaveCount(1)
  }
  await app.getByTestId('import-save').click()
  await expect(app.locator(esc('f-items.3.selfScore'))).toHaveValue('25.0')
  await expect(app.getByTestId('standing-us')).toHaveAttribute('data-rank', '2')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })

  // What the page saved is what the file on disk holds.
  const files = await fs.readdir(path.join(server.workspace, 'matrices'))
  const docs = await Promise.all(
    files
      .filter((f) => f.endsWith('.json'))
      .map(async (f) => JSON.parse(await fs.readFile(path.join(server.workspace, 'matrices', f), 'utf8'))),
  )
  const saved = docs.find((d) => d.title === '智慧课堂评分矩阵')
  expect(saved.items.map((i: { name: string; maxPoints: number }) => [i.name, i.maxPoints])).toEqual([
    ['投标报价', 30],
    ['类似业绩', 10],
    ['售后服务', 10],
    ['技术方案', 30],
    ['实施计划', 20],
  ])
  expect(saved.items[3].estimates).toEqual([{ bidderId: saved.bidders[1].id, low: 22, likely: 26, high: 28 }])
})

test('paste a table from Excel: bad points are shown inline and block the save until fixed', async ({
  app,
}) => {
  await createMatrix(app, '粘贴的评分表')
  await app.getByTestId('matrix-import').click()
  await app.getByRole('tab', { name: '从剪贴板粘贴' }).click()
  const tsv = [
    '评审因素\t满分\t评审细则',
    '投标报价\t40\t以有效投标报价的算术平均值为评标基准价',
    '企业信誉\t二十\t每项荣誉得5分',
    '总体设计\t-10\t方案优得40分',
  ].join('\n')
  await app.getByTestId('matrix-paste').fill(tsv)
  await app.getByTestId('paste-detect').click()
  // Each bad figure is said at its cell, and listed (with the row named) above the table.
  await expect(app.getByTestId('import-points-error-1')).toHaveText('请填写分值（数字）')
  await expect(app.getByTestId('import-points-error-2')).toHaveText('不能小于 0')
  const warnings = app.getByTestId('import-warnings')
  await expect(warnings).toContainText('第 2 项“企业信誉”：请填写分值（数字）')
  await expect(warnings).toContainText('第 3 项“总体设计”：不能小于 0')
  await expect(app.getByTestId('import-save')).toBeDisabled()

  await app.locator('#import-points-1').fill('20')
  await app.locator('#import-points-2').fill('40')
  await expect(app.getByTestId('import-total')).toHaveText('100')
  await expect(warnings).toHaveCount(0)
  await expect(app.getByTestId('import-points-error-1')).toHaveCount(0)
  await expect(app.getByTestId('import-save')).toBeEnabled()

  // Saved as a new matrix: the page moves to it, the first one stays empty.
  await app.getByTestId('import-target').getByText('另存为新评分矩阵').click()
  await app.getByTestId('import-new-title').fill('粘贴的评分表（新）')
  await app.getByTestId('import-save').click()
  // level 4: the page title (the results card shows a skeleton heading while it computes)
  await expect(app.getByTestId('detail-matrices').getByRole('heading', { level: 4 })).toHaveText(
    '粘贴的评分表（新）',
  )
  await expect(app.locator(esc('f-items.1.maxPoints'))).toHaveValue('20')
  await expect(app.locator(esc('f-items.2.maxPoints'))).toHaveValue('40')
  // The average benchmark read from the words is now the matrix's rule.
  await app.getByRole('tab', { name: '价格规则与投标人' }).click()
  await expect(app.getByTestId('price-rule')).toContainText('平均值基准法')
})

test('sample matrix: sync bidders from the bid’s competitors; the same seed gives the same curve', async ({
  app,
}) => {
  await app.getByRole('menuitem', { name: '评分矩阵' }).click()
  await app.getByText('医学影像设备采购项目评分表').first().click()
  await expect(app.getByTestId('detail-matrices')).toBeVisible()
  await app.getByRole('tab', { name: '价格规则与投标人' }).click()

  // Remove 联创医疗 (row 2), then sync: the bid's competitor comes back under its registered name.
  await expect(app.locator(esc('f-bidders.2.name'))).toHaveValue('联创医疗')
  await app.getByTestId('bidder-2').getByRole('button', { name: '删除' }).click()
  await expect(app.getByTestId('bidders').locator('tbody tr')).toHaveCount(3)
  await app.getByTestId('sync-bidders').click()
  await expect(app.locator('.ant-message')).toContainText('新增 上海联创医疗系统股份有限公司')
  await expect(app.locator(esc('f-bidders.3.name'))).toHaveValue('上海联创医疗系统股份有限公司')
  await app.getByTestId('sync-bidders').click()
  await expect(app.locator('.ant-message')).toContainText('投标人已与竞争对手一致')

  // Without a price the new bidder is left out of the ranking, and the results say so.
  await expect(app.getByTestId('results')).toContainText('上海联创医疗系统股份有限公司 没有预估报价')

  await app.getByRole('tab', { name: '中标概率' }).click()
  const first = await settledWinProb(app)
  expect(first.curve.split(',')).toHaveLength(26)
  await pick(app, 'winprob-trials', '5,000 次')
  await expect(app.getByTestId('winprob')).not.toHaveAttribute('data-curve', first.curve, { timeout: 30_000 })
  await pick(app, 'winprob-trials', '20,000 次')
  await expect(app.getByTestId('winprob')).toHaveAttribute('data-curve', first.curve, { timeout: 30_000 })
  await fillNumber(app, 'f-seed', '7')
  await expect(app.getByTestId('winprob')).not.toHaveAttribute('data-curve', first.curve, { timeout: 30_000 })
})
