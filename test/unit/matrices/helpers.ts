import { MatrixSchema, type Matrix } from '@shared/schemas'

export interface ItemSpec {
  id: string
  category: '价格' | '商务' | '技术' | '其他'
  maxPoints: number
  kind?: 'objective' | 'subjective'
  /** Our self-score. */
  self?: number | null
  /** bidderId → likely, or [low, likely, high]. */
  est?: Record<string, number | [number | null, number | null, number | null]>
}

export interface BidderSpec {
  id: string
  isUs?: boolean
  sme?: boolean
  price?: number | [number | null, number | null, number | null]
}

/** A validated Matrix from a compact description; defaults fill everything else. */
export function makeMatrix(
  items: ItemSpec[],
  bidders: BidderSpec[],
  extra: {
    priceRule?: Record<string, unknown>
    ourPrice?: number
    seed?: number
    procurementCategory?: string
  } = {},
): Matrix {
  return MatrixSchema.parse({
    id: 'm1',
    schemaVersion: 1,
    title: '测试评分矩阵',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    items: items.map((it) => ({
      id: it.id,
      name: `评分项${it.id}`,
      category: it.category,
      maxPoints: it.maxPoints,
      kind: it.kind ?? 'subjective',
      selfScore: it.self ?? null,
      estimates: Object.entries(it.est ?? {}).map(([bidderId, v]) =>
        Array.isArray(v) ? { bidderId, low: v[0], likely: v[1], high: v[2] } : { bidderId, likely: v },
      ),
    })),
    bidders: bidders.map((b) => ({
      id: b.id,
      name: b.isUs ? '我方' : `对手${b.id}`,
      isUs: !!b.isUs,
      sme: !!b.sme,
      price:
        b.price == null
          ? {}
          : Array.isArray(b.price)
            ? { low: b.price[0], likely: b.price[1], high: b.price[2] }
            : { likely: b.price },
    })),
    ...extra,
  })
}
