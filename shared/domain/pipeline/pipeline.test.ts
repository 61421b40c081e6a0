import { describe, expect, it } from 'vitest'
import { bidOf, pipelineFixture, SETTINGS } from './fixtures.test-helpers'
import { dealOf } from './deal'
import { coverage, forecastRows, q4Concentration, stageRows } from './forecast'
import { parsePeriod } from './periods'
import { conversionRates, recordStageChange, stageWarnings } from './stages'

// Every expected number below is computed by hand from the fixture's comment (fixtures.test-helpers.ts).
const bids = pipelineFixture()
const deals = bids.map((b) => dealOf(b, null, SETTINGS))
const TODAY = '2026-11-15'

describe('deals', () => {
  it('takes the amount from the forecast, the won price, our bid, the budget, in that order', () => {
    const by = Object.fromEntries(deals.map((d) => [d.id, d]))
    expect([by.A.amount, by.A.amountSource]).toEqual([1_000_000, 'forecast'])
    expect([by.B.amount, by.B.amountSource]).toEqual([2_400_000, 'bid'])
    expect([by.C.amount, by.C.amountSource]).toEqual([3_000_000, 'won'])
    expect([by.D.amount, by.D.amountSource]).toEqual([500_000, 'budget'])
    expect([by.E.amount, by.E.weighted]).toEqual([null, null])
    expect([by.F.closed, by.F.probability, by.F.weighted]).toEqual([true, 0, 0])
    expect(by.H.weighted).toBe(6172.84)
    expect([by.A.stageSince, by.E.stageSinceEstimated, by.H.stageSince]).toEqual(['2026-08-01', true, null])
  })
})

describe('funnel by stage (open deals only)', () => {
  it('counts, sums and weights each stage', () => {
    expect(
      stageRows(deals, SETTINGS).map((r) => [r.stage, r.count, r.amount, r.probability, r.weighted]),
    ).toEqual([
      [1, 1, 123_456.78, 5, 6_172.84],
      [2, 1, 500_000, 10, 50_000],
      [3, 1, 1_000_000, 25, 250_000],
      [4, 1, 0, 40, 0],
      [5, 1, 2_400_000, 60, 1_440_000],
      [6, 1, 3_000_000, 80, 2_400_000],
      [7, 1, 600_000, 100, 600_000],
    ])
    expect(stageRows(deals, SETTINGS)[3].unknownAmount).toBe(1)
  })

  it('follows the workspace probabilities', () => {
    const s = { probabilities: [10, 20, 30, 40, 50, 60, 100] }
    const rows = stageRows(
      bids.map((b) => dealOf(b, null, s)),
      s,
    )
    expect(rows[2].weighted).toBe(300_000)
    expect(rows[5].weighted).toBe(1_800_000)
  })
})

describe('forecast by month and quarter', () => {
  it('sums weighted signing and collection, each quarter after its months', () => {
    const rows = forecastRows(deals)
    expect(rows.map((r) => [r.period, r.signing, r.collection])).toEqual([
      ['2026-08', 600_000, 0],
      ['2026-09', 0, 0],
      ['2026Q3', 600_000, 0],
      ['2026-10', 0, 600_000],
      ['2026-11', 2_400_000, 0],
      ['2026-12', 1_690_000, 0],
      ['2026Q4', 4_090_000, 600_000],
      ['2027-01', 50_000, 2_400_000],
      ['2027-02', 0, 250_000],
      ['2027-03', 6_172.84, 1_440_000],
      ['2027Q1', 56_172.84, 4_090_000],
      ['2027-04', 0, 50_000],
      ['2027Q2', 0, 50_000],
    ])
    const q4 = rows.find((r) => r.period === '2026Q4')!
    expect([q4.signingFull, q4.signingDeals]).toEqual([6_400_000, 3])
  })

  it('does not go back before the current quarter without a period (G was signed and paid in 2026Q3)', () => {
    const rows = forecastRows(deals, null, '2026-10')
    expect(rows.map((r) => r.period)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
      '2026Q4',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027Q1',
      '2027-04',
      '2027Q2',
    ])
    expect(rows[3].signing).toBe(4_090_000)
    // Every date named lies before the bound: nothing to forecast.
    expect(forecastRows(deals, null, '2027-05')).toEqual([])
  })

  it('limits the rows to a period', () => {
    expect(
      forecastRows(deals, parsePeriod('2027Q1')).map((r) => [r.period, r.signing, r.collection]),
    ).toEqual([
      ['2027-01', 50_000, 2_400_000],
      ['2027-02', 0, 250_000],
      ['2027-03', 6_172.84, 1_440_000],
      ['2027Q1', 56_172.84, 4_090_000],
    ])
  })

  it('shows the Q4 concentration of the year', () => {
    // 2026 signing: G 600,000 + C 2,400,000 + A 250,000 + B 1,440,000 = 4,690,000; Q4 = 4,090,000
    expect(q4Concentration(deals, 2026)).toMatchObject({ signing: 4_690_000, q4: 4_090_000, share: 0.8721 })
  })
})

