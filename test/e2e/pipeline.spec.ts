import ExcelJS from 'exceljs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { expect, test } from './fixtures'

const shot = (name: string) => path.join('test-results', `pipeline-${name}.png`)

test('the board: dragging a card to another stage saves the stage and the day it was entered', async ({
  app,
  server,
}) => {
  test.setTimeout(120_000)
  await app.getByTestId('nav-pipeline').click()
  const card = app.getByTestId('deal-bid-o-lims')
  await expect(app.getByTestId('stage-3').getByTestId('deal-bid-o-lims')).toBeVisible()
  await expect(app.getByTestId('warnings')).toContainText('某城市轨道交通集团智慧车站项目')
  await expect(app.getByTestId('reminders')).toContainText('某省政务服务中心数据中台建设项目')
  await card.dragTo(app.getByTestId('stage-4'))
  await expect(app.getByTestId('stage-4').getByTestId('deal-bid-o-lims')).toBeVisible()
  await expect(app.getByTestId('stage-3').getByTestId('deal-bid-o-lims')).toHaveCount(0)
  await app.screenshot({ path: shot('board'), fullPage: true })
  // Saved on disk with the day it entered stage 4.
  await expect
    .poll(async () => {
      const b = JSON.parse(await fs.readFile(path.join(server.workspace, 'bids', 'bid-o-lims.json'), 'utf8'))
      return [b.stage, b.stageHistory.at(-1)?.stage, b.stageHistory.at(-1)?.estimated]
    })
    .toEqual([4, 4, false])
  // After a reload the card is still there; the table lists it at stage 4.
  await app.reload()
  await expect(app.getByTestId('stage-4').getByTestId('deal-bid-o-lims')).toBeVisible()
  await app.getByTestId('view-table').click()
  await expect(app.getByTestId('deal-table').getByRole('row', { name: /LIMS/ })).toContainText(
    '取得客户初步认可',
  )
})

test('the Excel button downloads the pipeline workbook: the open deals of the board, weighted by formula', async ({
  app,
}) => {
  test.setTimeout(120_000)
  await app.getByTestId('nav-pipeline').click()
  await expect(app.getByTestId('stage-3').getByTestId('deal-bid-o-lims')).toBeVisible()
  const onBoard = await app.locator('[data-testid^="deal-"]').count()
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('pipeline-xlsx').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^销售漏斗_.+_\d{4}Q[1-4]\.xlsx$/)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-pipe-'))
  const file = path.join(dir, 'pipeline.xlsx')
  await download.saveAs(file)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['销售漏斗', '商机明细', '签约回款预测', '参数'])
  const deals = wb.getWorksheet('商机明细')!
  let rows = 0
  let weighted = 0
  deals.eachRow((row, i) => {
    if (i < 4 || row.getCell(2).text === '合计') return
    rows++
    const w = row.getCell(10).value as ExcelJS.CellFormulaValue
    expect(w.formula).toBe(`IF(G${i}="","",ROUND(G${i}*I${i}/100,2))`)
    if (typeof w.result === 'number') weighted += w.result
  })
  expect(rows).toBe(onBoard)
  const total = wb.getWorksheet('销售漏斗')!.getCell('F11').value as ExcelJS.CellFormulaValue
  expect(total.formula).toBe('SUM(F4:F10)')
  expect(total.result).toBeCloseTo(weighted, 2)
  await fs.rm(dir, { recursive: true, force: true })
})

test('the customer page: people with CR over time, visits, linked bids, risk alerts', async ({ app }) => {
  await app.getByTestId('nav-customers').click()
  await app.getByText('某省政务服务中心').first().dblclick()
  const page = app.getByTestId('customer-page')
  await expect(page).toBeVisible()
  await expect(app.getByTestId('tier')).toContainText('A')
  await expect(app.getByTestId('risks').locator('[data-risk="new-kdm"]')).toContainText('周志强')
  await expect(app.getByTestId('risks').locator('[data-risk="competitor-visit"]')).toContainText(
    '北京华信智能科技有限公司',
  )
  // 吴静 (p2) went from CR3 to CR2: both steps are in her history.
  await expect(app.getByTestId('person-name-1')).toHaveValue('吴静')
  await expect(app.getByTestId('person-history-1')).toContainText(/CR3 → .* CR2/)
  await expect(app.getByTestId('visits').locator('tbody tr')).toHaveCount(3)
  await expect(app.getByTestId('customer-bids')).toContainText('某省政务服务中心数据中台建设项目')
  await app.screenshot({ path: shot('customer'), fullPage: true })
  await app.getByTestId('lang-switch').click()
  await expect(app.getByTestId('risks')).toContainText('New KDM')
})

test('win/loss charts: rates per group and price positions with missing prices as gaps', async ({ app }) => {
  await app.getByTestId('nav-winloss').click()
  await expect(app.getByTestId('overall')).toContainText('4/7')
  const nature = app.getByTestId('chart-byNature')
  await expect(nature.locator('svg')).toBeVisible()
  expect(JSON.parse((await nature.getAttribute('data-rates'))!)).toEqual([0.6667, 0.5, 1, 0])
  const pos = app.getByTestId('chart-positions')
  await expect(pos.locator('svg')).toBeVisible()
  await expect.poll(() => pos.locator('svg path').count()).toBeGreaterThan(10)
  const series = JSON.parse((await pos.getAttribute('data-series'))!) as {
    name: string
    values: (number | null)[]
  }[]
  const maiida = series.find((s) => s.name === '深圳迈瑞达科技有限公司')!
  expect(maiida.values.filter((v) => v === null).length).toBeGreaterThan(0)
  await expect(app.getByTestId('winloss-page')).toContainText('不按 0 计')
  await expect(app.getByTestId('gaps').locator('tbody tr')).toHaveCount(3)
  await app.screenshot({ path: shot('winloss'), fullPage: true })
})
