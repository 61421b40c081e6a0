import * as path from 'node:path'
import { docText } from '@shared/domain/sections/text'
import { SectionDocSchema, type Bid } from '@shared/schemas'
import { expect, test } from './fixtures'
import { GOODS_BID_ID, newSection, openBidSections, savedSection } from './sections'
import { otherMachine, setUpSharedFolder } from './sync-machines'

const TITLE = '同步的售后方案'
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

test('a section edited on another machine syncs into the open section editor, and typing after it keeps both', async ({
  app,
  server,
}) => {
  test.setTimeout(300_000)
  const remote = await setUpSharedFolder(app, server.home)
  await openBidSections(app, GOODS_BID_ID)
  const { editor } = await newSection(app, TITLE)
  await app.keyboard.type('张三写的第一段')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
  await expect
    .poll(async () => (await savedSection(server.workspace, GOODS_BID_ID, TITLE))?.content, {
      timeout: 30_000,
    })
    .toBe('张三写的第一段')
  await app.getByTestId('sync-run').click()
  await expect(app.getByTestId('sync-state')).toHaveText('已同步')

  // 李四 adds a paragraph to the same section on his machine and pushes it.
  await otherMachine(remote, path.join(server.home, 'other'), async (ws) => {
    const bid = (await ws.get('bids', GOODS_BID_ID)) as Bid
    const sections = bid.sections.map((s) => {
      if (s.title !== TITLE) return s
      const doc = SectionDocSchema.parse({
        type: 'doc',
        content: [...(s.doc?.content ?? []), para('李四补充的第二段')],
      })
      return { ...s, doc, content: docText(doc) }
    })
    expect(sections.find((s) => s.title === TITLE)?.content).toBe('张三写的第一段\n李四补充的第二段')
    return ws.save('bids', { ...bid, sections })
  })

  // The editor is still open; the sync brings 李四's paragraph into it without reopening the section.
  await expect(editor).toBeVisible()
  await app.getByTestId('sync-run').click()
  await expect(app.getByTestId('presence')).toContainText('李四')
  await expect(editor.locator('p')).toHaveText(['张三写的第一段', '李四补充的第二段'])

  // Typing after the sync goes on from there: the saved section has both machines' paragraphs and the new one.
  await editor.locator('p').last().click()
  await app.keyboard.press('End')
  await app.keyboard.press('Enter')
  await app.keyboard.type('张三继续写')
  await expect
    .poll(async () => (await savedSection(server.workspace, GOODS_BID_ID, TITLE))?.content, {
      timeout: 30_000,
    })
    .toBe('张三写的第一段\n李四补充的第二段\n张三继续写')
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })
  await app.getByTestId('sync-run').click()
  await expect(app.getByTestId('sync-state')).toHaveText('已同步')
  await expect(app.getByTestId('sync-conflicts')).toHaveCount(0)
  await expect(editor.locator('p')).toHaveText(['张三写的第一段', '李四补充的第二段', '张三继续写'])
})
