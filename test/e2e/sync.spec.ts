import * as path from 'node:path'
import { expect, test } from './fixtures'
import { otherMachine, setUpSharedFolder } from './sync-machines'

const BID = 'bid-hospital-imaging'

test('a conflict from another machine is shown side by side, decided, and the history restores a version', async ({
  app,
  server,
}) => {
  const remote = await setUpSharedFolder(app, server.home)

  await otherMachine(remote, path.join(server.home, 'other'), async (ws) =>
    ws.save('bids', {
      ...(await ws.get('bids', BID)),
      agency: '李四填写的代理机构',
      tenderNo: 'ZJCG-2026-0917-B',
    }),
  )

  await app.goto(`${server.url.split('?')[0]}#/bids/${BID}`)
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.locator('#f-agency').fill('张三填写的代理机构')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  await app.getByTestId('sync-run').click()

  // Someone else's edit of the open page is announced and loaded; the same field edited here is a conflict.
  await expect(app.getByTestId('presence')).toContainText('李四')
  await expect(app.getByTestId('presence')).toContainText('招标编号 ZJCG-2026-0917 → ZJCG-2026-0917-B')
  await expect(app.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917-B')
  const conflicts = app.getByTestId('doc-conflicts')
  await expect(conflicts).toContainText('此文档有 1 个字段')
  await expect(conflicts.getByTestId('conflict-field')).toHaveText('招标代理')
  await expect(conflicts.getByTestId('conflict-ours')).toHaveText('张三填写的代理机构')
  await expect(conflicts.getByTestId('conflict-theirs')).toHaveText('李四填写的代理机构')
  await expect(app.getByTestId('sync-conflicts')).toHaveText('1 个冲突')
  await app.screenshot({ path: 'test-results/sync-conflict.png', fullPage: false })
  await conflicts.getByTestId('conflict-take-theirs').click()
  await expect(app.getByTestId('doc-conflicts')).toHaveCount(0)
  await expect(app.locator('#f-agency')).toHaveValue('李四填写的代理机构')

  await app.getByTestId('sync-run').click()
  await expect(app.getByTestId('sync-conflicts')).toHaveCount(0)
  await app.getByTestId('history-open').click()
  const drawer = app.getByTestId('history-drawer')
  await expect(drawer.getByTestId('history-version').first()).toBeVisible()
  await expect(drawer.getByText('招标代理 张三填写的代理机构 → 李四填写的代理机构')).toBeVisible()
  await expect(drawer.getByText('招标编号 ZJCG-2026-0917 → ZJCG-2026-0917-B')).toBeVisible()
  await expect(drawer.getByText('李四', { exact: true }).first()).toBeVisible()
  await app.screenshot({ path: 'test-results/sync-history.png', fullPage: false })
  // The first version (before anyone's edit): restore only the tender number from it.
  const first = drawer.getByTestId('history-version').last()
  await expect(first).toContainText('新建文档')
  const withTenderNo = drawer
    .getByTestId('history-version')
    .filter({ hasText: '招标编号 ZJCG-2026-0917 → ZJCG-2026-0917-B' })
  await first.getByTestId('history-restore-doc').click()
  await app.getByRole('button', { name: /OK|确 ?定/ }).click()
  await expect(app.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917')
  await expect(app.locator('#f-agency')).toHaveValue('浙江某招标代理有限公司')
  await withTenderNo.getByTestId('history-restore-field').first().click()
  await expect(app.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917-B')
  await expect(app.locator('#f-agency')).toHaveValue('浙江某招标代理有限公司')
})
