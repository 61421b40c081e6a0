import type { Bid, Material, Section } from '../../schemas'
import type { ExpandReport, RenderBlock, RenderCell } from './blocks'
import { contentToBlocks } from './content'
import { formatDateZh, formatMoney, formatQty, formatYuan } from './format'
import {
  type DocumentLayout,
  type FormTemplate,
  type TemplateBlock,
  type TemplateCell,
  sizeInPt,
} from './form-template'
import { fillPlaceholders } from './placeholders'
import type { QuoteTotals } from './quote-math'

export interface ExpandContext {
  bid: Bid
  /** Placeholder values from resolvePlaceholders. */
  values: Record<string, string>
  quote: QuoteTotals
  /** Linked materials by id (the bid's and its sections'). */
  materials: ReadonlyMap<string, Material>
  layout: DocumentLayout
  report: ExpandReport
}

type Row = Record<string, string>

function fill(text: string, ctx: ExpandContext, row?: Row): string {
  // Row fields shadow document fields. Looked up, not merged: a 600-row table would otherwise copy the
  // whole dictionary for every cell.
  const values = row
    ? (k: string) =>
        Object.hasOwn(row, k) ? row[k] : Object.hasOwn(ctx.values, k) ? ctx.values[k] : undefined
    : ctx.values
  // Data-row fields stay empty when empty (a table cell, or a "★" prefix); document fields get a line to write on.
  const r = fillPlaceholders(text, values, (key) => (key.startsWith('row.') ? '' : '________'))
  for (const k of r.unknown) ctx.report.unknownPlaceholders.add(k)
  for (const k of r.empty) ctx.report.emptyPlaceholders.add(k)
  return r.text
}

/** A section's materials: its own links, else the bid's, in link order; unknown ids are reported. */
export function materialsFor(
  section: Section | null,
  ctx: ExpandContext,
  kinds?: readonly string[],
): Material[] {
  const ids = section && section.materialIds.length > 0 ? section.materialIds : ctx.bid.materialIds
  const out: Material[] = []
  for (const id of ids) {
    const m = ctx.materials.get(id)
    if (!m) ctx.report.missingMaterials.add(id)
    else if (!kinds || kinds.includes(m.kind)) out.push(m)
  }
  return out
}

function quoteRows(ctx: ExpandContext): Row[] {
  return ctx.quote.lines.map((l) => ({
    'row.no': String(l.no),
    'row.name': l.item.name,
    'row.spec': l.item.spec,
    'row.unit': l.item.unit,
    'row.qty': formatQty(l.item.qty),
    'row.unitPrice': formatMoney(l.item.unitPrice),
    'row.lineTotal': formatMoney(l.lineTotal),
    'row.taxRate': `${formatQty(l.item.taxRate)}%`,
    'row.tax': formatMoney(l.tax),
    'row.note': l.item.note,
  }))
}

function requirementRows(ctx: ExpandContext, kinds?: readonly string[]): Row[] {
  const reqs = ctx.bid.requirements.filter((r) => !kinds || kinds.includes(r.kind))
  return reqs.map((r, i) => {
    const where = [r.source.chapter, r.source.page ? `第${r.source.page}页` : ''].filter(Boolean).join(' ')
    return {
      'row.no': String(i + 1),
      'row.reqNo': r.no,
      'row.star': r.star ? '★' : '',
      'row.text': r.text,
      'row.response': r.responseText || (r.status === '未处理' ? '' : r.status),
      'row.status': r.status,
      'row.deviation': r.deviation,
      'row.source': where,
      'row.note': [r.status === '响应' ? '' : r.status, where ? `招标文件 ${where}` : '']
        .filter(Boolean)
        .join('；'),
    }
  })
}

function materialRow(m: Material, i: number): Row {
  return {
    'row.no': String(i + 1),
    'row.title': m.title,
    'row.kind': m.kind,
    'row.number': m.number,
    'row.issuer': m.issuer,
    'row.holder': m.holder,
    'row.validTo': m.validTo ? formatDateZh(m.validTo) : '长期',
    'row.customer': m.reference.customer,
    'row.industry': m.reference.industry,
    'row.amount': m.reference.amount == null ? '' : formatYuan(m.reference.amount),
    'row.contractDate': formatDateZh(m.reference.contractDate),
    'row.contact': m.reference.contact,
    'row.rating': m.reference.rating,
  }
}

function cell(c: TemplateCell, ctx: ExpandContext, row?: Row): RenderCell {
  return typeof c === 'string'
    ? { text: fill(c, ctx, row), span: 1 }
    : { text: fill(c.text, ctx, row), span: c.span, align: c.align }
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
    }
  }
  let data: Row[]
  if (b.source === 'quoteItems') data = quoteRows(ctx)
  else if (b.source === 'requirements') data = requirementRows(ctx, b.kinds)
  else
    data = materialsFor(
      section,
      ctx,
      b.materialKinds ?? (b.source === 'references' ? ['样板客户/类似业绩'] : undefined),
    ).map(materialRow)
  const columns = b.columns
  const rows: RenderCell[][] = data.map((row) =>
    columns.map((c) => ({ text: fill(c.value, ctx, row), span: 1, align: c.align })),
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
  }
}

