import { BENCHMARK_DIMENSIONS } from '@shared/schemas'
import { day } from './dates'

const bench = (scores: [number, number][], now: Date) =>
  BENCHMARK_DIMENSIONS.map((dimension, i) => ({
    dimension,
    us: scores[i][0],
    them: scores[i][1],
    evidence: '',
    date: day(-30, now),
  }))

export function demoCompetitors(now = new Date()) {
  return [
    {
      id: 'c-huaxin',
      title: '北京华信智能科技有限公司',
      aliases: ['华信智能', '华信科技'],
      products: ['华信 PACS', '智能运维平台'],
      segments: [
        { name: '医疗影像信息化', share: 18.5, source: '行业协会 2025 年报', date: day(-200, now) },
        { name: 'IT 运维服务', share: null, source: '', date: null },
      ],
      references: [{ customer: '某省肿瘤医院', rating: '实施周期偏长，功能完整', comment: '' }],
      accountManagers: [
        { customer: '某市第一人民医院', name: '马骏', visits: 9, leadersVisited: ['华东区总经理'] },
      ],
      strengths: ['品牌知名度高', '报价灵活'],
      weaknesses: ['本地服务人员少'],
      benchmark: bench(
        [
          [6, 8],
          [7, 7],
          [7, 6],
          [6, 8],
          [7, 7],
          [7, 7],
          [5, 8],
          [6, 6],
        ],
        now,
      ),
      swot: { s: ['全国性品牌'], w: ['本地驻场能力弱'], o: ['医院信创替换需求'], t: ['价格战'] },
      intel: [
        {
          bidId: 'bid-hospital-imaging',
          answers: { 客户经理: '马骏', 拜访频次: '近两个月 9 次', 高层拜访: '华东区总经理拜访过分管副院长' },
        },
      ],
    },
    {
      id: 'c-lianchuang',
      title: '上海联创医疗系统股份有限公司',
      aliases: ['联创医疗'],
      products: ['LC-DR 系列', '联创云影像'],
      segments: [{ name: '医疗影像设备', share: 12, source: '招标网中标统计', date: day(-90, now) }],
      references: [{ customer: '某市第一人民医院放射科', rating: '设备稳定', comment: '原有 CT 由其供货' }],
      accountManagers: [
        {
          customer: '某市第一人民医院',
          name: '黄蕾',
          visits: 14,
          leadersVisited: ['副总裁', '华东大区经理'],
        },
      ],
      strengths: ['与放射科关系深', '设备线齐全'],
      weaknesses: ['PACS 产品较弱', '价格偏高'],
      benchmark: bench(
        [
          [6, 7],
          [7, 8],
          [7, 7],
          [6, 7],
          [7, 6],
          [7, 8],
          [5, 7],
          [6, 7],
        ],
        now,
      ),
      swot: { s: ['设备整机能力'], w: ['软件与接口'], o: ['设备更新贴息政策'], t: ['集采降价'] },
      intel: [],
    },
    {
      id: 'c-maiida',
      title: '深圳迈瑞达科技有限公司',
      aliases: ['迈瑞达'],
      products: ['运维外包服务'],
      segments: [{ name: 'IT 运维服务', share: 6.2, source: '企业年报', date: day(-150, now) }],
      references: [],
      accountManagers: [],
      strengths: ['价格低'],
      weaknesses: ['人员流动大'],
      benchmark: bench(
        [
          [6, 5],
          [7, 5],
          [7, 5],
          [6, 6],
          [7, 5],
          [7, 5],
          [5, 4],
          [6, 4],
        ],
        now,
      ),
      swot: { s: ['成本低'], w: ['资质少'], o: [], t: [] },
      intel: [],
    },
  ]
}

