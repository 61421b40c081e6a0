import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { certificatePng } from '../integration/export-fixtures'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  exportDocx,
  GOODS_BID_ID,
  newSection as addSection,
  openSections,
  savedSection,
  textOf,
} from './sections'

const clipboard = (name: string) => fs.readFile(path.join('test/fixtures/sections/clipboard', name), 'utf8')

async function newSection(app: Page, title: string) {
  await openSections(app)
  return addSection(app, title)
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
  // Its picture is a file of another machine's clipboard folder (C:\Users\zhang\…): left out, and said so.
  await expect(app.getByText('粘贴内容中的 1 张图片无法从剪贴板读取', { exact: false })).toBeVisible()

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

  const saved = () => savedSection(server.workspace, GOODS_BID_ID, '粘贴的实施方案')
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

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-paste-'))
  const docx = await exportDocx(app, dir)
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
  server,
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
  // The list keeps its （1） style: drawn so in the editor, saved with the list, printed so by the export.
  const fullParen = editor.locator('ol[data-marker="decimal-fullparen"]')
  await expect(fullParen.locator(':scope > li')).toHaveCount(3)
  expect(await fullParen.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('bb-decimal-fullparen')
  const lists = async () =>
    ((await savedSection(server.workspace, GOODS_BID_ID, 'WPS粘贴'))?.doc?.content ?? [])
      .filter((b: { type: string }) => b.type === 'orderedList')
      .map((b: { attrs?: { marker?: string; start?: number } }) => [b.attrs?.marker, b.attrs?.start])
  await expect.poll(lists, { timeout: 30_000 }).toEqual([
    ['decimal-fullparen', 1],
    ['decimal-dot', 5],
  ])
})

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Word's clipboard: a picture as a VML original and an <img> rendition, both files in its msohtmlclip folder. */
function wordWithPictures(original: string, rendition: string, dataPng: Buffer): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<body lang=ZH-CN><!--StartFragment-->
<p class=MsoNormal><span style='font-family:宋体'>系统部署如下图所示：</span></p>
<p class=MsoNormal><span lang=EN-US><!--[if gte vml 1]><v:shape id="图片_x0020_1" type="#_x0000_t75"
 style='width:200pt;height:100pt'><v:imagedata src="${original}" o:title=""/></v:shape><![endif]--><![if !vml]><img
 width=267 height=133 src="${rendition}" v:shapes="图片_x0020_1"><![endif]></span></p>
