import { describe, expect, it } from 'vitest'
import { locate } from './chapters'
import type { TenderDocument } from './document'
import { vetoClausesOf } from './veto'

const doc = (lines: string[]): TenderDocument => ({
  file: 't.docx',
  format: 'docx',
  blocks: lines.map((text) => ({ kind: 'p' as const, text, heading: null })),
})

describe('vetoClausesOf', () => {
  it('takes the grounds of a list, not the chapter headings around it', () => {
    const v = vetoClausesOf(
      locate(
        doc([
          '第五章 无效投标条款',
          '有下列情形之一的，投标无效：',
          '（一）未按招标文件要求提交投标保证金的；',
          '（二）投标报价超过最高限价的；',
          '第六章 投标文件格式',
          '一、投标函',
        ]),
      ),
    ).map((c) => c.text)
    expect(v).toEqual(['未按招标文件要求提交投标保证金的', '投标报价超过最高限价的'])
  })

  it('still reads a consequence stated in a sentence of its own', () => {
    const v = vetoClausesOf(
      locate(doc(['第二章 投标人须知', '投标文件未按要求密封的，采购人不予受理。', '其他说明。'])),
    )
    expect(v.map((c) => c.text)).toEqual(['投标文件未按要求密封的，采购人不予受理'])
  })

  it('reads a ground stated in a table cell, without the figure said before it', () => {
    const cells = (...t: string[]) => t.map((text) => ({ text }))
    const v = vetoClausesOf(
      locate({
        file: 't.docx',
        format: 'docx',
        blocks: [
          { kind: 'p', text: '第二章 供应商须知', heading: null },
          {
            kind: 'table',
            rows: [
              cells('最高限价', '人民币96万元，报价超过最高限价的响应文件无效'),
              cells('谈判保证金', '未按时提交保证金的，其响应文件作无效响应处理；保证金不计息。'),
              cells('采购预算', '98.5万元'),
            ],
          },
        ],
      }),
    )
    expect(v.map((c) => c.text)).toEqual([
      '报价超过最高限价的响应文件无效',
      '未按时提交保证金的，其响应文件作无效响应处理',
    ])
  })
})
