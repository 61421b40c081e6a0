import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Request } from '@playwright/test'
import { expect, test } from './fixtures'

async function savedCompetitor(workspace: string, id: string): Promise<{ title: string }> {
  return JSON.parse(await fs.readFile(path.join(workspace, 'competitors', `${id}.json`), 'utf8'))
}

/**
 * The workspace switcher and a competitor's name (react-hook-form): an empty field and the server's refusal are
 * said at the field, in the UI language, and what was typed stays; nothing is created or renamed.
 */
test('workspace switcher and competitor name: a missing folder, an empty name, an emptied and a taken competitor name are said at their fields', async ({
  app,
  server,
}) => {
  test.setTimeout(120_000)
  const creates: Request[] = []
  app.on('request', (q) => {
    if (q.url().endsWith('/api/workspace.create')) creates.push(q)
  })
  const dialog = app.getByRole('dialog')

  // Open: a folder that does not exist is refused by the server, at the folder field; the path stays typed.
  const missing = path.join(server.home, '没有这个文件夹')
  await app.getByTestId('ws-switch').click()
  await app.getByTestId('ws-open-dir').fill(missing)
  await app.getByTestId('ws-open-submit').click()
  await expect(app.getByTestId('ws-open-dir-error')).toHaveText(`该文件夹不是 BidBench 工作区：${missing}`)
  await expect(app.getByTestId('ws-open-dir')).toHaveValue(missing)
  await expect(dialog).toBeVisible()
  // Typing in the field takes the refusal away.
  await app.getByTestId('ws-open-dir').press('End')
  await app.getByTestId('ws-open-dir').press('Backspace')
  await expect(app.getByTestId('ws-open-dir-error')).toHaveCount(0)

  // Create: an empty name is said at the name field before anything is sent; the folder is not made.
  const fresh = path.join(server.home, '新工作区')
  await dialog.getByRole('tab', { name: '新建工作区' }).click()
  await app.getByTestId('ws-create-dir').fill(fresh)
  await app.getByTestId('ws-create-submit').click()
  await expect(app.getByTestId('ws-create-name-error')).toHaveText('必填')
  await expect(app.getByTestId('ws-create-dir-error')).toHaveCount(0)
  await expect(app.getByTestId('ws-create-dir')).toHaveValue(fresh)
  expect(creates).toHaveLength(0)
  await expect(fs.access(fresh)).rejects.toThrow()
  // The open tab still holds its typed path.
  await dialog.getByRole('tab', { name: '打开文件夹' }).click()
  await expect(app.getByTestId('ws-open-dir')).toHaveValue(missing.slice(0, -1))
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('ws-switch')).toContainText('示例工作区')

  // A competitor's name emptied: 请填写名称 at the field, the stored name unchanged.
  await app.goto(`${server.url.split('?')[0]}#/competitors/c-lianchuang`)
  const title = app.locator('#f-title')
  await expect(title).toHaveValue('上海联创医疗系统股份有限公司')
  await title.fill('')
  await title.press('Enter')
  await expect(app.getByTestId('title-error')).toHaveText('请填写名称')
  await expect(title).toHaveValue('')
  // Renamed to another competitor's name: the registry's refusal at the field, the typed name kept.
  await title.fill('北京华信智能科技有限公司')
  await expect(app.getByTestId('title-error')).toHaveCount(0)
  await title.blur()
  await expect(app.getByTestId('title-error')).toContainText('北京华信智能科技有限公司')
  await expect(title).toHaveValue('北京华信智能科技有限公司')
  await expect(app.getByTestId('save-state')).toHaveText('已保存')
  expect((await savedCompetitor(server.workspace, 'c-lianchuang')).title).toBe('上海联创医疗系统股份有限公司')
})
