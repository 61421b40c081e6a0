import type { Page } from '@playwright/test'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'
import { choose, selectById } from './select'

/**
 * The SME parts of the bid's 投标主体 tab: the other makers' figures (goods), the 监狱企业 certificate, and each
 * consortium member's own figures and size — edited, checked live (L14 per member), saved and read back.
 */
const finding = (app: Page, ruleId: string) => app.getByTestId('check-panel').getByTestId(`finding-${ruleId}`)
const onlyRule = (app: Page, ruleId: string) => app.locator('#findings-filter').fill(ruleId)
const field = (app: Page, id: string) => app.locator(`#f-${id.replace(/\./g, '\\.')}`)
const addRow = (app: Page, p: string) => app.locator(`[data-field="${p}"] > button`).click()
const choosePath = (app: Page, id: string, option: string) => choose(app, selectById(app, `f-${id}`), option)

test('SME makers, the 监狱企业 certificate and consortium member figures round-trip; L14 judges each member', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill('闽东工业设备联合体采购')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('family-不漏')).toBeVisible()
  await app.getByRole('tab', { name: '投标主体·分包·人员' }).click()

  await choosePath(app, 'sme.size', '小型企业')
  await field(app, 'sme.industry').fill('工业')
  // A goods bid: another maker's figures.
  await addRow(app, 'sme.makers')
  await field(app, 'sme.makers.0.name').fill('闽东小微科技有限公司')
  await field(app, 'sme.makers.0.employees').fill('45')
  await field(app, 'sme.makers.0.revenueWan').fill('1800')
  await field(app, 'sme.makers.0.assetsWan').fill('900')
  // 监狱企业: its certificate is a library material.
  await field(app, 'sme.prisonEnterprise').click()
  await choosePath(app, 'sme.prisonCertificateMaterialId', '营业执照')

  // A consortium member declared 小型 whose figures make it 中型 under 工业 → L14 否决风险 naming the member.
  await field(app, 'consortium.isConsortium').click()
  await addRow(app, 'consortium.members')
  await field(app, 'consortium.members.0.name').fill('福建恒建机电设备有限公司')
  await field(app, 'consortium.members.0.sharePercent').fill('35')
  await choosePath(app, 'consortium.members.0.size', '小型')
  await field(app, 'consortium.members.0.employees').fill('500')
  await field(app, 'consortium.members.0.revenueWan').fill('90000')
  await field(app, 'consortium.members.0.assetsWan').fill('60000')
  await onlyRule(app, 'L14')
  const l14 = finding(app, 'L14').filter({ hasText: '福建恒建机电设备有限公司声明为小型企业' })
  await expect(l14).toHaveCount(1)
  await expect(l14).toContainText('中型企业')
  await app.screenshot({ path: 'test-results/bid-parties-sme/members.png', fullPage: true })

  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await app.reload()
  await expect(app.getByTestId('family-不漏')).toBeVisible()
  await app.getByRole('tab', { name: '投标主体·分包·人员' }).click()
  await expect(field(app, 'sme.makers.0.name')).toHaveValue('闽东小微科技有限公司')
  await expect(field(app, 'sme.makers.0.revenueWan')).toHaveValue(/1,?800/)
  await expect(field(app, 'consortium.members.0.employees')).toHaveValue('500')
  await expect(field(app, 'consortium.members.0.revenueWan')).toHaveValue(/90,?000/)
  await expect(
    app.locator('.ant-select', { has: field(app, 'sme.prisonCertificateMaterialId') }),
  ).toContainText('营业执照')

  // On disk: numbers, not strings.
  const dir = path.join(server.workspace, 'bids')
  const files = await fs.readdir(dir)
  const bids = await Promise.all(
    files.map(async (f) => JSON.parse(await fs.readFile(path.join(dir, f), 'utf8'))),
  )
  const bid = bids.find((b) => b.title === '闽东工业设备联合体采购')
  expect(bid.consortium.members[0]).toMatchObject({
    employees: 500,
    revenueWan: 90000,
    assetsWan: 60000,
    size: '小型',
  })
  expect(bid.sme.makers[0]).toMatchObject({ employees: 45, revenueWan: 1800, assetsWan: 900 })
  expect(typeof bid.sme.prisonCertificateMaterialId).toBe('string')
})
