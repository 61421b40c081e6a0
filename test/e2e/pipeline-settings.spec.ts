import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'

test('pipeline settings: a falling probability is refused at its stage; saved probabilities, a target and a calendar year reach the page and the file', async ({
  app,
  server,
}) => {
  test.setTimeout(120_000)
  await app.getByTestId('nav-pipeline').click()
  await app.getByTestId('pipeline-settings-open').click()
  const drawer = app.getByTestId('pipeline-settings')
  await expect(drawer).toBeVisible()
  const before = await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8')
  // Stage 3 below stage 2: refused at stage 3, nothing saved.
  const prob3 = app.getByTestId('prob-3')
  await prob3.fill('5')
  await expect(drawer.getByTestId('settings-error').first()).toContainText('不能低于上一阶段')
  await app.getByTestId('settings-save').click()
  await expect(drawer.getByTestId('settings-error').first()).toBeVisible()
  expect(await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8')).toBe(before)
  await prob3.fill('35')
  await expect(drawer.getByTestId('settings-error')).toHaveCount(0)
  await app.getByTestId('target-add').click()
  const n = (await drawer.locator('[data-testid^="target-period-"]').count()) - 1
  await app.getByTestId(`target-period-${n}`).fill('2030Q4')
  await app.getByTestId(`target-amount-${n}`).fill('1,234,567')
  await app.getByTestId(`target-amount-${n}`).blur()
  await app.getByTestId('supp-add').click()
  // TEST DATA: fictitious days, not the State Council's schedule.
  await app.getByTestId('supp-holidays-0').fill('2027-01-01 元旦\n2027-01-04 测试假日')
  await app.getByTestId('supp-workdays-0').fill('2027-01-09 调休')
  await app.screenshot({ path: path.join('test-results', 'pipeline-settings.png'), fullPage: true })
  await app.getByTestId('settings-save').click()
  await expect(drawer).toBeHidden()
  const ws = JSON.parse(await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8'))
  expect(ws.settings.pipeline.probabilities[2]).toBe(35)
  expect(ws.settings.pipeline.targets).toContainEqual({ period: '2030Q4', amount: 1_234_567 })
  expect(ws.settings.calendar.supplements[0]).toMatchObject({
    year: 2027,
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-04', name: '测试假日' },
    ],
    workdays: [{ date: '2027-01-09', name: '调休' }],
  })
  // The board shows stage 3 at 35 %, and the calendar is now valid through 2027.
  await expect(app.getByTestId('stage-3')).toContainText('35%')
  await expect(app.getByTestId('pipeline-page')).toContainText('工作日历有效至 2027 年')
})
