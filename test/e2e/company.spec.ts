import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'

const saved = async (workspace: string) =>
  JSON.parse(await fs.readFile(path.join(workspace, 'workspace.json'), 'utf8')).company

test('公司信息 edits what the forms print about our people: legal rep, agents, fax and founding date', async ({
  app,
  server,
}) => {
  await app.getByTestId('nav-company').click()
  await expect(app.locator('#company-fax')).toHaveValue('0571-8888 6667')
  await expect(app.locator('#company-legalRepIdNumber')).toHaveValue('330106197506184213')
  await expect(app.locator('#company-agents-0-name')).toHaveValue('李明华')

  await app.locator('#company-legalRepTitle').fill('总经理')
  await app.getByTestId('agent-add').click()
  await app.locator('#company-agents-1-name').fill('王芳')
  await app.locator('#company-agents-1-idNumber').fill('330106199203154426')
  await app.locator('#company-agents-1-phone').fill('139 0000 1111')
  await app.locator('#company-foundedDate').fill('2012-03-18')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect.poll(async () => (await saved(server.workspace)).agents.length).toBe(2)
  const c = await saved(server.workspace)
  expect(c.legalRepTitle).toBe('总经理')
  expect(c.agents[1]).toMatchObject({ name: '王芳', idNumber: '330106199203154426', phone: '139 0000 1111' })
  expect(c.foundedDate).toBe('2012-03-18')

  // An impossible birth date is named at its field and not saved; the last good one stays on disk.
  await app.locator('#company-legalRepBirthDate').fill('1975-13-40')
  await app.locator('#company-legalRepTitle').click()
  const birthItem = app.locator('.ant-form-item', { has: app.locator('#company-legalRepBirthDate') })
  await expect(birthItem.locator('.ant-form-item-explain-error')).toBeVisible()
  await expect(app.getByTestId('save-state')).not.toHaveText('已保存')
  expect((await saved(server.workspace)).legalRepBirthDate).toBe('1975-06-18')

  // Removing the second agent is saved too.
  await app.locator('#company-legalRepBirthDate').fill('1975-06-18')
  await app.getByTestId('agent-remove-1').click()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect.poll(async () => (await saved(server.workspace)).agents.length).toBe(1)
})

test('公司信息 holds last year’s figures the 中小企业声明函 states (从业人员/营业收入/资产总额)', async ({
  app,
  server,
}) => {
  await app.getByTestId('nav-company').click()
  await expect(app.locator('#company-employees')).toHaveValue('86')
  await expect(app.locator('#company-revenueWan')).toHaveValue('4260.00')
  await app.locator('#company-employees').fill('120')
  await app.locator('#company-assetsWan').fill('3500.5')
  await app.locator('#company-revenueWan').click()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect.poll(async () => (await saved(server.workspace)).employees).toBe(120)
  expect((await saved(server.workspace)).assetsWan).toBe(3500.5)
  await app.locator('#company-employees').scrollIntoViewIfNeeded()
  await app.screenshot({ path: 'test-results/company-figures.png' })
})
