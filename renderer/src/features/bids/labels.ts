import { defineLabels } from '@renderer/app/label-pairs'

/** The bid page shell (BidDetail) and the list's funnel (BidList). */
export const L = defineLabels({
  hideChecks: ['收起检查', 'Hide checks'],
  showChecks: ['检查', 'Checks'],
  tabBasic: ['基本信息', 'Basics'],
  tabDates: ['日期·保证金·份数', 'Dates · bond · copies'],
  tabRequirements: ['招标要求（{n}）', 'Requirements ({n})'],
  tabSections: ['投标文件章节（{n}）', 'Bid sections ({n})'],
  tabMaterials: ['资料（{n}）', 'Materials ({n})'],
  tabQuote: ['报价', 'Pricing'],
  tabPeople: ['客户决策链', 'Decision chain'],
  tabLog: ['澄清·风险·清单', 'Clarifications · risks · checklist'],
  tabResult: ['结果与复盘', 'Result & review'],
  funnel: ['销售漏斗', 'Sales funnel'],
})

/** Basics, dates, log and result tabs (BidInfoTabs). */
export const INFO = defineLabels({
  title: ['项目名称', 'Project name'],
  tenderNo: ['招标编号', 'Tender no.'],
  stage: ['销售阶段', 'Sales stage'],
  buyer: ['采购人', 'Buyer'],
  buyerType: ['采购人类型', 'Buyer type'],
  region: ['地区', 'Region'],
  agency: ['招标代理', 'Tendering agency'],
  tenderForm: ['招标形式', 'Procurement method'],
  evaluationMethod: ['评标方法', 'Evaluation method'],
  governingLaw: ['适用法律', 'Governing law'],
  category: ['采购类别', 'Procurement category'],
  budget: ['预算', 'Budget'],
  priceCeiling: ['最高限价', 'Price ceiling'],
  validityRequired: ['要求投标有效期（天）', 'Required bid validity (days)'],
  validityOurs: ['我方投标有效期（天）', 'Our bid validity (days)'],
  bondBasicRequired: ['须从基本账户缴纳', 'Must come from the basic account'],
  bondPayerAccount: ['缴款账户', 'Paid from account'],
  lotNo: ['包号', 'Lot no.'],
  lotName: ['包名称', 'Lot name'],
  lotBudget: ['预算（元）', 'Budget (yuan)'],
  keyDates: ['关键日期', 'Key dates'],
  release: ['发布日期', 'Published'],
  clarificationDeadline: ['澄清截止', 'Clarification deadline'],
  submissionDeadline: ['投标截止', 'Submission deadline'],
  opening: ['开标时间', 'Bid opening'],
  publicityEnd: ['公示截止', 'Award notice ends'],
  bond: ['投标保证金', 'Bid bond'],
  bondRequired: ['要求金额', 'Required amount'],
  bondDeadline: ['递交截止', 'Due by'],
  bondPaid: ['已缴金额', 'Amount paid'],
  bondForm: ['缴纳形式', 'Paid as'],
  bondPaidAt: ['缴纳时间', 'Paid at'],
  copies: ['正本 / 副本 / 电子版', 'Original / copies / electronic'],
  originalRequired: ['要求正本', 'Originals required'],
  originalPlanned: ['计划正本', 'Originals planned'],
  copiesRequired: ['要求副本', 'Copies required'],
  copiesPlanned: ['计划副本', 'Copies planned'],
  electronicRequired: ['要求电子版', 'Electronic version required'],
  electronicPlanned: ['计划电子版', 'Electronic version planned'],
  forecast: ['预测日期', 'Forecast dates'],
  bidDate: ['投标日期', 'Bid date'],
  resultDate: ['结果日期', 'Result date'],
  contractDate: ['签约日期', 'Contract date'],
  paymentDate: ['回款日期', 'Payment received'],
  revenueDate: ['收入确认日期', 'Revenue recognised'],
  clarifications: ['答疑 / 澄清 / 补遗', 'Q&A / clarifications / addenda'],
  colNo: ['编号', 'No.'],
  colDate: ['日期', 'Date'],
  colSummary: ['内容', 'Content'],
  colAffects: ['影响条款', 'Clauses affected'],
  colAcknowledged: ['已确认', 'Acknowledged'],
  risks: ['风险登记', 'Risk register'],
  risk: ['风险', 'Risk'],
  likelihood: ['可能性', 'Likelihood'],
  impact: ['影响', 'Impact'],
  mitigation: ['应对', 'Mitigation'],
  owner: ['负责人', 'Owner'],
  status: ['状态', 'Status'],
  checklist: ['人工检查清单（软件看不到的事项）', 'Manual checklist (what the software cannot see)'],
  checkItem: ['事项', 'Item'],
  confirmedBy: ['确认人', 'Confirmed by'],
  done: ['完成', 'Done'],
  outcome: ['结果', 'Outcome'],
  winner: ['中标人', 'Winning bidder'],
  winningPrice: ['中标价', 'Winning price'],
  reason: ['结果原因（得分、价格、资格……）', 'Reason for the result (score, price, qualification …)'],
  lessons: ['经验教训', 'Lessons learned'],
  notes: ['备注', 'Notes'],
})