function expandBlock(
  b: TemplateBlock,
  form: FormTemplate,
  section: Section | null,
  ctx: ExpandContext,
): RenderBlock[] {
  switch (b.type) {
    case 'paragraph':
      return [
        {
          type: 'paragraph',
          text: fill(b.text, ctx),
          style: {
            align: b.align,
            bold: b.bold,
            sizePt: b.size ? sizeInPt(b.size) : form.size ? sizeInPt(form.size) : undefined,
            font: b.font ?? form.font,
            indent: b.indent,
            spaceBeforePt: b.spaceBefore,
            spaceAfterPt: b.spaceAfter,
          },
        },
      ]
    case 'table':
      return [expandTable(b, section, ctx)]
    case 'seal':
    case 'signature':
      return [
        {
          type: 'marker',
          kind: b.type,
          text: fill(b.text ?? (b.type === 'seal' ? ctx.layout.sealText : ctx.layout.signatureText), ctx),
          align: b.align,
        },
      ]
    case 'materials': {
      const ms = materialsFor(section, ctx, b.materialKinds)
      return [
        {
          type: 'materials',
          entries: ms.map((m, i) => ({ caption: fill(b.caption, ctx, materialRow(m, i)), material: m })),
          emptyText: b.emptyText === undefined ? undefined : fill(b.emptyText, ctx),
        },
      ]
    }
    case 'content':
      return section ? contentBlocksFilled(section.content, ctx) : []
    case 'toc':
      return [{ type: 'toc' }]
    case 'pageBreak':
      return [{ type: 'pageBreak' }]
    case 'blank':
      return [{ type: 'blank', lines: b.lines }]
  }
}

function contentBlocksFilled(content: string, ctx: ExpandContext): RenderBlock[] {
  return contentToBlocks(content).map((blk) =>
    blk.type === 'paragraph' || blk.type === 'heading' ? { ...blk, text: fill(blk.text, ctx) } : blk,
  )
}

/** A front form (cover, table of contents): no section behind it; every front form but the first starts a page. */
export function expandFront(form: FormTemplate, ctx: ExpandContext, newPage = false): RenderBlock[] {
  const blocks = form.blocks.flatMap((b) => expandBlock(b, form, null, ctx))
  return newPage ? [{ type: 'pageBreak' }, ...blocks] : blocks
}

/**
 * One section of the bid: its title as a level-1 heading on a new page, then its form (or its own text when it has
 * no form). The user's text is appended when the form has no place for it; seal and signature markers are added
 * when the section needs them and the form does not already carry them, so no 盖章/签字 point is ever lost.
 */
export function expandSection(
  section: Section,
  form: FormTemplate | null,
  baseCtx: ExpandContext,
): RenderBlock[] {
  // A section signed on its own date (signDate) shows that date rather than the export date.
  const signed = section.signDate ? formatDateZh(section.signDate) : null
  const ctx = signed ? { ...baseCtx, values: { ...baseCtx.values, 日期: signed, date: signed } } : baseCtx
  const out: RenderBlock[] = []
  const title = section.title || form?.title || ''
  if (!form || form.heading) out.push({ type: 'heading', level: 1, text: title, pageBreakBefore: true })
  else out.push({ type: 'pageBreak' })
  const blocks = form?.blocks ?? [{ type: 'content' as const }]
  for (const b of blocks)
    out.push(...expandBlock(b, form ?? { key: '', title, heading: true, blocks: [] }, section, ctx))
  if (form && !blocks.some((b) => b.type === 'content') && section.content.trim()) {
    out.push(...contentBlocksFilled(section.content, ctx))
  }
  const hasSeal = out.some((b) => b.type === 'marker' && b.kind === 'seal')
  const hasSignature = out.some((b) => b.type === 'marker' && b.kind === 'signature')
  if ((section.needsSeal && !hasSeal) || (section.needsSignature && !hasSignature))
    out.push({ type: 'blank', lines: 1 })
  if (section.needsSeal && !hasSeal)
    out.push({ type: 'marker', kind: 'seal', text: fill(ctx.layout.sealText, ctx), align: 'right' })
  if (section.needsSignature && !hasSignature) {
    out.push({ type: 'marker', kind: 'signature', text: fill(ctx.layout.signatureText, ctx), align: 'right' })
  }
  if ((section.needsSeal && !hasSeal) || (section.needsSignature && !hasSignature)) {
    out.push({ type: 'paragraph', text: fill(ctx.layout.dateText, ctx), style: { align: 'right' } })
  }
  return out
}
