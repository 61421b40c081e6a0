import * as path from 'node:path'
import type { WorkspaceSession } from '@services/store'
import { expect, test } from './fixtures'
import { otherMachine, setUpSharedFolder } from './sync-machines'

const BID = 'bid-hospital-imaging'
const setTenderNo = (tenderNo: string) => async (ws: WorkspaceSession) =>
  ws.save('bids', { ...(await ws.get('bids', BID)), tenderNo })

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
  const other = path.join(server.home, 'other')
  // Turning automatic sync on syncs once at once (nobody presses 同步): the workspace is on the shared folder.
  const remote = await setUpSharedFolder(page, server.home, 1)

  // Time stands still in the page from here, however long the other machine takes: only the
  // fast-forward below can fire the timer.
  await page.clock.pauseAt(Date.now() + 1_000)
  await otherMachine(remote, other, setTenderNo('ZJCG-2026-0917-AUTO1'))
  await expect(page.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917')
  await page.clock.fastForward('01:01') // the 1-minute timer fires once
  await expect(page.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917-AUTO1')
  await expect(page.getByTestId('presence')).toContainText('李四')

  // On open: the setting is kept per clone, and opening the app again syncs before anyone asks.
  await otherMachine(remote, other, setTenderNo('ZJCG-2026-0917-AUTO2'))
  await page.clock.resume()
  await page.reload()
  await expect(page.locator('#f-tenderNo')).toHaveValue('ZJCG-2026-0917-AUTO2')
})
