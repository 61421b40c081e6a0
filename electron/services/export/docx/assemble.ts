import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { BorderStyle, Document, Footer, Header, PageNumber, Paragraph, TextRun, type FileChild } from 'docx'
import {
  fillPlaceholders,
  placeholderSources,
  printForChecks,
  resolvePlaceholders,
  signDateOf,
  type PrintModel,
  type PrintSources,
  headingAnchorOf,
  partStartBookmark,
} from '@shared/domain/export'
import type { Attachment, Bid, CompanyProfile, Material, Matrix } from '@shared/schemas'
import { linkedMaterialIds } from '@shared/domain/materials/links'
import { xmlSafe } from '@shared/xml-text'
import { throwIfAborted, writeFileAtomic, yieldToEventLoop } from '../atomic'
import { scanStatuses } from '../scans'
import { loadFormLibrary } from '../templates'
import { packMixedBody } from './body'
import { prepareBuyerForms } from './buyer-form-print'
import { ListNumbering } from './numbering'
import { renderBlocks, type BodyPart, type SkippedAttachment } from './render'
import { TocCollector, isTocSlot, tocXml } from './toc'
import { A4, alignment, cm, documentStyles, textWidthTwips } from './typography'

export interface ExportBidDocxOptions {
  bid: Bid
  company: CompanyProfile
  /** The materials the bid and its sections link (missing ones are reported, not fatal). */
  materials: Material[]
  matrix?: Matrix | null
  /** Workspace folder: attachments under files/<sha256>, template overrides under templates/. */
  workspaceDir: string
  copy: '正本' | '副本'
  out: string
  /** Signing date YYYY-MM-DD for {{日期}}; the bid's signing date (else the deadline day) when absent. */
  date?: string
  agentIndex?: number
  templatesDir?: string
  /** The print model when the caller built it already (the export use case does, to check it first). */
  model?: PrintModel
  onProgress?(done: number, total: number, label: string): void
  signal?: AbortSignal
}

export interface MissingMaterial {
  id: string
  title: string
  reason: 'not-found' | 'no-scan' | 'scan-missing' | 'scan-not-image' | 'scans-not-printed'
}

