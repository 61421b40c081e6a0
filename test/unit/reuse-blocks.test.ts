import { describe, expect, it } from 'vitest'
import { BidSchema, MaterialSchema, type Bid, type SectionDoc } from '@shared/schemas'
import {
  blockForBid,
  blockMaterial,
  blockOrigin,
  bidDays,
  reuseFindings,
  searchBlocks,
} from '@shared/domain/sections/reuse'
import { docText } from '@shared/domain/sections/text'
import { cleanBidInput, cleanCompany, NOW } from './checks/fixture'

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })
const doc = (...lines: string[]): SectionDoc => ({ type: 'doc', content: lines.map(para) })

/** The bid a block was written for: another buyer, another number, other days. */
function sourceBid(): Bid {
  const b = BidSchema.parse(cleanBidInput())
  return {
    ...b,
    id: 'b-old',
    title: '某县人民医院信息化建设项目',
    tenderNo: 'HNZB-2025-077',
    buyer: { ...b.buyer, name: '某县人民医院' },
    signDate: '2025-09-10',
    dates: {
      ...b.dates,
      submissionDeadline: '2025-09-12T09:00:00+08:00',
      opening: '2025-09-12T09:00:00+08:00',
    },
  }
}
const target = (): Bid => BidSchema.parse(cleanBidInput())
const sources = { otherBids: [], company: cleanCompany(), workspaceChecks: {} }

function pull(text: string, sectionTitle = '八、技术方案') {
  const src = sourceBid()
  return reuseFindings({
    bid: target(),
    block: { text, origin: blockOrigin(src, { title: '售后服务方案' }) },
    sectionTitle,
    sources,
    now: NOW,
  })
}

describe('文本块: save', () => {
  it('keeps the document, its text for search, unique trimmed tags and where it came from', () => {
    const src = sourceBid()
    const d = doc('7×24小时热线响应，2小时到场。', '备件库覆盖全省。')
    const m = blockMaterial({
      title: ' 售后服务承诺 ',
      tags: ['售后', ' 医疗 ', '售后', ''],
      doc: d,
      origin: blockOrigin(src, { title: '售后服务方案' }),
    })
    expect(m).toMatchObject({ title: '售后服务承诺', kind: '文本块', tags: ['售后', '医疗'] })
    expect(m.content).toBe(docText(d))
    expect(m.block!.origin).toMatchObject({
      bidId: 'b-old',
      buyerName: '某县人民医院',
      tenderNo: 'HNZB-2025-077',
      sectionTitle: '售后服务方案',
    })
    expect(m.block!.origin.dates).toEqual(bidDays(src))
    expect(bidDays(src)).toContain('2025-09-12')
    expect(bidDays(src)).toContain('2025-09-10')
  })
})

describe('文本块: browse', () => {
  const block = (id: string, title: string, tags: string[], text: string, updatedAt: string) =>
    MaterialSchema.parse({
      id,
      schemaVersion: 1,
      createdAt: updatedAt,
      updatedAt,
      ...blockMaterial({ title, tags, doc: doc(text), origin: blockOrigin(sourceBid(), { title: 'x' }) }),
    })
  const lib = [
    block('k1', '售后服务承诺', ['售后', '医疗'], '7×24小时热线响应', '2026-01-01T00:00:00Z'),
    block('k2', '培训方案', ['培训'], '分三期开展操作培训', '2026-02-01T00:00:00Z'),
    block('k3', '驻场运维', ['售后', '运维'], '驻场工程师两名', '2026-03-01T00:00:00Z'),
    MaterialSchema.parse({
      id: 'm1',
      schemaVersion: 1,
      createdAt: 'x',
      updatedAt: 'x',
      title: '售后证书',
      tags: ['售后'],
    }),
  ]
  it('lists only blocks, newest first, with the tags counted', () => {
    const r = searchBlocks(lib)
    expect(r.blocks.map((b) => b.material.id)).toEqual(['k3', 'k2', 'k1'])
    expect(r.tags).toEqual([
      { tag: '售后', count: 2 },
      { tag: '培训', count: 1 },
      { tag: '医疗', count: 1 },
      { tag: '运维', count: 1 },
    ])
  })
  it('filters by every tag asked for and every word of the query', () => {
    expect(searchBlocks(lib, { tags: ['售后'] }).blocks.map((b) => b.material.id)).toEqual(['k3', 'k1'])
    expect(searchBlocks(lib, { tags: ['售后', '医疗'] }).blocks.map((b) => b.material.id)).toEqual(['k1'])
    expect(searchBlocks(lib, { query: '工程师 售后' }).blocks.map((b) => b.material.id)).toEqual(['k3'])
    expect(searchBlocks(lib, { query: '热线' }).blocks[0].excerpt).toContain('热线响应')
    expect(searchBlocks(lib, { query: '不存在' }).blocks).toEqual([])
  })
})

describe('文本块: pull into another bid', () => {
  it("flags the source bid's buyer and tender number (E07), even when that bid is gone", () => {
    const f = pull('我方承诺对某县人民医院提供7×24小时服务。\n本项目招标编号：HNZB-2025-077。')
    expect(f.map((x) => [x.ruleId, x.kind])).toEqual(
      expect.arrayContaining([
        ['E07', 'buyer'],
        ['E07', 'tenderNo'],
      ]),
    )
    expect(f.find((x) => x.kind === 'buyer')!.message.zh).toContain('某县人民医院')
  })
  it('flags a labelled project name of another project', () => {
    const f = pull('项目名称：某县人民医院信息化建设项目')
    expect(f.some((x) => x.kind === 'project' && x.message.zh.includes('某县人民医院信息化建设项目'))).toBe(
      true,
    )
  })
  it("flags a day of the source bid, asks about other dates, and leaves this bid's own days alone", () => {
    const f = pull('签署日期：2025年9月10日\n自2026年1月1日起提供服务\n投标日期：2026年4月22日')
    const dates = f.filter((x) => x.kind === 'date')
    expect(dates.map((x) => x.severity)).toEqual(['失分风险', '提示'])
    expect(dates[0].message.zh).toMatch(/^日期“2025年9月10日”是来源项目“某县人民医院信息化建设项目”的日期/)
    expect(dates[1].message.zh).toMatch(/^文本中的日期“2026年1月1日”来自原文/)
  })
  it('clean boilerplate and lines about past work give nothing', () => {
    expect(pull('我方承诺提供7×24小时热线服务，2小时内到场。')).toEqual([])
    expect(pull('我公司曾为某县人民医院实施信息化项目，2025年9月10日通过验收。')).toEqual([])
  })
  it('the same buyer in both bids is no leftover', () => {
    const f = reuseFindings({
      bid: target(),
      block: { text: '我方为某市大数据管理局提供驻场服务。', origin: blockOrigin(target(), { title: 'x' }) },
      sectionTitle: '技术方案',
      sources,
      now: NOW,
    })
    expect(f).toEqual([])
  })
  it("unwraps responses to the source bid's requirements, keeps this bid's", () => {
    const d: SectionDoc = {
      type: 'doc',
      content: [
        para('总述'),
        { type: 'requirementResponse', attrs: { requirementId: 'r-old' }, content: [para('满足旧要求')] },
        { type: 'requirementResponse', attrs: { requirementId: 'r1' }, content: [para('满足 r1')] },
      ],
    }
    const r = blockForBid(d, new Set(['r1']))
    expect(r.unlinked).toBe(1)
    expect(r.doc.content.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'requirementResponse'])
    expect(docText(r.doc)).toBe(docText(d))
  })
})
