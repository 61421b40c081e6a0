import type { Bid, Competitor } from '@shared/schemas'
import { round2 } from './deal'
import { openingDate, tenderCeiling } from './opening'

/**
 * Competitors' price positions over time: per tender (in date order) each bidder's price as a percent of the
 * tender's ceiling (else budget). A competitor that did not bid is absent; one whose price or whose tender's
 * ceiling is unknown is a gap — shown as missing, never as 0.
 */

export interface PositionTender {
  key: string
  date: string | null
  title: string
}

export interface PositionSeries {
  id: string
  name: string
  isUs: boolean
  /** Aligned with `tenders`: percent of the ceiling, or null (did not bid, or missing). */
  values: (number | null)[]
  /** Aligned with `tenders`: why a value is null ('absent' = did not bid). */
  missing: ('absent' | 'price' | 'ceiling' | null)[]
  prices: (number | null)[]
}

export interface PricePositions {
  tenders: PositionTender[]
  series: PositionSeries[]
}

interface Point {
  tenderKey: string
  price: number | null
  ceiling: number | null
}

export function pricePositions(
  competitors: readonly Competitor[],
  bids: readonly Bid[],
  usName = '我方',
): PricePositions {
  const tenders = new Map<string, PositionTender>()
  const points = new Map<string, Point[]>()
  const add = (seriesId: string, t: PositionTender, p: Omit<Point, 'tenderKey'>) => {
    if (!tenders.has(t.key)) tenders.set(t.key, t)
    points.set(seriesId, [...(points.get(seriesId) ?? []), { tenderKey: t.key, ...p }])
  }
  for (const c of competitors)
    for (const p of c.priceHistory) {
      const key = p.bidId ?? `${p.tender}|${p.date ?? ''}|${p.id}`
      add(c.id, { key, date: p.date, title: p.tender }, { price: p.price, ceiling: p.ceiling })
    }
  for (const b of bids) {
    const us = b.opening.bidders.find((o) => o.isUs)
    if (!us) continue
    add(
      'us',
      { key: b.id, date: openingDate(b), title: b.title },
      { price: us.price, ceiling: tenderCeiling(b) },
    )
  }
  const ordered = [...tenders.values()].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title, 'zh'),
  )
  const index = new Map(ordered.map((t, i) => [t.key, i]))
  const seriesOf = (id: string, name: string, isUs: boolean): PositionSeries => {
    const s: PositionSeries = {
      id,
      name,
      isUs,
      values: ordered.map(() => null),
      missing: ordered.map(() => 'absent'),
      prices: ordered.map(() => null),
    }
    for (const p of points.get(id) ?? []) {
      const i = index.get(p.tenderKey)!
      s.prices[i] = p.price
      if (p.price == null) s.missing[i] = 'price'
      else if (!p.ceiling) s.missing[i] = 'ceiling'
      else {
        s.values[i] = round2((p.price / p.ceiling) * 100)
        s.missing[i] = null
      }
    }
    return s
  }
  const series = [
    ...(points.has('us') ? [seriesOf('us', usName, true)] : []),
    ...competitors.filter((c) => points.has(c.id)).map((c) => seriesOf(c.id, c.title, false)),
  ]
  return { tenders: ordered, series }
}
