import { day } from './dates'

const lv = (id: string, offset: number, level: string, note: string, now: Date) => ({
  id,
  date: day(offset, now),
  level,
  note,
})

/** The hospital of the goods bid: a public hospital (政府 buyer) with a KDM close to retirement. */
function hospital(now: Date) {
  return {
    id: 'cu-hospital',
    title: '某市第一人民医院',
    aliases: ['市一医院'],
    nature: '政府',
    industry: '医疗卫生',
    region: '浙江省某市',
    scores: { volume: 4, margin: 3, reference: 5, growth: 4, share: 4, projects: 4 },
    people: [
      {
        id: 'p1',
        name: '王建国',
        position: '分管副院长',
        department: '院办',
        role: 'KDM',
        roleSince: day(-900, now),
        level: 'CR3',
        targetLevel: 'CR2',
        // Fell from CR2 after the competitor's regional manager visited (see sightings).
        levelHistory: [
          lv('lv1', -400, 'CR3', '首次拜访', now),
          lv('lv2', -200, 'CR2', '参观样板医院后认可方案', now),
          lv('lv3', -25, 'CR3', '联创医疗高层拜访后态度转为中立', now),
        ],
        profile: '临近退休',
        concerns: '项目平稳落地，不出安全事故',
        valuePoints: '稳妥、口碑、合规',
        plan: '安排参观某省人民医院样板项目',
      },
      {
        id: 'p2',
        name: '刘芳',
        position: '放射科主任',
        department: '放射科',
        role: 'KI',
        level: 'CR2',
        targetLevel: 'CR1',
        levelHistory: [lv('lv1', -300, 'CR3', '', now), lv('lv2', -60, 'CR2', '影像学术沙龙后', now)],
        profile: '新晋升',
        concerns: '图像质量与诊断效率',
        valuePoints: '科室业绩、学术合作',
        plan: '邀请参加影像学术沙龙，提供临床对比图像',
        reportsTo: 'p1',
      },
      {
        id: 'p3',
        name: '陈涛',
        position: '信息科科长',
        department: '信息科',
        role: 'KU',
        level: 'CR3',
        targetLevel: 'CR2',
        levelHistory: [lv('lv1', -300, 'CR3', '', now)],
        concerns: '与 HIS/EMR 的接口工作量',
        valuePoints: '系统稳定、少加班',
        plan: '提供接口方案并安排技术交流',
        reportsTo: 'p1',
      },
      {
        id: 'p4',
        name: '赵敏',
        position: '设备科干事',
        department: '设备科',
        role: '教练',
        level: 'CR1',
        levelHistory: [lv('lv1', -250, 'CR2', '', now), lv('lv2', -120, 'CR1', '', now)],
        concerns: '采购流程合规',
        valuePoints: '被认可',
        plan: '保持沟通，及时获取评标动态',
        reportsTo: 'p1',
      },
    ],
    activities: [
      {
        id: 'a1',
        date: day(-200, now),
        kind: '参观样板客户',
        personIds: ['p1', 'p2'],
        ourPeople: '陈晨、李明华',
        bidId: null,
        summary: '参观某省人民医院影像科 PACS 与 DR 联动',
        outcome: '推进',
        nextStep: '提交初步方案',
      },
      {
        id: 'a2',
        date: day(-95, now),
        kind: '拜访',
        personIds: ['p1'],
        ourPeople: '陈晨',
        bidId: 'bid-hospital-imaging',
        summary: '汇报项目思路，副院长关注交付安全',
        outcome: '维持',
        nextStep: '邀请高层互访',
      },
      {
        id: 'a3',
        date: day(-40, now),
        kind: '技术交流',
        personIds: ['p2', 'p3'],
        ourPeople: '售前 周宁',
        bidId: 'bid-hospital-imaging',
        summary: 'HIS/EMR 接口方案交流，信息科认可工作量评估',
        outcome: '推进',
        nextStep: '补充接口测试报告',
      },
    ],
    sightings: [
      {
        id: 's1',
        date: day(-30, now),
        competitorId: 'c-lianchuang',
        competitorName: '',
        personIds: ['p1'],
        note: '联创医疗副总裁与华东大区经理拜访分管副院长',
      },
    ],
  }
}

/** The energy group of the services bid (国企): won, now in commercial negotiation. */
function energy(now: Date) {
  return {
    id: 'cu-energy',
    title: '某能源集团有限公司',
    aliases: ['某能源集团'],
    nature: '国企',
    industry: '能源',
    region: '浙江省杭州市',
    scores: { volume: 5, margin: 3, reference: 4, growth: 3, share: 3, projects: 4 },
    people: [
      {
        id: 'p1',
        name: '孙立新',
        position: '信息中心主任',
        department: '信息中心',
        role: 'KDM',
        roleSince: day(-700, now),
        level: 'CR2',
        targetLevel: 'CR1',
        levelHistory: [lv('lv1', -500, 'CR3', '', now), lv('lv2', -150, 'CR2', '参观总部 NOC 后', now)],
        concerns: '全年零重大事故',
        valuePoints: '业绩考核、集团信息化评比',
        plan: '季度高层汇报，邀请参观总部 NOC',
      },
      {
        id: 'p2',
        name: '钱卫东',
        position: '运维处处长',
        department: '信息中心',
        role: 'KI',
        level: 'CR1',
        levelHistory: [lv('lv1', -400, 'CR2', '', now), lv('lv2', -100, 'CR1', '', now)],
        concerns: '团队稳定、响应及时',
        valuePoints: '少操心',
        plan: '保持月度沟通',
        reportsTo: 'p1',
      },
      {
        id: 'p3',
        name: '郑晓燕',
        position: '采购部经理',
        department: '采购部',
        role: 'KI',
        level: 'CR3',
        targetLevel: 'CR2',
        levelHistory: [lv('lv1', -200, 'CR3', '', now)],
        concerns: '价格与合规',
        valuePoints: '降本指标',
        plan: '提供成本构成说明与多方案报价',
        reportsTo: 'p1',
      },
    ],
    activities: [
      {
        id: 'a1',
        date: day(-150, now),
        kind: '参观总部',
        personIds: ['p1', 'p2'],
        ourPeople: '总经理 陈志远',
        bidId: null,
        summary: '参观总部 NOC 与自动化运维平台演示',
        outcome: '推进',
        nextStep: '邀请参与需求调研',
      },
      {
        id: 'a2',
        date: day(-20, now),
        kind: '高层互访',
        personIds: ['p1'],
        ourPeople: '总经理 陈志远',
        bidId: 'bid-energy-itops',
        summary: '中标后高层会面，确认合同谈判节奏',
        outcome: '推进',
        nextStep: '商务谈判',
      },
    ],
    sightings: [],
  }
}

export function demoCustomers(now = new Date()) {
  return [hospital(now), energy(now)]
}

/** The chains the two demo bids reference (role in the bid = role at the customer). */
export const DEMO_CHAINS = {
  'bid-hospital-imaging': { customerId: 'cu-hospital', people: ['p1', 'p2', 'p3', 'p4'] },
  'bid-energy-itops': { customerId: 'cu-energy', people: ['p1', 'p2', 'p3'] },
} as const

export function chainOf(bidId: keyof typeof DEMO_CHAINS) {
  const c = DEMO_CHAINS[bidId]
  return {
    customerId: c.customerId,
    decisionChain: c.people.map((personId) => ({ personId, role: null, note: '' })),
  }
}
