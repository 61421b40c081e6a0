import type { BidLinks } from '@shared/contract/materials'
import type { Material } from '@shared/schemas'
import { isOpenOutcome } from './links'
import { renewals } from './renewals'

export * from './links'
export * from './renewals'

export type ExpiryBucket = 'expired' | 'within30' | 'within90'

const DAY = 86_400_000

/** Day number of a YYYY-MM-DD date (UTC arithmetic: calendar days, no time-zone drift). */
function dayNo(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return Math.floor(Date.UTC(y, m - 1, d) / DAY)
}

/** Today's calendar day in China (UTC+8), which is where validity dates are read. */
export function todayNo(now: Date): number {
  return Math.floor((now.getTime() + 8 * 3_600_000) / DAY)
}

/**
 * Which dashboard bucket a material falls in: expired when its last valid day is before today, then
 * within 30 days, then within 90. Materials without an end date, or renewed by a newer one, are in none.
 */
export function expiryBucket(
  m: Pick<Material, 'validTo'>,
  today: number,
): { bucket: ExpiryBucket; days: number } | null {
  if (!m.validTo) return null
  const days = dayNo(m.validTo) - today
  if (days < 0) return { bucket: 'expired', days }
  if (days <= 30) return { bucket: 'within30', days }
  if (days <= 90) return { bucket: 'within90', days }
  return null
}

export interface DashboardRow {
  material: Material
  bucket: ExpiryBucket
  /** Days until expiry; negative when already expired. */
  days: number
  /** Open bids that use this material (directly or through an older version it renews). */
  openBids: { id: string; title: string }[]
}

/**
 * The open bids that use each material, by material id. A bid linking an old version counts for the
 * newest version too, as the checks resolve it.
 */
export function openBidUsage(
  materials: readonly Material[],
  bids: readonly BidLinks[],
): Map<string, { id: string; title: string }[]> {
  const { newest } = renewals(materials)
  const usage = new Map<string, { id: string; title: string }[]>()
  for (const b of bids) {
    if (!isOpenOutcome(b.outcome)) continue
    const seen = new Set<string>()
    for (const raw of b.materialIds) {
      for (const id of raw === newest(raw) ? [raw] : [raw, newest(raw)]) {
        if (seen.has(id)) continue
        seen.add(id)
        const list = usage.get(id) ?? []
        list.push({ id: b.id, title: b.title })
        usage.set(id, list)
      }
    }
  }
  return usage
}

/** The expiry dashboard: current (not renewed) materials by bucket, soonest first. */
export function expiryDashboard(
  materials: readonly Material[],
  bids: readonly BidLinks[],
  now: Date,
): DashboardRow[] {
  const today = todayNo(now)
  const renewed = renewals(materials).superseded
  const usage = openBidUsage(materials, bids)
  const rows: DashboardRow[] = []
  for (const m of materials) {
    if (renewed.has(m.id)) continue
    const e = expiryBucket(m, today)
    if (!e) continue
    rows.push({ material: m, bucket: e.bucket, days: e.days, openBids: usage.get(m.id) ?? [] })
  }
  return rows.sort((a, b) => a.days - b.days)
}

export interface SearchHit {
  material: Material
  /** Which field matched first, and a short excerpt around the match. */
  field: 'title' | 'issuer' | 'number' | 'tags' | 'content' | 'holder' | 'reference'
  excerpt: string
}

function excerptAround(text: string, at: number, len: number): string {
  const start = Math.max(0, at - 20)
  const end = Math.min(text.length, at + len + 30)
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '')
}

/**
 * Full-text search over the library: every whitespace-separated term must occur somewhere in the
 * material (title, issuer, number, tags, content, holder, reference customer), case-insensitive.
 */
export function searchMaterials(materials: readonly Material[], query: string): SearchHit[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length === 0) return []
  const hits: SearchHit[] = []
  for (const m of materials) {
    const fields: [SearchHit['field'], string][] = [
      ['title', m.title],
      ['issuer', m.issuer],
      ['number', m.number],
      ['tags', m.tags.join(' ')],
      ['holder', m.holder],
      [
        'reference',
        [m.reference.customer, m.reference.industry, m.reference.contact, m.reference.rating].join(' '),
      ],
      ['content', m.content],
    ]
    const lower = fields.map(([, v]) => v.toLowerCase())
    if (!terms.every((t) => lower.some((v) => v.includes(t)))) continue
    const fi = lower.findIndex((v) => v.includes(terms[0]))
    const at = lower[fi].indexOf(terms[0])
    hits.push({
      material: m,
      field: fields[fi][0],
      excerpt: excerptAround(fields[fi][1], at, terms[0].length),
    })
  }
  return hits
}
