import { describe, expect, it } from 'vitest'
import { BidSchema, CompanyProfileSchema, MaterialSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { newReport, type RenderBlock } from './blocks'
import { contentToBlocks } from './content'
import { expandFront, expandSection, type ExpandContext } from './expand'
import { DocumentLayoutSchema, FormTemplateSchema } from './form-template'
import { planDocument } from './plan'
import { placeholderSources, resolvePlaceholders } from './placeholders'
import { computeQuote } from './quote-math'

const layout = DocumentLayoutSchema.parse({ front: ['封面', '目录'] })
const base = {
  id: 'b1',
  schemaVersion: BID_SCHEMA_VERSION,
  title: '智慧园区项目',
  createdAt: 'x',
  updatedAt: 'x',
  tenderNo: 'ZB-1',
}

function ctxFor(
  bid = BidSchema.parse(base),
  materials: ReturnType<typeof MaterialSchema.parse>[] = [],
): ExpandContext {
  const company = CompanyProfileSchema.parse({ name: '华信' })
  return {
    bid,
    company,
    values: resolvePlaceholders(bid, company, { date: '2026-03-10' }),
    sources: placeholderSources(bid, company, { date: '2026-03-10' }),
    quote: computeQuote(bid.quote),
    materials: new Map(materials.map((m) => [m.id, m])),
    layout,
    report: newReport(),
    fields: [],
    listed: [],
  }
}
const tables = (bs: RenderBlock[]) =>
  bs.filter((b): b is Extract<RenderBlock, { type: 'table' }> => b.type === 'table')

describe('planDocument', () => {
  it('puts the front forms first, then the sections exactly in bid order', () => {
    const bid = BidSchema.parse({
      ...base,
      sections: [
        { id: 'a', title: '技术方案' },
        { id: 'cover', title: '封面', formKey: '封面' },
        { id: 'b', title: '投标函', formKey: '投标函' },
        { id: 'c', title: '神秘表', formKey: '不存在的表' },
      ],
    })
    const known = new Set(['封面', '目录', '投标函'])
    const plan = planDocument(bid, layout, (k) => known.has(k))
    expect(plan.parts.map((p) => `${p.kind}:${p.formKey ?? '-'}:${p.title}`)).toEqual([
      'front:封面:封面',
      'front:目录:目录',
      'section:-:技术方案',
      'section:投标函:投标函',
      'section:-:神秘表',
    ])
    expect(plan.mergedIntoFront).toEqual(['cover'])
    expect(plan.unknownForms).toEqual([{ sectionId: 'c', formKey: '不存在的表' }])
  })
})

describe('contentToBlocks', () => {
  const P = (text: string) => ({
    type: 'paragraph',
    text,
    style: { indent: true, align: 'justify' },
    origin: 'content',
  })
  const H = (level: number, text: string) => ({
    type: 'heading',
    level,
    text,
    pageBreakBefore: false,
    origin: 'content',
  })

  it('writes one paragraph per line, reads # headings, drops hand-typed indents and blank lines', () => {
    const bs = contentToBlocks('# 总体设计\r\n\r\n　　第一段\n续行\n\n   \n## 细节\n\n第二段')
    expect(bs).toEqual([H(2, '总体设计'), P('第一段'), P('续行'), H(3, '细节'), P('第二段')])
  })

  it('maps 一、/（一）/1./1.1 numbering to heading levels by rank, and keeps numbered sentences as paragraphs', () => {
    const text = [
      '一、项目理解',
      '采购人拟建设数字化影像体系。',
      '（一）建设目标',
      '1. 系统采用 B/S 架构，支持院内全部科室同时在线使用，并与 HIS、EMR 对接。',
      '1.1 存储',
      '二、实施方案',
    ].join('\n')
    expect(contentToBlocks(text)).toEqual([
      H(2, '一、项目理解'),
      P('采购人拟建设数字化影像体系。'),
      H(3, '（一）建设目标'),
      P('1. 系统采用 B/S 架构，支持院内全部科室同时在线使用，并与 HIS、EMR 对接。'),
      H(4, '1.1 存储'),
      H(2, '二、实施方案'),
    ])
    // Only "1." numbering: the first rank present is level 2.
    expect(contentToBlocks('1. 概述\n正文\n2. 方案').map((b) => b.type === 'heading' && b.level)).toEqual([
      2,
      false,
      2,
    ])
  })
})

describe('expandSection', () => {
  const letter = FormTemplateSchema.parse({
    key: '投标函',
    title: '投标函',
    font: '仿宋',
    blocks: [{ type: 'paragraph', text: '致：{{采购人}}，{{项目名称}}，{{未知键}}' }, { type: 'seal' }],
  })

  it('writes the title as a level-1 heading on a new page and fills placeholders', () => {
    const ctx = ctxFor()
    const bs = expandSection(
      BidSchema.parse({ ...base, sections: [{ id: 's', title: '一、投标函' }] }).sections[0],
      letter,
      ctx,
    )
    expect(bs[0]).toEqual({
      type: 'heading',
      level: 1,
      text: '一、投标函',
      pageBreakBefore: true,
      origin: 'form',
    })
    expect(bs[1]).toMatchObject({
      type: 'paragraph',
      text: '致：________，智慧园区项目，{{未知键}}',
      style: { font: '仿宋' },
    })
    expect([...ctx.report.unknownPlaceholders]).toEqual(['未知键'])
    expect([...ctx.report.emptyPlaceholders]).toEqual(['采购人'])
  })

  it('adds the missing seal/signature markers once, and the section date when signed', () => {
    const s = BidSchema.parse({
      ...base,
      sections: [{ id: 's', title: '投标函', needsSeal: true, needsSignature: true, signDate: '2026-03-12' }],
    }).sections[0]
    const bs = expandSection(s, letter, ctxFor())
    const markers = bs.filter((b) => b.type === 'marker').map((b) => (b as { kind: string }).kind)
    expect(markers).toEqual(['seal', 'signature'])
    expect(bs.at(-1)).toMatchObject({ type: 'paragraph', text: '日期：2026年3月12日' })
  })

  it('writes free text sections from their content and appends content to forms without a place for it', () => {
    const s = BidSchema.parse({ ...base, sections: [{ id: 's', title: '技术方案', content: '甲\n\n乙' }] })
      .sections[0]
    expect(expandSection(s, null, ctxFor()).map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph'])
    expect(expandSection(s, letter, ctxFor()).map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'marker',
      'paragraph',
      'paragraph',
    ])
  })

  it('binds tables to quote items and requirements by kind, with empty star cells', () => {
    const bid = BidSchema.parse({
      ...base,
      quote: {
        items: [
          { id: 'a', name: '软件', qty: 2, unitPrice: 1.5 },
          { id: 'b', name: '服务', qty: 1, unitPrice: 10 },
        ],
      },
      requirements: [
        { id: 'r1', kind: '商务', text: '有效期 90 天', star: true, status: '响应', responseText: '90 天' },
        { id: 'r2', kind: '技术', text: '支持国产', status: '部分响应', deviation: '负偏离' },
        { id: 'r3', kind: '商务', text: '质保 2 年', status: '未处理' },
      ],
    })
    const form = FormTemplateSchema.parse({
      key: 't',
      title: 't',
      blocks: [
        {
          type: 'table',
          source: 'quoteItems',
          columns: [
            { header: '名称', value: '{{row.name}}' },
            { header: '合价', value: '{{row.lineTotal}}' },
          ],
          footer: [['合计', '{{报价合计}}']],
        },
        {
          type: 'table',
          source: 'requirements',
          kinds: ['商务'],
          columns: [
            { header: '要求', value: '{{row.star}}{{row.text}}' },
            { header: '响应', value: '{{row.response}}' },
            { header: '说明', value: '{{row.note}}' },
          ],
        },
      ],
    })
    const [quote, dev] = tables(
      expandSection(
        bid.sections[0] ?? BidSchema.parse({ ...base, sections: [{ id: 'x' }] }).sections[0],
        form,
        ctxFor(bid),
      ),
    )
    expect(quote.header?.map((c) => c.text)).toEqual(['名称', '合价'])
    expect(quote.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['软件', '3.00'],
      ['服务', '10.00'],
    ])
    expect(quote.footer.map((r) => r.map((c) => c.text))).toEqual([['合计', '¥13.00']])
    expect(dev.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['★有效期 90 天', '90 天', ''],
      // A working status is never printed: an unanswered requirement leaves its cells empty.
      ['质保 2 年', '', ''],
    ])
  })

  it('lists linked materials of the asked kinds and reports unknown links', () => {
    const mat = (id: string, kind: string) =>
      MaterialSchema.parse({ id, schemaVersion: 1, createdAt: 'x', updatedAt: 'x', title: id, kind })
    const bid = BidSchema.parse({
      ...base,
      materialIds: ['lic', 'ref', 'gone'],
      sections: [{ id: 's', title: '资格' }],
    })
    const ctx = ctxFor(bid, [mat('lic', '营业执照'), mat('ref', '样板客户/类似业绩')])
    const form = FormTemplateSchema.parse({
      key: 'q',
      title: 'q',
      blocks: [{ type: 'materials', materialKinds: ['营业执照'] }],
    })
    const bs = expandSection(bid.sections[0], form, ctx)
    const m = bs.find((b) => b.type === 'materials') as Extract<RenderBlock, { type: 'materials' }>
    expect(m.entries.map((e) => e.caption)).toEqual(['1. lic'])
    expect([...ctx.report.missingMaterials]).toEqual(['gone'])
  })

  it('starts later front forms on a new page', () => {
    const toc = FormTemplateSchema.parse({
      key: '目录',
      title: '目录',
      heading: false,
      blocks: [{ type: 'toc' }],
    })
    expect(expandFront(toc, ctxFor(), true)).toEqual([{ type: 'pageBreak' }, { type: 'toc' }])
    expect(expandFront(toc, ctxFor())).toEqual([{ type: 'toc' }])
  })
})

describe('template schema', () => {
  it('names the field of a typo in a hand-edited template', () => {
    const r = FormTemplateSchema.safeParse({
      key: 'x',
      title: 'x',
      blocks: [{ type: 'paragraph', text: 'a', algin: 'center' }],
    })
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toContain('algin')
  })
  it('requires columns for a bound table and rows for a static one', () => {
    expect(
      FormTemplateSchema.safeParse({
        key: 'x',
        title: 'x',
        blocks: [{ type: 'table', source: 'quoteItems' }],
      }).success,
    ).toBe(false)
    expect(
      FormTemplateSchema.safeParse({ key: 'x', title: 'x', blocks: [{ type: 'table', rows: [['a']] }] })
        .success,
    ).toBe(true)
  })
})
