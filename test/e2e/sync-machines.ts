import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { openWorkspace, type WorkspaceSession } from '@services/store'
import { syncWorkspace } from '@services/sync/engine'
import { writeSettings } from '@services/sync/config'
import { cloneWorkspace } from '@services/sync/history'
import { expect } from './fixtures'

const noAuth = async () => null

/**
 * 张三 sets up sync in the app on a new shared folder under `home` (automatic every `autoMinutes` when
 * given, which syncs at once; otherwise by pressing 同步) and waits for the first sync. Returns the folder.
 */
export async function setUpSharedFolder(page: Page, home: string, autoMinutes?: number): Promise<string> {
  const remote = path.join(home, 'share', '投标团队.git')
  await page.getByTestId('sync-settings').click()
  await page.getByTestId('sync-remote').fill(remote)
  await page.getByText('在该文件夹新建共享仓库').click()
  await page.getByTestId('sync-user').fill('张三')
  if (autoMinutes) {
    await page.getByText('自动同步（打开、关闭时及每隔几分钟）').click()
    await page.getByLabel('间隔（分钟）').fill(String(autoMinutes))
  }
  await page.getByRole('button', { name: '保存' }).click()
  if (!autoMinutes) await page.getByTestId('sync-run').click()
  await expect(page.getByTestId('sync-state')).toHaveText('已同步')
  return remote
}

/**
 * 李四's machine: a clone of the shared folder at `dir` (cloned on first use), brought up to date, changed
 * through the same services and pushed.
 */
export async function otherMachine(
  remote: string,
  dir: string,
  change: (ws: WorkspaceSession) => Promise<unknown>,
): Promise<void> {
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
    await change(ws)
    expect((await syncWorkspace(ws, { auth: noAuth })).pushed).toBe(true)
  } finally {
    await ws.close()
  }
}
