import { defineLabels } from '@renderer/app/label-pairs'

/** Wording shared by the registry, the competitor page and the bid's competition view. */
export const L = defineLabels({
  missing: ['缺失', 'Missing'],
  us: ['我方', 'Us'],
  them: ['对手', 'Them'],
  dimension: ['维度', 'Dimension'],
  gap: ['差距', 'Gap'],
  gapHint: ['对手 − 我方：正数表示我方落后', 'Them − us: a positive number means we trail'],
  evidence: ['依据', 'Evidence'],
  evidencePlaceholder: ['事实、来源', 'Facts, source'],
  date: ['日期', 'Date'],
  historyHint: [
    '该维度有 {n} 条历史评分，此处编辑日期最新的一条',
    '{n} scores on record for this dimension; you are editing the latest one',
  ],
  scoreNote: [
    '0–10 分；不知道请留空（显示为缺失，不按 0 分计）。',
    'Scores 0–10; leave blank if unknown (shown as missing, not counted as 0).',
  ],
  competitionLink: ['竞争分析', 'Competition analysis'],
  tabBenchmark: ['八维对标', 'Eight-dimension benchmark'],
  tabProfile: ['产品与优劣势', 'Products, strengths and weaknesses'],
  tabMarket: ['市场与客户', 'Market and customers'],
  products: ['产品', 'Products'],
  strengths: ['优势', 'Strengths'],
  weaknesses: ['劣势', 'Weaknesses'],
  notes: ['备注', 'Notes'],
  enterToAdd: ['回车添加', 'Press Enter to add'],
  aliases: ['简称 / 别名', 'Short names / aliases'],
  aliasesEnter: ['简称 / 别名（回车添加）', 'Short names / aliases (press Enter to add)'],
  companyName: ['公司名称', 'Company name'],
  companyFullName: ['公司全称', 'Full company name'],
  listSep: ['、', ', '],
  clauseSep: ['；', '; '],
  remove: ['移除', 'Remove'],
  add: ['添加', 'Add'],
})

/** The duplicate finder and its merge. */
export const DUP = defineLabels({
  title: ['疑似重复（{n} 组）', 'Possible duplicates ({n} groups)'],
  sharedNames: ['共同的名称：', 'Shared names: '],
  keep: ['保留此项并合并其余', 'Keep this one and merge the rest'],
  confirmTitle: ['保留“{keep}”，合并其余 {n} 家？', 'Keep "{keep}" and merge the other {n}?'],
  confirmContent: [
    '{others} 的别名、资料和情报并入“{keep}”，引用它们的投标项目和评分矩阵改为指向“{keep}”，原档案移入回收站（可恢复）。',
    'The aliases, profile and intel of {others} go into "{keep}"; bids and scoring matrices that refer to them will point to "{keep}"; the old records move to the trash (restorable).',
  ],
  merge: ['合并', 'Merge'],
  cancel: ['取消', 'Cancel'],
  mergedInto: ['已合并到“{title}”', 'Merged into "{title}"'],
  bidsRepointed: ['{n} 个投标项目已改指向', '{n} bids repointed'],
  matricesRepointed: ['{n} 个评分矩阵已改指向', '{n} scoring matrices repointed'],
  trashed: ['被合并的档案已移入回收站', 'the merged records were moved to the trash'],
})

/** The market and customer tables of a competitor. */
export const PROFILE = defineLabels({
  segmentsTitle: ['细分市场与份额', 'Segments and market share'],
  segment: ['细分市场', 'Segment'],
  share: ['份额 %', 'Share %'],
  source: ['数据来源', 'Source'],
  shareNote: [
    '不知道份额请留空：显示为“缺失”，不会当作 0%。',
    'Leave the share blank if unknown: it shows as "Missing", never as 0%.',
  ],
  referencesTitle: ['样板客户及其评价', 'Reference customers and their ratings'],
  customer: ['客户', 'Customer'],
  rating: ['客户评价', 'Customer rating'],
  ratingPlaceholder: ['如：满意 / 实施慢', 'e.g. satisfied / slow rollout'],
  comment: ['说明', 'Comment'],
  managersTitle: ['客户经理与拜访（按客户）', 'Account managers and visits (per customer)'],
  manager: ['对方客户经理', 'Their account manager'],
  visits: ['拜访次数', 'Visits'],
  leaders: ['拜访过的对方领导', 'Their executives who visited'],
  leadersPlaceholder: ['职务/姓名，回车添加', 'Title/name, press Enter to add'],
})

/** SWOT editor: where a suggestion comes from, and the editor's wording. */
export const SWOT = defineLabels({
  typeEnter: ['输入后回车', 'Type and press Enter'],
  suggestions: ['系统建议（{scope}）', 'Suggestions ({scope})'],
  relativeToUs: ['相对我方', 'relative to us'],
  market: ['市场', 'market'],
  adopt: ['采纳', 'Adopt'],
})

export const ORIGIN = defineLabels({
  swot: ['已录入', 'Entered'],
  profile: ['档案', 'Profile'],
  benchmark: ['对标评分', 'Benchmark scores'],
})
