import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function createBid(app: Page, title: string) {
  await app.getByTestId('create').click()
  await app.getByTestId('title-input').fill(title)
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('detail-bids')).toBeVisible()
}

async function savedBid(server: { workspace: string }, title: string) {
  const dir = path.join(server.workspace, 'bids')
  for (const f of await fs.readdir(dir)) {
    const doc = JSON.parse(await fs.readFile(path.join(dir, f), 'utf8'))
    if (doc.title === title) return doc
  }
  throw new Error(`no bid ${title}`)
}

test('money is typed as people write it: 380万 is saved as 3,800,000; -5 is refused with the reason', async ({
  app,
  server,
}) => {
  const title = '金额输入测试项目'
  await createBid(app, title)
  const budget = app.locator('#f-budget')
  await budget.fill('380万')
  await budget.blur()
  await expect(budget).toHaveValue('3,800,000')
  const item = app.locator('[data-field="budget"]')
  await expect(item).toContainText('叁佰捌拾万元整')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect.poll(async () => (await savedBid(server, title)).budget).toBe(3_800_000)

  // Grouping while typing.
  await budget.fill('')
  await budget.pressSequentially('1234567')
  await expect(budget).toHaveValue('1,234,567')

  // A negative budget is refused with a message, and the saved amount stays what it was.
  await budget.fill('-5')
  await expect(item).toContainText('金额不能为负数')
  await budget.blur()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  expect((await savedBid(server, title)).budget).toBe(1_234_567)
})

