import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { certificatePng } from '../integration/export-fixtures'
import { buildChapter } from '../fixtures/sections/chapter'
import { convert } from '../integration/libreoffice'
import { expect, test } from './fixtures'
import { exportDocx, GOODS_BID_ID, newSection, openSections, savedSection, textOf } from './sections'

const run = promisify(execFile)

test('writes a section with headings, a list, a merged table and a picture; reload; the .docx has them', async ({
  app,
  server,
}) => {
  test.setTimeout(300_000)
  await openSections(app)
  const { card, editor } = await newSection(app, '技术实施方案')

  // Markdown-like typing rules of the editor: "# " heading 1, "## " heading 2, "1. " numbered list.
  const kb = app.keyboard
  await kb.type('# 总体设计')
  await kb.press('Enter')
  await kb.type('本系统采用分层架构，满足招标文件全部技术要求。')
  await kb.press('Enter')
  await kb.type('## 部署架构')
  await kb.press('Enter')
  await kb.type('1. 接入层负责统一认证')
  await kb.press('Enter')
  await kb.type('服务层负责业务处理')
  await kb.press('Enter')
  await kb.type('数据层负责存储与备份')
  await kb.press('Enter')
  await kb.press('Enter')
  await kb.type('# 性能指标')
  await kb.press('Enter')
  await expect(editor.locator('h1')).toHaveCount(2)
  await expect(editor.locator('h2')).toHaveCount(1)
  await expect(editor.locator('ol > li')).toHaveCount(3)

  // A 3×4 table with a header row; the first two header cells merged.
  await card.getByTestId('editor-table').click()
  const cells = editor.locator('table th, table td')
  await expect(cells).toHaveCount(12)
  const fill = [
    '指标',
    '',
    '要求',
    '响应',
    '并发用户',
    '10000',
    '≥8000',
    '满足',
    '响应时间',
    '1秒',
    '≤2秒',
    '满足',
  ]
  await cells.nth(0).click()
  for (let i = 0; i < fill.length; i++) {
    if (fill[i]) await kb.type(fill[i])
    if (i < fill.length - 1) await kb.press('Tab')
  }
  await cells.nth(0).click()
  await kb.press('Shift+ArrowRight')
  await kb.press('Shift+ArrowRight')
  await card.getByTestId('editor-mergeCells').click()
  await expect(editor.locator('table tr').first().locator('th')).toHaveCount(3)
  await expect(editor.locator('th[colspan="2"]')).toHaveCount(1)

  // A picture, stored in the workspace by its hash.
  await card.getByTestId('editor-image-file').setInputFiles({
    name: '系统架构图.png',
    mimeType: 'image/png',
    buffer: certificatePng('系统架构图', '#1f6feb'),
  })
  await expect(editor.getByTestId('section-image').locator('img')).toBeVisible()

  // Autosave: wait until the bid on disk holds the document.
  const saved = () => savedSection(server.workspace, GOODS_BID_ID, '技术实施方案')
  await expect
    .poll(async () => (await saved())?.doc?.content?.map((b: { type: string }) => b.type).join(','), {
      timeout: 30_000,
    })
    .toMatch(/^heading,paragraph,heading,orderedList,heading,table,image/)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })

  // Reload: the section opens with the same structure.
  await app.reload()
  await openSections(app)
  const again = app.getByTestId('section-card').last()
  await again.getByTestId('section-preview').click()
  const ed2 = again.getByTestId('section-editor')
  await expect(ed2.locator('h1')).toHaveCount(2)
  await expect(ed2.locator('ol > li')).toHaveCount(3)
  await expect(ed2.locator('th[colspan="2"]')).toHaveCount(1)
  await expect(ed2.getByTestId('section-image').locator('img')).toBeVisible()

  // Export the 投标文件 (the sample bid has 否决风险 findings: export anyway).
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-sections-'))
  const docx = await exportDocx(app, dir)

  const files = unzipSync(await fs.readFile(docx))
  const xml = strFromU8(files['word/document.xml'])
  const paras = xml.split('</w:p>')
  const styled = (text: string) =>
    paras
      .filter((p) => textOf(p) === text)
      .flatMap((p) => p.match(/w:pStyle w:val="(Heading\d)"/)?.[1] ?? [])[0]
  expect([styled('一、总体设计'), styled('（一）部署架构'), styled('二、性能指标')]).toEqual([
    'Heading2',
    'Heading3',
    'Heading2',
  ])
  // The 目录 (before the first section heading) lists the three.
  const toc = xml.slice(0, xml.indexOf('<w:pStyle w:val="Heading1"/>'))
  for (const h of ['一、总体设计', '（一）部署架构', '二、性能指标']) expect(toc).toContain(h)
  const item = paras.find((p) => textOf(p) === '服务层负责业务处理')!
  const numId = /<w:numId w:val="(\d+)"\/>/.exec(item)![1]
  expect(strFromU8(files['word/numbering.xml'])).toContain(`<w:num w:numId="${numId}">`)
  const tbl = xml.slice(
    xml.lastIndexOf('<w:tbl>', xml.indexOf('并发用户')),
    xml.indexOf('</w:tbl>', xml.indexOf('并发用户')),
  )
  expect(tbl).toContain('<w:gridSpan w:val="2"/>')
  expect(tbl.split('<w:tr>')[1]).toContain('<w:tblHeader/>')
  expect(xml).toMatch(/<pic:pic\b/)

  // LibreOffice reads it: the text, the list numbers, the table and the picture are on the pages.
  await convert([docx], dir, 'pdf', dir)
  const pdf = path.join(dir, 'bid.pdf')
  const text = (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 1 << 26 })).stdout
  expect(text).toMatch(/1\.\s*接入层负责统一认证/)
  expect(text).toMatch(/3\.\s*数据层负责存储与备份/)
  expect(text).toMatch(/并发用户\s+10000\s+≥8000\s+满足/)
  const images = (await run('pdfimages', ['-list', pdf])).stdout.trim().split('\n').slice(2)
  expect(images.length).toBeGreaterThan(0)
  // BB_KEEP_EXPORT=<dir> keeps the .docx and .pdf for a look at the pages.
  if (process.env.BB_KEEP_EXPORT) await fs.cp(dir, process.env.BB_KEEP_EXPORT, { recursive: true })
  await fs.rm(dir, { recursive: true, force: true })
})

