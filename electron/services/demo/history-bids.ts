import { day, at } from './dates'

/*
 * The sample's history: past bids with results and 开标记录 (written, then applied like a user's entry, so the
 * competitors' price histories come from the one rule), and open opportunities on the early funnel stages.
 */

type Row = [id: string, name: string, competitorId: string | null, price: number | null, won?: boolean]

function opening(offset: number, rows: Row[], now: Date) {
  return {
    date: day(offset, now),
    bidders: rows.map(([id, name, competitorId, price, won]) => ({
      id,
      name,
      isUs: competitorId === null && name === '杭州智联信息技术有限公司',
      competitorId,
      price,
      won: won ?? false,
    })),
  }
}

const US = '杭州智联信息技术有限公司'
const HUAXIN = '北京华信智能科技有限公司'
const LIANCHUANG = '上海联创医疗系统股份有限公司'
const MAIIDA = '深圳迈瑞达科技有限公司'

const hist = (now: Date, ...e: [number, number][]) =>
  e.map(([stage, offset]) => ({ id: `s${stage}-${day(offset, now)}`, stage, date: day(offset, now) }))

const chain = (...ids: string[]) => ids.map((personId) => ({ personId, role: null, note: '' }))

function past(now: Date) {
  return [
    {
      id: 'bid-h-govcloud',
      title: '某省政务服务中心政务云平台运维服务项目',
      buyer: { name: '某省政务服务中心', type: '政府', region: '浙江省' },
      customerId: 'cu-gov-service',
      decisionChain: chain('p2', 'p3'),
      category: '服务',
      priceCeiling: 2_800_000,
      dates: { opening: at(-420, '09:30', now), announcement: day(-410, now) },
      stage: 7,
      stageHistory: hist(now, [3, -520], [4, -480], [5, -440], [6, -410], [7, -300]),
      forecast: { contractDate: day(-390, now), paymentDate: day(-300, now) },
      opening: opening(
        -420,
        [
          ['o1', US, null, 2_450_000, true],
          ['o2', HUAXIN, 'c-huaxin', 2_520_000],
          ['o3', MAIIDA, 'c-maiida', 2_610_000],
        ],
        now,
      ),
      result: { reason: '技术分领先 6 分：驻场团队与等保经验；价格分次于华信' },
    },
    {
      id: 'bid-h-metro-comm',
      title: '某城市轨道交通集团通信设备采购项目',
      buyer: { name: '某城市轨道交通集团有限公司', type: '国企', region: '浙江省杭州市' },
      customerId: 'cu-metro',
      decisionChain: chain('p1', 'p3'),
      governingLaw: '招标投标',
      evaluationMethod: '最低评标价法',
      priceCeiling: 5_200_000,
      dates: { opening: at(-330, '10:00', now), announcement: day(-325, now) },
      stage: 5,
      stageHistory: hist(now, [4, -400], [5, -350]),
      opening: opening(
        -330,
        [
          ['o1', US, null, 4_880_000],
          ['o2', HUAXIN, 'c-huaxin', 4_650_000, true],
          ['o3', LIANCHUANG, 'c-lianchuang', 4_990_000],
        ],
        now,
      ),
      result: { reason: '最低评标价法，华信报价低 4.7%；我方未能在招标前引导技术门槛' },
    },
    {
      id: 'bid-h-hospital-it',
      title: '某市第一人民医院信息化升级项目',
      buyer: { name: '某市第一人民医院', type: '政府', region: '浙江省某市' },
      customerId: 'cu-hospital',
      decisionChain: chain('p1', 'p3'),
      priceCeiling: 1_600_000,
      dates: { opening: at(-250, '09:00', now), announcement: day(-246, now) },
      stage: 5,
      stageHistory: hist(now, [3, -330], [5, -270]),
      opening: opening(
        -250,
        [
          ['o1', US, null, 1_420_000],
          ['o2', LIANCHUANG, 'c-lianchuang', 1_380_000, true],
          ['o3', MAIIDA, 'c-maiida', 1_450_000],
        ],
        now,
      ),
      result: { reason: '联创医疗本地服务网点加分，价格略低；我方 KDM 关系仅 CR3' },
    },
    {
      id: 'bid-h-pacs',
      title: '某民营医院集团 PACS 系统项目',
      buyer: { name: '某民营医院集团', type: '民营', region: '浙江省宁波市' },
      customerId: 'cu-private-hospital',
      decisionChain: chain('p1', 'p2'),
      priceCeiling: 900_000,
      dates: { opening: at(-180, '14:00', now) },
      stage: 7,
      stageHistory: hist(now, [2, -300], [4, -230], [6, -175], [7, -90]),
      forecast: { contractDate: day(-165, now), paymentDate: day(-90, now) },
      opening: opening(
        -180,
        [
          ['o1', US, null, 780_000, true],
          ['o2', MAIIDA, 'c-maiida', 760_000],
        ],
        now,
      ),
      result: { reason: '影像中心主任（教练）引导评分标准，技术分领先' },
    },
    {
      id: 'bid-h-pharma-net',
      title: '某外资制药园区网络改造项目',
      buyer: { name: '某外资制药（中国）有限公司', type: '外资', region: '江苏省苏州市' },
      customerId: 'cu-pharma',
      decisionChain: chain('p2'),
      budget: 1_200_000,
      dates: { opening: at(-120, '10:00', now) },
      stage: 4,
      stageHistory: hist(now, [3, -200], [4, -150]),
      opening: opening(
        -120,
        [
          ['o1', US, null, 1_050_000],
          ['o2', HUAXIN, 'c-huaxin', 990_000, true],
        ],
        now,
      ),
      result: { reason: '未接触 IT 总监（KDM），只做了采购经理' },
    },
    {
      id: 'bid-h-metro-2',
      title: '某城市轨道交通集团二期通信设备采购项目',
      buyer: { name: '某城市轨道交通集团有限公司', type: '国企', region: '浙江省杭州市' },
      customerId: 'cu-metro',
      governingLaw: '招标投标',
      evaluationMethod: '最低评标价法',
      priceCeiling: 3_400_000,
      dates: { opening: at(-80, '10:00', now) },
      stage: 5,
      stageHistory: hist(now, [5, -110]),
      opening: {
        ...opening(
          -80,
          [
            ['o1', US, null, 3_100_000],
            ['o2', HUAXIN, 'c-huaxin', 3_050_000],
          ],
          now,
        ),
        failed: true,
        failReason: '有效投标人不足三家，依法重新招标',
      },
    },
    {
      id: 'bid-h-datahub',
      title: '某省政务服务中心数据中台建设项目',
      buyer: { name: '某省政务服务中心', type: '政府', region: '浙江省' },
      customerId: 'cu-gov-service',
      decisionChain: chain('p1', 'p2', 'p3'),
      priceCeiling: 2_200_000,
      dates: { opening: at(-14, '09:30', now), announcement: day(-3, now) },
      stage: 6,
      stageHistory: hist(now, [3, -120], [4, -80], [5, -40], [6, -3]),
      forecast: { contractDate: day(20, now), paymentDate: day(110, now) },
      opening: opening(
        -14,
        [
          ['o1', US, null, 1_980_000, true],
          ['o2', HUAXIN, 'c-huaxin', 2_050_000],
          // The price was not heard at the opening: recorded as missing, never as 0.
          ['o3', MAIIDA, 'c-maiida', null],
        ],
        now,
      ),
      result: { reason: '数据治理方案得分最高' },
    },
  ]
}

