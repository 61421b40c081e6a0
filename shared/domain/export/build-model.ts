import type { Attachment, Bid, CompanyProfile, Material, Matrix, PartKind } from '@shared/schemas'
import { newReport, type RenderBlock } from './blocks'
import { expandFront, expandPartForm, expandSection, type ExpandContext } from './expand'
import { formatDateZh } from './format'
import type { FormSet } from './form-template'
import { placeholderSources, resolvePlaceholders, signDateOf } from './placeholders'
import { planDocument } from './plan'
import type { BuyerFormSlot, PrintModel, PrintPart, PrintedMaterial, ScanStatus } from './print-model'
import { bidPriceOf, computeQuote } from './quote-math'
import { requirementRows } from './rows'
import { scoringIndexBlock, scoringIndexRows } from './scoring-index'

export interface PrintInput {
  bid: Bid
  company: CompanyProfile
  /** The materials library (or at least every material the bid links), by id or as a list. */
  materials: ReadonlyMap<string, Material> | readonly Material[]
  /** The bid's scoring matrix: the 评分索引表 is written from it. */
  matrix?: Matrix | null
  forms: FormSet
  copy?: '正本' | '副本'
  /** YYYY-MM-DD: a signing date chosen for this export instead of the bid's (CLI --date). */
  signDate?: string
  agentIndex?: number
  /** Whether a scan can be printed (the caller looks at files/<sha256>); every scan is 'ok' when not given. */
  scanStatus?: (a: Attachment) => ScanStatus
  /** Buyer's own filled forms, by section id: printed instead of the section's standard form. */
  buyerForms?: Readonly<Record<string, BuyerFormSlot>>
}

/** The documents a committee checks the bidder's qualification on (资格证明): without them the bid is rejected. */
export const QUALIFICATION_KINDS: readonly string[] = [
  '营业执照',
  '资质证书',
  '人员证书',
  '财务报表',
  '纳税/社保证明',
  '信用查询',
]

const PART_NAMES: Record<PartKind, string> = {
  资格: '资格证明文件',
  商务: '商务文件',
  技术: '技术文件',
  报价: '报价文件',
  其他: '其他文件',
}
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function toMap(m: PrintInput['materials']): ReadonlyMap<string, Material> {
  if (m instanceof Map) return m
  return new Map((m as readonly Material[]).map((x) => [x.id, x]))
}

const DATE_KEYS = new Set(['日期', 'date'])

/**
 * The 投标文件 as it will be printed (see print-model.ts). Pure: the same inputs give the same model, and no
 * renderer decides anything about content on its own.
 */
/** What every form of a bid is filled from (placeholder values, quote totals, materials …). */
export function expandContext(
  input: Pick<PrintInput, 'bid' | 'company' | 'materials' | 'forms' | 'copy' | 'signDate' | 'agentIndex'>,
): ExpandContext {
  const { bid } = input
  const signDate = input.signDate ?? signDateOf(bid)
  const opts = { copy: input.copy, date: signDate ?? '', agentIndex: input.agentIndex }
  return {
    bid,
    company: input.company,
    values: resolvePlaceholders(bid, input.company, opts),
    sources: placeholderSources(bid, input.company, opts),
    quote: computeQuote(bid.quote),
    materials: toMap(input.materials),
    layout: input.forms.layout,
    report: newReport(),
    fields: [],
    listed: [],
  }
}

