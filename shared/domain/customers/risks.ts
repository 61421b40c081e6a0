import { daysBetween } from '@shared/domain/calendar/dates'
import type { Customer, CustomerPerson, CustomerSettings } from '@shared/schemas'
import type { TierScore } from './tier'

/**
 * 大客户风险预警 (DOMAIN.md §7): a KDM's relationship falling, a KDM new in office, no visit to a KDM for too long,
 * a competitor seen with the customer, an A-tier customer without an open opportunity. Thresholds are workspace
 * settings (days).
 */
export type RiskKind =
  'kdm-level-fall' | 'new-kdm' | 'kdm-no-visit' | 'competitor-visit' | 'a-tier-no-opportunity'

export interface CustomerRisk {
  kind: RiskKind
  personId: string | null
  personName: string
  /** The day the risk is about (the fall, the appointment, the last visit, the sighting). */
  date: string | null
  /** Days since that day (null when there never was a visit). */
  days: number | null
  from: string | null
  to: string | null
  competitor: string
}

const LEVEL_RANK: Record<string, number> = { CR1: 1, CR2: 2, CR3: 3, CR4: 4, CR5: 5 }

function risk(kind: RiskKind, p: CustomerPerson | null, extra: Partial<CustomerRisk> = {}): CustomerRisk {
  return {
    kind,
    personId: p?.id ?? null,
    personName: p?.name ?? '',
    date: null,
    days: null,
    from: null,
    to: null,
    competitor: '',
    ...extra,
  }
}

/** The last fall of a person's level within the window: history in date order, each step compared with the one before. */
function lastFall(p: CustomerPerson, today: string, windowDays: number) {
  const h = [...p.levelHistory].sort((a, b) => a.date.localeCompare(b.date))
  for (let i = h.length - 1; i > 0; i--) {
    if (LEVEL_RANK[h[i].level] > LEVEL_RANK[h[i - 1].level]) {
      const days = daysBetween(h[i].date, today)
      return days >= 0 && days <= windowDays
        ? { from: h[i - 1].level, to: h[i].level, date: h[i].date, days }
        : null
    }
  }
  return null
}

export function customerRisks(
  customer: Pick<Customer, 'people' | 'activities' | 'sightings'>,
  ctx: {
    settings: CustomerSettings
    today: string
    tier: TierScore
    /** Open opportunities (bids without a result) of this customer. */
    openBids: number
    competitorName(id: string): string
  },
): CustomerRisk[] {
  const s = ctx.settings
  const out: CustomerRisk[] = []
  const kdms = customer.people.filter((p) => p.role === 'KDM' && !p.left)
  for (const p of kdms) {
    const fall = lastFall(p, ctx.today, s.levelFallDays)
    if (fall) out.push(risk('kdm-level-fall', p, fall))
    if (p.roleSince) {
      const days = daysBetween(p.roleSince, ctx.today)
      if (days >= 0 && days <= s.newKdmDays) out.push(risk('new-kdm', p, { date: p.roleSince, days }))
    }
    const visits = customer.activities
      .filter((a) => a.date && a.date <= ctx.today && a.personIds.includes(p.id))
      .map((a) => a.date!)
      .sort()
    const last = visits.at(-1) ?? null
    const since = last ? daysBetween(last, ctx.today) : null
    if (since === null || since > s.kdmVisitDays)
      out.push(risk('kdm-no-visit', p, { date: last, days: since }))
  }
  for (const g of customer.sightings) {
    if (!g.date) continue
    const days = daysBetween(g.date, ctx.today)
    if (days < 0 || days > s.sightingDays) continue
    const seen = customer.people.filter((p) => g.personIds.includes(p.id))
    out.push(
      risk('competitor-visit', seen[0] ?? null, {
        date: g.date,
        days,
        personName: seen.map((p) => p.name).join('、'),
        competitor: (g.competitorId && ctx.competitorName(g.competitorId)) || g.competitorName,
      }),
    )
  }
  if (ctx.tier.tier === 'A' && ctx.openBids === 0) out.push(risk('a-tier-no-opportunity', null))
  return out
}