function open(now: Date) {
  return [
    {
      id: 'bid-o-station',
      title: '某城市轨道交通集团智慧车站项目',
      buyer: { name: '某城市轨道交通集团有限公司', type: '国企', region: '浙江省杭州市' },
      customerId: 'cu-metro',
      decisionChain: chain('p1', 'p2'),
      stage: 2,
      // In 挖掘销售线索 for 120 days: past the 45-day limit, a stuck opportunity.
      stageHistory: hist(now, [1, -200], [2, -120]),
      forecast: {
        amount: 6_000_000,
        bidDate: day(120, now),
        contractDate: day(150, now),
        paymentDate: day(240, now),
      },
    },
    {
      id: 'bid-o-lims',
      title: '某外资制药实验室信息管理系统（LIMS）项目',
      buyer: { name: '某外资制药（中国）有限公司', type: '外资', region: '江苏省苏州市' },
      customerId: 'cu-pharma',
      decisionChain: chain('p1', 'p2'),
      stage: 3,
      stageHistory: hist(now, [2, -60], [3, -20]),
      forecast: {
        amount: 1_500_000,
        bidDate: day(60, now),
        contractDate: day(75, now),
        paymentDate: day(160, now),
      },
    },
    {
      id: 'bid-o-pacs2',
      title: '某民营医院集团影像云二期项目',
      buyer: { name: '某民营医院集团', type: '民营', region: '浙江省宁波市' },
      customerId: 'cu-private-hospital',
      decisionChain: chain('p1', 'p2'),
      stage: 4,
      stageHistory: hist(now, [3, -50], [4, -12]),
      forecast: {
        amount: 2_200_000,
        bidDate: day(25, now),
        contractDate: day(40, now),
        paymentDate: day(130, now),
      },
    },
    {
      id: 'bid-o-school',
      title: '某县教育局智慧校园项目',
      buyer: { name: '某县教育局', type: '政府', region: '浙江省' },
      stage: 1,
      stageHistory: hist(now, [1, -30]),
      budget: 800_000,
      forecast: { bidDate: day(180, now), contractDate: day(200, now) },
    },
  ]
}

export function historyBids(now: Date) {
  return [...past(now), ...open(now)]
}

/** Bids whose 开标记录 the sample applies after writing (competitor price histories, results). */
export const APPLIED_OPENINGS = past(new Date()).map((b) => b.id)
