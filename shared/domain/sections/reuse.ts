import {
  resolveConfig,
  runChecks,
  type CheckSources,
  type OtherBidRef,
  type Severity,
} from '@shared/domain/checks'
import { onReferenceLine } from '@shared/domain/checks/bid-texts'
import { datesIn, excerpt, isRealDate } from '@shared/domain/checks/text'
import {
  SectionSchema,
  type Bid,
  type BlockOrigin,
  type Material,
  type Section,
  type SectionDoc,
} from '@shared/schemas'
import type { BlockNode, ListNode, ParagraphNode } from '@shared/schemas/section-doc'
import { docText } from './text'

/**
 * Reusable content (文本块): a section, or the part of it the user selected, saved to the materials library with tags
 * and pulled into another bid's section. What was right in the source bid (its buyer, its tender number, its dates)
 * is a leftover in the next one, so every pull is checked before the text lands (E07 on reuse).
 */

/** The days of a bid that a text written for it may carry: deadline, opening, signing, bond … (YYYY-MM-DD). */
export function bidDays(bid: Bid): string[] {
  const d = bid.dates
  const all = [
    d.release,
    d.clarificationDeadline,
    d.submissionDeadline,
    d.opening,
    d.publicityEnd,
    d.announcement,
    bid.signDate,
    bid.bond.deadline,
    ...bid.sections.map((s) => s.signDate),
  ]
  return [...new Set(all.flatMap((x) => (x ? [x.slice(0, 10)] : [])))].sort()
}

export function blockOrigin(bid: Bid, section: Pick<Section, 'title'>): BlockOrigin {
  return {
    bidId: bid.id,
    bidTitle: bid.title,
    buyerName: bid.buyer.name,
    tenderNo: bid.tenderNo,
    sectionTitle: section.title,
    dates: bidDays(bid),
  }
}

/** The material a 文本块 is stored as: its text in `content` (library search), its document and origin in `block`. */
export function blockMaterial(args: {
  title: string
  tags: readonly string[]
  doc: SectionDoc
  origin: BlockOrigin
}): Pick<Material, 'title' | 'kind' | 'tags' | 'content' | 'block'> {
  const tags = [...new Set(args.tags.map((t) => t.trim()).filter(Boolean))]
  return {
    title: args.title.trim(),
    kind: '文本块',
    tags,
    content: docText(args.doc),
    block: { doc: args.doc, origin: args.origin },
  }
}

export interface BlockSummary {
  material: Material
  /** The first words of the block (or the words around the search hit). */
  excerpt: string
}

export interface BlockLibrary {
  blocks: BlockSummary[]
  /** Every tag of the library's blocks with the number of blocks carrying it, most used first. */
  tags: { tag: string; count: number }[]
}

/**
 * The 文本块 of the library that carry every tag asked for and contain every word of the query (title, tags, text,
 * origin), newest first.
 */
