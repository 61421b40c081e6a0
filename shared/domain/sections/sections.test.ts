import { describe, expect, it } from 'vitest'
import { contentToBlocks } from '@shared/domain/export/content'
import { SectionDocSchema, type SectionDoc } from '@shared/schemas/section-doc'
import { migrateSectionsV5 } from './migrate'
import { chineseNumber, HeadingCounter } from './numbering'
import { docFromPlainText } from './plain'
import { docToBlocks, hasWriting, tableBlock } from './print'
import { docText, wordCount } from './text'
import { writtenDoc } from './written'
import { chapterHtml } from './import-html'

const t = (text: string) => [{ type: 'text' as const, text }]

describe('heading numbers', () => {
  it('writes Chinese numerals as 序号 are written', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1005].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '一千',
      '一千零五',
    ])
  })
  it('numbers 一、/（一）/1. and restarts a level under the one above', () => {
    const c = new HeadingCounter()
    expect([1, 2, 2, 3, 3, 2, 3, 1, 3, 2].map((l) => c.next(l as 1 | 2 | 3))).toEqual([
      '一、',
      '（一）',
      '（二）',
      '1.',
      '2.',
      '（三）',
      '1.',
      '二、',
      '1.',
      '（一）',
    ])
  })
})

/** Texts in several house styles, as sections were written before structured content. */
const PLAIN = [
  '一、项目概述\n本项目为某市智慧园区建设。\n（一）建设目标\n  实现统一管理。\n1.总体目标\n2、阶段目标\n二、技术路线\n采用微服务架构；',
  '# 总体方案\n## 架构\n正文一段。\n\n\n正文二段。   \n1.1 子项\n1.1.1 子子项',
  '　　我公司承诺：\n1. 严格按照招标文件要求执行，确保质量。\n2. 按期交付。\n联系人：{{联系人}}',
  '',
  '单行',
]

describe('plain text → section document', () => {
  it('prints exactly as the plain text printed (the migration changes nothing on paper)', () => {
    for (const text of PLAIN) {
      const doc = SectionDocSchema.parse(docFromPlainText(text))
      const before = contentToBlocks(text)
      const after = docToBlocks(doc, { scope: 's1' })
      expect(after).toEqual(before)
    }
  })
  it('keeps typed numbers and marks them as not numbered automatically', () => {
    const doc = docFromPlainText(PLAIN[0])
    const headings = doc.content.filter((b) => b.type === 'heading')
    expect(headings.map((h) => [h.attrs, docText({ type: 'doc', content: [h] })])).toEqual([
      [{ level: 1, numbered: false }, '一、项目概述'],
      [{ level: 2, numbered: false }, '（一）建设目标'],
      [{ level: 3, numbered: false }, '1.总体目标'],
      [{ level: 3, numbered: false }, '2、阶段目标'],
      [{ level: 1, numbered: false }, '二、技术路线'],
    ])
  })
})

const RICH: SectionDoc = SectionDocSchema.parse({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: t('总体设计') },
    {
      type: 'paragraph',
      content: [...t('系统采用'), { type: 'text', text: '云原生', marks: [{ type: 'bold' }] }],
    },
    { type: 'heading', attrs: { level: 2 }, content: t('架构') },
    {
      type: 'orderedList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: t('接入层') }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: t('服务层') },
            {
              type: 'bulletList',
              content: [{ type: 'listItem', content: [{ type: 'paragraph', content: t('用户服务') }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { rowspan: 2 },
              content: [{ type: 'paragraph', content: t('序号') }],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 2 },
              content: [{ type: 'paragraph', content: t('指标') }],
            },
            {
              type: 'tableHeader',
              attrs: { rowspan: 2 },
              content: [{ type: 'paragraph', content: t('备注') }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: t('名称') }] },
            { type: 'tableHeader', content: [{ type: 'paragraph', content: t('数值') }] },
          ],
        },
        {
          type: 'tableRow',
          content: ['1', '并发', '10000', '—'].map((x) => ({
            type: 'tableCell',
            content: [{ type: 'paragraph', content: t(x) }],
          })),
        },
      ],
    },
    { type: 'pageBreak' },
    { type: 'image', attrs: { sha256: 'a'.repeat(64), name: '架构图.png', title: '图1 总体架构' } },
    {
      type: 'requirementResponse',
      attrs: { requirementId: 'r-3' },
      content: [{ type: 'paragraph', content: t('完全满足第3条要求。') }],
    },
    { type: 'heading', attrs: { level: 1 }, content: t('实施') },
    { type: 'heading', attrs: { level: 3, numbered: false }, content: t('附：说明') },
  ],
})

