import type { Bid, CompanyProfile, Material, Section } from '@shared/schemas'
import type { ExpandReport, RenderBlock, RenderCell } from './blocks'
import { contentToBlocks } from './content'
import { docToBlocks, hasWriting } from '@shared/domain/sections/print'
import { writtenDoc } from '@shared/domain/sections/written'
import { formatDateZh } from './format'
import { sealLines, type SealedBy } from './consortium'
import {
  type Align,
  type DocumentLayout,
  type FormTemplate,
  type TemplateBlock,
  type TemplateCell,
  type When,
  sizeInPt,
} from './form-template'
import type { PrintedField } from './print-model'
import type { QuoteTotals } from './quote-math'
import { materialRow, quoteRows, requirementRows, type DataRow } from './rows'
import { fill, type SourceKind } from './expand-fill'
import { keepSignBlock } from './sign-block'
import { hasPart, isPartSource, partRows } from './rows-parts'
import { signatoryAgentIndex } from './placeholder-parts'
import { scanEntries } from './scan-entries'
import { fitTitle } from './title-lines'
import { materialsById, materialsFor } from './expand-materials'

export interface ExpandContext {
  bid: Bid
  company: CompanyProfile
  /** Placeholder values from resolvePlaceholders, and the field each is printed from. */
  values: Record<string, string>
  sources: Record<string, string>
  quote: QuoteTotals
  /** Linked materials by id (the bid's and its sections'). */
  materials: ReadonlyMap<string, Material>
  layout: DocumentLayout
  report: ExpandReport
  /** Filled values of the part being expanded (reset per part by the caller). */
  fields: PrintedField[]
  /** Materials the part lists, and whether it prints their scans. */
  listed: { material: Material; withScans: boolean }[]
  /** Inside a `repeat` block: the row whose `{{row.…}}` fields every inner block prints. */
  row?: { data: DataRow; kind: SourceKind }
}

function applies(when: When, ctx: ExpandContext): boolean {
  if (!when) return true
  if (when.category && !when.category.includes(ctx.bid.category)) return false
  if (when.filled && !when.filled.every((k) => (ctx.values[k] ?? '') !== '')) return false
  if (when.has && !when.has.every((p) => hasPart(ctx.bid, p))) return false
  if (when.lacks && when.lacks.some((p) => hasPart(ctx.bid, p))) return false
  return true
}

/** A seal line; in a consortium's bid one per member (sealLines). */
function sealMarkers(
  text: string,
  align: Align | undefined,
  ctx: ExpandContext,
  sealedBy: SealedBy = 'bidder',
): RenderBlock[] {
  return sealLines(text, ctx.bid, ctx.company, sealedBy, (t, p) =>
    fill(
      t,
      p
        ? {
            ...ctx,
            values: { ...ctx.values, 投标人名称: p.name },
            sources: { ...ctx.sources, 投标人名称: p.field },
          }
        : ctx,
    ),
  ).map((t) => ({ type: 'marker', kind: 'seal', text: t, align }))
}

function cell(c: TemplateCell, ctx: ExpandContext): RenderCell {
  return typeof c === 'string'
    ? { text: fill(c, ctx), span: 1 }
    : { text: fill(c.text, ctx), span: c.span, align: c.align }
}

function expandTable(
  b: Extract<TemplateBlock, { type: 'table' }>,
  section: Section | null,
  ctx: ExpandContext,
): RenderBlock {
  const sizePt = b.size ? sizeInPt(b.size) : undefined
  const footer = (b.footer ?? []).map((r) => r.map((c) => cell(c, ctx)))
  if (!b.source || !b.columns) {
    const rows = (b.rows ?? []).map((r) => r.map((c) => cell(c, ctx)))
    const header = b.header && rows.length > 0 ? rows.shift()!.map((c) => ({ ...c, bold: true })) : null
    const ncols = Math.max(
      ...[...(header ? [header] : []), ...rows, ...footer].map((r) => r.reduce((s, c) => s + c.span, 0)),
      1,
    )
    const widths = b.widths && b.widths.length === ncols ? b.widths : Array.from({ length: ncols }, () => 1)
    return {
      type: 'table',
      widths,
      aligns: widths.map(() => undefined),
      header,
      rows,
      footer,
      sizePt,
      font: b.font,
      role: 'static',
    }
  }
  let data: DataRow[]
  let kind: SourceKind
  if (b.source === 'quoteItems') {
    data = quoteRows(ctx.quote)
    kind = 'quoteItems'
  } else if (b.source === 'requirements') {
    data = requirementRows(ctx.bid, b.kinds)
    kind = 'requirements'
  } else if (isPartSource(b.source)) {
    data = partRows(b.source, ctx.bid, ctx.company, ctx.materials, ctx)
    kind = b.source
  } else {
    const ms = materialsFor(
      section,
      ctx,
      b.materialKinds ?? (b.source === 'references' ? ['样板客户/类似业绩'] : undefined),
    )
    for (const m of ms) ctx.listed.push({ material: m, withScans: false })
    data = ms.map(materialRow)
    kind = 'materials'
  }
  const columns = b.columns
  const rows: RenderCell[][] = data.map((row) =>
    columns.map((c) => ({ text: fill(c.value, ctx, row, kind), span: 1, align: c.align })),
  )
  if (rows.length === 0 && b.emptyText)
    rows.push([{ text: fill(b.emptyText, ctx), span: columns.length, align: 'center' }])
  return {
    type: 'table',
    widths: columns.map((c) => c.width),
    aligns: columns.map((c) => c.align),
    header: columns.map((c) => ({
      text: fill(c.header, ctx),
      span: 1,
      align: 'center' as const,
      bold: true,
    })),
    rows,
    footer,
    sizePt,
    font: b.font,
    role: b.source,
    rowItems: data.map((d) => d.itemId),
  }
}

