import { describe, expect, it } from 'vitest'
import { classifyHeader, detectItems, type FormDoc } from '.'
import { headerWords } from './item-columns'

/** Header words as buyers print them, and which tables are lists of items at all. */

describe('item table headers', () => {
  it.each([
    ['序号', 'no'],
    ['No.', 'no'],
    ['货物名称', 'name'],
    ['品  名', 'name'],
    ['服务内容', 'name'],
    ['品牌', 'brand'],
    ['品牌及型号', 'brandSpec'],
    ['品牌/规格型号', 'brandSpec'],
    ['规格型号及主要技术参数', 'spec'],
    ['型 号', 'spec'],
    ['生产厂家', 'maker'],
    ['制造商名称', 'maker'],
    ['数 量', 'qty'],
    ['计量单位', 'unit'],
    ['单价（元）', 'unitPrice'],
    ['综合单价(万元)', 'unitPrice'],
    ['合价', 'lineTotal'],
    ['小  计(元)', 'lineTotal'],
    ['分项总价（元）', 'lineTotal'],
    ['金额', 'lineTotal'],
    ['税率', 'taxRate'],
    ['备注', 'note'],
    ['产地', null],
    ['交货期', null],
  ])('%s → %s', (h, field) => expect(classifyHeader(h)).toBe(field))

  it('reads the money unit from the header', () => {
    expect(headerWords('单价（万元）').unit).toBe('万元')
    expect(headerWords('合价(人民币元)').unit).toBe('元')
    expect(headerWords('单位').unit).toBe(null)
    expect(headerWords('数量').unit).toBe(null)
  })
})

const cell = (col: number, paragraph: number, text: string) => ({
  col,
  span: 1,
  paragraph,
  text,
  merged: false,
})
function docOf(title: string, rows: string[][]): FormDoc {
  let p = 1
  const paragraphs: FormDoc['paragraphs'] = [{ runs: [{ text: title, underline: false }] }]
  const cells = rows.map((row, r) =>
    row.map((t, c) => {
      paragraphs.push({ runs: [{ text: t, underline: false }], cell: { table: 0, row: r, col: c } })
      return cell(c, p++, t)
    }),
  )
  return { paragraphs, tables: [{ index: 0, rows: cells }] }
}

describe('item tables', () => {
  it('a list of items needs a name and a quantity or unit price (or a 明细 title)', () => {
    expect(
      detectItems(
        docOf('报价明细表', [
          ['序号', '名称', '数量', '单价', '合价'],
          ['', '', '', '', ''],
        ]),
      ),
    ).toHaveLength(1)
    expect(
      detectItems(
        docOf('分项报价表', [
          ['序号', '服务内容', '金额（元）'],
          ['', '', ''],
        ]),
      ),
    ).toHaveLength(1)
  })

  it('summaries and other lists are not item tables', () => {
    // 开标一览表: one price row; 业绩表 and 偏离表 name things but price no items.
    expect(
      detectItems(
        docOf('开标一览表', [
          ['项目名称', '数量', '投标总价（元）'],
          ['', '', ''],
        ]),
      ),
    ).toEqual([])
    expect(
      detectItems(
        docOf('类似项目业绩一览表', [
          ['序号', '项目名称', '采购人', '合同金额'],
          ['', '', '', ''],
        ]),
      ),
    ).toEqual([])
    expect(
      detectItems(
        docOf('技术偏离表', [
          ['序号', '货物名称', '招标要求', '投标响应', '偏离'],
          ['', '', '', '', ''],
        ]),
      ),
    ).toEqual([])
    expect(
      detectItems(
        docOf('项目人员配备表', [
          ['序号', '姓名', '职务', '证书'],
          ['', '', '', ''],
        ]),
      ),
    ).toEqual([])
  })

  it('rows: pre-numbered empty rows, buyer-printed items, the 合计 rows', () => {
    const [t] = detectItems(
      docOf('供货清单', [
        ['序号', '名称', '数量', '单价', '合价'],
        ['1', '服务器', '2', '', ''],
        ['2', '', '', '', ''],
        ['合计', '', '', '', ''],
        ['合计（大写）', '', '', '', ''],
        ['投标人：', '', '', '', ''],
      ]),
    )
    expect(t.body.map((b) => [b.row, b.kind, b.name])).toEqual([
      [1, 'buyer', '服务器'],
      [2, 'empty', ''],
    ])
    expect(t.totals.map((x) => x.row)).toEqual([3, 4])
  })
})
