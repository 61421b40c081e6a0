import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SectionDocSchema, type ListMarker } from '@shared/schemas'
import { exportSectionDocx, tempDir } from './export-fixtures'
import { convert, pdfText } from './libreoffice'

/**
 * Lists pasted from Word/WPS keep their marker style (（1）, 1), ①, 一、, a., ■ …): the .docx numbers them with real
 * Word numbering of that format, and LibreOffice prints those markers.
 */
const p = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })
const list = (marker: ListMarker | null, items: (string | object)[], ordered = true) => ({
  type: ordered ? 'orderedList' : 'bulletList',
  attrs: marker ? { marker } : {},
  content: items.map((i) => ({
    type: 'listItem',
    content: typeof i === 'string' ? [p(i)] : [p('（外层）'), i],
  })),
})

let dir: string
let xml: string
let numbering: string
let text: string
let pdf: string

beforeAll(async () => {
  dir = await tempDir('list-markers')
  const doc = SectionDocSchema.parse({
    type: 'doc',
    content: [
      list('cn-comma', ['项目概况', '服务内容', list('decimal-fullparen', ['巡检', '维修'])]),
      list('decimal-paren', ['甲项', '乙项']),
      list('decimal-circle', ['第一步', '第二步', '第三步']),
      list('lower-dot', ['选项一', '选项二']),
      list('square', ['方块一', '方块二'], false),
      list(null, ['默认一', '默认二']),
    ],
  })
  const { out, ...parts } = await exportSectionDocx(dir, {
    id: 'b-markers',
    title: '列表编号样式项目',
    sectionTitle: '服务方案',
    doc,
    file: 'markers.docx',
  })
  ;({ xml, numbering } = parts)
  await convert([out], dir, 'txt:Text (encoded):UTF8', dir)
  text = await fs.readFile(path.join(dir, 'markers.txt'), 'utf8')
  // LibreOffice's text export writes every bullet as •; the PDF shows the bullet character itself.
  await convert([out], dir, 'pdf', dir)
  pdf = await pdfText(path.join(dir, 'markers.pdf'))
}, 180_000)
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const textOf = (q: string) => [...q.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
/** The numbering level an item's paragraph points at: its numFmt and lvlText in numbering.xml. */
function levelOf(item: string): { fmt: string; text: string } {
  const para = xml.split('</w:p>').find((q) => textOf(q) === item)!
  const [, ilvl, numId] = /<w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/>/.exec(para)!
  const abs = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1]
  const def = new RegExp(`<w:abstractNum w:abstractNumId="${abs}">(.*?)</w:abstractNum>`).exec(numbering)![1]
  const lvl = new RegExp(`<w:lvl w:ilvl="${ilvl}">(.*?)</w:lvl>`).exec(def)![1]
  return {
    fmt: /<w:numFmt w:val="([^"]+)"\/>/.exec(lvl)![1],
    text: /<w:lvlText w:val="([^"]*)"\/>/.exec(lvl)![1],
  }
}

describe('list marker styles → Word numbering', () => {
  it('writes each style as its numFmt and lvlText, a nested list at its own level', () => {
    expect(levelOf('项目概况')).toEqual({ fmt: 'chineseCounting', text: '%1、' })
    expect(levelOf('巡检')).toEqual({ fmt: 'decimal', text: '（%2）' })
    expect(levelOf('甲项')).toEqual({ fmt: 'decimal', text: '%1)' })
    expect(levelOf('第一步')).toEqual({ fmt: 'decimalEnclosedCircle', text: '%1' })
    expect(levelOf('选项一')).toEqual({ fmt: 'lowerLetter', text: '%1.' })
    expect(levelOf('方块一')).toEqual({ fmt: 'bullet', text: '■' })
    expect(levelOf('默认一')).toEqual({ fmt: 'decimal', text: '%1.' })
  })

  it('LibreOffice prints the markers in front of the items', () => {
    const line = (item: string) =>
      text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.endsWith(item))
    expect(line('项目概况')).toMatch(/^一、\s*项目概况$/)
    expect(line('服务内容')).toMatch(/^二、\s*服务内容$/)
    expect(line('巡检')).toMatch(/^（1）\s*巡检$/)
    expect(line('维修')).toMatch(/^（2）\s*维修$/)
    expect(line('乙项')).toMatch(/^2\)\s*乙项$/)
    expect(line('第三步')).toMatch(/^③\s*第三步$/)
    expect(line('选项二')).toMatch(/^b\.\s*选项二$/)
    expect(pdf).toMatch(/■\s*方块二/)
    expect(line('默认二')).toMatch(/^2\.\s*默认二$/)
  })
})
