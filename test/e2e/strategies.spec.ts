import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, test } from './fixtures'

test("the bid's customer tab: the four strategies as actions with status, and a person moved up a level", async ({
  app,
  server,
}) => {
  const file = path.join(server.workspace, 'customers', 'cu-hospital.json')
  const saved = async () => JSON.parse(await fs.readFile(file, 'utf8'))
  await app.getByText('某市第一人民医院医学影像设备采购项目').first().click()
  const tab = app.getByRole('tab', { name: '客户决策链' })
  await expect(async () => {
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })

  const strategies = app.getByTestId('strategies')
  await expect(strategies.locator('tr[data-testid^="strategy-"]')).toHaveCount(4)
  // The demo customer visited a reference customer (no bid: it counts for the customer as a whole).
  await expect(strategies.getByTestId('strategy-参观样板客户')).toHaveAttribute('data-status', 'done')
  const pain = strategies.getByTestId('strategy-痛点方案')
  await expect(pain).toHaveAttribute('data-status', 'todo')
  await expect(pain).toContainText('未开始')
  await pain.getByRole('button', { name: '安排' }).click()
  await expect(pain).toHaveAttribute('data-status', 'planned')
  await expect
    .poll(async () => (await saved()).activities.filter((a: { kind: string }) => a.kind === '痛点方案'))
    .toEqual([expect.objectContaining({ bidId: 'bid-hospital-imaging', date: null })])
  await pain.getByRole('button', { name: '标记完成' }).click()
  await expect(pain).toHaveAttribute('data-status', 'done')
  await expect
    .poll(async () => (await saved()).activities.find((a: { kind: string }) => a.kind === '痛点方案')?.date)
    .toMatch(/^\d{4}-\d{2}-\d{2}$/)

  // 王建国 (KDM, CR3 中立者): the level is an option list with the meanings; 升一级 makes him CR2, recorded.
  const level = app.getByTestId('level-p1')
  await expect(level).toHaveAttribute('data-level', 'CR3')
  await expect(level).toContainText('CR3 中立者')
  const before = (await saved()).people.find((p: { id: string }) => p.id === 'p1').levelHistory.length
  await app.getByTestId('level-up-p1').click()
  await expect(level).toHaveAttribute('data-level', 'CR2')
  await expect(level).toContainText('CR2 友善者')
  await expect
    .poll(async () => {
      const p = (await saved()).people.find((x: { id: string }) => x.id === 'p1')
      return [p.level, p.levelHistory.length, p.levelHistory.at(-1)?.level]
    })
    .toEqual(['CR2', before + 1, 'CR2'])
})