describe('section document → print blocks', () => {
  const blocks = docToBlocks(RICH, { scope: 'sec', fill: (s) => s.replace('云原生', '云原生架构') })
  it('numbers headings one level below the section title', () => {
    expect(blocks.filter((b) => b.type === 'heading').map((b) => [b.level, b.text])).toEqual([
      [2, '一、总体设计'],
      [3, '（一）架构'],
      [2, '二、实施'],
      [4, '附：说明'],
    ])
  })
  it('keeps runs, fills placeholders in them and flattens lists with their level', () => {
    const paras = blocks.filter((b) => b.type === 'paragraph')
    expect(paras[0]).toMatchObject({
      text: '系统采用云原生架构',
      runs: [{ text: '系统采用' }, { text: '云原生架构', bold: true }],
    })
    const items = paras.filter((p) => p.list)
    expect(items.map((p) => [p.text, p.list!.level, p.list!.ordered])).toEqual([
      ['接入层', 0, true],
      ['服务层', 0, true],
      ['用户服务', 1, false],
    ])
    expect(items[0].list!.id).toBe(items[1].list!.id)
    expect(items[2].list!.id).not.toBe(items[0].list!.id)
    expect(paras.at(-1)).toMatchObject({ text: '完全满足第3条要求。', requirementId: 'r-3' })
  })
  it('writes a merged header as a grid with vertical-merge placeholders', () => {
    const table = blocks.find((b) => b.type === 'table')!
    if (table.type !== 'table') throw new Error()
    expect(table.headRows).toBe(2)
    expect(table.widths).toHaveLength(4)
    expect(table.rows.map((r) => r.map((c) => [c.text, c.span, c.rowSpan ?? c.vMerge ?? '']))).toEqual([
      [
        ['序号', 1, 2],
        ['指标', 2, ''],
        ['备注', 1, 2],
      ],
      [
        ['', 1, 'continue'],
        ['名称', 1, ''],
        ['数值', 1, ''],
        ['', 1, 'continue'],
      ],
      [
        ['1', 1, ''],
        ['并发', 1, ''],
        ['10000', 1, ''],
        ['—', 1, ''],
      ],
    ])
  })
  it('prints the picture with its caption and the page break', () => {
    const i = blocks.findIndex((b) => b.type === 'image')
    expect(blocks[i - 1]).toEqual({ type: 'pageBreak' })
    expect(blocks[i]).toMatchObject({
      attachment: { sha256: 'a'.repeat(64), name: '架构图.png' },
      caption: '图1 总体架构',
    })
  })
  it('gives the text (with printed numbers) to the text checks and counts words', () => {
    const text = docText(RICH)
    expect(text.split('\n')).toEqual([
      '一、总体设计',
      '系统采用云原生',
      '（一）架构',
      '接入层',
      '服务层',
      '用户服务',
      '序号\t指标\t备注',
      '名称\t数值',
      '1\t并发\t10000\t—',
      '图1 总体架构',
      '完全满足第3条要求。',
      '二、实施',
      '附：说明',
    ])
    expect(wordCount('系统采用 cloud native 架构，version 2.0')).toBe(4 + 2 + 2 + 1 + 1 + 1)
    expect(hasWriting({ doc: { type: 'doc', content: [{ type: 'paragraph' }] }, content: '' })).toBe(false)
    expect(hasWriting({ doc: RICH, content: docText(RICH) })).toBe(true)
  })
  it('merges across rows in the body too (rowspan in the middle of a table)', () => {
    const cell = (x: string, rowspan = 1) => ({
      type: 'tableCell' as const,
      attrs: { colspan: 1, rowspan },
      content: [{ type: 'paragraph' as const, content: t(x) }],
    })
    const b = tableBlock({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('a'), cell('b', 3), cell('c')] },
        { type: 'tableRow', content: [cell('d'), cell('e')] },
        { type: 'tableRow', content: [cell('f'), cell('g')] },
      ],
    })
    if (b.type !== 'table') throw new Error()
    expect(b.headRows).toBeUndefined()
    expect(b.rows.map((r) => r.map((c) => c.text || c.vMerge))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'continue', 'e'],
      ['f', 'continue', 'g'],
    ])
  })
})

