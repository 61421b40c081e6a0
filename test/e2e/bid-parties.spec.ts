import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { choose, selectById } from './select'

/**
 * The bid-model parts of checks v2 (#14.4) in the bid page: signatory, consortium, lots, SME status, key
 * staff, tax rate and bond account are edited, checked live, saved, and read back after a reload.
 */

const finding = (app: Page, ruleId: string) => app.getByTestId('check-panel').getByTestId(`finding-${ruleId}`)
const onlyRule = (app: Page, ruleId: string) => app.locator('#findings-filter').fill(ruleId)
const field = (app: Page, id: string) => app.locator(`#f-${id.replace(/\./g, '\\.')}`)
const addRow = (app: Page, path: string) => app.locator(`[data-field="${path}"] > button`).click()

const choosePath = (app: Page, id: string, option: string) => choose(app, selectById(app, `f-${id}`), option)

test('signatory, consortium, lots, SME, key staff, tax rate and bond account round-trip and are checked', async ({
  app,
}) => {
  test.setTimeout(240_000)
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill('滨江新区智慧园区联合体投标')
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('family-不漏')).toBeVisible()
  await app.getByRole('tab', { name: '投标主体·分包·人员' }).click()

  // An agent signs and the bid has no 授权委托书 → L04 names the agent.
  await choosePath(app, 'signatory.role', '授权代表')
  await field(app, 'signatory.agentName').fill('李明')
  await onlyRule(app, 'L04')
  await expect(
    finding(app, 'L04').filter({ hasText: '但没有授权委托书' }).filter({ hasText: '“李明”' }),
  ).toHaveCount(1)
  // 李明 is not one of the profile's agents (李明华 is): the forms would name someone else.
  await expect(
    finding(app, 'L04').filter({ hasText: '签署人为授权代表“李明”，但公司资料的授权代表只有“李明华”' }),
  ).toHaveCount(1)

  // A consortium with one member and no agreement → L12; a second member is entered.
  await field(app, 'consortium.isConsortium').click()
  await addRow(app, 'consortium.members')
  await field(app, 'consortium.members.0.name').fill('华信数科技术有限公司')
  await choosePath(app, 'consortium.members.0.role', '牵头人')
  await field(app, 'consortium.members.0.isUs').click()
  await onlyRule(app, 'L12')
  await expect(finding(app, 'L12').first()).toBeVisible()
  await addRow(app, 'consortium.members')
  await field(app, 'consortium.members.1.name').fill('福建恒建建设工程有限公司')
  await field(app, 'consortium.members.1.work').fill('弱电施工')
  await field(app, 'consortium.members.1.sharePercent').fill('40')
  // What its share needs (a text list) and its size: a required qualification without a certificate → L12.
  await field(app, 'consortium.members.1.qualificationsRequired').click()
  await app.keyboard.type('建筑智能化工程专业承包二级')
  await app.keyboard.press('Enter')
  await app.keyboard.type('安全生产许可证、')
  await choosePath(app, 'consortium.members.1.size', '小型')
  await onlyRule(app, 'L12')
  await expect(
    finding(app, 'L12').filter({ hasText: '缺少所需资质“建筑智能化工程专业承包二级”' }),
  ).toHaveCount(1)

  // Lot 1 priced above its ceiling → E03 on that lot.
  await addRow(app, 'lots')
  await field(app, 'lots.0.name').fill('智能平板')
  await field(app, 'lots.0.priceCeiling').fill('100000')
  await field(app, 'lots.0.price').fill('120000')
  await onlyRule(app, 'E03')
  await expect(finding(app, 'E03').filter({ hasText: '第1包' })).toHaveCount(1)
  await field(app, 'lots.0.price').fill('98000')
  await expect(finding(app, 'E03')).toHaveCount(0)

  // The SME deduction claimed without a 声明函 → L13.
  await choosePath(app, 'sme.size', '小型企业')
  await field(app, 'sme.industry').fill('软件和信息技术服务业')
  await field(app, 'sme.deductionClaimed').click()
  await onlyRule(app, 'L13')
  await expect(finding(app, 'L13').first()).toBeVisible()

  // Key staff and the tender's tax rate.
  await addRow(app, 'keyStaff')
  await field(app, 'keyStaff.0.name').fill('陈晓峰')
  await field(app, 'keyStaff.0.certificateRequired').fill('信息系统项目管理师')
  await field(app, 'tax.requiredRates').fill('9')
  await app.keyboard.press('Enter')
  await app.getByText('招标文件要求的增值税税率（%）').click()
  await expect(app.locator('.ant-select-dropdown:visible')).toHaveCount(0)

  // The bond account is on the dates tab.
  await app.getByRole('tab', { name: /保证金/ }).click()
  await field(app, 'bond.basicAccountRequired').click()
  await field(app, 'bond.payerAccount').fill('兴业银行福州分行 117010100100123456')

  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await app.reload()
  await expect(app.getByTestId('family-不漏')).toBeVisible()
  await app.getByRole('tab', { name: /保证金/ }).click()
  await expect(field(app, 'bond.payerAccount')).toHaveValue('兴业银行福州分行 117010100100123456')
  await expect(field(app, 'bond.basicAccountRequired')).toHaveAttribute('aria-checked', 'true')
  await app.getByRole('tab', { name: '投标主体·分包·人员' }).click()
  await expect(field(app, 'signatory.agentName')).toHaveValue('李明')
  await expect(field(app, 'consortium.members.1.name')).toHaveValue('福建恒建建设工程有限公司')
  await expect(field(app, 'consortium.members.1.sharePercent')).toHaveValue('40')
  const quals = app.locator('.ant-select', { has: field(app, 'consortium.members.1.qualificationsRequired') })
  await expect(quals).toContainText('建筑智能化工程专业承包二级')
  await expect(quals).toContainText('安全生产许可证')
  await expect(app.locator('.ant-select', { has: field(app, 'consortium.members.1.size') })).toContainText(
    '小型',
  )
  await expect(field(app, 'consortium.members.0.isUs')).toHaveAttribute('aria-checked', 'true')
  await expect(field(app, 'lots.0.price')).toHaveValue(/98,?000/)
  await expect(field(app, 'sme.industry')).toHaveValue('软件和信息技术服务业')
  await expect(field(app, 'sme.deductionClaimed')).toHaveAttribute('aria-checked', 'true')
  await expect(field(app, 'keyStaff.0.name')).toHaveValue('陈晓峰')
  await expect(app.locator('[data-field="tax.requiredRates"]')).toContainText('9')
  // Still checked after the reload: the findings come from the saved bid.
  await onlyRule(app, 'L13')
  await expect(finding(app, 'L13').first()).toBeVisible()

  // The 基本账户 the bond account is compared with is part of the company profile.
  await app.getByTestId('nav-company').click()
  await app.locator('#company-basicAccount').fill('兴业银行福州分行 117010100100123456')
  await app.getByTestId('nav-bids').click()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await app.getByTestId('nav-company').click()
  await expect(app.locator('#company-basicAccount')).toHaveValue('兴业银行福州分行 117010100100123456')
})