export function buildPrintModel(input: PrintInput): PrintModel {
  const { bid, forms } = input
  const layout = forms.layout
  const has = (k: string) => Object.hasOwn(forms.forms, k)
  const ctx = expandContext(input)
  const signDate = input.signDate ?? signDateOf(bid)
  const { values, report, quote } = ctx
  const plan = planDocument(bid, layout, has)
  const parts: PrintPart[] = []
  const printed: PrintedMaterial[] = []
  const scan = input.scanStatus ?? (() => 'ok' as const)
  const qualificationIds = new Set(
    bid.requiredMaterials.filter((r) => r.qualification && r.materialId).map((r) => r.materialId!),
  )
  const byMaterial = new Map<string, PrintedMaterial>()
  const note = (
    id: string,
    title: string,
    kind: string,
    p: PrintPart,
    withScans: boolean,
    attachments: readonly Attachment[],
    qualification: () => boolean,
  ) => {
    let m = byMaterial.get(id)
    if (!m) {
      m = {
        materialId: id,
        title,
        kind,
        parts: [],
        scansPrinted: false,
        qualification: qualification(),
        attachments: attachments.map((a) => ({ attachment: a, status: scan(a) })),
      }
      byMaterial.set(id, m)
      printed.push(m)
    }
    if (!m.parts.some((x) => x.partId === p.id)) m.parts.push({ partId: p.id, title: p.title })
    m.scansPrinted ||= withScans
  }
  let lastKind: PartKind | null = null
  let dividers = 0

  const finish = (
    part: Omit<PrintPart, 'fields' | 'seals' | 'signatures' | 'bookmark' | 'date'>,
    own: string | null,
  ) => {
    const markers = part.blocks.filter(
      (b): b is Extract<RenderBlock, { type: 'marker' }> => b.type === 'marker',
    )
    const fields = ctx.fields
    const p: PrintPart = {
      ...part,
      bookmark: null,
      fields,
      date: fields.some((f) => DATE_KEYS.has(f.key)) ? (own ?? signDate) : null,
      seals: markers.filter((m) => m.kind === 'seal').map((m) => m.text),
      signatures: markers.filter((m) => m.kind === 'signature').map((m) => m.text),
    }
    for (const l of ctx.listed)
      note(
        l.material.id,
        l.material.title,
        l.material.kind,
        p,
        l.withScans,
        l.material.attachments,
        () => QUALIFICATION_KINDS.includes(l.material.kind) || qualificationIds.has(l.material.id),
      )
    for (const b of p.blocks)
      if (b.type === 'materials')
        for (const e of b.entries)
          if (e.materialId === null && e.ref)
            note(e.ref, e.title, '扫描件', p, true, e.attachments, () => true)
    ctx.fields = []
    ctx.listed = []
    parts.push(p)
  }

  // A divider page before the first part of each kind (资格/商务/技术/报价) when the bid asks for them.
  const divide = (kind: PartKind) => {
    if (bid.partDividers && kind !== lastKind && has(layout.divider)) {
      const name = PART_NAMES[kind]
      const no = `第${ORDINALS[dividers] ?? String(dividers + 1)}部分`
      dividers++
      const dctx = { ...ctx, values: { ...values, 分部名称: name, 分部序号: no } }
      const blocks = expandFront(forms.forms[layout.divider], dctx, true)
      finish(
        {
          id: `divider:${kind}`,
          kind: 'divider',
          formKey: layout.divider,
          title: `${no} ${name}`,
          sectionId: null,
          partKind: kind,
          blocks,
        },
        null,
      )
    }
    lastKind = kind
  }

  for (const pp of plan.parts) {
    if (pp.kind === 'front') {
      if (pp.formKey === '评分索引表' && !input.matrix) continue
      const blocks = expandFront(forms.forms[pp.formKey!], ctx, parts.length > 0)
      finish(
        {
          id: `front:${pp.formKey}`,
          kind: pp.formKey === '评分索引表' ? 'scoringIndex' : 'front',
          formKey: pp.formKey,
          title: pp.title,
          sectionId: null,
          partKind: null,
          blocks,
        },
        null,
      )
      continue
    }
    if (pp.kind === 'form') {
      divide(pp.partKind ?? '其他')
      finish(
        {
          id: `form:${pp.formKey}`,
          kind: 'form',
          formKey: pp.formKey,
          title: pp.title,
          sectionId: null,
          partKind: pp.partKind ?? null,
          blocks: expandPartForm(forms.forms[pp.formKey!], ctx),
        },
        null,
      )
      continue
    }
    const s = pp.section!
    divide(s.kind)
    const form = pp.formKey ? forms.forms[pp.formKey] : null
    const buyerForm = input.buyerForms?.[s.id]
    const blocks = buyerForm
      ? [
          {
            type: 'heading' as const,
            level: 1 as const,
            text: pp.title,
            pageBreakBefore: true,
            origin: 'form' as const,
          },
        ]
      : expandSection(s, form, ctx)
    if (buyerForm) ctx.fields.push(...buyerForm.fields)
    finish(
      {
        id: s.id,
        kind: 'section',
        formKey: pp.formKey,
        title: pp.title,
        sectionId: s.id,
        partKind: s.kind,
        blocks,
        ...(buyerForm ? { buyerForm } : {}),
      },
      s.signDate,
    )
  }

  assignBookmarks(parts)
  const scoringIndex = input.matrix ? scoringIndexRows(input.matrix, bid, parts) : null
  if (scoringIndex)
    for (const p of parts)
      p.blocks = p.blocks.map((b) =>
        b.type === 'table' && b.role === 'scoringIndex' ? scoringIndexBlock(scoringIndex, b.sizePt) : b,
      )

  return {
    bidId: bid.id,
    title: bid.title,
    copy: input.copy ?? '正本',
    signDate,
    deadline: bid.dates.submissionDeadline,
    category: bid.category,
    governingLaw: bid.governingLaw,
    layout,
    values,
    parts,
    quote: {
      ...quote,
      currency: bid.quote.currency,
      moneyUnit: bid.quote.moneyUnit,
      taxIncluded: bid.quote.taxIncluded,
      rounding: bid.quote.rounding,
      statedTotal: bid.quote.statedTotal,
    },
    openingPrice: bidPriceOf(bid.quote),
    // Unfiltered, the rows are in bid.requirements order.
    requirements: requirementRows(bid).map((r, i) => ({ ...r, kind: bid.requirements[i].kind })),
    materials: printed,
    scoringIndex,
    report: {
      unknownPlaceholders: [...report.unknownPlaceholders],
      emptyPlaceholders: [...report.emptyPlaceholders],
      missingMaterials: [...report.missingMaterials],
      unknownForms: plan.unknownForms.filter((f) => !(f.sectionId === '' && f.formKey === '评分索引表')),
      mergedIntoFront: plan.mergedIntoFront,
    },
  }
}

/** Every heading gets a bookmark (_Toc1, _Toc2 … in print order); a part is known by its title heading's. */
function assignBookmarks(parts: PrintPart[]): void {
  let n = 0
  for (const p of parts) {
    p.blocks = p.blocks.map((b) => (b.type === 'heading' ? { ...b, bookmark: `_Toc${++n}` } : b))
    const title = p.blocks.find(
      (b): b is Extract<RenderBlock, { type: 'heading' }> => b.type === 'heading' && b.level === 1,
    )
    p.bookmark = title?.bookmark ?? null
  }
}

/** "2026年3月5日" of a YYYY-MM-DD, for messages. */
export const printedDate = formatDateZh
