import { describe, expect, it } from 'vitest'
import { printedTable, type SourceCell } from './printed-table'

/** Rows as the .docx reader gives them: each cell's grid column, span and text. */
const rows = (...rs: (string | [string, number])[][]): SourceCell[][] =>
  rs.map((r) => {
    let col = 0
    return r.map((c) => {
      const [text, span] = typeof c === 'string' ? [c, 1] : c
      const cell = { col, span, text, merged: false }
      col += span
      return cell
    })
  })

const headers = (t: ReturnType<typeof printedTable>) =>
  t.rows.map((r) => [r.row, r.cells.map((c) => `${c.header}=${c.text}`)])

describe('a buyer form table with its column headers', () => {
  it('one header row over a filled row', () => {
    const t = printedTable(
      0,
      rows(
        ['项目名称', '投标总价（小写）', '投标总价（大写）'],
        ['园区平台', '¥1,800,000.00', '壹佰捌拾万元整'],
      ),
    )
    expect(headers(t)).toEqual([
      [2, ['项目名称=园区平台', '投标总价（小写）=¥1,800,000.00', '投标总价（大写）=壹佰捌拾万元整']],
    ])
  })

  it('a title across the table is no header; a group header over 小写 | 大写 heads both', () => {
    const t = printedTable(
      1,
      rows(
        [['开标一览表', 4]],
        ['包号', '包名称', ['投标报价（元）', 2]],
        ['', '', '小写', '大写'],
        ['1', '软件', '800,000.00', '捌拾万元整'],
        ['2', '实施', '350,000.00', '叁拾伍万元整'],
      ),
    )
    expect(t.index).toBe(1)
    expect(headers(t)).toEqual([
      [4, ['包号=1', '包名称=软件', '投标报价（元）/小写=800,000.00', '投标报价（元）/大写=捌拾万元整']],
      [5, ['包号=2', '包名称=实施', '投标报价（元）/小写=350,000.00', '投标报价（元）/大写=叁拾伍万元整']],
    ])
  })

  it('a sub-header row a form filler wrote into (包号 1, a period) is still a header row, its values no label', () => {
    const t = printedTable(
      0,
      rows(
        ['包号', ['投标报价（元）', 2], '交货期'],
        ['1', '小写', '大写', '合同签订后30日历天内'],
        ['1', '¥804,000.00', '捌拾万零肆仟元整', '30日历天'],
      ),
    )
    expect(headers(t)).toEqual([
      [
        3,
        [
          '包号=1',
          '投标报价（元）/小写=¥804,000.00',
          '投标报价（元）/大写=捌拾万零肆仟元整',
          '交货期=30日历天',
        ],
      ],
    ])
  })

  it('a table of labels only (an unfilled form) has no body', () => {
    expect(printedTable(0, rows(['投标总价（小写）', '投标总价（大写）'], ['', ''])).rows).toEqual([])
  })

  it('a merged continuation cell is not read twice', () => {
    const r = rows(['包号', '小写', '大写'], ['1', '¥1.00', '壹元整'], ['', '¥2.00', '贰元整'])
    r[2][0].merged = true
    expect(headers(printedTable(0, r))[1]).toEqual([3, ['小写=¥2.00', '大写=贰元整']])
  })
})