function expandMaterials(
  b: Extract<TemplateBlock, { type: 'materials' }>,
  section: Section | null,
  ctx: ExpandContext,
): RenderBlock {
  if (b.from === 'keyStaffCertificates' || b.from === 'prisonCertificate') {
    const ids =
      b.from === 'prisonCertificate'
        ? ctx.bid.sme.prisonCertificateMaterialId
          ? [ctx.bid.sme.prisonCertificateMaterialId]
          : []
        : ctx.bid.keyStaff.flatMap((s) => s.certificateMaterialIds)
    return materialEntries(b, materialsById(new Set(ids), ctx), ctx)
  }
  if (b.from !== 'links') {
    return {
      type: 'materials',
      entries: scanEntries(b.from, ctx, signatoryAgentIndex(ctx.bid, ctx.company)),
      emptyText: undefined,
    }
  }
  return materialEntries(b, materialsFor(section, ctx, b.materialKinds), ctx)
}

/** Library materials printed with their scans: each is listed, so P04 reports one without a printable scan. */
function materialEntries(
  b: Extract<TemplateBlock, { type: 'materials' }>,
  ms: readonly Material[],
  ctx: ExpandContext,
): RenderBlock {
  for (const m of ms) ctx.listed.push({ material: m, withScans: true })
  return {
    type: 'materials',
    entries: ms.map((m, i) => ({
      caption: fill(b.caption, ctx, materialRow(m, i), 'materials'),
      title: m.title,
      materialId: m.id,
      attachments: m.attachments,
    })),
    emptyText: b.emptyText === undefined ? undefined : fill(b.emptyText, ctx),
  }
}

function expandBlock(
  b: TemplateBlock,
  form: FormTemplate,
  section: Section | null,
  ctx: ExpandContext,
): RenderBlock[] {
  if ('when' in b && !applies(b.when, ctx)) return []
  switch (b.type) {
    case 'paragraph': {
      const style = {
        align: b.align,
        bold: b.bold,
        sizePt: b.size ? sizeInPt(b.size) : form.size ? sizeInPt(form.size) : undefined,
        font: b.font ?? form.font,
        indent: b.indent,
        spaceBeforePt: b.spaceBefore,
        spaceAfterPt: b.spaceAfter,
      }
      if (b.source) {
        const src = b.source
        return partRows(src, ctx.bid, ctx.company, ctx.materials, ctx).map((row) => ({
          type: 'paragraph' as const,
          text: fill(b.text, ctx, row, src),
          origin: 'generated' as const,
          style,
        }))
      }
      const text = fill(b.text, ctx)
      const fit = b.fitLines ? fitTitle(text, style.sizePt ?? 12, ctx.layout.margins, b.fitLines) : null
      return [
        fit
          ? {
              type: 'paragraph',
              text,
              origin: 'form',
              style: { ...style, sizePt: fit.sizePt },
              breaks: fit.breaks,
            }
          : { type: 'paragraph', text, origin: 'form', style },
      ]
    }
    case 'table':
      return [expandTable(b, section, ctx)]
    case 'seal':
      return sealMarkers(b.text ?? ctx.layout.sealText, b.align, ctx, b.sealedBy)
    case 'signature':
      return [
        {
          type: 'marker',
          kind: 'signature',
          text: fill(b.text ?? ctx.layout.signatureText, ctx),
          align: b.align,
        },
      ]
    case 'materials':
      return [expandMaterials(b, section, ctx)]
    case 'content':
      return section ? contentBlocksFilled(section, ctx) : []
    case 'toc':
      return [{ type: 'toc' }]
    case 'scoringIndex':
      // A slot: buildPrintModel writes the rows once every part and its bookmark is known.
      return [
        {
          type: 'table',
          widths: [],
          aligns: [],
          header: null,
          rows: [],
          footer: [],
          sizePt: b.size ? sizeInPt(b.size) : undefined,
          role: 'scoringIndex',
        },
      ]
    case 'pageBreak':
      return [{ type: 'pageBreak' }]
    case 'blank':
      return [{ type: 'blank', lines: b.lines }]
    case 'repeat': {
      const out: RenderBlock[] = []
      partRows(b.source, ctx.bid, ctx.company, ctx.materials, ctx).forEach((data, i) => {
        if (i > 0 && b.pageBreak) out.push({ type: 'pageBreak' })
        // The same fields array: what a repetition fills is recorded for the part as a whole.
        const rctx: ExpandContext = { ...ctx, row: { data, kind: b.source } }
        for (const inner of b.blocks) out.push(...expandBlock(inner, form, section, rctx))
      })
      return out
    }
  }
}

