import type { Bid, Competitor, StrategySheet } from '@shared/schemas'
import {
  MAX_RADAR_COMPETITORS,
  averageGap,
  bidRadarOption,
  gapTable,
  ourScores,
  type Dimension,
  type GapRow,
  type OurScore,
  type RadarOption,
} from './benchmark'
import { intelSheet, type IntelRow } from './intel'
import { shareTable, type ShareTable } from './share'
import { actionsByLever } from './strategy'
import { competitorSwot, fieldSwot, type FieldSwot, type Swot } from './swot'

export interface CompetitorSummary {
  id: string
  title: string
  aliases: string[]
  products: string[]
  strengths: string[]
  weaknesses: string[]
  /** Mean them − us over the dimensions scored on both sides; null when none is. */
  meanGap: number | null
  scoredDimensions: number
}

/** Everything a competitor-analysis report shows, computed once for Word, Excel and the UI. */
export interface CompetitorReportModel {
  bid: { id: string; title: string; tenderNo: string; buyer: string }
  company: string
  date: string
  competitors: CompetitorSummary[]
  /** Competitor ids the bid lists but the workspace does not hold. */
  missingIds: string[]
  ourScores: Record<Dimension, OurScore>
  gaps: GapRow[]
  radar: RadarOption | null
  /** Competitors left off the radar (it overlays at most four). */
  radarOmitted: string[]
  swots: { competitor: string; swot: Swot }[]
  field: FieldSwot
  intel: { competitor: string; rows: IntelRow[] }[]
  share: ShareTable
  strategy: ReturnType<typeof actionsByLever>
  strategyLevers: string[]
}

export interface ReportInput {
  bid: Bid
  competitors: Competitor[]
  missingIds?: string[]
  company?: string
  strategy?: StrategySheet | null
  /** YYYY-MM-DD printed on the cover. */
  date: string
  fontFamily?: string
  swotThreshold?: number
}

export function buildReportModel(input: ReportInput): CompetitorReportModel {
  const { bid, competitors } = input
  return {
    bid: { id: bid.id, title: bid.title, tenderNo: bid.tenderNo, buyer: bid.buyer.name },
    company: input.company ?? '',
    date: input.date,
    competitors: competitors.map((c) => {
      const g = averageGap(c)
      return {
        id: c.id,
        title: c.title,
        aliases: c.aliases,
        products: c.products,
        strengths: c.strengths,
        weaknesses: c.weaknesses,
        meanGap: g.mean,
        scoredDimensions: g.scored,
      }
    }),
    missingIds: input.missingIds ?? [],
    ourScores: ourScores(competitors),
    gaps: gapTable(competitors),
    radar: competitors.length ? bidRadarOption(competitors, { fontFamily: input.fontFamily }) : null,
    radarOmitted: competitors.slice(MAX_RADAR_COMPETITORS).map((c) => c.title),
    swots: competitors.map((c) => ({ competitor: c.title, swot: competitorSwot(c, input.swotThreshold) })),
    field: fieldSwot(competitors, input.swotThreshold),
    intel: competitors.map((c) => ({ competitor: c.title, rows: intelSheet(c, bid) })),
    share: shareTable(competitors),
    strategy: input.strategy ? actionsByLever(input.strategy) : [],
    strategyLevers: input.strategy?.levers ?? [],
  }
}
