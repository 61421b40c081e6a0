import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { BorderStyle, Document, Footer, Header, PageNumber, Paragraph, TextRun, type FileChild } from 'docx'
import {
  computeQuote,
  expandFront,
  expandSection,
  fillPlaceholders,
  newReport,
  planDocument,
  resolvePlaceholders,
  type ExpandContext,
} from '../../../../shared/domain/export'
import type { Attachment, Bid, CompanyProfile, Material } from '../../../../shared/schemas'
import { throwIfAborted, writeFileAtomic, yieldToEventLoop } from '../atomic'
import { loadFormLibrary } from '../templates'
import { packMixedBody } from './body'
import { renderBlocks, type BodyPart, type SkippedAttachment } from './render'
import { TocCollector, isTocSlot, tocXml } from './toc'
import { A4, alignment, cm, documentStyles, textWidthTwips } from './typography'

export interface ExportBidDocxOptions {
  bid: Bid
  company: CompanyProfile
  /** The materials the bid and its sections link (missing ones are reported, not fatal). */
  materials: Material[]
  /** Workspace folder: attachments under files/<sha256>, template overrides under templates/. */
  workspaceDir: string
  copy: '正本' | '副本'
  out: string
  /** Signing date YYYY-MM-DD for {{日期}}; today when absent. */
  date?: string
  agentIndex?: number
  templatesDir?: string
  onProgress?(done: number, total: number, label: string): void
  signal?: AbortSignal
}

export interface ExportDocxResult {
  out: string
  /** Level-1 headings in document order (what the table of contents lists). */
  headings: string[]
  unknownPlaceholders: string[]
  emptyPlaceholders: string[]
  missingMaterials: string[]
  unknownForms: { sectionId: string; formKey: string }[]
  skippedAttachments: SkippedAttachment[]
}

function headerFooterParagraph(template: string, values: Record<string, string>, border: 'bottom' | 'top') {
  // PAGE and NUMPAGES are Word fields, not values: split them out before filling the rest.
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = []
  for (const part of template.split(/(\{\{\s*(?:PAGE|NUMPAGES)\s*\}\})/)) {
    if (/^\{\{\s*PAGE\s*\}\}$/.test(part)) children.push(PageNumber.CURRENT)
    else if (/^\{\{\s*NUMPAGES\s*\}\}$/.test(part)) children.push(PageNumber.TOTAL_PAGES)
    else if (part) children.push(fillPlaceholders(part, values, '').text)
  }
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 }
  return new Paragraph({
    alignment: alignment('center'),
    border: border === 'bottom' ? { bottom: line } : undefined,
    children: [new TextRun({ children, size: 18 })],
  })
}

async function readAttachmentFrom(workspaceDir: string, a: Attachment): Promise<Buffer | null> {
  if (!/^[0-9a-f]{64}$/.test(a.sha256)) return null
  return fs.readFile(path.join(workspaceDir, 'files', a.sha256)).catch(() => null)
}

/**
 * Assembles the 投标文件: cover (正本/副本), table of contents, then every section in bid.sections order, each from
 * its form template or its own text. Progress is reported per part; the event loop gets a turn between parts so a
 * 500-section bid keeps the UI responsive; cancelling leaves no file behind.
 */
export async function exportBidDocx(opts: ExportBidDocxOptions): Promise<ExportDocxResult> {
  const { bid, signal } = opts
  throwIfAborted(signal)
  const library = await loadFormLibrary({ workspaceDir: opts.workspaceDir, templatesDir: opts.templatesDir })
  const layout = library.layout
  const plan = planDocument(bid, layout, library.has)
  const values = resolvePlaceholders(bid, opts.company, {
    copy: opts.copy,
    date: opts.date,
    agentIndex: opts.agentIndex,
  })
  const report = newReport()
  const ctx: ExpandContext = {
    bid,
    values,
    quote: computeQuote(bid.quote),
    materials: new Map(opts.materials.map((m) => [m.id, m])),
    layout,
    report,
  }
  const skipped: SkippedAttachment[] = []
  const toc = new TocCollector()
  const env = {
    layout,
    skipped,
    toc,
    readAttachment: (a: Attachment) => readAttachmentFrom(opts.workspaceDir, a),
  }
  const total = plan.parts.length + 2
  const headings: string[] = []
  const front: BodyPart[] = []
  const body: BodyPart[] = []
  let done = 0
  for (const part of plan.parts) {
    throwIfAborted(signal)
    const blocks =
      part.kind === 'front'
        ? expandFront(library.get(part.formKey!), ctx, front.length > 0)
        : expandSection(part.section!, part.formKey ? library.get(part.formKey) : null, ctx)
    for (const b of blocks) if (b.type === 'heading' && b.level === 1) headings.push(b.text)
    ;(part.kind === 'front' ? front : body).push(...(await renderBlocks(blocks, env)))
    opts.onProgress?.(++done, total, part.title)
    await yieldToEventLoop()
  }

  const makeDocument = (children: FileChild[]) =>
    new Document({
      creator: opts.company.name || 'BidBench',
      title: `${bid.title} 投标文件（${opts.copy}）`,
      styles: documentStyles(layout),
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: A4,
              margin: {
                top: cm(layout.margins.top),
                bottom: cm(layout.margins.bottom),
                left: cm(layout.margins.left),
                right: cm(layout.margins.right),
                header: cm(1.5),
                footer: cm(1.75),
              },
            },
          },
          // The cover page (titlePage) carries neither header nor page number.
          headers: {
            default: new Header({ children: [headerFooterParagraph(layout.header, values, 'bottom')] }),
            first: new Header({ children: [] }),
          },
          footers: {
            default: new Footer({ children: [headerFooterParagraph(layout.footer, values, 'top')] }),
            first: new Footer({ children: [] }),
          },
          children,
        },
      ],
    })

  await writeFileAtomic(
    opts.out,
    async () => {
      throwIfAborted(signal)
      const contents = tocXml(toc.entries, textWidthTwips(layout))
      const parts = [...front, ...body].map((p) => (isTocSlot(p) ? contents : p))
      const buf = await packMixedBody(parts, makeDocument)
      opts.onProgress?.(++done, total, '打包 / packing')
      return buf
    },
    signal,
  )
  opts.onProgress?.(++done, total, '完成 / written')
  return {
    out: opts.out,
    headings,
    unknownPlaceholders: [...report.unknownPlaceholders],
    emptyPlaceholders: [...report.emptyPlaceholders],
    missingMaterials: [...report.missingMaterials],
    unknownForms: plan.unknownForms,
    skippedAttachments: skipped,
  }
}
