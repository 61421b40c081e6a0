import {
  BID_SCHEMA_VERSION,
  BidSchema,
  CUSTOMER_SCHEMA_VERSION,
  CustomerSchema,
  MATRIX_SCHEMA_VERSION,
  MatrixSchema,
  PipelineSettingsSchema,
  type Bid,
  type Customer,
  type Matrix,
} from '@shared/schemas'

const META = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }

export function bidOf(id: string, rest: Record<string, unknown> = {}): Bid {
  return BidSchema.parse({ id, schemaVersion: BID_SCHEMA_VERSION, title: `项目 ${id}`, ...META, ...rest })
}

export function customerOf(id: string, rest: Record<string, unknown> = {}): Customer {
  return CustomerSchema.parse({
    id,
    schemaVersion: CUSTOMER_SCHEMA_VERSION,
    title: `客户 ${id}`,
    ...META,
    ...rest,
  })
}

export function matrixOf(id: string, bidId: string, weight: number): Matrix {
  return MatrixSchema.parse({
    id,
    schemaVersion: MATRIX_SCHEMA_VERSION,
    title: `评分表 ${id}`,
    ...META,
    bidId,
    priceRule: { weight },
  })
}

export const SETTINGS = PipelineSettingsSchema.parse({})

const hist = (...entries: [number, string][]) =>
  entries.map(([stage, date]) => ({ id: `s${stage}-${date}`, stage, date }))

/*
 * The pipeline fixture of the hand computations in pipeline.test.ts (probabilities 5/10/25/40/60/80/100 %):
 *   A stage 3, amount 1,000,000 (forecast)        → weighted   250,000, signs 2026-12-10, paid 2027-02-20
 *   B stage 5, our bid 2,400,000 (开标一览表)      → weighted 1,440,000, signs 2026-12-28, paid 2027-03-15
 *   C stage 6, won at 3,000,000                    → weighted 2,400,000, signs 2026-11-20, paid 2027-01-10
 *   D stage 2, budget 500,000                      → weighted    50,000, signs 2027-01-15, paid 2027-04-30
 *   E stage 4, no amount                           → counted, never summed; signing date 2026-11-01 passed
 *   F stage 5, lost (closed)                       → out of the funnel
 *   G stage 7, 600,000 signed and paid             → weighted   600,000, signed 2026-08-01, paid 2026-10-15
 *   H stage 1, 123,456.78                          → weighted     6,172.84, signs 2027-03-31
 *   I stage 2, dropped (放弃)                      → out of the funnel
 */
export function pipelineFixture(): Bid[] {
  return [
    bidOf('A', {
      stage: 3,
      forecast: { amount: 1_000_000, contractDate: '2026-12-10', paymentDate: '2027-02-20' },
      stageHistory: hist([1, '2026-05-01'], [2, '2026-06-01'], [3, '2026-08-01']),
    }),
    bidOf('B', {
      stage: 5,
      budget: 2_600_000,
      quote: { openingSummary: { price: 2_400_000 } },
      forecast: { contractDate: '2026-12-28', paymentDate: '2027-03-15' },
      stageHistory: hist([3, '2026-07-01'], [5, '2026-10-20']),
    }),
    bidOf('C', {
      stage: 6,
      result: { outcome: '中标', winningPrice: 3_000_000 },
      forecast: { contractDate: '2026-11-20', paymentDate: '2027-01-10' },
      stageHistory: hist([5, '2026-09-01'], [6, '2026-10-01']),
    }),
    bidOf('D', {
      stage: 2,
      budget: 500_000,
      forecast: { contractDate: '2027-01-15', paymentDate: '2027-04-30' },
      stageHistory: hist([2, '2026-09-01']),
    }),
    bidOf('E', {
      stage: 4,
      forecast: { contractDate: '2026-11-01' },
      stageHistory: [{ id: 's4-2026-11-01', stage: 4, date: '2026-11-01', estimated: true }],
    }),
    bidOf('F', {
      stage: 5,
      forecast: { amount: 800_000, contractDate: '2026-12-15' },
      result: { outcome: '未中标' },
      stageHistory: hist([4, '2026-06-01'], [5, '2026-08-01']),
    }),
    bidOf('G', {
      stage: 7,
      forecast: { amount: 600_000, contractDate: '2026-08-01', paymentDate: '2026-10-15' },
      stageHistory: hist([6, '2026-07-01'], [7, '2026-10-15']),
    }),
    bidOf('H', { stage: 1, forecast: { amount: 123_456.78, contractDate: '2027-03-31' } }),
    bidOf('I', {
      stage: 2,
      forecast: { amount: 300_000 },
      result: { outcome: '放弃' },
      stageHistory: hist([1, '2026-03-01'], [2, '2026-04-01']),
    }),
  ]
}
