import { runCli } from '@cli/run'
import { createWorkspace } from '@services/store'

/** The CLI in process, its output and error text collected. */
export async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/*
 * Workspaces for the pipeline tests, every expected figure computed by hand from these comments.
 *
 * pipelineWorkspace — probabilities 10/20/30/50/70/90/100 %, target 2027Q1 = 2,000,000:
 *   P1 stage 3, forecast 800,000        → 240,000 weighted; signs 2027-01-20, paid 2027-03-10
 *   P2 stage 5, our 开标 price 1,500,000 → 1,050,000;       signs 2027-02-15, paid 2027-05-20
 *   P3 stage 6, won at 2,000,000        → 1,800,000;       signs 2026-12-20, paid 2027-02-28
 *   P4 stage 2, budget 400,000          → 80,000;          signs 2027-03-31
 *   P5 stage 4, lost (closed)           → out of the funnel
 *   P6 stage 1, no amount               → counted, never summed; signs 2027-01-05
 */
export async function pipelineWorkspace(dir: string): Promise<void> {
  const ws = await createWorkspace(dir, { name: '漏斗测试' })
  await ws.saveWorkspace({
    settings: {
      ...ws.workspace.settings,
      pipeline: {
        ...ws.workspace.settings.pipeline,
        probabilities: [10, 20, 30, 50, 70, 90, 100],
        targets: [{ period: '2027Q1', amount: 2_000_000 }],
      },
    },
  })
  const bids: Record<string, unknown>[] = [
    {
      id: 'P1',
      stage: 3,
      forecast: { amount: 800_000, contractDate: '2027-01-20', paymentDate: '2027-03-10' },
    },
    {
      id: 'P2',
      stage: 5,
      budget: 1_800_000,
      quote: { openingSummary: { price: 1_500_000 } },
      forecast: { contractDate: '2027-02-15', paymentDate: '2027-05-20' },
    },
    {
      id: 'P3',
      stage: 6,
      result: { outcome: '中标', winningPrice: 2_000_000 },
      forecast: { contractDate: '2026-12-20', paymentDate: '2027-02-28' },
    },
    { id: 'P4', stage: 2, budget: 400_000, forecast: { contractDate: '2027-03-31' } },
    {
      id: 'P5',
      stage: 4,
      result: { outcome: '未中标' },
      forecast: { amount: 900_000, contractDate: '2027-01-10' },
    },
    { id: 'P6', stage: 1, forecast: { contractDate: '2027-01-05' } },
  ]
  for (const b of bids) await ws.create('bids', { title: `漏斗项目 ${b.id}`, ...b })
  await ws.close()
}

/*
 * winLossWorkspace — competitors c1 华东智联, c2 联创医疗; customers of three natures:
 *   W1 中标,   政府, 综合评分法, matrix price weight 30 %, opening met c1
 *   W2 未中标, 国企, 综合评分法, matrix 30 %, opening: us 1,000,000, c1 won at 950,000 (ceiling 1,250,000)
 *   W3 未中标, 政府, 最低评标价法, opening: us 2,000,000, c2 won at 1,600,000 (no ceiling, no budget)
 *   W4 中标,   民营, 综合评分法, no matrix, met c2 (listed on the bid)
 *   W5 流标/废标, W6 未定
 * → overall 2/4; c1 1/2 (they won 1), c2 1/2 (they won 1); 政府 1/2, 国企 0/1, 民营 1/1;
 *   综合评分法 2/3, 最低评标价法 0/1; 30 % 1/2, 最低评标价法 0/1, 未知 1/1.
 */
export async function winLossWorkspace(dir: string): Promise<void> {
  const ws = await createWorkspace(dir, { name: '输赢测试' })
  await ws.create('competitors', { id: 'c1', title: '华东智联科技有限公司' })
  await ws.create('competitors', { id: 'c2', title: '联创医疗设备有限公司' })
  await ws.create('customers', { id: 'cu-gov', title: '某市财政局', nature: '政府' })
  await ws.create('customers', { id: 'cu-soe', title: '某能源集团', nature: '国企' })
  await ws.create('customers', { id: 'cu-pvt', title: '某民营医院', nature: '民营' })
  const us = (price: number) => ({ id: 'o-us', name: '我方', isUs: true, price })
  const bids: Record<string, unknown>[] = [
    {
      id: 'W1',
      customerId: 'cu-gov',
      result: { outcome: '中标' },
      opening: {
        date: '2026-03-10',
        bidders: [
          us(900_000),
          { id: 'o1', name: '华东智联科技有限公司', competitorId: 'c1', price: 950_000 },
        ],
      },
    },
    {
      id: 'W2',
      customerId: 'cu-soe',
      priceCeiling: 1_250_000,
      result: { outcome: '未中标' },
      opening: {
        date: '2026-05-20',
        bidders: [
          us(1_000_000),
          { id: 'o1', name: '华东智联科技有限公司', competitorId: 'c1', price: 950_000, won: true },
        ],
      },
    },
    {
      id: 'W3',
      customerId: 'cu-gov',
      evaluationMethod: '最低评标价法',
      result: { outcome: '未中标' },
      opening: {
        date: '2026-07-08',
        bidders: [
          us(2_000_000),
          { id: 'o2', name: '联创医疗设备有限公司', competitorId: 'c2', price: 1_600_000, won: true },
        ],
      },
    },
    { id: 'W4', customerId: 'cu-pvt', competitorIds: ['c2'], result: { outcome: '中标' } },
    { id: 'W5', customerId: 'cu-gov', result: { outcome: '流标/废标' } },
    { id: 'W6', customerId: 'cu-gov' },
  ]
  for (const b of bids) await ws.create('bids', { title: `输赢项目 ${b.id}`, ...b })
  for (const bidId of ['W1', 'W2'])
    await ws.create('matrices', {
      id: `m-${bidId}`,
      title: `评分 ${bidId}`,
      bidId,
      priceRule: { weight: 30 },
    })
  await ws.close()
}
