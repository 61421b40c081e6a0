import { describe, expect, it } from 'vitest'
import { detectHeader, matchHeaderRow, rowsToRequirements, type Grid } from './sheet'

const HEADER = ['序号', '章节', '页码', '类型', '★', '招标要求', '投标响应', '偏离情况']

describe('matchHeaderRow', () => {
  it('maps exact names, then names that contain a keyword, each column to one field', () => {
    expect(matchHeaderRow(HEADER)).toEqual({
      no: 0,
      chapter: 1,
      page: 2,
      kind: 3,
      star: 4,
      text: 5,
      responseText: 6,
      deviation: 7,
    })
    expect(
      matchHeaderRow(['编 号', '招标文件条款号', '页码（P）', '是否为★条款', '招标文件条款内容']),
    ).toEqual({
      no: 0,
      chapter: 1,
      page: 2,
      star: 3,
      text: 4,
    })
  })

  it('visits the holes of a sparse row without failing', () => {
    const row: string[] = []
    row[2] = '序号'
    row[5] = '内容'
    expect(matchHeaderRow(row)).toEqual({ no: 2, text: 5 })
  })
})

describe('detectHeader', () => {
  it('skips title rows above the header', () => {
    const grid: Grid = [['某某项目技术需求表'], ['项目编号：ZB-2025-001', '', '日期'], [], HEADER]
    expect(detectHeader(grid)).toEqual({
      row: 3,
      columns: matchHeaderRow(HEADER),
      kindFromHeader: null,
    })
  })

  it('does not take a merged title that repeats in every covered cell for the header', () => {
    const title = '技术要求偏离表'
    const grid: Grid = [
      [title, title, title],
      ['序号', '技术要求', '偏离'],
    ]
    // Without merge information the repeated title looks like a header (偏离 + 要求): the reason for isMergeSlave.
    expect(detectHeader(grid)?.row).toBe(0)
    const h = detectHeader(grid, { isMergeSlave: (r, c) => r === 0 && c > 0 })
    expect(h?.row).toBe(1)
    expect(h?.kindFromHeader).toBe('技术')
  })

  it('needs a text column and one more field; gives up after scanRows', () => {
    expect(detectHeader([['要求']])).toBeNull()
    expect(detectHeader([['序号', '页码']])).toBeNull()
    const late: Grid = [...Array.from({ length: 5 }, () => ['x']), ['序号', '内容']]
    expect(detectHeader(late, { scanRows: 5 })).toBeNull()
    expect(detectHeader(late, { scanRows: 6 })?.row).toBe(5)
  })

  it('reads the kind from a 商务要求 text column', () => {
    expect(detectHeader([['序号', '商务要求']])?.kindFromHeader).toBe('商务')
  })
})

describe('rowsToRequirements', () => {
  it('reads every field and reports what it could not use', () => {
    const grid: Grid = [
      HEADER,
      ['1', '第三章', '12', '商务', '是', '付款方式：验收后30日内付清', '满足', '无偏离'],
      ['2', '第三章', '13', '价格', '', '★ 报价不得超过最高限价', '', ''],
      [],
      ['3', '', '', '技术', '否', '▲支持国产操作系统', '', '负偏离'],
      ['4', '', '', '', '', '', '', ''],
      ['', '', '', '奇怪', '也许', '3.1 内存不少于 256GB', '', '差不多'],
      ['5', '', '', '', '', '2.1 支持双电源', '', ''],
      ['2.1', '', '', '', '', '2.1 支持 RAID', '', ''],
    ]
    const header = detectHeader(grid)!
    const { requirements, problems } = rowsToRequirements(grid, header)
    expect(requirements.map((r) => [r.no, r.source.chapter, r.source.page, r.kind, r.star, r.text])).toEqual([
      ['1', '第三章', '12', '商务', true, '付款方式：验收后30日内付清'],
      ['2', '第三章', '13', '报价', true, '报价不得超过最高限价'],
      ['3', '', '', '技术', true, '支持国产操作系统'],
      ['3.1', '', '', '技术', false, '内存不少于 256GB'],
      // The number column is authoritative; a different number in the text stays in the text.
      ['5', '', '', '技术', false, '2.1 支持双电源'],
      ['2.1', '', '', '技术', false, '支持 RAID'],
    ])
    expect(requirements[0].responseText).toBe('满足')
    expect([requirements[0].deviation, requirements[0].deviationTableEntry]).toEqual(['无偏离', '无偏离'])
    expect([requirements[2].deviation, requirements[2].deviationTableEntry]).toEqual(['负偏离', '负偏离'])
    expect([requirements[3].deviation, requirements[3].deviationTableEntry]).toEqual(['无偏离', null])
    expect(problems.map((p) => p.row)).toEqual([6, 7, 7, 7])
    expect(problems.map((p) => p.en)).toEqual([
      'row 6 has no requirement text; not imported',
      'row 7: star mark "也许" not understood; judged from the text',
      'row 7: kind "奇怪" not understood; recorded as 技术',
      'row 7: deviation "差不多" is not 正偏离/无偏离/负偏离; ignored',
    ])
  })

  it('uses the header kind, then the default kind', () => {
    const grid: Grid = [
      ['序号', '商务要求'],
      ['1', '合同签订后7日内交货'],
    ]
    expect(rowsToRequirements(grid, detectHeader(grid)!).requirements[0].kind).toBe('商务')
    const plain: Grid = [
      ['序号', '内容'],
      ['1', '交货'],
    ]
    expect(rowsToRequirements(plain, detectHeader(plain)!, '资格').requirements[0].kind).toBe('资格')
  })

  it('reports a row whose value breaks the schema instead of truncating it', () => {
    const grid: Grid = [
      ['章节', '内容'],
      ['章'.repeat(2001), '交货'],
    ]
    const { requirements, problems } = rowsToRequirements(grid, detectHeader(grid)!)
    expect(requirements).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0].en).toMatch(/^row 2 \(source\.chapter\): .*; not imported$/)
  })
})