/** Pricing tab (BidTabs). */
export const QUOTE = defineLabels({
  moneyUnit: ['金额单位', 'Amount unit'],
  currency: ['币种', 'Currency'],
  taxIncluded: ['含税报价', 'Tax-inclusive price'],
  rounding: ['舍入方式', 'Rounding'],
  roundLine: ['逐行舍入', 'Round each line'],
  roundTotal: ['仅合计舍入', 'Round the total only'],
  name: ['名称', 'Name'],
  brand: ['品牌', 'Brand'],
  spec: ['规格型号', 'Specification / model'],
  unit: ['单位', 'Unit'],
  qty: ['数量', 'Qty'],
  unitPriceIn: ['单价（{unit}）', 'Unit price ({unit})'],
  taxRate: ['税率 %', 'Tax rate %'],
  manufacturer: ['制造商', 'Manufacturer'],
  manufacturerSize: ['制造商规模', "Maker's size"],
  totalFigures: ['合计（小写）', 'Total (in figures)'],
  taxTotal: ['其中税额', 'Of which tax'],
  totalWords: ['合计（大写）', 'Total (in words)'],
  statedTotal: ['报价表所写合计', 'Total stated on the price schedule'],
  bidLetterPrice: ['投标函报价', 'Price in the bid letter'],
  bidLetterPriceWords: ['投标函报价大写', 'Bid letter price in words'],
  openingSummary: ['开标一览表', 'Bid opening summary'],
  openingPresent: ['已编制开标一览表', 'Opening summary prepared'],
  lot: ['包号', 'Lot no.'],
  bidPrice: ['投标报价', 'Bid price'],
  bidPriceWords: ['投标报价大写', 'Bid price in words'],
  deliveryPeriod: ['交货期 / 服务期', 'Delivery / service period'],
  warranty: ['质保期', 'Warranty period'],
  validityDays: ['投标有效期（天）', 'Bid validity (days)'],
  costJustification: [
    '成本说明（报价明显偏低时需提供）',
    'Cost justification (needed when the price is abnormally low)',
  ],
  termsRequired: ['招标要求的商务条件', 'Commercial terms required by the tender'],
  termsOffered: ['我方承诺', 'Our commitments'],
  deliveryDays: ['交货期（天）', 'Delivery (days)'],
  warrantyMonths: ['质保期（月）', 'Warranty (months)'],
  paymentTerms: ['付款条件', 'Payment terms'],
  paymentDays: ['付款天数', 'Payment days'],
})

// Stored enum values (keys) and how each is shown; the stored value itself never changes.

export const BUYER_TYPE = defineLabels({
  国企: ['国企', 'State-owned'],
  民营: ['民营', 'Private'],
  外资: ['外资', 'Foreign-invested'],
  政府: ['政府', 'Government'],
})

export const TENDER_FORM = defineLabels({
  公开招标: ['公开招标', 'Open tender'],
  邀请招标: ['邀请招标', 'Invited tender'],
  议标: ['议标', 'Negotiated tender'],
  竞争性谈判: ['竞争性谈判', 'Competitive negotiation'],
  竞争性磋商: ['竞争性磋商', 'Competitive consultation'],
  询价: ['询价', 'Request for quotation'],
  单一来源: ['单一来源', 'Single source'],
})

export const EVAL_METHOD = defineLabels({
  综合评分法: ['综合评分法', 'Comprehensive scoring'],
  最低评标价法: ['最低评标价法', 'Lowest evaluated price'],
})

export const LAW = defineLabels({
  政府采购: ['政府采购', 'Government Procurement Law'],
  招标投标: ['招标投标', 'Tendering and Bidding Law'],
})

export const CATEGORY = defineLabels({
  货物: ['货物', 'Goods'],
  服务: ['服务', 'Services'],
  工程: ['工程', 'Works'],
})

export const BOND_FORM = defineLabels({
  转账: ['转账', 'Bank transfer'],
  保函: ['保函', 'Bank guarantee'],
  保险: ['保险', 'Bond insurance'],
})

export const OUTCOME = defineLabels({
  未定: ['未定', 'Pending'],
  中标: ['中标', 'Won'],
  未中标: ['未中标', 'Lost'],
  '流标/废标': ['流标/废标', 'Failed / cancelled'],
  放弃: ['放弃', 'Dropped'],
})

export const MONEY_UNIT = defineLabels({
  元: ['元', 'yuan'],
  万元: ['万元', '10,000 yuan'],
})

// Risk register selects. ArrayTable (components/) shows select options as their stored value, so these take
// effect once its ColumnDef accepts { value, label } options.
export const RISK_LEVEL = defineLabels({
  低: ['低', 'Low'],
  中: ['中', 'Medium'],
  高: ['高', 'High'],
})

export const RISK_STATUS = defineLabels({
  未处理: ['未处理', 'Open'],
  处理中: ['处理中', 'In progress'],
  已关闭: ['已关闭', 'Closed'],
})

/** 生成大写 beside the 大写 fields of the 投标函 and the 开标一览表. */
export const WORDS = defineLabels({
  generate: ['生成大写', 'Write in words'],
  needFigure: ['请先填写小写金额', 'Enter the amount in figures first'],
  mismatch: [
    '现有大写“{words}”与小写金额不一致，应为“{expected}”（点“生成大写”改正）',
    'The words “{words}” do not match the figure; they should read “{expected}” (use “Write in words”)',
  ],
  unreadable: [
    '现有大写“{words}”无法读作金额，应为“{expected}”',
    'The words “{words}” do not read as an amount; they should be “{expected}”',
  ],
})