test('生成大写 fills the 投标函 words from the figure and warns when existing words disagree', async ({
  app,
  server,
}) => {
  const title = '大写生成测试项目'
  await createBid(app, title)
  // The tab strip overflows (…) and re-lays out as the check panel fills: click until the tab is the open one.
  const quoteTab = app.getByRole('tab', { name: '报价' })
  await expect(async () => {
    await quoteTab.click()
    await expect(quoteTab).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  const price = app.locator('#f-quote\\.bidLetterPrice')
  await price.fill('3800000')
  await price.blur()
  const words = app.locator('#f-quote\\.bidLetterPriceWords')
  await words.fill('叁佰伍拾万元整')
  await expect(app.getByTestId('words-mismatch-quote.bidLetterPriceWords')).toContainText('叁佰捌拾万元整')
  await app.getByTestId('gen-words-quote.bidLetterPriceWords').click()
  await expect(words).toHaveValue('叁佰捌拾万元整')
  await expect(app.getByTestId('words-mismatch-quote.bidLetterPriceWords')).toHaveCount(0)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect
    .poll(async () => (await savedBid(server, title)).quote.bidLetterPriceWords)
    .toBe('叁佰捌拾万元整')

  // A quote line's unit price is the same money input: grouping, 万, and a negative price refused at the cell.
  await app.locator('[data-field="quote.items"] > button').click()
  const unitPrice = app.locator('#f-quote\\.items\\.0\\.unitPrice')
  await unitPrice.fill('38万')
  await unitPrice.blur()
  await expect(unitPrice).toHaveValue('380,000')
  await unitPrice.fill('-50,000')
  await expect(app.locator('[data-field="quote.items"] [data-error*="金额不能为负数"]')).toBeVisible()
  await expect(unitPrice).toHaveValue('-50,000')
  await unitPrice.blur()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect.poll(async () => (await savedBid(server, title)).quote.items[0]?.unitPrice).toBe(380_000)
})

test('a character typed 50 ms before a reload is kept', async ({ app, server }) => {
  const title = '刷新保存测试项目'
  await createBid(app, title)
  const tenderNo = app.locator('#f-tenderNo')
  await tenderNo.fill('ZB-2026-0')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await tenderNo.press('7')
  await app.waitForTimeout(50) // the condition under test is the timing itself: well inside the 600 ms debounce
  await app.reload()
  await expect(app.locator('#f-tenderNo')).toHaveValue('ZB-2026-07')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect.poll(async () => (await savedBid(server, title)).tenderNo).toBe('ZB-2026-07')
})

test('公司信息 autosaves: edit, navigate away and back, the edit is kept and on disk', async ({
  app,
  server,
}) => {
  await app.getByTestId('nav-company').click()
  const address = app.locator('#company-address')
  await address.fill('北京市海淀区中关村大街 1 号')
  await app.getByTestId('nav-bids').click()
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await app.getByTestId('nav-company').click()
  await expect(app.locator('#company-address')).toHaveValue('北京市海淀区中关村大街 1 号')
  await expect
    .poll(
      async () =>
        JSON.parse(await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8')).company.address,
    )
    .toBe('北京市海淀区中关村大街 1 号')
})

test('a walk-away above the realistic target is refused at the field, not saved and not clamped', async ({
  app,
  server,
}) => {
  await app.getByTestId('nav-negotiations').click()
  await app.getByText('某能源集团运维服务合同谈判').first().click()
  await expect(app.getByTestId('detail-negotiations')).toBeVisible()
  await app.getByRole('tab', { name: /方案/ }).click()
  const walkAway = app.locator('#f-goals\\.walkAway')
  await walkAway.fill('370万')
  await walkAway.blur()
  await expect(app.locator('[data-field="goals.walkAway"]')).toContainText(
    '底线 3,700,000 高于现实目标 3,650,000',
  )
  await expect(app.getByTestId('save-state')).toHaveText('保存失败')
  const file = path.join(server.workspace, 'negotiations', 'neg-energy.json')
  expect(JSON.parse(await fs.readFile(file, 'utf8')).goals.walkAway).toBe(3_560_000)
  await expect(walkAway).toHaveValue('3,700,000')
})

test('forms on react-hook-form say at the field what is wrong, in the UI language, and save nothing wrong', async ({
  app,
  server,
}) => {
  await app.getByTestId('nav-company').click()
  const name = app.locator('#company-workspace-name')
  const before = JSON.parse(await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8')).name
  await name.fill('')
  await name.blur()
  const item = app.locator('.ant-form-item').filter({ has: name })
  await expect(item).toContainText('必填')
  await expect(app.getByTestId('save-state')).toHaveText('保存失败')
  expect(JSON.parse(await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8')).name).toBe(
    before,
  )
  await name.fill('示例工作区（改名）')
  await name.blur()
  await expect(item).not.toContainText('必填')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect
    .poll(
      async () => JSON.parse(await fs.readFile(path.join(server.workspace, 'workspace.json'), 'utf8')).name,
    )
    .toBe('示例工作区（改名）')

  // Renewing a material: an end before the start is named at the field by the material's own rule.
  await app.getByTestId('nav-materials').click()
  await app
    .getByTestId('materials-dashboard')
    .getByRole('row', { name: /CMMI 3 级评估证书/ })
    .getByTestId('renew')
    .click()
  // Both typed on the zh-CN date pickers (Enter takes the typed day).
  await app.locator('#renew-from').fill('2029-01-01')
  await app.locator('#renew-from').press('Enter')
  await app.locator('#renew-to').fill('2028-12-31')
  await app.locator('#renew-to').press('Enter')
  const dialog = app.getByRole('dialog')
  await expect(dialog).toContainText('有效期至 2028-12-31 早于生效日期 2029-01-01')
  await expect(app.getByTestId('renew-ok')).toBeDisabled()
  const to = dialog.locator('.ant-picker').filter({ has: app.locator('#renew-to') })
  await to.hover()
  await to.locator('.ant-picker-clear').click()
  // An empty 有效期至 is missing, not malformed: it says 必填 at the field.
  const toItem = dialog.locator('.ant-form-item').filter({ has: app.locator('#renew-to') })
  await expect(toItem.locator('.ant-form-item-explain')).toHaveText('必填')
  await expect(dialog).not.toContainText('日期格式应为')
  await expect(app.getByTestId('renew-ok')).toBeDisabled()
})

test('pasting requirements: empty or unusable text is refused at the field, and what was typed stays', async ({
  app,
}) => {
  await app.getByTestId('nav-bids').click()
  await app.getByTestId('list-bids').getByText('某市第一人民医院医学影像设备采购项目').click()
  await app.getByRole('tab', { name: /招标要求/ }).click()
  const count = app.getByTestId('req-count')
  const before = (await count.textContent())!
  await app.getByTestId('req-paste').click()
  const text = app.locator('#paste-text')
  await app.getByTestId('paste-ok').click()
  await expect(app.getByTestId('paste-error')).toHaveText('请粘贴要求，每行一条')
  await text.fill('★\n3.')
  await expect(app.getByTestId('paste-error')).toHaveText('没有识别出要求：每行写一条要求的文字')
  await expect(app.getByTestId('paste-ok')).toBeDisabled()
  await expect(text).toHaveValue('★\n3.')
  await text.fill('★\n1. 支持 DICOM 3.0\n2. 质保五年')
  await expect(app.getByTestId('paste-error')).toHaveCount(0)
  await expect(app.getByTestId('paste-preview')).toContainText('支持 DICOM 3.0')
  await expect(app.getByTestId('paste-ok')).toContainText('2')
  await app.getByTestId('paste-ok').click()
  await expect(count).not.toHaveText(before)
})
