import { defineLabels } from '@renderer/app/label-pairs'

/** The competition view of one bid: toolbar, competitor picker, tabs. */
export const BID = defineLabels({
  backToBid: ['返回项目', 'Back to the bid'],
  title: ['竞争分析', 'Competition analysis'],
  exportWord: ['导出 Word 报告', 'Export Word report'],
  exportExcel: ['导出 Excel', 'Export Excel'],
  generated: ['已生成：{file}', 'Generated: {file}'],
  competitorsOfBid: ['参与本项目的竞争对手', 'Competitors in this bid'],
  pickPlaceholder: [
    '从竞争对手库中选择（可按简称搜索）',
    'Pick from the competitor registry (short names work too)',
  ],
  withAliases: ['{title}（{aliases}）', '{title} ({aliases})'],
  noRecord: ['{id}（档案不存在）', '{id} (no record)'],
  sync: ['同步到评分矩阵', 'Sync to the scoring matrix'],
  missingRecords: [
    '本项目登记的竞争对手在库中找不到档案（可能已删除或合并）：{ids}',
    'Competitors listed on this bid have no record in the registry (deleted or merged?): {ids}',
  ],
  syncHint: [
    '评分矩阵中的竞争对手来自这里：点击“同步到评分矩阵”按竞争对手编号新增或更名矩阵中的投标人。',
    'The scoring matrix takes its competitors from here: "Sync to the scoring matrix" adds or renames the matrix bidders by competitor id.',
  ],
  syncAdded: ['新增 {list}', 'added {list}'],
  syncRenamed: ['更名 {list}', 'renamed {list}'],
  syncLinked: ['关联 {list}', 'linked {list}'],
  syncUpToDate: ['已是最新', 'already up to date'],
  syncDone: ['评分矩阵“{title}”：{parts}', 'Scoring matrix "{title}": {parts}'],
  syncNotInBid: [
    '矩阵中这些投标人已不在本项目的竞争对手中（未删除）：{list}',
    'These matrix bidders are no longer competitors in this bid (not removed): {list}',
  ],
  tabBenchmark: ['对标与差距', 'Benchmark and gaps'],
  gapTitle: ['差距表（按我方劣势从大到小）', 'Gap table (our biggest disadvantage first)'],
  tabIntel: ['竞争情报', 'Competitive intel'],
  tabSwot: ['SWOT（我方 vs 全部对手）', 'SWOT (us vs the whole field)'],
  tabStrategy: ['差异化策略', 'Differentiation strategy'],
  tabShare: ['市场份额', 'Market share'],
  competitor: ['竞争对手', 'Competitor'],
  gapColumn: ['差距（对手 − 我方）', 'Gap (them − us)'],
  overlay: ['叠加显示（最多 {n} 家）：', 'Overlay (up to {n}):'],
  conflicts: [
    '我方得分在不同对手的记录中不一致，取日期最新的一条：{list}',
    'Our scores differ between competitor records; the latest one is used: {list}',
  ],
  conflictItem: ['{d}（{values}）', '{d} ({values})'],
})

/** Our SWOT against the field. */
export const FIELD = defineLabels({
  quadrant: ['我方{heading}', 'Our {heading}'],
  none: ['暂无', 'None yet'],
  unscored: ['未评分、未纳入判断的维度：{list}', 'Dimensions not scored, so not judged: {list}'],
  rule: [
    'S/W：某维度领先全部对手或落后任一对手 2 分及以上；O/T：市场机会与威胁，以及对手的弱点与优势。',
    'S/W: a dimension where we lead every competitor, or trail any one, by 2 points or more; O/T: market opportunities and threats, plus the competitors’ weaknesses and strengths.',
  ],
})

/** Intel questions per competitor. */
export const INTEL = defineLabels({
  dirty: ['未保存', 'Unsaved'],
  saving: ['保存中…', 'Saving…'],
  error: ['保存失败，请重试', 'Save failed, please retry'],
  noCompetitors: ['本项目还没有竞争对手', 'This bid has no competitors yet'],
  question: ['问题', 'Question'],
  answer: ['回答（本项目）', 'Answer (this bid)'],
  legacy: ['旧版问题', 'Old question'],
  fromProfile: ['档案中的资料', 'From the profile'],
  useHint: ['把档案资料填为回答', 'Use the profile facts as the answer'],
  use: ['采用', 'Use'],
})

/** Market share table and chart. */
export const SHARE = defineLabels({
  noData: [
    '本项目的竞争对手还没有细分市场数据（在竞争对手档案“市场与客户”中录入）。',
    'The competitors of this bid have no segment data yet (enter it under "Market and customers" in the competitor profile).',
  ],
  knownTotal: ['已知合计', 'Known total'],
  missingCount: ['（{n} 家缺失）', ' ({n} missing)'],
  sourceSep: ['，', ', '],
  note: [
    '“缺失”表示没有数据，不是 0%；图中缺失的柱不画出。',
    '"Missing" means no data, not 0%; missing bars are not drawn.',
  ],
})

/** The differentiation strategy sheet. */
export const STRATEGY = defineLabels({
  start: ['开始制定差异化策略', 'Start a differentiation strategy'],
  levers: ['选用的差异化手段（按优先级）', 'Levers chosen (in priority order)'],
  prompts: ['思考提示', 'Prompts'],
  addAction: ['添加措施', 'Add action'],
  lever: ['手段', 'Lever'],
  action: ['具体措施', 'Action'],
  actionPlaceholder: ['具体做什么、做到什么程度', 'What exactly, and to what standard'],
  target: ['针对', 'Against'],
  allCompetitors: ['全部对手', 'All competitors'],
  owner: ['负责人', 'Owner'],
  ownerPlaceholder: ['姓名', 'Name'],
  due: ['完成日期', 'Due date'],
  status: ['状态', 'Status'],
  complete: [
    '策略表完整：每条措施都有负责人和完成日期。',
    'The strategy sheet is complete: every action has an owner and a due date.',
  ],
  error: ['错误', 'Error'],
  warning: ['提醒', 'Warning'],
  colon: ['：', ': '],
})

/** Strategy action statuses: stored in the bid as the Chinese value, shown through this table. */
export const ACTION_STATUS = defineLabels({
  未开始: ['未开始', 'Not started'],
  进行中: ['进行中', 'In progress'],
  已完成: ['已完成', 'Done'],
  已取消: ['已取消', 'Cancelled'],
})
