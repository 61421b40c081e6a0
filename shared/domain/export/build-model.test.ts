import { describe, expect, it } from 'vitest'
import { cleanBid, company, materials, modelOf } from '../checks/print/fixture'
import { MatrixSchema } from '@shared/schemas'
import { partTexts } from './print-model'
import { brokenText } from './title-lines'

describe('buildPrintModel', () => {
  it('puts the front forms first, then every section in bid order, each titled part with a bookmark', () => {
    const m = modelOf(cleanBid())
    expect(m.parts.map((p) => p.id)).toEqual([
      'front:封面',
      'front:目录',
      's1',
      's2',
      's3',
      's4',
      's5',
      's6',
      's7',
      's8',
      's9',
      's10',
    ])
    const titled = m.parts.filter((p) => p.kind === 'section')
    expect(titled.every((p) => /^_Toc\d+$/.test(p.bookmark ?? ''))).toBe(true)
    expect(new Set(titled.map((p) => p.bookmark)).size).toBe(titled.length)
  })

  it('tags every filled value with the field it is printed from', () => {
    const m = modelOf(cleanBid())
    const letter = m.parts.find((p) => p.id === 's1')!
    const by = (k: string) => letter.fields.find((f) => f.key === k)
    expect(by('投标人名称')).toMatchObject({ value: company.name, field: 'company.name', doc: 'workspace' })
    expect(by('投标函报价')).toMatchObject({ value: '¥1,800,000.00', field: 'quote.items', doc: 'bid' })
    expect(by('日期')).toMatchObject({ value: '2026年3月20日', field: 'signDate' })
    const dev = m.parts.find((p) => p.id === 's7')!
    expect(dev.fields.find((f) => f.key === 'row.response')).toMatchObject({
      field: 'requirements.0.responseText',
      itemId: 'r1',
    })
  })

  it('prints a section of 12 lines with 3 numbered headings as 12 blocks, 3 of them headings', () => {
    const lines = [
      '一、总体设计',
      '平台采用云原生架构。',
      '容器平台部署于政务云。',
      '数据库主备部署。',
      '二、运维流程',
      '事件、问题、变更统一管理。',
      '每月出具运维报告。',
      '每季度巡检。',
      '三、应急保障',
      '7×24 小时值守。',
      '重大故障 15 分钟内响应。',
      '每年两次应急演练。',
    ]
    const bid = cleanBid()
    bid.sections[7].content = lines.join('\n')
    const part = modelOf(bid).parts.find((p) => p.id === 's8')!
    const body = part.blocks.slice(1)
    expect(body).toHaveLength(12)
    expect(body.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.level)).toEqual([
      2, 2, 2,
    ])
    expect(body.filter((b) => b.type === 'heading').every((b) => b.type === 'heading' && b.bookmark)).toBe(
      true,
    )
  })

  it('keeps the closing seal, signature and date with the last lines of the form', () => {
    const part = modelOf(cleanBid()).parts.find((p) => p.id === 's1')!
    const tail = part.blocks.slice(-5)
    expect(tail.slice(0, -1).every((b) => 'keepNext' in b && b.keepNext)).toBe(true)
    expect(part.seals).toEqual([`投标人（盖章）：${company.name}`])
    expect(part.date).toBe('2026-03-20')
  })

  it('writes the 评分索引表 from the matrix, each item pointing at the bookmark of the section answering it', () => {
    const matrix = MatrixSchema.parse({
      id: 'mx',
      schemaVersion: 1,
      title: 'm',
      createdAt: 'x',
      updatedAt: 'x',
      items: [
        { id: 'i1', category: '技术', name: '服务方案', maxPoints: 30 },
        { id: 'i2', category: '商务', name: '类似业绩', maxPoints: 10, evidence: { sectionIds: ['s9'] } },
        { id: 'i3', category: '价格', name: '价格分', maxPoints: 30 },
      ],
    })
    const m = modelOf(cleanBid(), { matrix })
    expect(m.parts[2].id).toBe('front:评分索引表')
    const bookmark = (id: string) => m.parts.find((p) => p.id === id)!.bookmark
    expect(m.scoringIndex!.map((r) => r.targets.map((t) => t.bookmark))).toEqual([
      [bookmark('s8')],
      [bookmark('s9')],
      [bookmark('s2'), bookmark('s6')],
    ])
    const table = m.parts[2].blocks.find((b) => b.type === 'table')!
    expect(table.type === 'table' && table.rows.map((r) => r[5].pageRef)).toEqual([
      bookmark('s8'),
      bookmark('s9'),
      bookmark('s2'),
    ])
  })

  it('writes a divider before each part when the tender asks for parts', () => {
    const m = modelOf(cleanBid({ partDividers: true }))
    const dividers = m.parts.filter((p) => p.kind === 'divider').map((p) => p.title)
    expect(dividers[0]).toBe('第一部分 商务文件')
    expect(dividers).toContain('第二部分 报价文件')
  })

  it('sets a long project name on a divider in lines broken where it reads well, as the cover does', () => {
    const title =
      '江南市第一人民医院医学影像存储与传输系统（PACS）及放射科信息系统（RIS）升级改造及三年运维服务采购项目'
    const m = modelOf(cleanBid({ partDividers: true, title }))
    const divider = m.parts.find((p) => p.kind === 'divider')!
    const name = divider.blocks.find((b) => b.type === 'paragraph' && b.text === title)
    expect(name?.type === 'paragraph' && name.breaks?.length).toBeGreaterThan(0)
    const lines = name?.type === 'paragraph' ? brokenText(title, name.breaks!).split('\n') : []
    expect(lines.join('')).toBe(title)
    for (const l of lines) expect(l).not.toMatch(/^[）)]|[（(]$/)
    expect(lines.some((l) => l.includes('（PACS）'))).toBe(true)
  })

  it('lets a buyer form replace a standard form: its text is what the rules read', () => {
    const m = modelOf(cleanBid(), {
      buyerForms: {
        s1: { formId: 'f1', name: '招标方投标函.docx', paragraphs: ['投标报价：¥1,800,000.00'], fields: [] },
      },
    })
    const p = m.parts.find((x) => x.id === 's1')!
    expect(p.buyerForm?.name).toBe('招标方投标函.docx')
    expect([...partTexts(p)].map((t) => t.text)).toEqual(['投标报价：¥1,800,000.00'])
  })

  it('lists each material once with the parts that list it and whether its scans are printed', () => {
    const m = modelOf(cleanBid())
    expect(m.materials.map((x) => [x.materialId, x.scansPrinted, x.qualification])).toEqual([
      ['company.legalRepIdCard', true, true],
      ['company.agents.0.idCard', true, true],
      ['m-lic', true, true],
      ['m-case', true, false],
    ])
    void materials
  })
})
