import { BidSchema, CompetitorSchema, type Bid, type Competitor, BID_SCHEMA_VERSION } from '@shared/schemas'

/** A valid competitor document; schema defaults fill whatever the test leaves out. */
export function competitor(id: string, title: string, rest: Record<string, unknown> = {}): Competitor {
  return CompetitorSchema.parse({
    id,
    schemaVersion: 1,
    title,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...rest,
  })
}

export function bid(rest: Record<string, unknown> = {}): Bid {
  return BidSchema.parse({
    id: 'b1',
    schemaVersion: BID_SCHEMA_VERSION,
    title: '市人民医院信息化建设项目',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...rest,
  })
}
