import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tableBlock } from '@shared/domain/sections/print'
import { isWordHtml, listDefinitions, markerNumber, wordPasteHtml } from '@shared/domain/sections/word-paste'
import { markerLabel, markerStyle, wordLevel } from '@shared/domain/sections/list-markers'

/** Each list's tag and marker style, in document order. */
const markers = (html: string) =>
  [...html.matchAll(/<(ol|ul)\b[^>]*?(?: data-marker="([^"]*)")?>/g)].map((m) => `${m[1]}:${m[2] ?? '-'}`)

const sample = (name: string) => readFileSync(path.join('test/fixtures/sections/clipboard', name), 'utf8')
/** The structure only: tags with their attributes, text without the Office spans (list markers: markers()). */
const shape = (html: string) =>
  html
    .replace(/ data-marker="[^"]*"/g, '')
    .replace(/<\/?(?:span|b|strong)\b[^>]*>/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim()

describe('paste from Word (Word 2016 clipboard: @list definitions, <![if !supportLists]>, unquoted attributes)', () => {
  const r = wordPasteHtml(sample('word2016.html'))
  const s = shape(r.html)
  it('turns list paragraphs into nested bullet and numbered lists without the literal markers', () => {
    expect(r.lists).toBe(2)
    expect(s).toContain(
      '<ul><li><p>计算资源：新增虚拟机200台</p><ul><li><p>通用型150台</p></li><li><p>计算型50台</p></li></ul></li>' +
        '<li><p>存储资源：分布式存储2PB</p></li></ul>',
    )
    expect(s).toContain(
      '<ol><li><p>现场勘察与方案确认</p><ol><li><p>机房电力核查</p></li></ol></li><li><p>设备到货与安装</p></li>' +
        '<li><p>联调测试与验收</p></li></ol>',
    )
    expect(s).not.toMatch(/>\s*(l|n|1\.|a\))\s*</)
  })
  it('keeps headings 1-3; drops the number Word generated; a typed number stays and is not numbered again', () => {
    expect(r.headings).toBe(3)
    expect(s).toContain('<h1>项目理解</h1>')
    expect(s).toContain('<h2>实施步骤</h2>')
    expect(s).toContain('<h3 data-numbered="false">1.1 进度计划表</h3>')
    expect(s).not.toContain('一、')
    expect(s).toContain('<p>质量保证</p>')
    expect(r.html).toContain('<p><strong><span')
  })
  it('keeps the table: thead rows as header cells, merges, widths of single columns in pixels', () => {
    expect(r.tables).toBe(1)
    expect(s).toContain(
      '<table><tr><th rowspan="2" colwidth="92"><p>阶段</p></th><th colspan="2"><p>时间安排</p></th>' +
        '<th rowspan="2" colwidth="92"><p>责任人</p></th></tr><tr><th colwidth="184"><p>开始</p></th>' +
        '<th colwidth="185"><p>结束</p></th></tr><tr><td colwidth="92"><p>勘察</p></td>',
    )
  })
  it('drops Office markup, empty spacing paragraphs and the picture it cannot read (counted)', () => {
    expect(r.droppedImages).toBe(1)
    expect(r.html).not.toMatch(/<o:p|<v:|<!--|<!\[|<a |<img|mso-list:Ignore|_Toc/)
    expect(s).not.toContain('<p></p>')
    expect(r.html).toContain('对<b>招标文件第三章</b>的')
  })
})

describe('paste from WPS (double quotes, <!--[if !supportLists]--> markers, outline levels, no @list sheet)', () => {
  const r = wordPasteHtml(sample('wps.html'))
  const s = shape(r.html)
  it('reads headings from mso-outline-level; 第一部分 is a typed number', () => {
    expect(s).toMatch(/^<h1 data-numbered="false">第一部分 售后服务方案<\/h1><h2>服务承诺<\/h2>/)
    expect(s).toContain('<p>备品备件</p>')
  })
  it('reads the list kind from the marker: （1） numbered, Symbol · bullet, a first number 5 is the start', () => {
    expect(s).toContain(
      '<ol><li><p>7×24小时电话支持；</p></li><li><p>2小时内响应，4小时内到场；</p><ul><li><p>市区范围内</p></li>' +
        '<li><p>郊县范围内</p></li></ul></li><li><p>每季度一次巡检。</p></li></ol>',
    )
    expect(s).toContain('<ol start="5"><li><p>现场常备关键备件</p></li></ol>')
  })
  it('a list inside a table cell stays in its cell; widths from width:…pt', () => {
    expect(s).toContain(
      '<td colwidth="142"><p>一级</p></td><td colwidth="426"><ul><li><p>原厂工程师</p></li>',
    )
    expect(s).toMatch(/<\/table><p>以上服务不另收费。<\/p>$/)
    expect(r.lists).toBe(3)
  })
})

describe('paste rules', () => {
  it('leaves HTML that is not from Word/WPS alone', () => {
    const html = '<ul><li>a</li></ul><p>b</p>'
    expect(isWordHtml(html)).toBe(false)
    expect(wordPasteHtml(html).html).toBe(html)
  })
  it('reads list markers and @list definitions', () => {
    expect(['3.', '（二）', 'c)', '１０．', '十二、', 'iv.', '·', '§', 'Ø'].map(markerNumber)).toEqual([
      3,
      2,
      3,
      10,
      12,
      4,
      null,
      null,
      null,
    ])
    const defs = listDefinitions(
      '@list l3:level1 {mso-level-number-format:bullet;} @list l3:level2 {mso-level-start-at:4;}',
    )
    expect(defs.get('l3:1')).toEqual({ kind: 'bullet', start: null })
    expect(defs.get('l3:2')).toEqual({ kind: 'ordered', start: 4 })
  })
  it('a level deeper than the one above opens inside the last item; a different list id starts a new list', () => {
    const p = (l: string, lvl: number, m: string, t: string) =>
      `<p class=MsoListParagraph style='mso-list:${l} level${lvl} lfo1'><![if !supportLists]>${m}<![endif]>${t}</p>`
    const html = `<body>${p('l0', 1, '1.', 'a')}${p('l0', 3, 'i.', 'b')}${p('l0', 1, '2.', 'c')}${p('l1', 1, '·', 'd')}</body>`
    expect(shape(wordPasteHtml(`<html xmlns:w="urn:schemas-microsoft-com:office:word">${html}`).html)).toBe(
      '<ol><li><p>a</p><ol><li><p>b</p></li></ol></li><li><p>c</p></li></ol><ul><li><p>d</p></li></ul>',
    )
  })
  it('pasted column widths print as relative widths', () => {
    const cell = (w: number | null, text: string) => ({
      type: 'tableCell' as const,
      attrs: { colspan: 1, rowspan: 1, colwidth: w === null ? null : [w] },
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
    })
    const widths = (a: number | null, b: number | null) => {
      const t = tableBlock({
        type: 'table',
        content: [{ type: 'tableRow', content: [cell(a, 'x'), cell(b, 'y')] }],
      })
      return t.type === 'table' ? t.widths : null
    }
    expect(widths(142, 426)).toEqual([142, 426])
    expect(widths(142, null)).toEqual([1, 1])
  })
})

describe('list marker styles (kept from the paste, printed as Word numbering of that format)', () => {
  it("keeps each list's marker: Word's ● with ■ inside, 1. with a) inside; WPS's （1） with • inside, 1., ● in a cell", () => {
    expect(markers(wordPasteHtml(sample('word2016.html')).html)).toEqual([
      'ul:disc',
      'ul:square',
      'ol:decimal-dot',
      'ol:lower-paren',
    ])
    expect(markers(wordPasteHtml(sample('wps.html')).html)).toEqual([
      'ol:decimal-fullparen',
      'ul:dot',
      'ol:decimal-dot',
      'ul:disc',
    ])
  })
  it.each([
    ['（1）', 'decimal-fullparen', 3, '（3）', 'decimal', '（%1）'],
    ['1)', 'decimal-paren', 2, '2)', 'decimal', '%1)'],
    ['①', 'decimal-circle', 12, '⑫', 'decimalEnclosedCircle', '%1'],
    ['一、', 'cn-comma', 12, '十二、', 'chineseCounting', '%1、'],
    ['（二）', 'cn-fullparen', 21, '（二十一）', 'chineseCounting', '（%1）'],
    ['a.', 'lower-dot', 28, 'bb.', 'lowerLetter', '%1.'],
    ['B.', 'upper-dot', 2, 'B.', 'upperLetter', '%1.'],
    ['iv.', 'lower-roman-dot', 14, 'xiv.', 'lowerRoman', '%1.'],
    ['3、', 'decimal-comma', 3, '3、', 'decimal', '%1、'],
    ['■', 'square', 1, '■', 'bullet', '■'],
    ['✓', 'check', 1, '✓', 'bullet', '✓'],
  ] as const)('%s → %s; item %i prints %s; Word %s "%s"', (literal, style, n, label, fmt, text) => {
    expect(markerStyle(literal, false)).toBe(style)
    expect(markerLabel(style, n)).toBe(label)
    expect(wordLevel(style, 0)).toEqual({ fmt, text })
  })
  it('Symbol/Wingdings letters are bullets; the level number goes in lvlText; ① counts as 1; unknown → null', () => {
    expect([
      markerStyle('l', true),
      markerStyle('§', true),
      markerStyle('ü', true),
      markerStyle('·', true),
    ]).toEqual(['disc', 'square', 'check', 'dot'])
    expect(wordLevel('decimal-fullparen', 2).text).toBe('（%3）')
    expect(markerNumber('③')).toBe(3)
    expect(markerStyle('第1条', false)).toBeNull()
  })
})
