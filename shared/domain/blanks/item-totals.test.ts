import { describe, expect, it } from 'vitest'
import type { FormCell, FormDoc } from '.'
import { itemTotals } from './item-totals'

/** A form: title, the lines above the table, then the table (a cell is text, or [text, gridSpan]). */
function docOf(lines: string[], rows: (string | [string, number])[][]): FormDoc {
  const paragraphs: FormDoc['paragraphs'] = lines.map((t) => ({ runs: [{ text: t, underline: false }] }))
  const cells = rows.map((row, r) => {
    let col = 0
    return row.map((c): FormCell => {
      const [text, span] = typeof c === 'string' ? [c, 1] : c
      paragraphs.push({ runs: [{ text, underline: false }], cell: { table: 0, row: r, col } })
      const cell = { col, span, paragraph: paragraphs.length - 1, text, merged: false }
      col += span
      return cell
    })
  })
  return { paragraphs, tables: [{ index: 0, rows: cells }] }
}

const head = ['序号', '名称', '数量', '单价', '合价']
const line = ['1', '服务器', '2', '12.5', '25.00']

describe('the 合计 rows of an item table', () => {
  it('the unit from the caption "单位：万元", the figures under 合价, 1-based table and row', () => {
    const doc = docOf(['报价明细表', '单位：万元'], [head, line, [['合计', 4], '25.0000']])
    expect(itemTotals(doc)).toEqual([
      { table: 1, row: 3, label: '合计', text: '25.0000', unit: '万元', words: false },
    ])
  })

  it('the unit from the column header; a 大写 row gives words', () => {
    const doc = docOf(
      ['分项报价表'],
      [
        ['序号', '名称', '数量', '单价（万元）', '合价（万元）'],
        line,
        [['合计（大写）', 4], '贰拾伍万元整'],
        [['合计（小写）', 4], '25.00'],
      ],
    )
    expect(itemTotals(doc).map((t) => [t.row, t.unit, t.words, t.text])).toEqual([
      [3, '万元', true, '贰拾伍万元整'],
      [4, '万元', false, '25.00'],
    ])
  })

  it('the row label says the unit ("合计（万元）") over a header without one; 元 by default; empty cells skipped', () => {
    expect(itemTotals(docOf(['报价明细表'], [head, line, [['合计（万元）', 4], '25']]))[0].unit).toBe('万元')
    expect(itemTotals(docOf(['报价明细表'], [head, line, [['合计', 4], '250,000.00']]))[0].unit).toBe('元')
    expect(itemTotals(docOf(['报价明细表'], [head, line, [['合计', 4], '']]))).toEqual([])
  })

  it('a 开标一览表 is no item table: nothing read as a 合计 here', () => {
    const doc = docOf(
      ['开标一览表'],
      [
        ['项目名称', '投标总价（万元）'],
        ['平台', '25'],
      ],
    )
    expect(itemTotals(doc)).toEqual([])
  })
})