export interface ExportDocxResult {
  out: string
  /** Level-1 headings in document order (what the table of contents lists). */
  headings: string[]
  unknownPlaceholders: string[]
  emptyPlaceholders: string[]
  /** Every material the document lists whose scan is not in the print, and linked ids not in the library. */
  missingMaterials: MissingMaterial[]
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

export async function readAttachmentFrom(workspaceDir: string, a: Attachment): Promise<Buffer | null> {
  if (!/^[0-9a-f]{64}$/.test(a.sha256)) return null
  return fs.readFile(path.join(workspaceDir, 'files', a.sha256)).catch(() => null)
}

/** What of the listed materials the print lacks, for the export result (honest: the checks say the same). */
export function missingOf(model: PrintModel): MissingMaterial[] {
  const out: MissingMaterial[] = model.report.missingMaterials.map((id) => ({
    id,
    title: id,
    reason: 'not-found',
  }))
  for (const m of model.materials) {
    const base = { id: m.materialId, title: m.title }
    if (m.attachments.length === 0) out.push({ ...base, reason: 'no-scan' })
    else if (!m.scansPrinted) out.push({ ...base, reason: 'scans-not-printed' })
    else if (m.attachments.some((a) => a.status === 'missing')) out.push({ ...base, reason: 'scan-missing' })
    else if (m.attachments.some((a) => a.status === 'not-image'))
      out.push({ ...base, reason: 'scan-not-image' })
  }
  return out
}

/**
 * The templates in force and the state of every scan the print may show, read from disk. `materials` are the ones
 * whose scans are looked at: the bid's links for an export, the whole library for the check panel (which prints
 * the bid as it is being edited, links included).
 */
export async function printSourcesFor(opts: {
  bid: Bid
  company: CompanyProfile
  materials: readonly Material[]
  workspaceDir: string
  templatesDir?: string
  copy?: '正本' | '副本'
  date?: string
  agentIndex?: number
}): Promise<PrintSources> {
  const library = await loadFormLibrary({ workspaceDir: opts.workspaceDir, templatesDir: opts.templatesDir })
  const statuses = await scanStatuses(opts.workspaceDir, opts.bid, opts.company, opts.materials)
  return {
    forms: { layout: library.layout, forms: library.forms },
    scans: Object.fromEntries(statuses),
    buyerForms: await buyerFormSlots(opts),
  }
}

/** The buyer's attached forms, filled with the values the print prints (same signing date, copy and agent). */
async function buyerFormSlots(opts: Parameters<typeof printSourcesFor>[0]) {
  if (opts.bid.buyerForms.length === 0) return undefined
  const signDate = opts.date ?? signDateOf(opts.bid)
  const vopts = { copy: opts.copy, date: signDate ?? '', agentIndex: opts.agentIndex }
  const prepared = await prepareBuyerForms({
    bid: opts.bid,
    workspaceDir: opts.workspaceDir,
    values: resolvePlaceholders(opts.bid, opts.company, vopts),
    sources: placeholderSources(opts.bid, opts.company, vopts),
  })
  return prepared.slots
}

/** Builds the print model the way the export use case does (templates from disk, scans looked at on disk). */
export async function printModelFor(opts: Omit<ExportBidDocxOptions, 'out' | 'model'>): Promise<PrintModel> {
  // Only what the print can list (the bid's links: sections, key staff certificates, the 监狱企业 certificate …) is
  // looked at on disk, not the whole library.
  const printable = new Set(linkedMaterialIds(opts.bid))
  const listed = opts.materials.filter((m) => printable.has(m.id))
  const sources = await printSourcesFor({ ...opts, materials: listed })
  return printForChecks({ ...opts, signDate: opts.date }, sources)
}

/**
 * Writes the 投标文件 from its print model: cover (正本/副本), table of contents, then every part in print order.
 * Progress is reported per part; the event loop gets a turn between parts so a 500-section bid keeps the UI
 * responsive; cancelling leaves no file behind.
 */
export async function exportBidDocx(opts: ExportBidDocxOptions): Promise<ExportDocxResult> {
  const { signal } = opts
  throwIfAborted(signal)
  // Every text that reaches the package passes the one XML-character sanitizer first (shared/xml-text.ts).
  const model = xmlSafe(opts.model ?? (await printModelFor(opts)))
  const layout = model.layout
  const skipped: SkippedAttachment[] = []
  const toc = new TocCollector()
  const numbering = new ListNumbering()
  const env = {
    layout,
    skipped,
    toc,
    numbering,
    readAttachment: (a: Attachment) => readAttachmentFrom(opts.workspaceDir, a),
  }
  const total = model.parts.length + 2
  // The filled buyer forms' bodies, filled again from the model's own values: the same text the checks read.
  const buyer = model.parts.some((p) => p.buyerForm)
    ? await prepareBuyerForms({ bid: opts.bid, workspaceDir: opts.workspaceDir, values: model.values })
    : { bodies: new Map<string, string>(), parts: [] }
  const headings: string[] = []
  const body: BodyPart[] = []
  let done = 0
  for (const [index, part] of model.parts.entries()) {
    throwIfAborted(signal)
    for (const b of part.blocks) if (b.type === 'heading' && b.level === 1) headings.push(b.text)
    const rendered = await renderBlocks(part.blocks, env)
    // A part without a bookmarked heading still gets found in the PDF (the 封装 checklist's page ranges).
    if (!headingAnchorOf(part) && typeof rendered[0] === 'string')
      rendered[0] = toc.anchor(rendered[0], partStartBookmark(index))
    body.push(...rendered)
    if (part.buyerForm) body.push(buyer.bodies.get(part.buyerForm.formId) ?? '')
    opts.onProgress?.(++done, total, part.title)
    await yieldToEventLoop()
  }

  const makeDocument = (children: FileChild[]) =>
    new Document({
      creator: xmlSafe(opts.company.name) || 'BidBench',
      title: `${model.title} 投标文件（${model.copy}）`,
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
            default: new Header({ children: [headerFooterParagraph(layout.header, model.values, 'bottom')] }),
            first: new Header({ children: [] }),
          },
          footers: {
            default: new Footer({ children: [headerFooterParagraph(layout.footer, model.values, 'top')] }),
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
      const parts = body.map((p) => (isTocSlot(p) ? contents : p))
      const buf = await packMixedBody(parts, makeDocument, fontsUsed(model), numbering, buyer.parts)
      opts.onProgress?.(++done, total, '打包 / packing')
      return buf
    },
    signal,
  )
  opts.onProgress?.(++done, total, '完成 / written')
  return {
    out: opts.out,
    headings,
    unknownPlaceholders: model.report.unknownPlaceholders,
    emptyPlaceholders: model.report.emptyPlaceholders,
    missingMaterials: missingOf(model),
    unknownForms: model.report.unknownForms,
    skippedAttachments: skipped,
  }
}

/** Every font the document names, for the font table. */
function fontsUsed(model: PrintModel): Set<string> {
  const l = model.layout
  const used = new Set([l.bodyFont, l.headingFont])
  for (const p of model.parts)
    for (const b of p.blocks) {
      if (b.type === 'paragraph' && b.style.font) used.add(b.style.font)
      if (b.type === 'table' && b.font) used.add(b.font)
    }
  return used
}
