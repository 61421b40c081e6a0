import { Document, ImageRun, Paragraph, type FileChild } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { packMixedBody } from '@services/export/docx/body'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import {
  escapeAttr,
  escapeText,
  paragraph,
  paraProps,
  run,
  runProps,
  table,
} from '@services/export/docx/ooxml-write'
import { TocCollector, tocXml } from '@services/export/docx/toc'
import { zipEntries } from '@services/export/zip-write'
import { isAppError } from '@shared/errors'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** Parses a fragment the way Word's reader does: any error (unescaped &, bad nesting) throws. */
function wellFormed(fragment: string): string[] {
  const names: string[] = []
  const p = new SaxesParser({ xmlns: true })
  p.on('error', (e) => {
    throw e
  })
  p.on('opentag', (t) => names.push(t.name))
  p.write(`<root xmlns:w="${W}">${fragment}</root>`).close()
  return names.slice(1)
}

describe('text and attribute escaping', () => {
  it('escapes markup characters and drops characters XML cannot carry', () => {
    expect(escapeText('A&B <C> "q"')).toBe('A&amp;B &lt;C&gt; "q"')
    expect(escapeText('铃\x07声\x00\uFFFF')).toBe('铃声')
    expect(escapeAttr(`宋体"'&<`)).toBe('宋体&quot;&apos;&amp;&lt;')
    expect(escapeText('纯中文不变')).toBe('纯中文不变')
  })

  it('keeps spaces with xml:space="preserve" and turns newlines into line breaks', () => {
    const r = run('  两个空格\n第二行', '')
    expect(r).toBe('<w:r><w:t xml:space="preserve">  两个空格</w:t><w:br/><w:t>第二行</w:t></w:r>')
    expect(paragraphTexts(`<w:p>${run('a & b', '')}</w:p>`)).toEqual(['a & b'])
    wellFormed(run('<script>&\x01', ''))
  })
})

describe('properties follow the schema order', () => {
  it('writes pPr children as pStyle, keepNext, keepLines, pageBreakBefore, tabs, spacing, ind, jc', () => {
    const pPr = paraProps({
      style: 'TOC1',
      keepNext: true,
      keepLines: true,
      pageBreakBefore: true,
      rightTab: 8312,
      spacing: { before: 240, after: 120, line: 360 },
      firstLineIndent: 480,
      jc: 'both',
    })
    expect(wellFormed(pPr)).toEqual([
      'w:pPr',
      'w:pStyle',
      'w:keepNext',
      'w:keepLines',
      'w:pageBreakBefore',
      'w:tabs',
      'w:tab',
      'w:spacing',
      'w:ind',
      'w:jc',
    ])
    expect(pPr).toContain('<w:spacing w:before="240" w:after="120" w:line="360" w:lineRule="auto"/>')
    expect(paraProps({})).toBe('')
  })

  it('writes rPr as rFonts, b, bCs, sz, szCs with both the East Asian and Latin font', () => {
    const rPr = runProps({
      bold: true,
      size: 21,
      font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '仿宋' },
    })
    expect(wellFormed(rPr)).toEqual(['w:rPr', 'w:rFonts', 'w:b', 'w:bCs', 'w:sz', 'w:szCs'])
    expect(rPr).toContain('w:eastAsia="仿宋"')
    expect(runProps({})).toBe('')
  })

  it('writes a table with grid, header row, spans and one set of cell margins', () => {
    const cell = (text: string, widthTwips: number, span = 1) => ({
      paragraph: paragraph(text, paraProps({ jc: 'center' }), ''),
      widthTwips,
      span,
    })
    const xml = table({
      widthTwips: 9000,
      columnWidths: [3000, 3000, 3000],
      rows: [
        [cell('序号', 3000), cell('名称', 3000), cell('金额', 3000)],
        [cell('合计', 6000, 2), cell('1&2', 3000)],
      ],
      headerRows: 1,
      borderSize: 4,
      cellMargins: { top: 40, left: 80, bottom: 40, right: 80 },
    })
    const names = wellFormed(xml)
    expect(names.slice(0, 4)).toEqual(['w:tbl', 'w:tblPr', 'w:tblW', 'w:tblBorders'])
    expect(names.filter((n) => n === 'w:gridCol')).toHaveLength(3)
    expect(names.filter((n) => n === 'w:tblHeader')).toHaveLength(1)
    expect(names.filter((n) => n === 'w:tcMar')).toHaveLength(0)
    expect(names.filter((n) => n === 'w:tblCellMar')).toHaveLength(1)
    expect(xml).toContain('<w:tcW w:w="6000" w:type="dxa"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/>')
    expect(paragraphTexts(xml)).toEqual(['序号', '名称', '金额', '合计', '1&2'])
  })
})

