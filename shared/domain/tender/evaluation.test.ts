import { describe, expect, it } from 'vitest'
import type { TenderDocument } from './document'
import { extractTender } from './extract'

const p = (text: string) => ({ kind: 'p' as const, text, heading: null })
const doc = (blocks: TenderDocument['blocks']): TenderDocument => ({ file: 't.docx', format: 'docx', blocks })

describe('the evaluation method a tender does not name', () => {
  it('is 综合评分法 for a 竞争性磋商, with the method sentence as its source', () => {
    const r = extractTender([
      doc([p('第一章 竞争性磋商公告'), p('项目名称：某环卫服务项目'), p('采购方式：竞争性磋商')]),
    ])
    expect(r.project.evaluation).toBe('综合评分法')
    expect(r.sources['project.evaluation']?.excerpt).toContain('竞争性磋商')
  })

  it('stays unknown for an open tender without a scoring table, and is kept when stated', () => {
    const none = extractTender([doc([p('第一章 招标公告'), p('采购方式：公开招标')])])
    expect(none.project.evaluation).toBeNull()
    const stated = extractTender([
      doc([
        p('第一章 竞争性磋商公告'),
        p('采购方式：竞争性磋商'),
        p('第四章 评审办法'),
        p('本项目采用最低评标价法。'),
      ]),
    ])
    expect(stated.project.evaluation).toBe('最低评标价法')
  })
})
