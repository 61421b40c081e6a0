import type { RuleContext } from './context'
import type { FindingLocation } from './types'

/**
 * One free-text field of the bid, a linked material or the company profile, as the text rules see it.
 * A 5,000-requirement bid has over 10,000 of these on every keystroke, so they are one fixed-shape
 * class and the field path string is only built for the few that get a finding.
 */
export class TextField {
  constructor(
    readonly doc: FindingLocation['doc'],
    readonly docId: string,
    /** Path prefix ('sections', 'requirements'…) or the whole path when index is -1. */
    readonly base: string,
    readonly index: number,
    readonly field: string,
    readonly text: string,
    readonly itemId: string | undefined,
    /** Section kind when the field is a section's title or content. */
    readonly sectionKind: string | undefined,
  ) {}

  get path(): string {
    return this.index < 0 ? this.base : `${this.base}.${this.index}.${this.field}`
  }

  get sectionIndex(): number | undefined {
    return this.base === 'sections' ? this.index : undefined
  }
}

const memo = new WeakMap<RuleContext, TextField[]>()

/** Every field a bidder writes (not the tender's own requirement text, which may contain brackets). */
export function bidTextFields(ctx: RuleContext): TextField[] {
  const hit = memo.get(ctx)
  if (hit) return hit
  const out = collectBidFields(ctx)
  memo.set(ctx, out)
  return out
}

function collectBidFields(ctx: RuleContext): TextField[] {
  const { bid } = ctx
  const id = bid.id
  const out: TextField[] = []
  const one = (path: string, text: string) => {
    if (text) out.push(new TextField('bid', id, path, -1, '', text, undefined, undefined))
  }
  one('title', bid.title)
  one('tenderNo', bid.tenderNo)
  one('buyer.name', bid.buyer.name)
  one('agency', bid.agency)
  const sections = bid.sections
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]
    if (s.title) out.push(new TextField('bid', id, 'sections', i, 'title', s.title, s.id, s.kind))
    if (s.content) out.push(new TextField('bid', id, 'sections', i, 'content', s.content, s.id, s.kind))
  }
  const reqs = bid.requirements
  for (let i = 0; i < reqs.length; i++) {
    const r = reqs[i]
    if (r.responseText)
      out.push(new TextField('bid', id, 'requirements', i, 'responseText', r.responseText, r.id, undefined))
  }
  const q = bid.quote
  q.items.forEach((it, i) => {
    for (const key of ['name', 'spec', 'note'] as const)
      if (it[key]) out.push(new TextField('bid', id, 'quote.items', i, key, it[key], it.id, undefined))
  })
  one('quote.bidLetterPriceWords', q.bidLetterPriceWords)
  const o = q.openingSummary
  one('quote.openingSummary.lot', o.lot)
  one('quote.openingSummary.priceWords', o.priceWords)
  one('quote.openingSummary.deliveryPeriod', o.deliveryPeriod)
  one('quote.openingSummary.warranty', o.warranty)
  one('quote.openingSummary.note', o.note)
  one('quote.costJustification', q.costJustification)
  one('termsOffered.paymentTerms', bid.termsOffered.paymentTerms)
  return out
}

export function materialTextFields(ctx: RuleContext): TextField[] {
  const out: TextField[] = []
  for (const { material: m } of ctx.linked.values()) {
    for (const key of ['title', 'number', 'issuer', 'holder', 'content'] as const)
      if (m[key]) out.push(new TextField('material', m.id, key, -1, '', m[key], undefined, undefined))
  }
  return out
}

export function companyTextFields(ctx: RuleContext): TextField[] {
  const c = ctx.company
  const out: TextField[] = []
  const f = (path: string, text: string) => {
    if (text) out.push(new TextField('workspace', 'workspace', path, -1, '', text, undefined, undefined))
  }
  for (const key of [
    'name',
    'creditCode',
    'legalRep',
    'address',
    'phone',
    'bank',
    'bankAccount',
    'intro',
  ] as const)
    f(`company.${key}`, c[key])
  c.agents.forEach((a, i) => {
    f(`company.agents.${i}.name`, a.name)
    f(`company.agents.${i}.idNumber`, a.idNumber)
  })
  return out
}

/** Texts of the price part: 报价 sections and the quote's own notes (C08, E12). */
export function priceTextFields(ctx: RuleContext): TextField[] {
  return bidTextFields(ctx).filter(
    (t) =>
      (t.sectionKind === '报价' && t.field === 'content') ||
      t.base === 'quote.items' ||
      t.base === 'quote.openingSummary.note',
  )
}

/** Where a finding on this field points. */
export const at = (f: TextField) => ({
  doc: f.doc,
  docId: f.docId,
  path: f.path,
  ...(f.itemId ? { itemId: f.itemId } : {}),
})