describe('table of contents', () => {
  it('bookmarks each heading and links an entry to it, in document order', () => {
    const toc = new TocCollector()
    const h1 = toc.heading(1, '第一章 投标函', true)
    const h2 = toc.heading(2, '1.1 R&D <概述>', false)
    expect(h1).toContain('<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>')
    expect(h1).toContain('<w:bookmarkStart w:id="1" w:name="_Toc1"/>')
    expect(h2).not.toContain('pageBreakBefore')
    const xml = tocXml(toc.entries, 8312, (b) => (b === '_Toc1' ? 3 : undefined))
    wellFormed(h1 + h2 + xml)
    expect(paragraphTexts(xml)).toEqual(['第一章 投标函3', '1.1 R&D <概述>', ''])
    expect(xml).toContain('<w:pStyle w:val="TOC2"/>')
    expect(xml).toContain('w:anchor="_Toc2"')
    expect(xml.match(/w:fldCharType="begin" w:dirty="true"/g)).toHaveLength(3) // TOC + two PAGEREF
    expect(xml).toContain('TOC \\o &quot;1-3&quot; \\h')
  })

  it('still writes a contents field Word can fill when there are no headings', () => {
    const xml = tocXml([], 8312)
    wellFormed(xml)
    expect(xml).toContain('TOC \\o')
    expect(xml.match(/w:fldCharType="end"/g)).toHaveLength(1)
  })
})

describe('zipEntries', () => {
  it('writes a package other ZIP readers open, with CRCs they verify', async () => {
    const big = new TextEncoder().encode('<w:p>投标文件</w:p>'.repeat(20_000))
    const zip = zipEntries([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: big },
      { name: 'word/media/图.png', data: new Uint8Array([1, 2, 3]) },
    ])
    expect(zip.length).toBeLessThan(big.length / 10) // deflated
    const byFflate = unzipSync(zip)
    expect(Object.keys(byFflate)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/图.png'])
    expect(byFflate['word/document.xml']).toEqual(big)
    const byJszip = await JSZip.loadAsync(zip, { checkCRC32: true })
    expect(await byJszip.file('word/media/图.png')!.async('uint8array')).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('detects a corrupted byte through the CRC', async () => {
    const zip = zipEntries([{ name: 'a.xml', data: new TextEncoder().encode('<a>'.repeat(1000)) }])
    zip[40] ^= 0xff
    await expect(JSZip.loadAsync(zip, { checkCRC32: true })).rejects.toThrow()
  })

  it('refuses more entries than a ZIP without ZIP64 holds', () => {
    const many = Array.from({ length: 0x10000 }, (_, i) => ({ name: `${i}`, data: new Uint8Array() }))
    expect(() => zipEntries(many)).toThrow(RangeError)
  })
})

describe('packMixedBody', () => {
  const makeDocument = (children: FileChild[]) => new Document({ sections: [{ children }] })
  const documentXml = (zip: Uint8Array) => strFromU8(unzipSync(zip)['word/document.xml'])
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )

  it('puts the strings where they stood among the docx objects, pictures included', async () => {
    const zip = await packMixedBody(
      [
        paragraph('第一段', '', ''),
        paragraph('第二段', '', ''),
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 1, height: 1 } })],
        }),
        paragraph('第三段', '', ''),
      ],
      makeDocument,
    )
    const xml = documentXml(zip)
    expect(paragraphTexts(xml).filter(Boolean)).toEqual(['第一段', '第二段', '第三段'])
    expect(xml.indexOf('第二段')).toBeLessThan(xml.indexOf('<w:drawing>'))
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('第三段'))
    expect(xml).not.toMatch(/bbraw/)
    expect(Object.keys(unzipSync(zip)).some((n) => n.startsWith('word/media/'))).toBe(true)
    new SaxesParser({ xmlns: true }).write(xml).close()
  })

  it('leaves text that looks like a marker alone: the token is random per export', async () => {
    const zip = await packMixedBody(
      [new Paragraph('bbraw0123456789abcdef-0'), paragraph('正文', '', '')],
      makeDocument,
    )
    expect(paragraphTexts(documentXml(zip))).toEqual(['bbraw0123456789abcdef-0', '正文'])
  })

  it('fails loudly when docx writes the marker paragraph some other way', async () => {
    const err = await packMixedBody([paragraph('正文', '', '')], (children) =>
      makeDocument(children.map(() => new Paragraph({ children: [], style: 'Normal' }))),
    ).catch((e: unknown) => e)
    expect(isAppError(err) && err.code).toBe('INTERNAL')
  })

  it('is a plain docx package when there are no strings', async () => {
    const zip = await packMixedBody([new Paragraph('只有对象')], makeDocument)
    expect(paragraphTexts(documentXml(zip))).toContain('只有对象')
  })
})
