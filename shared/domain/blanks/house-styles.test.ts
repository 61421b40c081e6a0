import { describe, expect, it } from 'vitest'
import { detectBlanks, formTitles, planBlanks, type FormCell, type FormDoc } from '.'

/**
 * Blanks of house styles the first readers passed over: a label row over an empty row (one label across the whole
 * table too), 大写/小写 in one cell beside the row's label, a title spaced out "开 标 一 览 表", a cell framing a table.
 */

type C = string | { text?: string; span?: number; u?: string[]; framesTable?: boolean }

/** Lines (a "<u>" prefix underlines a run of spaces: "大写：|<u>      ") and one table. */
function docOf(lines: string[], rows: C[][]): FormDoc {
  const runs = (t: string) =>
    t
      .split('|')
      .map((s) =>
        s.startsWith('<u>') ? { text: s.slice(3), underline: true } : { text: s, underline: false },
      )
  const paragraphs: FormDoc['paragraphs'] = lines.map((t) => ({ runs: runs(t) }))
  const cells = rows.map((row, r) => {
    let col = 0
    return row.map((c): FormCell => {
      const spec = typeof c === 'string' ? { text: c } : c
      const text = spec.text ?? ''
      paragraphs.push({ runs: runs(text), cell: { table: 0, row: r, col } })
      const cell: FormCell = {
        col,
        span: spec.span ?? 1,
        paragraph: paragraphs.length - 1,
        text: text.replace(/\||<u>/g, ''),
        merged: false,
        ...(spec.framesTable ? { framesTable: true } : {}),
      }
      col += cell.span
      return cell
    })
  })
  return { paragraphs, tables: [{ index: 0, rows: cells }] }
}

const VALUES = {
  开标报价: '¥508,790.30',
  开标报价大写: '伍拾万捌仟柒佰玖拾元叁角整',
  投标人名称: '华信智联科技有限公司',
  交货期: '60日历天',
}
const fills = (doc: FormDoc) =>
  planBlanks(detectBlanks(doc), VALUES).map((f) => [f.label, f.key, f.status, f.value])

describe('house styles', () => {
  it('a label row over an empty row, cell for cell, one label across the table included', () => {
    const doc = docOf(
      ['开标一览表'],
      [
        [
          { text: '投标人名称', span: 2 },
          { text: '交货期', span: 2 },
        ],
        [{ span: 2 }, { span: 2 }],
        [{ text: '投标总价（大写）', span: 4 }],
        [{ span: 4 }],
      ],
    )
    expect(fills(doc)).toEqual([
      ['投标人名称', '投标人名称', 'filled', '华信智联科技有限公司'],
      ['交货期', '交货期', 'filled', '60日历天'],
      ['投标总价（大写）', '开标报价大写', 'filled', '伍拾万捌仟柒佰玖拾元叁角整'],
    ])
  })

  it('大写 and 小写 in one cell take the row label: 投标报价 | 大写：____ 小写：¥____', () => {
    const doc = docOf(['开标一览表'], [['投标报价', '大写：|<u>        |  小写：¥|<u>        ']])
    expect(fills(doc).map((f) => [f[1], f[3]])).toEqual([
      ['开标报价大写', '伍拾万捌仟柒佰玖拾元叁角整'],
      ['开标报价', '508,790.30'],
    ])
  })

  it('a spaced-out title reads as the title ("开 标 一 览 表" → 开标一览表)', () => {
    expect(formTitles(docOf(['开 标 一 览 表', '投标报价：|<u>      '], []))[1]).toBe('开标一览表')
  })

  it('a cell framing a table is no blank of its own', () => {
    const doc = docOf(['开标一览表'], [['投标人名称', { framesTable: true }]])
    expect(detectBlanks(doc)).toEqual([])
  })
})
