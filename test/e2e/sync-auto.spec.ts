import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { openWorkspace } from '@services/store'
import { syncWorkspace } from '@services/sync/engine'
import { writeSettings } from '@services/sync/config'
import { cloneWorkspace } from '@services/sync/history'
import { expect, test } from './fixtures'

const BID = 'bid-hospital-imaging'
const noAuth = async () => null

/** Another machine (a clone of the shared folder, cloned once) changes the tender number and pushes it. */
async function otherMachineSets(remote: string, dir: string, tenderNo: string): Promise<void> {
  const cloned = await fs.stat(dir).then(
    () => true,
    () => false,
  )
  if (!cloned) {
    await cloneWorkspace(remote, dir, noAuth)
    await writeSettings(dir, { user: '李四' })
  }
  const ws = await openWorkspace(dir)
  try {
    await syncWorkspace(ws, { auth: noAuth })
    await ws.save('bids', { ...(await ws.get('bids', BID)), tenderNo })
    expect((await syncWorkspace(ws, { auth: noAuth })).pushed).toBe(true)
  } finally {
    await ws.close()
  }
}

/*
 * Automatic sync in the app (useSync): when enabled it syncs when the workspace opens and every N minutes,
 * without anyone pressing 同步. The page's clock is Playwright's, so "a minute later" is a fast-forward,
 * not a wait. (On close it is electron/main's syncOnClose: test/integration/sync/auto-close.test.ts.)
 */
test('automatic sync runs on open and every N minutes and brings in the other machine’s edit', async ({
  page,
  server,
}) => {
  await page.clock.install()
  await page.goto(server.url) // the address carries the session token
  await expect(page.getByTestId('save-state')).toBeVisible()
  await page.goto(`${server.url.split('?')[0]}#/bids/${BID}`)
  await expect(page.getByTestId('detail-bids')).toBeVisible()
  const remote = path.join(server.home, 'share', '投标团队.git')
  const other = path.join(server.home, 'other')

  await page.getByTestId('sync-settings').click()
  await page.getByTestId('sync-remote').fill(remote)
  await page.getByText('在该文件夹新建共享仓库').click()
  await page.getByTestId('sync-user').fill('张三')
  await page.getByText('自动同步（打开、关闭时及每隔几分钟）').click()
  await page.getByLabel('间隔（分钟）').fill('1')
  await page.getByRole('button', { name: '保存' }).click()
  // Turning it on syncs once at once (nobody pressed 同步): the workspace is now on the shared folder.
  await expect(page.getByTestId('sync-state')).toHaveText('已同步')

  // Time stands still in the page from here, however long the other machine takes: only the
  // fast-forward below can fire the timer.
  await page.clock.pauseAt(Date.now() + 1_000)
  await otherMachineSets(remote, other, 'ZJCG-2026-0917-AUTO1')
  await expect(page.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917')
  await page.clock.fastForward('01:01') // the 1-minute timer fires once
  await expect(page.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917-AUTO1')
  await expect(page.getByTestId('presence')).toContainText('李四')

  // On open: the setting is kept per clone, and opening the app again syncs before anyone asks.
  await otherMachineSets(remote, other, 'ZJCG-2026-0917-AUTO2')
  await page.clock.resume()
  await page.reload()
  await expect(page.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917-AUTO2')
})
