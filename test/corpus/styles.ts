/**
 * The house styles of the planted-error corpus: six tenders as bid teams meet them (goods, services,
 * works, a consortium, a multi-lot tender, an SME goods tender). Each is plain data; test/corpus/build.ts
 * writes the bid from it with seeded wording variants, test/corpus/plants.ts breaks it.
 */

export interface Party {
  name: string
  code: string
  legalRep: string
  legalRepId: string
  agent: string
  agentId: string
  basicAccount: string
}

export interface Line {
  name: string
  unit: string
  qty: number
  unitPrice: number
  taxRate: number
  lot?: string
  maker?: string
  makerSize?: '大型' | '中型' | '小型' | '微型'
}

export interface Req {
  no: string
  text: string
  response: string
  kind: '技术' | '商务'
  star?: boolean
  scored?: boolean
  deviation?: '无偏离' | '正偏离'
}

export interface Staff {
  post: string
  name: string
  id: string
  cert: string
}

export interface LotSpec {
  no: string
  name: string
  ceiling: number
  bond: number
}

export interface Style {
  key: 'goods' | 'services' | 'works' | 'consortium' | 'lots' | 'sme'
  law: '政府采购' | '招标投标'
  category: '货物' | '服务' | '工程'
  title: string
  tenderNo: string
  buyer: string
  agency: string
  us: Party
  partner?: Party & { work: string; share: number; qualification: string }
  ourWork?: string
  ourQualification?: string
  moneyUnit: '元' | '万元'
  ceiling: number
  lines: Line[]
  lots?: LotSpec[]
  bond: number
  basicAccountRequired: boolean
  taxRates: number[]
  delivery: { label: string; required: number; offered: number; unit: string }
  warranty: { required: number; offered: number }
  validity: number
  reqs: Req[]
  staff: Staff[]
  sme?: { size: '小型企业' | '微型企业'; industry: string; percent: number }
  /** A project we won before: the decided bid of the workspace and a line of the 业绩表. */
  past: { customer: string; title: string; tenderNo: string; amount: number }
  /** Plan text (two paragraphs), free of key facts. */
  plan: [string, string]
}

// Credit codes with a valid GB 32100-2015 check character.
const CODES = ['91350100M000100Y43', '91310115MA1K3YJT7R', '91110108551385082Q', '914403001922038216']

const HUAXIN: Party = {
  name: '华信数科技术有限公司',
  code: CODES[0],
  legalRep: '王海东',
  legalRepId: '350102197805121230',
  agent: '李明',
  agentId: '350102199001011238',
  basicAccount: '兴业银行福州分行 117010100100123456',
}

const PLAN_IT: [string, string] = [
  '本项目总体架构采用分层解耦设计，门户、中台能力组件和数据底座分别部署，支持国产操作系统与数据库，满足等级保护三级要求。',
  '实施分为需求调研、系统设计、开发测试、试运行和验收五个阶段，每个阶段设里程碑评审，由项目组每周向采购人汇报进度与风险。',
]

