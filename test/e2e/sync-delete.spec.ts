import * as path from 'node:path'
import { expect, test } from './fixtures'
import { otherMachine, setUpSharedFolder } from './sync-machines'

const BID = 'bid-hospital-imaging'

test('a bid deleted on another machine while edited here is a decision on its page, and deleting it closes the page', async ({
  app,
  server,
}) => {
  const remote = await setUpSharedFolder(app, server.home)
  await otherMachine(remote, path.join(server.home, 'other'), (ws) => ws.delete('bids', BID)) // 李四 deletes it

  await app.goto(`${server.url.split('?')[0]}#/bids/${BID}`)
  await expect(app.getByTestId('detail-bids')).toBeVisible()
  await app.locator('#f-agency').fill('张三填写的代理机构')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  await app.getByTestId('sync-run').click()

  // The edit is kept, and the deletion waits for a decision, side by side like any conflict.
  const conflicts = app.getByTestId('doc-conflicts')
  await expect(conflicts.getByTestId('conflict-field')).toHaveText('整个文档（一方已删除）')
  await expect(conflicts.getByTestId('conflict-theirs')).toHaveText('（已删除）')
  await expect(conflicts.getByTestId('conflict-ours')).toHaveText('某市第一人民医院医学影像设备采购项目')
  // The buttons say what each side does: here keeping mine keeps the edit, taking theirs keeps the deletion.
  await expect(conflicts.getByTestId('conflict-keep-ours')).toHaveText('保留修改')
  await expect(conflicts.getByTestId('conflict-take-theirs')).toHaveText('保留删除')
  await expect(app.locator('#f-agency')).toHaveValue('张三填写的代理机构')
  await expect(app.getByTestId('presence')).toHaveCount(0) // no field of it changed elsewhere
  await app.screenshot({ path: 'test-results/sync-delete-conflict.png', fullPage: false })

  await conflicts.getByTestId('conflict-take-theirs').click()
  await expect(app.getByTestId('detail-bids')).toHaveCount(0)
  await expect(app).toHaveURL(/#\/bids$/)
  await expect(app.getByTestId('list-bids').locator('tbody tr').first()).toBeVisible()
  await expect(app.getByTestId('list-bids').getByText('某市第一人民医院医学影像设备采购项目')).toHaveCount(0)
  await app.getByTestId('sync-run').click()
  await expect(app.getByTestId('sync-conflicts')).toHaveCount(0)
})
