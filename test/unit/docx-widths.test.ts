import { describe, expect, it } from 'vitest'
import { fitColumnWidths, unbreakableWidth } from '@services/export/docx/widths'

const c = (text: string) => ({ text, span: 1 })

describe('column widths fitted to unbreakable values', () => {
  it('measures a whole credit code, an amount, a date', () => {
    expect(unbreakableWidth('91110108MA01ABCD2H')).toBeGreaterThanOrEqual(18)
    expect(unbreakableWidth('¥3,150,000.00')).toBe(13)
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
})