describe('bid v4 → v5 sections', () => {
  it('converts text, keeps content, and starts status and kind from what the section says', () => {
    const out = migrateSectionsV5([
      { id: 'a', title: '技术方案', content: '一、概述\n正文', done: false, formKey: null, materialIds: [] },
      { id: 'b', title: '投标函', content: '', done: true, formKey: '投标函', materialIds: [] },
      { id: 'c', title: '资质', content: '', formKey: null, materialIds: ['m1'] },
      { id: 'd', title: '空', content: '  ' },
    ]) as Record<string, unknown>[]
    expect(out.map((s) => [s.status, s.source, s.doc === null])).toEqual([
      ['初稿', 'written', false],
      ['定稿', 'template', true],
      ['待写', 'appendix', true],
      ['待写', 'written', true],
    ])
    expect(out[0].content).toBe('一、概述\n正文')
    expect(SectionDocSchema.parse(out[0].doc)).toEqual(docFromPlainText('一、概述\n正文'))
  })
})

describe('document or plain text', () => {
  it('prints the document while content is its text, and the text once a plain-text writer changed it', () => {
    const content = docText(RICH)
    expect(writtenDoc({ doc: RICH, content })).toBe(RICH)
    // Blank lines and edge spaces never printed, so they do not make the document stale.
    expect(writtenDoc({ doc: RICH, content: `\n  ${content.replace('\n', '\n\n')}  \n` })).toBe(RICH)
    expect(writtenDoc({ doc: RICH, content: content.replace('接入层', '接入层（已改）') })).toBeNull()
    expect(writtenDoc({ doc: null, content })).toBeNull()
    const imageOnly = SectionDocSchema.parse({
      type: 'doc',
      content: [{ type: 'image', attrs: { sha256: 'b'.repeat(64) } }],
    })
    expect(hasWriting({ doc: imageOnly, content: '' })).toBe(true)
    expect(hasWriting({ doc: imageOnly, content: '改成文字' })).toBe(true)
  })
})

describe('Word chapter HTML → editor HTML', () => {
  const pic = { sha256: 'c'.repeat(64), name: '方案-图1.png', mime: 'image/png', size: 10 }
  it('keeps typed heading numbers, links pictures by hash and counts what came in', () => {
    const r = chapterHtml(
      '<h1>一、概述</h1><h2>建设目标</h2><h4>细节</h4><p><a id="_Toc1"></a>正文</p>' +
        '<p><img src="bbimg:0" alt="架构" /></p><p><img src="bbimg:1" /></p><table><tr><td>a</td></tr></table>',
      [pic, null],
    )
    expect(r.html).toBe(
      '<h1 data-numbered="false">一、概述</h1><h2>建设目标</h2><p><strong>细节</strong></p><p>正文</p>' +
        `<img data-sha256="${pic.sha256}" data-name="方案-图1.png" data-mime="image/png" data-size="10" alt="架构" />` +
        '<table><tr><td>a</td></tr></table>',
    )
    expect([r.headings, r.tables, r.images]).toEqual([2, 1, 1])
  })
})