<p class=MsoNormal><span style='font-family:宋体'>网络拓扑：</span></p>
<p class=MsoNormal><img width=100 height=50 src="data:image/png;base64,${dataPng.toString('base64')}"></p>
<!--EndFragment--></body></html>`
}

test("paste from Word with pictures: Word's clipboard files, a data: picture and a picture copied alone are stored and exported", async ({
  app,
  server,
}) => {
  test.setTimeout(300_000)
  const clipDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-clip-'))
  const folder = path.join(clipDir, 'Temp', 'msohtmlclip1', '01')
  await fs.mkdir(folder, { recursive: true })
  const original = certificatePng('部署图原图', '#1f6feb')
  const rendition = certificatePng('部署图显示', '#888888')
  const inline = certificatePng('网络拓扑', '#2f7d32')
  const alone = certificatePng('单独复制的图片', '#b42318')
  await fs.writeFile(path.join(folder, 'clip_image001.png'), original)
  await fs.writeFile(path.join(folder, 'clip_image002.png'), rendition)
  const url = (f: string) => pathToFileURL(path.join(folder, f)).href

  const { editor } = await newSection(app, '带图片的粘贴')
  await paste(app, wordWithPictures(url('clip_image001.png'), url('clip_image002.png'), inline))
  await expect(editor.getByTestId('section-image').locator('img')).toHaveCount(2)
  await expect(editor).toContainText('网络拓扑：')
  // A picture copied alone (Word, a screenshot): the clipboard holds only its file.
  await editor.press('Control+End')
  await editor.evaluate((el, b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    const dt = new DataTransfer()
    dt.items.add(new File([bytes], 'image.png', { type: 'image/png' }))
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, alone.toString('base64'))
  await expect(editor.getByTestId('section-image').locator('img')).toHaveCount(3)
  await expect(app.getByText('无法从剪贴板读取', { exact: false })).toHaveCount(0)

  // Stored in the workspace by hash, like an inserted picture: Word's original (not its rendition), in order.
  const saved = () => savedSection(server.workspace, GOODS_BID_ID, '带图片的粘贴')
  const imageShas = async () =>
    ((await saved())?.doc?.content ?? [])
      .filter((b: { type: string }) => b.type === 'image')
      .map((b: { attrs: { sha256: string } }) => b.attrs.sha256)
  const want = [sha(original), sha(inline), sha(alone)]
  await expect.poll(imageShas, { timeout: 30_000 }).toEqual(want)
  const texts = (await saved()).doc.content.map((b: { type: string; content?: { text: string }[] }) =>
    b.type === 'paragraph' ? (b.content ?? []).map((t) => t.text).join('') : b.type,
  )
  expect(texts.filter((t: string) => t !== '')).toEqual([
    '系统部署如下图所示：',
    'image',
    '网络拓扑：',
    'image',
    'image',
  ])
  for (const h of want) expect(sha(await fs.readFile(path.join(server.workspace, 'files', h)))).toBe(h)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })

  // The .docx carries the three pictures, byte for byte, in the section after its text.
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-paste-pics-'))
  const files = unzipSync(await fs.readFile(await exportDocx(app, dir)))
  const media = Object.entries(files).filter(([n]) => n.startsWith('word/media/'))
  const mediaShas = new Set(media.map(([, b]) => sha(b)))
  for (const h of want) expect(mediaShas).toContain(h)
  expect(mediaShas).not.toContain(sha(rendition))
  const xml = strFromU8(files['word/document.xml'])
  const from = xml.indexOf('系统部署如下图所示：')
  expect(from).toBeGreaterThan(0)
  const section = xml.slice(from, xml.indexOf('</w:body>'))
  const rels = strFromU8(files['word/_rels/document.xml.rels'])
  const target = (rid: string) => new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
  const embeds = [...section.matchAll(/r:embed="([^"]+)"/g)].slice(0, 3).map((m) => target(m[1]))
  expect(embeds.map((t) => sha(files[`word/${t}`]))).toEqual(want)
  await fs.rm(dir, { recursive: true, force: true })
  await fs.rm(clipDir, { recursive: true, force: true })
})

test('a picture pasted inside a table cell goes after the table and the paste says so; a web picture is named as left out', async ({
  app,
  server,
}) => {
  test.setTimeout(240_000)
  const inCell = certificatePng('设备照片', '#6a1b9a')
  const { editor } = await newSection(app, '表格里的图片')
  const dataUrl = `data:image/png;base64,${inCell.toString('base64')}`
  await paste(
    app,
    `<table><tr><th>设备</th><th>照片</th></tr><tr><td>服务器</td><td><img src="${dataUrl}"></td></tr></table>` +
      `<p>网页图片：<img src="https://example.com/logo.png"></p>`,
  )
  await expect(app.getByText('表格单元格中的 1 张图片已移到该表格之后')).toBeVisible()
  await expect(app.getByText('粘贴内容中的 1 张图片无法从剪贴板读取', { exact: false })).toBeVisible()
  await expect(editor.locator('table')).toContainText('服务器')
  await expect(editor.getByTestId('section-image').locator('img')).toHaveCount(1)

  // Saved: the table, then the picture (stored by hash), then the text; the web picture is not in the document.
  const blocks = async () =>
    ((await savedSection(server.workspace, GOODS_BID_ID, '表格里的图片'))?.doc?.content ?? []).map(
      (b: { type: string; attrs?: { sha256?: string } }) =>
        b.type === 'image' ? `image:${b.attrs?.sha256}` : b.type,
    )
  await expect.poll(blocks, { timeout: 30_000 }).toEqual(['table', `image:${sha(inCell)}`, 'paragraph'])
  expect(sha(await fs.readFile(path.join(server.workspace, 'files', sha(inCell))))).toBe(sha(inCell))
})