export function demoMatrix() {
  const est = (bidderId: string, low: number, likely: number, high: number) => ({
    bidderId,
    low,
    likely,
    high,
  })
  const item = (
    id: string,
    category: string,
    name: string,
    maxPoints: number,
    kind: string,
    selfScore: number,
    criteria: string,
    estimates: ReturnType<typeof est>[] = [],
    evidence = {},
  ) => ({
    id,
    category,
    name,
    maxPoints,
    kind,
    selfScore,
    criteria,
    estimates,
    evidence,
  })
  return {
    id: 'mx-hospital',
    title: '医学影像设备采购项目评分表',
    bidId: 'bid-hospital-imaging',
    procurementCategory: '货物',
    priceRule: { method: 'lowest', weight: 30, smeDeductionPct: 10, tieBreak: '技术分高者优先' },
    bidders: [
      {
        id: 'us',
        name: '杭州智联（我方）',
        isUs: true,
        sme: true,
        price: { low: 3300000, likely: 3300000, high: 3300000 },
      },
      {
        id: 'b-huaxin',
        name: '华信智能',
        competitorId: 'c-huaxin',
        price: { low: 3050000, likely: 3200000, high: 3450000 },
      },
      {
        id: 'b-lianchuang',
        name: '联创医疗',
        competitorId: 'c-lianchuang',
        price: { low: 3350000, likely: 3480000, high: 3580000 },
      },
      {
        id: 'b-maiida',
        name: '迈瑞达',
        competitorId: 'c-maiida',
        sme: true,
        price: { low: 2900000, likely: 3000000, high: 3150000 },
      },
    ],
    ourPrice: 3300000,
    items: [
      item(
        'i1',
        '价格',
        '投标报价',
        30,
        'objective',
        0,
        '满足招标文件要求且投标价格最低的投标报价为评标基准价，其价格分为满分。其他投标人的价格分统一按照下列公式计算：投标报价得分=(评标基准价/投标报价)×30',
      ),
      item(
        'i2',
        '商务',
        '企业资质',
        5,
        'objective',
        5,
        '具有 ISO9001、ISO27001、CMMI3 证书的各得 1–2 分，最高 5 分',
        [est('b-huaxin', 4, 5, 5), est('b-lianchuang', 3, 4, 5), est('b-maiida', 1, 2, 3)],
        { materialIds: ['m-iso27001'] },
      ),
      item(
        'i3',
        '商务',
        '类似项目业绩',
        8,
        'objective',
        6,
        '近三年每个类似项目得 2 分，最高 8 分',
        [est('b-huaxin', 6, 8, 8), est('b-lianchuang', 4, 6, 8), est('b-maiida', 2, 2, 4)],
        { materialIds: ['m-case-1'] },
      ),
      item(
        'i4',
        '商务',
        '售后服务方案',
        7,
        'subjective',
        6,
        '响应时间、驻场安排、备件保障，分优（7）良（5）中（3）差（1）',
        [est('b-huaxin', 3, 5, 6), est('b-lianchuang', 4, 5, 7), est('b-maiida', 2, 3, 5)],
        { sectionIds: ['s11'] },
      ),
      item(
        'i5',
        '技术',
        '技术参数响应',
        25,
        'objective',
        23,
        '★ 条款负偏离按无效投标处理；一般参数每负偏离一项扣 1 分',
        [est('b-huaxin', 20, 23, 25), est('b-lianchuang', 21, 24, 25), est('b-maiida', 15, 19, 22)],
        { requirementIds: ['r1', 'r2', 'r3', 'r4'] },
      ),
      item(
        'i6',
        '技术',
        '实施方案',
        15,
        'subjective',
        12,
        '方案完整、进度合理、人员配置充分，分优良中差四档',
        [est('b-huaxin', 9, 12, 14), est('b-lianchuang', 8, 11, 13), est('b-maiida', 6, 9, 11)],
        { sectionIds: ['s9'] },
      ),
      item('i7', '技术', '培训方案', 5, 'subjective', 4, '培训内容、课时、考核安排', [
        est('b-huaxin', 3, 4, 5),
        est('b-lianchuang', 3, 4, 5),
        est('b-maiida', 2, 3, 4),
      ]),
      item('i8', '其他', '质保期', 5, 'objective', 5, '质保期每增加 1 年得 2.5 分，最高 5 分', [
        est('b-huaxin', 2.5, 2.5, 5),
        est('b-lianchuang', 2.5, 5, 5),
        est('b-maiida', 0, 2.5, 2.5),
      ]),
    ],
  }
}

export function demoNegotiation() {
  return {
    id: 'neg-energy',
    title: '某能源集团运维服务合同谈判',
    bidId: 'bid-energy-itops',
    counterpart: {
      org: '某能源集团有限公司采购部',
      personIds: ['p3', 'p1'],
      people: ['郑晓燕（采购部经理）', '孙立新（信息中心主任）'],
    },
    kind: '专门性',
    stance: '双赢型',
    preparationFactors: ['对方降本指标 5%', '我方已中标，对方替换成本高', '集团年底前须签约'],
    goals: {
      ideal: 3756000,
      target: 3650000,
      walkAway: 3560000,
      batna: '维持中标价，接受延后签约；或将服务范围缩减为 5×8 小时。',
    },
    openingPrice: 3756000,
    tradeables: [
      { id: 't1', name: '付款周期由季度改为月度', ourCost: 0, theirValue: 20000, note: '对方财务倾向季度' },
      { id: 't2', name: '增加 1 次年度容灾演练', ourCost: 30000, theirValue: 80000, note: '' },
      { id: 't3', name: '培训名额 10 人次', ourCost: 15000, theirValue: 40000, note: '' },
    ],
    ourStyle: '合作型',
    counterpartStyle: '竞争型',
    strategies: {
      opening: '先确认服务范围与考核指标，再谈价格；强调驻场人数与响应时间的正偏离已在评分中体现。',
      middle: '以容灾演练和培训名额交换价格让步，每次让步都要求对方在付款或考核上回报。',
      closing: '给出最终方案时明确“这是我们能做到的极限”，并约定签约时间。',
    },
    techniques: {
      opening: '开场陈述共同目标：全年零重大事故。',
      middle: '条件式让步：“如果……那么……”。',
      closing: '小幅象征性让步换取当场确认。',
    },
    concession: { pattern: '希望成交型', total: 106000, rounds: 4, custom: [] },
    risks: ['对方以重新招标相威胁', '信息中心与采购部意见不一致'],
  }
}
