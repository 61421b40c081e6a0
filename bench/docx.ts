/**
 * docx_export: our 投标文件 assembly (templates, placeholders, typography, header/footer, TOC) against the
 * docx library packing a bare document with the same paragraphs and tables, both written to a file.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, type FileChild } from 'docx'
import { exportBidDocx } from '@services/export'
import { contentToBlocks } from '@shared/domain/export'
import { CompanyProfileSchema, type Bid } from '@shared/schemas'
import { makeBid } from './data'
import { rawTimes, round, sideBySide, type Metric } from './harness'

/**
 * ~500 A4 pages at 小四 with 1.5 line spacing (524 when LibreOffice lays it out): 470 sections of ~700
 * characters, one page each since every section starts a page, plus the quote and deviation tables.
 */
export function docxBid(): Bid {
  return makeBid({
    id: 'bid-docx',
    requirements: 600,
    sections: 470,
    sectionChars: 600,
    quoteItems: 150,
    seed: 21,
    formSections: true,
  })
}

function row(cells: string[]): TableRow {
  return new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })
}

/** The same text and tables as the export, without templates, styles, header, footer or contents page. */
export function bareDocument(bid: Bid): Document {
  const children: FileChild[] = []
  for (const s of bid.sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }))
    if (s.formKey === '报价明细表') {
      children.push(new Paragraph('金额单位：元'))
      children.push(
        new Table({
          rows: [
            row(['序号', '名称', '规格型号', '单位', '数量', '单价', '税率', '合价']),
            ...bid.quote.items.map((q, i) =>
              row([
                String(i + 1),
                q.name,
                q.spec,
                q.unit,
                String(q.qty),
                String(q.unitPrice),
                `${q.taxRate}%`,
                String(q.qty * q.unitPrice),
              ]),
            ),
          ],
        }),
      )
    } else if (s.formKey === '技术偏离表') {
      children.push(new Paragraph('我方对招标文件技术要求的响应及偏离情况如下：'))
      const tech = bid.requirements.filter((r) => r.kind === '技术')
      children.push(
        new Table({
          rows: [
            row(['序号', '招标要求', '投标响应', '偏离', '说明']),
            ...tech.map((r) => row([r.no, r.text, r.responseText, r.deviation, ''])),
          ],
        }),
      )
    }
    for (const b of contentToBlocks(s.content))
      if (b.type === 'paragraph' || b.type === 'heading') children.push(new Paragraph(b.text))
  }
  return new Document({ sections: [{ children }] })
}

export async function docxExport(root: string, reps: number): Promise<Metric> {
  const bid = docxBid()
  const company = CompanyProfileSchema.parse({ name: '某某科技有限公司', legalRep: '张三' })
  const dir = path.join(root, 'docx')
  await fs.mkdir(dir, { recursive: true })
  const ours = path.join(dir, 'ours.docx')
  const bare = path.join(dir, 'bare.docx')
  const r = await sideBySide(
    () =>
      exportBidDocx({
        bid,
        company,
        materials: [],
        workspaceDir: dir,
        copy: '正本',
        out: ours,
        date: '2026-02-20',
      }),
    async () => fs.writeFile(bare, await Packer.toBuffer(bareDocument(bid))),
    reps,
    1,
  )
  return {
    name: 'docx_export',
    ratio: round(r.ratio),
    target: 1.5,
    raw: {
      ...rawTimes(r, 'exportBidDocx', 'barePack'),
      sections: bid.sections.length,
      requirements: bid.requirements.length,
      quoteItems: bid.quote.items.length,
      oursBytes: (await fs.stat(ours)).size,
      bareBytes: (await fs.stat(bare)).size,
    },
    available: true,
  }
}
