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
})