export const STYLES: Style[] = [
  {
    key: 'goods',
    law: '政府采购',
    category: '货物',
    title: '市第一人民医院医学影像设备采购项目',
    tenderNo: 'YYCG-2026-0417',
    buyer: '市第一人民医院',
    agency: '闽信招标代理有限公司',
    us: HUAXIN,
    moneyUnit: '元',
    ceiling: 2_400_000,
    lines: [
      { name: '医学影像存储服务器', unit: '台', qty: 4, unitPrice: 285_000, taxRate: 13 },
      { name: 'PACS 软件', unit: '套', qty: 1, unitPrice: 860_000, taxRate: 13 },
      { name: '安装调试及培训服务', unit: '项', qty: 1, unitPrice: 107_000, taxRate: 6 },
    ],
    bond: 40_000,
    basicAccountRequired: false,
    taxRates: [13, 6],
    delivery: { label: '交货期', required: 30, offered: 25, unit: '日历天' },
    warranty: { required: 24, offered: 36 },
    validity: 90,
    reqs: [
      {
        no: '3.1',
        kind: '技术',
        star: true,
        text: '★支持 DICOM 3.0 标准，提供 DICOM 符合性声明',
        response: '完全支持 DICOM 3.0，提供原厂 DICOM 符合性声明，见技术资料第 2 节。',
      },
      {
        no: '3.2',
        kind: '技术',
        scored: true,
        text: '影像调阅性能（评分项）',
        response:
          '单幅影像调阅时间小于 1 秒，支持千兆网络下 500 幅序列连续加载，预取策略按检查类型配置，附第三方检测报告摘要与测试方法说明。',
      },
      {
        no: '3.3',
        kind: '技术',
        text: '存储容量不少于 100TB，支持在线扩容',
        response: '配置 120TB 可用容量，支持在线扩容至 1PB。',
        deviation: '正偏离',
      },
      {
        no: '4.1',
        kind: '商务',
        text: '交货期：合同签订后 30 日历天内交货并完成安装调试',
        response: '合同签订后 25 日历天内交货并完成安装调试。',
        deviation: '正偏离',
      },
    ],
    staff: [{ post: '项目经理', name: '陈晓峰', id: '350103198506153217', cert: '信息系统项目管理师' }],
    past: {
      customer: '省立医院',
      title: '省立医院影像归档系统升级项目',
      tenderNo: 'SLYY-2024-031',
      amount: 1_860_000,
    },
    plan: PLAN_IT,
  },
  {
    key: 'services',
    law: '政府采购',
    category: '服务',
    title: '市能源集团信息系统运维服务项目',
    tenderNo: 'NYFW(2026)-088',
    buyer: '市能源集团有限公司',
    agency: '',
    us: {
      ...HUAXIN,
      legalRep: '林秀英',
      legalRepId: '350102197011022345',
      agent: '周凯',
      agentId: '350102198808081232',
    },
    moneyUnit: '元',
    ceiling: 980_000,
    lines: [
      { name: '驻场运维服务', unit: '人年', qty: 3, unitPrice: 210_000, taxRate: 6 },
      { name: '应急响应服务', unit: '年', qty: 1, unitPrice: 180_000, taxRate: 6 },
      { name: '巡检及报告服务', unit: '年', qty: 1, unitPrice: 96_000, taxRate: 6 },
    ],
    bond: 0,
    basicAccountRequired: false,
    taxRates: [6],
    delivery: { label: '服务期', required: 12, offered: 12, unit: '个月' },
    warranty: { required: 0, offered: 0 },
    validity: 60,
    reqs: [
      {
        no: '2.1',
        kind: '技术',
        star: true,
        text: '★一般故障 30 分钟内响应，4 小时内解决',
        response: '一般故障 15 分钟内响应、2 小时内解决，并提交故障报告。',
        deviation: '正偏离',
      },
      {
        no: '2.2',
        kind: '技术',
        scored: true,
        text: '运维服务方案（评分项）',
        response:
          '建立 7×24 小时服务台，按 ITIL 流程管理事件、问题与变更，每月提交运行分析报告，季度开展应急演练并形成整改清单。',
      },
      {
        no: '2.3',
        kind: '商务',
        text: '投标人须符合《中华人民共和国政府采购法》第二十二条规定的条件',
        response: '我公司符合政府采购法第二十二条规定的条件，承诺函见资格证明文件。',
      },
    ],
    staff: [{ post: '项目负责人', name: '郑宇航', id: '350104198903071115', cert: 'ITIL Expert' }],
    past: {
      customer: '市燃气有限公司',
      title: '市燃气有限公司机房运维服务',
      tenderNo: 'RQ-2025-012',
      amount: 620_000,
    },
    plan: [
      '服务团队由项目负责人、驻场工程师和二线专家组成，驻场工程师按工作日 8:30 至 17:30 在岗，节假日安排值班。',
      '服务质量以月度考核表衡量，考核指标包括故障响应及时率、一次解决率和用户满意度，考核结果与服务费支付挂钩。',
    ],
  },
  {
    key: 'works',
    law: '招标投标',
    category: '工程',
    title: '滨江新区综合管廊机电安装工程',
    tenderNo: 'BJGC-2026-016',
    buyer: '滨江新区建设投资有限公司',
    agency: '正衡工程咨询有限公司',
    us: {
      name: '福建恒建建设工程有限公司',
      code: CODES[1],
      legalRep: '黄振国',
      legalRepId: '350122196902153315',
      agent: '吴志强',
      agentId: '350122198104284416',
      basicAccount: '中国建设银行福州城南支行 35050187000700001234',
    },
    ourQualification: '机电工程施工总承包二级',
    moneyUnit: '万元',
    ceiling: 1_880,
    lines: [
      { name: '管廊通风系统安装', unit: '项', qty: 1, unitPrice: 612.5, taxRate: 9 },
      { name: '管廊照明及供电系统', unit: '项', qty: 1, unitPrice: 538.2, taxRate: 9 },
      { name: '监控与报警系统', unit: '项', qty: 1, unitPrice: 456.8, taxRate: 9 },
    ],
    bond: 200_000,
    basicAccountRequired: true,
    taxRates: [9],
    delivery: { label: '工期', required: 180, offered: 180, unit: '日历天' },
    warranty: { required: 24, offered: 24 },
    validity: 90,
    reqs: [
      {
        no: '1.5',
        kind: '商务',
        star: true,
        text: '★工期：180日历天',
        response: '工期 180 日历天，满足招标文件要求。',
      },
      {
        no: '1.6',
        kind: '技术',
        scored: true,
        text: '施工组织设计（评分项）',
        response:
          '按通风、供电、监控三个专业分段流水施工，管廊每 200 米设一个作业面，关键线路为供电系统安装与联合调试，配备两台应急发电机。',
      },
      {
        no: '1.7',
        kind: '商务',
        text: '质量标准：合格，依据《建设工程质量管理条例》第四十条执行保修',
        response: '质量标准合格；保修按《建设工程质量管理条例》执行。',
      },
    ],
    staff: [
      { post: '项目经理', name: '张伟', id: '350122198203051239', cert: '一级建造师（机电工程）' },
      { post: '技术负责人', name: '刘建平', id: '350122197912086544', cert: '高级工程师' },
    ],
    past: {
      customer: '高新区城建集团',
      title: '高新区地下综合管廊一期机电工程',
      tenderNo: 'GX-2024-077',
      amount: 12_600_000,
    },
    plan: [
      '施工准备阶段完成图纸会审、技术交底和临时用电方案报审，材料进场前报监理单位验收，隐蔽工程留存影像资料。',
      '安全管理实行项目经理负责制，专职安全员每日巡查并填写安全日志，有限空间作业执行先通风、再检测、后作业的规定，动火作业办理审批并配备看火人和灭火器材。',
    ],
  },
  {
    key: 'consortium',
    law: '政府采购',
    category: '服务',
    title: '智慧园区建设及运营服务项目',
    tenderNo: 'ZHYQ-2026-033',
    buyer: '海峡科技园管理委员会',
    agency: '闽信招标代理有限公司',
    us: HUAXIN,
    ourWork: '平台软件开发与系统集成',
    ourQualification: '信息系统建设和服务能力等级证书 CS3',
    partner: {
      name: '福建恒建建设工程有限公司',
      code: CODES[1],
      legalRep: '黄振国',
      legalRepId: '350122196902153315',
      agent: '吴志强',
      agentId: '350122198104284416',
      basicAccount: '中国建设银行福州城南支行 35050187000700001234',
      work: '弱电及机房土建施工',
      share: 40,
      qualification: '电子与智能化工程专业承包二级',
    },
    moneyUnit: '元',
    ceiling: 3_600_000,
    lines: [
      { name: '园区运营平台软件', unit: '套', qty: 1, unitPrice: 1_450_000, taxRate: 13 },
      { name: '弱电及机房施工', unit: '项', qty: 1, unitPrice: 1_280_000, taxRate: 9 },
      { name: '一年运营服务', unit: '年', qty: 1, unitPrice: 520_000, taxRate: 6 },
    ],
    bond: 60_000,
    basicAccountRequired: true,
    taxRates: [13, 9, 6],
    delivery: { label: '工期', required: 150, offered: 120, unit: '日历天' },
    warranty: { required: 12, offered: 24 },
    validity: 90,
    reqs: [
      {
        no: '5.1',
        kind: '技术',
        star: true,
        text: '★平台须通过等级保护三级测评',
        response: '平台按等保三级设计，上线前完成三级测评，测评费用包含在报价中。',
      },
      {
        no: '5.2',
        kind: '技术',
        scored: true,
        text: '运营服务方案（评分项）',
        response:
          '运营团队驻场五人，按招商、物业、能耗三条线建立指标看板，每月出具运营分析报告，季度向管委会汇报并提出优化建议。',
      },
    ],
    staff: [{ post: '项目经理', name: '陈晓峰', id: '350103198506153217', cert: '信息系统项目管理师' }],
    past: {
      customer: '软件园管理中心',
      title: '软件园智慧安防系统项目',
      tenderNo: 'RJY-2025-004',
      amount: 2_150_000,
    },
    plan: PLAN_IT,
  },
  {
    key: 'lots',
    law: '政府采购',
    category: '货物',
    title: '全市中小学教学设备采购项目',
    tenderNo: 'JYZB-2026-021',
    buyer: '市教育局',
    agency: '',
    us: {
      ...HUAXIN,
      code: CODES[2],
      name: '榕城教育装备有限公司',
      legalRep: '陈丽华',
      legalRepId: '35010419750720222X',
    },
    moneyUnit: '元',
    ceiling: 0,
    lines: [
      { name: '交互式智能平板', unit: '台', qty: 60, unitPrice: 12_800, taxRate: 13, lot: '1' },
      { name: '教学一体机安装服务', unit: '项', qty: 1, unitPrice: 36_000, taxRate: 6, lot: '1' },
      { name: '学生计算机', unit: '台', qty: 120, unitPrice: 4_350, taxRate: 13, lot: '2' },
    ],
    lots: [
      { no: '1', name: '交互式智能平板', ceiling: 860_000, bond: 15_000 },
      { no: '2', name: '学生计算机', ceiling: 560_000, bond: 10_000 },
    ],
    bond: 0,
    basicAccountRequired: false,
    taxRates: [13, 6],
    delivery: { label: '交货期', required: 45, offered: 30, unit: '日历天' },
    warranty: { required: 36, offered: 36 },
    validity: 90,
    reqs: [
      {
        no: '6.1',
        kind: '技术',
        star: true,
        text: '★平板显示尺寸不小于 86 英寸',
        response: '所投平板显示尺寸 86 英寸，满足要求。',
      },
      {
        no: '6.2',
        kind: '技术',
        scored: true,
        text: '售后服务方案（评分项）',
        response:
          '在本市设立服务站两处，配备专职工程师六名，备件库存不少于采购数量的百分之三，每学期开学前上门巡检一次。',
      },
    ],
    staff: [],
    past: {
      customer: '区教育局',
      title: '区属学校多媒体教室改造项目',
      tenderNo: 'QJY-2025-019',
      amount: 780_000,
    },
    plan: [
      '供货分批进行，先完成样板教室安装并经学校确认，再按学校课表安排夜间及周末安装，不影响正常教学。',
      '培训分管理员和教师两级开展，每校至少一次现场培训，培训材料和操作视频随设备交付，培训结束后由学校填写培训确认单，未达到要求的学校安排二次培训。',
    ],
  },
  {
    key: 'sme',
    law: '政府采购',
    category: '货物',
    title: '区政务服务中心办公设备采购项目',
    tenderNo: 'ZWFW-2026-009',
    buyer: '区政务服务中心',
    agency: '',
    us: {
      ...HUAXIN,
      code: CODES[3],
      name: '闽东小微科技有限公司',
      legalRep: '许文杰',
      legalRepId: '350105198811113310',
    },
    moneyUnit: '元',
    ceiling: 420_000,
    lines: [
      {
        name: '自助服务终端',
        unit: '台',
        qty: 8,
        unitPrice: 32_500,
        maker: '闽东小微科技有限公司',
        makerSize: '小型',
        taxRate: 13,
      },
      {
        name: '排队叫号系统',
        unit: '套',
        qty: 1,
        unitPrice: 68_000,
        maker: '福州讯捷电子有限公司',
        makerSize: '微型',
        taxRate: 13,
      },
      { name: '安装及培训', unit: '项', qty: 1, unitPrice: 12_000, taxRate: 6 },
    ],
    bond: 0,
    basicAccountRequired: false,
    taxRates: [13, 6],
    delivery: { label: '交货期', required: 20, offered: 15, unit: '日' },
    warranty: { required: 36, offered: 36 },
    validity: 90,
    sme: { size: '小型企业', industry: '工业', percent: 10 },
    reqs: [
      {
        no: '3.1',
        kind: '技术',
        star: true,
        text: '★终端支持身份证读卡与人脸识别',
        response: '终端内置二代身份证读卡器及双目活体人脸识别模块，满足要求。',
      },
      {
        no: '3.2',
        kind: '技术',
        scored: true,
        text: '系统兼容与对接方案（评分项）',
        response:
          '叫号系统提供标准接口与政务服务一体化平台对接，支持短信与微信取号提醒，断网时本地缓存并在恢复后补传数据。',
      },
    ],
    staff: [],
    past: {
      customer: '县行政服务中心',
      title: '县行政服务中心自助终端项目',
      tenderNo: 'XZFW-2025-002',
      amount: 260_000,
    },
    plan: [
      '设备到货后三个工作日内完成安装和联调，安装过程不影响中心对外办事，施工时间安排在非办公时段。',
      '培训面向窗口人员和运维人员两类对象，提供操作手册与常见问题处理指引，培训后进行上机考核，考核不合格的人员安排补训，直至能够独立处理常见故障为止。',
    ],
  },
]