export function searchBlocks(
  materials: readonly Material[],
  opts: { query?: string; tags?: readonly string[] } = {},
): BlockLibrary {
  const all = materials.filter((m) => m.kind === '文本块' && m.block)
  const counts = new Map<string, number>()
  for (const m of all) for (const t of m.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  const want = opts.tags ?? []
  const terms = (opts.query ?? '').toLowerCase().split(/\s+/u).filter(Boolean)
  const blocks: BlockSummary[] = []
  for (const m of all) {
    if (!want.every((t) => m.tags.includes(t))) continue
    const o = m.block!.origin
    const hay = [m.title, m.tags.join(' '), m.content, o.bidTitle, o.sectionTitle].map((s) => s.toLowerCase())
    if (!terms.every((t) => hay.some((h) => h.includes(t)))) continue
    const at = terms.length ? m.content.toLowerCase().indexOf(terms[0]) : -1
    blocks.push({ material: m, excerpt: at >= 0 ? excerpt(m.content, at, 80) : m.content.slice(0, 80) })
  }
  blocks.sort((a, b) => b.material.updatedAt.localeCompare(a.material.updatedAt))
  const tags = [...counts].map(([tag, count]) => ({ tag, count }))
  tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN'))
  return { blocks, tags }
}

/**
 * The block as it goes into another bid: a 响应 block answers a requirement of the source bid, which this bid does
 * not have, so it is unwrapped into its paragraphs (the words stay, the dead link goes).
 */
export function blockForBid(
  doc: SectionDoc,
  requirementIds: ReadonlySet<string>,
): { doc: SectionDoc; unlinked: number } {
  let unlinked = 0
  const content: BlockNode[] = []
  for (const b of doc.content) {
    if (b.type === 'requirementResponse' && !requirementIds.has(b.attrs.requirementId)) {
      unlinked++
      content.push(...(b.content as (ParagraphNode | ListNode)[]))
    } else content.push(b)
  }
  return { doc: { type: 'doc', content }, unlinked }
}

export type LeftoverKind = 'buyer' | 'tenderNo' | 'project' | 'date'

export interface ReuseFinding {
  ruleId: 'E07'
  kind: LeftoverKind
  severity: Severity
  message: { zh: string; en: string }
  fix: { zh: string; en: string }
}

const PROBE_ID = 'reuse-probe'

/**
 * The leftovers of a block pulled into `bid`'s section (titled `sectionTitle`): the E07 rule itself, run on this bid
 * with the block as the section's text and the source bid counted among the workspace's other bids (it may be
 * deleted or renamed since), plus the dates of the text: a day of the source bid is a leftover, any other full date
 * is worth a look. Lines about past work (业绩, 曾为 …) name other buyers and days on purpose and are left alone.
 */
export function reuseFindings(args: {
  bid: Bid
  block: { text: string; origin: BlockOrigin }
  sectionTitle: string
  sources: Pick<CheckSources, 'otherBids' | 'company' | 'workspaceChecks'>
  now: Date
}): ReuseFinding[] {
  const { bid, block } = args
  const probe: Bid = {
    ...bid,
    requirements: [],
    sections: [
      SectionSchema.parse({ id: PROBE_ID, title: args.sectionTitle, content: block.text, source: 'written' }),
    ],
  }
  const o = block.origin
  const others: OtherBidRef[] = args.sources.otherBids.filter((b) => b.id !== bid.id)
  if (o.bidId !== bid.id)
    others.push({ id: `origin:${o.bidId}`, title: o.bidTitle, buyerName: o.buyerName, tenderNo: o.tenderNo })
  const result = runChecks({
    bid: probe,
    materials: [],
    otherBids: others,
    company: args.sources.company,
    workspaceChecks: args.sources.workspaceChecks,
    now: args.now,
  })
  const out: ReuseFinding[] = []
  for (const f of result.findings) {
    if (f.ruleId !== 'E07' || f.location.itemId !== PROBE_ID || !f.location.path.endsWith('.content'))
      continue
    // The key ends with the rule's discriminator: "buyer:…", "project:…", "tenderNo:…" or "other:…" (a name or
    // number of another bid, told apart by the message).
    const disc = f.key.slice(f.key.lastIndexOf('|') + 1)
    const head = disc.slice(0, disc.indexOf(':'))
    const kind: LeftoverKind =
      head === 'other' ? (f.message.zh.includes('采购人') ? 'buyer' : 'tenderNo') : (head as LeftoverKind)
    out.push({ ruleId: 'E07', kind, severity: f.severity, message: f.message, fix: f.fix })
  }
  out.push(
    ...dateLeftovers(
      block.text,
      o,
      new Set(bidDays(bid)),
      resolveConfig(args.sources.workspaceChecks, bid.checkConfig).referenceWords,
    ),
  )
  return out
}

function dateLeftovers(
  text: string,
  origin: BlockOrigin,
  own: ReadonlySet<string>,
  referenceWords: readonly string[],
): ReuseFinding[] {
  const out: ReuseFinding[] = []
  const seen = new Set<string>()
  for (const d of datesIn(text)) {
    if (!isRealDate(d.y, d.m, d.d)) continue
    const iso = `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`
    if (own.has(iso) || seen.has(iso) || onReferenceLine(text, d.index, referenceWords)) continue
    seen.add(iso)
    const fromSource = origin.dates.includes(iso)
    out.push({
      ruleId: 'E07',
      kind: 'date',
      severity: fromSource ? '失分风险' : '提示',
      message: fromSource
        ? {
            zh: `日期“${d.raw}”是来源项目“${origin.bidTitle}”的日期（${excerpt(text, d.index)}）`,
            en: `The date "${d.raw}" is a date of the source bid "${origin.bidTitle}" (${excerpt(text, d.index)})`,
          }
        : {
            zh: `文本中的日期“${d.raw}”来自原文，请核对是否适用于本项目（${excerpt(text, d.index)}）`,
            en: `The date "${d.raw}" comes from the saved text: check that it holds for this bid (${excerpt(text, d.index)})`,
          },
      fix: { zh: '改为本项目的日期或删除', en: "Use this bid's date or remove it" },
    })
  }
  return out
}
