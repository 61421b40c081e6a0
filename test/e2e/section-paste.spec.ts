import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const GOODS_BID = '某市第一人民医院医学影像设备采购项目'
const GOODS_BID_ID = 'bid-hospital-imaging'
const clipboard = (name: string) => fs.readFile(path.join('test/fixtures/sections/clipboard', name), 'utf8')
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

async function newSection(app: Page, title: string) {
  await app.getByText(GOODS_BID).first().click()
  await app.getByRole('tab', { name: /投标文件章节/ }).click()
  await app.getByTestId('section-add').click()
  const card = app.getByTestId('section-card').last()
  await card.locator('input[id$=".title"]').fill(title)
  await card.getByTestId('section-preview').click()
  const editor = card.getByTestId('section-editor')
  await expect(editor).toBeVisible()
  await editor.click()
  return { card, editor }
}

/** What Chromium does on Ctrl+V from Word: a paste event whose clipboard holds Word's text/html (and plain text). */
async function paste(app: Page, html: string) {
  await app.getByTestId('section-editor').evaluate((el, data) => {
    const dt = new DataTransfer()
    dt.setData('text/html', data)
    dt.setData('text/plain', data.replace(/<[^>]*>/g, ''))
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, html)
}

test('paste from Word keeps lists, headings and the table; the .docx has them', async ({ app, server }) => {
  test.setTimeout(300_000)
  const { editor } = await newSection(app, '粘贴的实施方案')
  await paste(app, await clipboard('word2016.html'))

  await expect(editor.locator('h1')).toHaveText(['项目理解'])
  await expect(editor.locator('h2')).toHaveText(['实施步骤'])
  await expect(editor.locator('h3[data-numbered="false"]')).toHaveText(['1.1 进度计划表'])
  await expect(editor.locator('ul > li > ul > li')).toHaveText(['通用型150台', '计算型50台'])
  await expect(editor.locator(':scope > ul > li')).toHaveCount(2)
  await expect(editor.locator('ol > li > ol > li')).toHaveText(['机房电力核查'])
  await expect(editor.locator(':scope > ol > li')).toHaveCount(3)
  await expect(editor.locator('th[rowspan="2"]')).toHaveCount(2)
  await expect(editor.locator('th[colspan="2"]')).toHaveText(['时间安排'])
  await expect(editor).not.toContainText('l ')
  await expect(app.getByText('粘贴内容中的 1 张图片无法从剪贴板读取', { exact: false })).toBeVisible()

  const saved = async () => {
    const bid = JSON.parse(
      await fs.readFile(path.join(server.workspace, 'bids', `${GOODS_BID_ID}.json`), 'utf8'),
    )
    return bid.sections.find((s: { title: string }) => s.title === '粘贴的实施方案')
  }
  await expect
    .poll(async () => (await saved())?.doc?.content?.map((b: { type: string }) => b.type).join(','), {
      timeout: 30_000,
    })
    .toBe('heading,paragraph,bulletList,heading,orderedList,heading,table,paragraph')
  const doc = (await saved()).doc
  expect(
    doc.content[6].content[2].content.map((c: { attrs: { colwidth: number[] } }) => c.attrs.colwidth),
  ).toEqual([[92], [184], [185], [92]])
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })

  await app.getByTestId('export-button').click()
  await app.getByTestId('export-start').click()
  const veto = app.getByTestId('veto-step')
  const done = app.getByTestId('export-done')
  await expect(veto.or(done)).toBeVisible({ timeout: 90_000 })
  if (await veto.isVisible()) await app.getByTestId('veto-anyway').click()
  await expect(done).toBeVisible({ timeout: 180_000 })
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('export-download').click(),
  ])
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-paste-'))
  const docx = path.join(dir, 'bid.docx')
  await download.saveAs(docx)
  const files = unzipSync(await fs.readFile(docx))
  const xml = strFromU8(files['word/document.xml'])
  const paras = xml.split('</w:p>')
  const para = (text: string) => paras.find((p) => textOf(p) === text) ?? ''
  expect(para('一、项目理解')).toContain('<w:pStyle w:val="Heading2"/>')
  expect(para('1.1 进度计划表')).toContain('<w:pStyle w:val="Heading4"/>')
  // Nested bullets one level deeper than their parent, numbered steps on a numbering definition.
  const ilvl = (text: string) => /<w:ilvl w:val="(\d)"\/>/.exec(para(text))?.[1]
  expect([ilvl('计算资源：新增虚拟机200台'), ilvl('通用型150台'), ilvl('机房电力核查')]).toEqual([
    '0',
    '1',
    '1',
  ])
  expect(para('设备到货与安装')).toMatch(/<w:numId w:val="\d+"\/>/)
  const at = xml.indexOf('勘察<')
  const tbl = xml.slice(xml.lastIndexOf('<w:tbl>', at), xml.indexOf('</w:tbl>', at))
  expect(tbl.match(/<w:tblHeader\/>/g)).toHaveLength(2)
  expect(tbl).toContain('<w:gridSpan w:val="2"/>')
  expect(tbl).toContain('<w:vMerge w:val="restart"/>')
  // Column widths in the proportions Word gave them (92 : 184 : 185 : 92).
  const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
  expect(grid).toHaveLength(4)
  expect(grid[1] / grid[0]).toBeCloseTo(2, 1)
  expect(grid[3]).toBe(grid[0])
  await fs.rm(dir, { recursive: true, force: true })
})

test('paste from WPS: outline-level headings, （1） numbered list with bullets inside, a list in a table cell', async ({
  app,
}) => {
  const { editor } = await newSection(app, 'WPS粘贴')
  await paste(app, await clipboard('wps.html'))
  await expect(editor.locator('h1[data-numbered="false"]')).toHaveText(['第一部分 售后服务方案'])
  await expect(editor.locator('h2')).toHaveText(['服务承诺'])
  await expect(editor.locator(':scope > ol').first().locator(':scope > li')).toHaveCount(3)
  await expect(editor.locator('ol > li > ul > li')).toHaveText(['市区范围内', '郊县范围内'])
  await expect(editor.locator('ol[start="5"] > li')).toHaveText(['现场常备关键备件'])
  await expect(editor.locator('td ul > li')).toHaveText(['原厂工程师', '备件先行'])
  await expect(editor).not.toContainText('（1）')
})
