import { describe, expect, it } from 'vitest'
import { cleanBid, company, materials, modelOf } from '../checks/print/fixture'
import { runChecks } from '../checks'
import { sealChecklist, sealChecklistBlocks } from './seal-checklist'

const req = (id: string, text: string) => ({ id, kind: '商务' as const, text, status: '响应' as const })

describe('the 封装 checklist', () => {
  it('lists every form to seal and sign, the tender’s page marks and envelopes, and the open 封装 findings', () => {
    const bid = cleanBid({
      copies: { originalRequired: 1, copiesRequired: 2, electronicRequired: true },
      requirements: [
        ...cleanBid().requirements,
        req('rp', '投标文件须逐页小签，并在侧面加盖骑缝章。'),
        req('re', '开标一览表应单独密封，并在封套上注明项目名称和投标人名称。'),
      ],
    })
    const model = modelOf(bid)
    const { findings } = runChecks({ bid, company, materials, now: new Date('2026-03-01'), print: model })
    const list = sealChecklist(model, bid, findings)
    expect(list.copies).toEqual([
      { label: '正本', count: 1 },
      { label: '副本', count: 2 },
      { label: '电子版（U盘/光盘）', count: 1 },
    ])
    const letter = list.points.find((p) => p.part === '投标函')!
    expect(letter.seals.join()).toContain('投标人（盖章）')
    expect(letter.signatures.join()).toContain('（签字）')
    // Every part of the print with a seal or signature point is on the list, in print order.
    const marked = model.parts.filter((p) => p.seals.length + p.signatures.length > 0).map((p) => p.title)
    expect(list.points.map((p) => p.part).filter((t) => marked.includes(t))).toEqual(marked)
    expect(list.pageMarks.map((m) => m.mark)).toEqual(['逐页小签（每页由签字人签字或盖章）', '加盖骑缝章'])
    expect(list.envelopes.map((e) => e.label)).toEqual([
      '正本',
      '副本',
      '电子版（U盘/光盘）',
      '开标一览表（单独密封）',
    ])
    expect(list.envelopes[0].marks).toEqual(
      expect.arrayContaining([`投标人：${company.name}`, '2026年3月20日 09:30前不得开启']),
    )
    // The open 封装 findings are the ones `check --phase 封装` shows.
    const sealing = findings.filter((f) => f.phase === '封装' && !f.acknowledged).map((f) => f.ruleId)
    expect(list.open.map((f) => f.ruleId)).toEqual(sealing)
    // One checklist per paper copy: 正本, 副本 1/2, 副本 2/2.
    const titles = sealChecklistBlocks(list)
      .filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => (b.type === 'heading' ? b.text : ''))
    expect(titles).toEqual(['封装检查清单（正本）', '封装检查清单（副本 1/2）', '封装检查清单（副本 2/2）'])
    // Without the PDF pass: no page numbers invented, and the list says where to read them.
    expect(list.pagesFromPdf).toBe(false)
    expect(list.points.every((p) => p.pages === null)).toBe(true)
    const said = sealChecklistBlocks(list).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    expect(said).toContain(
      '注：本清单按表单列出，页码以导出的 PDF（bidbench export pdf）目录所列页码为准；签章位置在各表单末页。',
    )
    // With the PDF's page ranges: each form's range in its row.
    const first = list.points[0]
    const paged = sealChecklist(model, bid, findings, {
      ranges: { [first.partId]: { from: 3, to: 5 } },
      pageCount: 40,
    })
    expect(paged.pagesFromPdf).toBe(true)
    expect(paged.pdfPageCount).toBe(40)
    expect(paged.points[0].pages).toBe('第 3–5 页')
    const row = sealChecklistBlocks(paged).find((b) => b.type === 'table')
    expect(row?.type === 'table' && row.rows[0].map((c) => c.text).slice(1, 3)).toEqual([
      first.part,
      '第 3–5 页',
    ])
  })

  it('a tender silent on page marks and a separate envelope gets none', () => {
    const bid = cleanBid()
    const list = sealChecklist(modelOf(bid), bid, [])
    expect(list.pageMarks).toEqual([])
    expect(list.envelopes.map((e) => e.label)).toEqual(['正本'])
  })
})