test('imports a 20-page Word chapter into a section and exports the same structure and text', async ({
  app,
  server,
}) => {
  test.setTimeout(300_000)
  const chapter = await buildChapter()
  console.log(`chapter fixture seed ${chapter.seed}`)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-e2e-chapter-'))
  // The fixture is a real 20+ page chapter (LibreOffice lays it out).
  await fs.writeFile(path.join(dir, 'chapter.docx'), chapter.docx)
  await convert([path.join(dir, 'chapter.docx')], dir, 'pdf', dir)
  const pages = Number(
    /Pages:\s+(\d+)/.exec((await run('pdfinfo', [path.join(dir, 'chapter.pdf')])).stdout)![1],
  )
  expect(pages).toBeGreaterThanOrEqual(20)

  await openSections(app)
  const { card, editor } = await newSection(app, 'Word导入章节')
  await card.getByTestId('editor-word-file').setInputFiles({
    name: '实施方案.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: chapter.docx,
  })
  const { headings, tables, images, text } = chapter.expected
  await expect(editor.locator('h1, h2, h3')).toHaveCount(headings, { timeout: 60_000 })
  await expect(editor.locator('table')).toHaveCount(tables)
  await expect(editor.locator('th[colspan="2"]')).toHaveCount(tables)
  await expect(editor.locator('ol ol')).not.toHaveCount(0)
  await expect(editor.getByTestId('section-image').locator('img')).toHaveCount(images)

  await expect
    .poll(
      async () => {
        const s = await savedSection(server.workspace, GOODS_BID_ID, 'Word导入章节')
        return s?.doc?.content?.filter((b: { type: string }) => b.type === 'table').length ?? 0
      },
      { timeout: 30_000 },
    )
    .toBe(tables)
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 20_000 })

  const docx = await exportDocx(app, dir)
  const xml = strFromU8(unzipSync(await fs.readFile(docx))['word/document.xml'])
  const title = xml.lastIndexOf('<w:p>', xml.lastIndexOf('Word导入章节'))
  const part = xml.slice(xml.indexOf('</w:p>', title))
  expect(part.match(/<w:pStyle w:val="Heading[234]"\/>/g)).toHaveLength(headings)
  expect(part.match(/<w:tbl>/g)).toHaveLength(tables)
  expect(part.match(/<pic:pic\b/g)).toHaveLength(images)
  expect(part.match(/<w:tblHeader\/>/g)).toHaveLength(2 * tables)
  const printed = part
    .split('</w:p>')
    .map(textOf)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
  expect(printed.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
  await fs.rm(dir, { recursive: true, force: true })
})
