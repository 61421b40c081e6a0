import { describe, expect, it } from 'vitest'
import { formCatalog, insertionIndex, previewOf } from './form-catalog'

const templates = [
  '封面',
  '目录',
  '投标函',
  '开标一览表',
  '授权委托书',
  '投标保证金',
  '服务承诺书',
  '评分索引表',
].map((key) => ({ key, title: key }))
const hidden = new Set(['封面', '目录', '评分索引表'])

describe('standard-form catalog', () => {
  it("lists the tender's forms first, in its order and wording, matched to templates; then the other templates", () => {
    const order = ['响应函', '首次报价一览表', '法定代表人授权书', '服务方案', '磋商保证金']
    const c = formCatalog(templates, order, [{ title: '响应函', formKey: '投标函' }], hidden)
    expect(c.map((e) => [e.position, e.title, e.key, e.sectionIndex])).toEqual([
      [1, '响应函', '投标函', 0],
      [2, '首次报价一览表', '开标一览表', null],
      [3, '法定代表人授权书', '授权委托书', null],
      [4, '服务方案', null, null],
      [5, '磋商保证金', '投标保证金', null],
      [null, '服务承诺书', '服务承诺书', null],
    ])
    expect(c.some((e) => e.key === '封面' || e.key === '目录')).toBe(false)
  })
  it('without a tender list: every template but the front forms, a section using one is named', () => {
    const c = formCatalog(templates, [], [{ title: '我方承诺', formKey: '服务承诺书' }], hidden)
    expect(c.map((e) => e.key)).toEqual(['投标函', '开标一览表', '授权委托书', '投标保证金', '服务承诺书'])
    expect(c.find((e) => e.key === '服务承诺书')!.sectionIndex).toBe(0)
  })
  it("inserts a new section where the tender's order puts it", () => {
    const order = ['投标函', '开标一览表', '授权委托书', '资格证明文件', '技术方案']
    const secs = (...t: string[]) => t.map((title) => ({ title }))
    expect(
      insertionIndex(secs('投标函', '开标一览表', '资格证明文件', '技术方案'), order, '授权委托书'),
    ).toBe(2)
    expect(insertionIndex(secs('技术方案', '资格证明文件'), order, '投标函')).toBe(0)
    expect(insertionIndex(secs('自定义', '开标一览表', '自定义2'), order, '授权委托书')).toBe(2)
    expect(insertionIndex(secs('投标函', '技术方案'), order, '不在目录中的附件')).toBe(2)
  })
  it('previews a form: text, markers, tables cut to eight rows with the rest counted', () => {
    const rows = Array.from({ length: 12 }, (_x, i) => [{ text: `行${i}`, span: 1 }])
    const p = previewOf([
      { type: 'heading', level: 1, text: '投标函', pageBreakBefore: true },
      { type: 'paragraph', text: '致：某医院', style: {} },
      { type: 'paragraph', text: ' ', style: {} },
      { type: 'table', widths: [1], aligns: [], header: [{ text: '序号', span: 1 }], rows, footer: [] },
      { type: 'marker', kind: 'seal', text: '投标人（盖章）：某公司', align: 'right' },
      { type: 'pageBreak' },
    ])
    expect(p.map((x) => x.type)).toEqual(['heading', 'paragraph', 'table', 'marker'])
    const table = p[2]
    expect(table.type === 'table' && [table.rows.length, table.rows[0][0], table.more]).toEqual([
      8,
      { text: '序号', span: 1, bold: true },
      5,
    ])
  })
})