describe('coverage of the target', () => {
  const targets = [
    { period: '2026', amount: 20_000_000 },
    { period: '2027Q1', amount: 1_000_000 },
  ]
  it('uses a quarter of the year target when the quarter has none', () => {
    expect(coverage(deals, parsePeriod('2026Q4')!, targets)).toEqual({
      period: '2026Q4',
      target: 5_000_000,
      targetDerivedFrom: '2026',
      weighted: 4_090_000,
      ratio: 0.818,
      deals: 4,
    })
  })
  it('uses the period target', () => {
    expect(coverage(deals, parsePeriod('2027Q1')!, targets)).toMatchObject({
      target: 1_000_000,
      weighted: 56_172.84,
      ratio: 0.0562,
    })
  })
  it('has no ratio without a target', () => {
    expect(coverage(deals, parsePeriod('2028')!, targets)).toMatchObject({
      target: null,
      ratio: null,
      weighted: 0,
    })
  })
})

describe('stage ages and conversion', () => {
  it('warns of stuck deals and passed dates', () => {
    expect(stageWarnings(deals, SETTINGS, TODAY).map((w) => [w.dealId, w.kind, w.days, w.limit])).toEqual([
      ['A', 'stuck', 106, 45], // stage 3 since 8/1
      ['D', 'stuck', 75, 45], // stage 2 since 9/1
      ['C', 'stuck', 45, 30], // stage 6 since 10/1
      ['E', 'signing-overdue', 14, null], // contract expected 11/1
    ])
  })

  it('converts between stages from history', () => {
    // k→k+1: bids that reached k and left it (moved on, or closed there); open bids still at k wait.
    expect(conversionRates(bids).map((c) => [c.from, c.decided, c.advanced, c.rate])).toEqual([
      [1, 8, 8, 1], // all but H left stage 1 upwards
      [2, 7, 6, 0.8571], // I dropped at 2; D still at 2
      [3, 5, 5, 1], // A still at 3
      [4, 4, 4, 1], // E still at 4
      [5, 3, 2, 0.6667], // F lost at 5; B still at 5
      [6, 1, 1, 1], // G reached 7; C (won) still at 6
    ])
  })

  it('records the day a bid enters a stage', () => {
    const b = bidOf('X', { stage: 2, stageHistory: [{ id: 's1-2026-01-05', stage: 1, date: '2026-01-05' }] })
    const moved = recordStageChange({ stage: 1, stageHistory: b.stageHistory }, b, TODAY)
    expect(moved.stageHistory.map((e) => [e.stage, e.date])).toEqual([
      [1, '2026-01-05'],
      [2, TODAY],
    ])
    expect(recordStageChange(moved, moved, '2026-12-01')).toBe(moved)
    expect(recordStageChange(null, bidOf('Y', { stage: 3 }), TODAY).stageHistory).toEqual([
      { id: `s3-${TODAY}`, stage: 3, date: TODAY, estimated: false },
    ])
  })
})
