import { describe, expect, it } from 'vitest'
import { fitColumnWidths, spacedWidth, tableFontSize, unbreakableWidth } from '@services/export/docx/widths'

const c = (text: string) => ({ text, span: 1 })

describe('column widths fitted to unbreakable values', () => {
  it('measures a whole credit code, an amount, a date', () => {
    expect(unbreakableWidth('91110108MA01ABCD2H')).toBeGreaterThanOrEqual(18)
    expect(unbreakableWidth('¥3,150,000.00')).toBe(13)
    expect(unbreakableWidth('信息科 张主任 0571-8700 0000')).toBe(14)
    expect(unbreakableWidth('139 1234 5678')).toBe(13)
    expect(unbreakableWidth('合同签订于2028年1月7日')).toBe(unbreakableWidth('2028年1月7日'))
  })

  it('a consortium table gives the credit-code column room for the whole code', () => {
    const sizePt = 10.5
    const widths = fitColumnWidths({
      widths: [0.6, 2.6, 2.2, 0.9, 2.4, 1],
      header: ['序号', '成员名称', '统一社会信用代码', '角色', '承担的工作', '合同份额'].map(c),
      rows: [
        ['1', '华信智联科技有限公司', '91110108MA01ABCD2H', '牵头人', '平台软件及总体集成', '65%'].map(c),
      ],
      total: 8312,
      sizePt,
      padding: 216,
    })
    expect(widths[2]).toBeGreaterThanOrEqual(
      Math.ceil(unbreakableWidth('91110108MA01ABCD2H') * sizePt * 10 * 1.08) + 216,
    )
    expect(Math.round(widths.reduce((s, w) => s + w, 0))).toBe(8312)
  })

  it('counts the gap Word and LibreOffice put where CJK meets a digit: a date column holds the whole date', () => {
    // 2027|年|5|月|13|日: five CJK/digit gaps of a quarter em (half a display unit) each.
    expect(spacedWidth('2027年5月13日')).toBe(13 + 2.5)
    expect(unbreakableWidth('有效期至2027年5月13日')).toBe(15.5)
    expect(spacedWidth('无偏离')).toBe(6)
    // A bracketed Latin word keeps its brackets on its line.
    expect(unbreakableWidth('医学影像存储与传输系统（PACS）')).toBeGreaterThan(unbreakableWidth('PACS') + 3)
    // The sample's 资格证明文件 table: the date column gets the date with its gaps.
    const sizePt = 10.5
    const widths = fitColumnWidths({
      widths: [0.6, 2, 1.2, 2, 1.6, 1.6],
      header: ['序号', '文件名称', '类别', '证书编号', '发证机关', '有效期至'].map(c),
      rows: [
        ['1', '营业执照', '营业执照', '91330106MA2B7K3X4N', '杭州市市场监督管理局', '长期'].map(c),
        ['6', '近六个月纳税证明', '纳税/社保证明', '', '国家税务总局杭州市西湖区税务局', '2027年5月13日'].map(
          c,
        ),
      ],
      total: 8312,
      sizePt,
      padding: 216,
    })
    expect(widths[5]).toBeGreaterThanOrEqual(Math.ceil(15.5 * sizePt * 10 * 1.08) + 216)
  })

  it('an over-full table prints smaller (down to 小五) so that 序号, the dates and the codes stay whole', () => {
    // The sample goods bid's 资格证明文件: not every value fits whole at 五号 on the text width.
    const table = {
      widths: [0.6, 3, 1.4, 2, 2, 1.5],
      header: ['序号', '文件名称', '类别', '证书编号', '发证机关', '有效期至'].map(c),
      rows: [
        ['1', '营业执照', '营业执照', '91330106MA2B7K3X4N', '杭州市市场监督管理局', '长期'].map(c),
        [
          '2',
          'ISO27001信息安全管理体系认证证书',
          '资质证书',
          'ISCCC-2023-ISMS-0871',
          '中国网络安全审查认证和市场监管大数据中心',
          '2026年12月24日',
        ].map(c),
        ['3', 'CMMI 3级评估证书', '资质证书', '58871', 'CMMI Institute', '2026年11月4日'].map(c),
      ],
      total: 8312,
      sizePt: 10.5,
      padding: 216,
    }
    const sizePt = tableFontSize(table)
    expect(sizePt).toBeLessThan(10.5)
    expect(sizePt).toBeGreaterThanOrEqual(9)
    // A table that fits keeps its size.
    expect(tableFontSize({ ...table, rows: table.rows.slice(0, 1) })).toBe(10.5)
    const u = sizePt * 10 * 1.08
    const widths = fitColumnWidths({ ...table, sizePt })
    expect(widths[0]).toBeGreaterThanOrEqual(Math.ceil(4 * u) + 216) // 序号 on one line
    expect(widths[2]).toBeGreaterThanOrEqual(Math.ceil(4 * u) + 216) // 营业 / 执照, not one character a line
    expect(widths[3]).toBeGreaterThanOrEqual(Math.ceil(unbreakableWidth('91330106MA2B7K3X4N') * u) + 216)
    expect(widths[5]).toBeGreaterThanOrEqual(Math.ceil(spacedWidth('2026年12月24日') * u) + 216)
    expect(widths.reduce((s, w) => s + w, 0)).toBe(8312)
  })
})