/** The section's own writing: its document when it has one, else its plain text (one paragraph per line). */
function contentBlocksFilled(section: Section, ctx: ExpandContext): RenderBlock[] {
  const doc = writtenDoc(section)
  if (doc) return docToBlocks(doc, { scope: section.id, fill: (t) => fill(t, ctx) })
  return contentToBlocks(section.content).map((blk) =>
    blk.type === 'paragraph' || blk.type === 'heading' ? { ...blk, text: fill(blk.text, ctx) } : blk,
  )
}

/** A front form (cover, table of contents): no section behind it; every front form but the first starts a page. */
export function expandFront(form: FormTemplate, ctx: ExpandContext, newPage = false): RenderBlock[] {
  const blocks = form.blocks.flatMap((b) => expandBlock(b, form, null, ctx))
  return newPage ? [{ type: 'pageBreak' }, ...blocks] : blocks
}

/** A form the bid model asks for that no section names (联合体协议书, 中小企业声明函…): heading, form, sign block. */
export function expandPartForm(form: FormTemplate, ctx: ExpandContext): RenderBlock[] {
  const out: RenderBlock[] = [
    { type: 'heading', level: 1, text: form.title, pageBreakBefore: true, origin: 'form' },
  ]
  for (const b of form.blocks) out.push(...expandBlock(b, form, null, ctx))
  return keepSignBlock(out)
}

/** The context a section prints with: its own signing date, when it has one, replaces the bid's. */
export function sectionContext(section: Section, base: ExpandContext): ExpandContext {
  if (!section.signDate) return base
  const signed = formatDateZh(section.signDate)
  const field = `sections.${base.bid.sections.indexOf(section)}.signDate`
  return {
    ...base,
    values: { ...base.values, 日期: signed, date: signed },
    sources: { ...base.sources, 日期: field, date: field },
  }
}

/**
 * One section of the bid: its title as a level-1 heading on a new page, then its form (or its own text when it has
 * no form). The user's text is appended when the form has no place for it; seal and signature markers are added
 * when the section needs them and the form does not already carry them, so no 盖章/签字 point is ever lost. The
 * closing seal, signature and date stay on the page of the form's last lines.
 */
export function expandSection(
  section: Section,
  form: FormTemplate | null,
  baseCtx: ExpandContext,
): RenderBlock[] {
  const ctx = sectionContext(section, baseCtx)
  const out: RenderBlock[] = []
  const title = section.title || form?.title || ''
  if (!form || form.heading)
    out.push({ type: 'heading', level: 1, text: title, pageBreakBefore: true, origin: 'form' })
  else out.push({ type: 'pageBreak' })
  const blocks = form?.blocks ?? [{ type: 'content' as const }]
  for (const b of blocks)
    out.push(...expandBlock(b, form ?? { key: '', title, heading: true, blocks: [] }, section, ctx))
  if (form && !blocks.some((b) => b.type === 'content') && hasWriting(section)) {
    out.push(...contentBlocksFilled(section, ctx))
  }
  const hasSeal = out.some((b) => b.type === 'marker' && b.kind === 'seal')
  const hasSignature = out.some((b) => b.type === 'marker' && b.kind === 'signature')
  const addSeal = section.needsSeal && !hasSeal
  const addSignature = section.needsSignature && !hasSignature
  if (addSeal || addSignature) out.push({ type: 'blank', lines: 1 })
  if (addSeal) out.push(...sealMarkers(ctx.layout.sealText, 'right', ctx))
  if (addSignature)
    out.push({ type: 'marker', kind: 'signature', text: fill(ctx.layout.signatureText, ctx), align: 'right' })
  if (addSeal || addSignature)
    out.push({
      type: 'paragraph',
      text: fill(ctx.layout.dateText, ctx),
      style: { align: 'right' },
      origin: 'form',
    })
  return keepSignBlock(out)
}
