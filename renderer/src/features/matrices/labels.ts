import { defineLabels } from '@renderer/app/label-pairs'

// Stored values of the matrix document (categories, tie-break, procurement type) are keyed by the Chinese value
// itself: the document keeps it, only its display switches.
export const CATEGORY = defineLabels({
  价格: ['价格', 'Price'],
  商务: ['商务', 'Commercial'],
  技术: ['技术', 'Technical'],
  其他: ['其他', 'Other'],
})

export const KIND = defineLabels({
  objective: ['客观', 'Objective'],
  subjective: ['主观', 'Subjective'],
})

export const METHOD = defineLabels({
  lowest: ['低价优先法（综合评分法）', 'Lowest price basis (comprehensive scoring)'],
  average: ['平均值基准法', 'Average price benchmark'],
  lowestEvaluated: ['最低评标价法', 'Lowest evaluated price'],
})

export const PROCUREMENT = defineLabels({
  货物: ['货物', 'Goods'],
  服务: ['服务', 'Services'],
  工程: ['工程', 'Works'],
})

export const TIE_BREAK = defineLabels({
  技术分高者优先: ['技术分高者优先', 'Higher technical score first'],
  报价低者优先: ['报价低者优先', 'Lower price first'],
  抽签: ['抽签', 'Drawing lots'],
})

export const SEVERITY = defineLabels({
  error: ['错误', 'Error'],
  warning: ['警告', 'Warning'],
  advice: ['提示', 'Advice'],
})

/** Low / likely / high of a competitor's price or score estimate. */
export const LEVEL = defineLabels({
  low: ['最低', 'Low'],
  likely: ['最可能', 'Most likely'],
  high: ['最高', 'High'],
})

/** Columns of the scoring table the import detects. */
export const ROLE = defineLabels({
  category: ['类别', 'Category'],
  name: ['评分项', 'Item'],
  points: ['分值', 'Points'],
  criteria: ['评分标准', 'Criteria'],
})

// The narrow price unit differs in scale, not only in wording: 万 (10,000 yuan) in Chinese, millions in English.
export const UNIT = defineLabels({
  yuan: ['{n} 元', 'CNY {n}'],
  wan: ['{n}万', '{n}M'],
  listSep: ['、', ', '],
  sep: ['，', ', '],
  colon: ['：', ': '],
})

export const PAGE = defineLabels({
  noCompetitors: ['关联的投标项目还没有竞争对手', 'The linked bid has no competitors yet'],
  syncAdded: ['新增 {names}', 'Added {names}'],
  syncLinked: ['已关联 {names}', 'Linked {names}'],
  syncRenamed: ['已更名 {names}', 'Renamed {names}'],
  syncNotInBid: [
    '{names} 已不在投标项目的竞争对手中（保留）',
    '{names} no longer among the bid competitors (kept)',
  ],
  syncPartsSep: ['；', '; '],
  syncSame: ['投标人已与竞争对手一致', 'Bidders already match the competitors'],
  importTable: ['导入评分表', 'Import scoring table'],
  exportXlsx: ['导出 Excel', 'Export Excel'],
  title: ['名称', 'Title'],
  procurementCategory: ['采购类别', 'Procurement type'],
  bid: ['关联投标项目', 'Linked bid'],
  tabItems: ['评分项（{n}）', 'Scoring items ({n})'],
  tabRule: ['价格规则与投标人', 'Price rule & bidders'],
  tabWinProb: ['中标概率', 'Win probability'],
  notes: ['备注', 'Notes'],
  imported: ['已导入 {n} 个评分项', 'Imported {n} scoring items'],
})

export const BIDDERS = defineLabels({
  title: ['投标人', 'Bidders'],
  sync: ['从投标项目的竞争对手同步投标人', 'Sync bidders from the bid competitors'],
  name: ['名称', 'Name'],
  linked: ['已关联竞争对手档案', 'Linked to a competitor profile'],
  profile: ['档案', 'Profile'],
  ourName: ['名称取自公司信息：{name}', 'Name from the company profile: {name}'],
  invalid: ['无效投标', 'Invalid bid'],
  invalidHelp: [
    '无效投标不参与排名，也不计入评标基准价（87号令第五十五条）',
    'An invalid bid is not ranked and not counted in the benchmark price (Order 87 art. 55)',
  ],
  invalidReason: ['无效原因', 'Reason'],
  us: ['我方', 'Us'],
  sme: ['小微企业', 'SME'],
  priceCol: ['报价·{level}（元）', 'Price, {level} (CNY)'],
  seeOurPrice: ['见“我方报价”', 'See "Our price"'],
  remove: ['删除', 'Delete'],
  add: ['添加投标人', 'Add bidder'],
})

export const RULE = defineLabels({
  title: ['价格分规则', 'Price scoring rule'],
  method: ['计算方法', 'Method'],
  weight: ['价格分值', 'Price weight'],
  points: ['分', 'pts'],
  sme: ['小微企业价格扣除', 'SME price deduction'],
  tieBreak: ['同分排序', 'Tie-break'],
  dropExtremes: ['去掉最高、最低报价', 'Drop the highest and lowest prices'],
  dropExtremesSuffix: ['家及以上时', 'or more bids'],
  dropExtremesHelp: ['留空：不去掉', 'Empty: keep all'],
  k: ['基准价系数 K', 'Benchmark factor K'],
  above: ['高于基准价每 1% 扣', 'Deduct per 1% above benchmark'],
  below: ['低于基准价每 1% 扣', 'Deduct per 1% below benchmark'],
  lowestEvaluated: [
    '最低评标价法：按评审价（扣除后）从低到高排序，不计价格分；商务、技术项仅作符合性参考。',
    'Lowest evaluated price: bids rank by evaluated price (after deductions), lowest first, with no price points; commercial and technical items are only a compliance reference.',
  ],
})

export const ITEMS = defineLabels({
  empty: [
    '还没有评分项：点击上方“导入评分表”从招标文件的 Excel 或剪贴板导入，或点击下方“添加评分项”手工录入',
    'No scoring items yet: click "Import scoring table" above to import the tender Excel or pasted text, or "Add scoring item" below to enter them by hand',
  ],
  category: ['类别', 'Category'],
  name: ['评分项', 'Item'],
  points: ['分值', 'Points'],
  kind: ['类型', 'Type'],
  selfScore: ['我方自评', 'Self-score'],
  byPrice: ['按报价计算', 'From price'],
  evidence: ['证据', 'Evidence'],
  evidenceCount: ['{n} 项', '{n} linked'],
  noEvidence: ['无', 'None'],
  estimates: ['对手估分（最可能）', 'Competitor scores (likely)'],
  remove: ['删除评分项', 'Delete scoring item'],
  add: ['添加评分项', 'Add scoring item'],
})

export const DETAIL = defineLabels({
  criteria: ['评分标准（招标文件原文）', 'Criteria (as in the tender documents)'],
  sections: ['证据：投标文件章节', 'Evidence: bid sections'],
  needsBid: ['关联投标项目后可选', 'Available once a bid is linked'],
  materials: ['证据：证明材料（资料库）', 'Evidence: supporting materials (library)'],
  requirements: ['证据：招标要求', 'Evidence: tender requirements'],
  estimates: [
    '竞争对手估分（最低 / 最可能 / 最高，满分 {max}）',
    'Competitor score estimates (low / most likely / high, out of {max})',
  ],
  noCompetitors: [
    '还没有竞争对手投标人：在“投标人”中添加或从投标项目同步。',
    'No competitor bidders yet: add them under "Bidders" or sync them from the bid.',
  ],
  bidder: ['投标人', 'Bidder'],
})

export const RESULTS = defineLabels({
  title: ['实时结果', 'Live results'],
  ourPrice: ['我方报价（试算）', 'Our price (trial)'],
  ourPriceFromBid: ['我方报价（取自投标报价）', 'Our price (from the bid quote)'],
  ourPriceFromBidHelp: [
    '在投标项目的“报价”中修改；试算请在“中标概率”中查看不同报价',
    "Change it in the bid's quote; try other prices under Win probability",
  ],
  invalidBids: ['无效投标（不参与排名）', 'Invalid bids (not ranked)'],
  rank: ['排名', 'Rank'],
  bidder: ['投标人', 'Bidder'],
  us: ['我方', 'Us'],
  sme: ['小微', 'SME'],
  price: ['报价', 'Price'],
  priceTitle: ['报价 {price}，评审价 {evaluated}', 'Price {price}, evaluated {evaluated}'],
  priceScore: ['价格分', 'Price pts'],
  total: ['总分', 'Total'],
  benchmark: ['评标基准价：{price}', 'Benchmark price: {price}'],
  leading: ['我方领先', 'We lead'],
  leadingOver: ['我方领先（第二名：{name} {points} 分）', 'We lead (runner-up: {name}, {points} pts)'],
  cutTo: ['报价降至 ', 'Cutting our price to '],
  cutOvertakes: ['（降 {pct}%）可超过 {name}', ' (down {pct}%) overtakes {name}'],
  impossible: [
    '单靠降价无法超过 {name}：需提高商务/技术得分',
    'A price cut alone cannot overtake {name}: raise the commercial/technical scores',
  ],
  noCompetitors: ['还没有填写报价的竞争对手', 'No competitor has a price yet'],
  sensitivity: [
    '敏感度：每降价 1%，我方总分 {points} 分，对领先者差距 {margin} 分',
    'Sensitivity: each 1% price cut changes our total by {points} pts and the gap to the leader by {margin} pts',
  ],
  cannotRank: ['暂时无法计算排名：请先修正下列错误', 'Cannot rank yet: fix the errors below first'],
  totalPoints: ['分值合计 {n}', 'Total points {n}'],
})

export const WINPROB = defineLabels({
  title: ['中标概率（蒙特卡洛模拟）', 'Win probability (Monte Carlo)'],
  trials: ['模拟次数', 'Trials'],
  trialsOption: ['{n} 次', '{n} trials'],
  seed: ['随机种子', 'Random seed'],
  seedHelp: ['同一种子结果可复现', 'The same seed gives the same results'],
  notScorable: [
    '先修正右侧“实时结果”中的错误（我方投标人、我方报价），再计算中标概率',
    'Fix the errors under "Live results" on the right (our bidder, our price) before computing the win probability',
  ],
  atPrice: ['当前报价中标概率', 'Win probability at current price'],
  recommended: ['推荐报价（期望利润最大）', 'Recommended price (highest expected profit)'],
  recommendedValue: [
    '{price}（中标概率 {p}，期望利润 {profit}）',
    '{price} (win probability {p}, expected profit {profit})',
  ],
  noBand: ['任何报价都无法排名第一', 'No price ranks first'],
  noneAboveFloor: [
    '{floor} 以上（不超过预算）没有能中标的报价',
    'No price at or above {floor} (within the budget) wins',
  ],
  needFloor: [
    '请先填写我方成本，或为关联的投标项目建立含“底线”的谈判方案：推荐报价按期望利润计算，需要知道利润从哪里算起。',
    'Enter our cost, or create a negotiation plan with a walk-away for the linked bid: the recommendation maximises expected profit, which needs a floor.',
  ],
  cost: ['我方成本（元）', 'Our cost (CNY)'],
  costHelp: [
    '推荐报价不低于成本与关联谈判方案的底线中较高者',
    'The recommendation never goes below the higher of this and the linked plan’s walk-away',
  ],
  floor: ['利润起算点', 'Profit floor'],
  floorCost: ['{v}（我方成本）', '{v} (our cost)'],
  floorWalkAway: ['{v}（关联谈判方案的底线）', '{v} (walk-away of the linked negotiation plan)'],
  ceiling: ['报价上限', 'Price ceiling'],
  ceilingValue: ['{v}（项目预算，超出即无效投标）', '{v} (the bid’s budget; above it a bid is invalid)'],
  noCeiling: ['未关联项目预算', 'No budget from a linked bid'],
  profitNote: [
    '推荐报价使期望利润 = 中标概率 × (报价 − 利润起算点) 最大：在模拟的报价网格上逐点计算，只在利润起算点与预算之间取值。中标概率最高的报价往往利润最少。',
    'The recommendation maximises expected profit = win probability × (price − profit floor), computed at every simulated price, only between the floor and the budget. The price most likely to win usually earns least.',
  ],
  seriesProfit: ['期望利润', 'Expected profit'],
  axisProfit: ['期望利润（元）', 'Expected profit (CNY)'],
  run: ['模拟', 'Simulation'],
  runValue: [
    '{trials} 次 × {points} 个报价，种子 {seed}，{ms} ms',
    '{trials} trials × {points} prices, seed {seed}, {ms} ms',
  ],
  axisPrice: ['我方报价', 'Our price'],
  series: ['中标概率', 'Win probability'],
  currentPrice: ['当前报价', 'Current price'],
  recommendedMark: ['推荐', 'Recommended'],
})

export const IMPORT = defineLabels({
  pastedSheet: ['粘贴', 'Pasted'],
  pasteFirst: ['请先粘贴从 Excel 复制的评分表', 'Paste the scoring table copied from Excel first'],
  newTitle: ['{title}（导入）', '{title} (imported)'],
  newTitleLabel: ['新评分矩阵名称', 'Name of the new matrix'],
  needTitle: ['请填写新评分矩阵的名称', 'Enter a name for the new matrix'],
  sameColumn: ['与其他用途选了同一列', 'Another role already reads this column'],
  title: ['导入评分标准', 'Import scoring criteria'],
  replace: [
    '替换当前评分项（同名项保留自评、证据与估分）',
    'Replace current items (items of the same name keep self-score, evidence and estimates)',
  ],
  append: ['追加到当前评分项', 'Append to current items'],
  asNew: ['另存为新评分矩阵', 'Save as a new scoring matrix'],
  cancel: ['取消', 'Cancel'],
  fixFirst: ['请先修正标红的评分项', 'Fix the items marked in red first'],
  save: ['保存 {n} 项', 'Save {n} items'],
  tabXlsx: ['Excel 文件', 'Excel file'],
  chooseXlsx: ['选择 .xlsx 文件', 'Choose .xlsx file'],
  xlsxHint: [
    '支持标题行、合并单元格、跨工作表的评分表',
    'Title rows, merged cells and tables spanning several sheets are supported',
  ],
  tabPaste: ['从剪贴板粘贴', 'Paste from clipboard'],
  pastePlaceholder: [
    '在 Excel 中选中评分表（含表头）复制，粘贴到这里',
    'Select the scoring table in Excel (with its header), copy it and paste it here',
  ],
  detect: ['识别', 'Detect'],
  tabManual: ['手工录入', 'Enter manually'],
  manualHelp: [
    '关闭本窗口后，在“评分项”表格中点击“添加评分项”逐项录入：类别、名称、分值、评分标准、客观/主观。分值合计、空名称和非法分值会即时提示。',
    'Close this window, then click "Add scoring item" in the "Scoring items" table to enter each item: category, name, points, criteria, objective/subjective. The points total, empty names and invalid points are flagged as you type.',
  ],
  goManual: ['去录入', 'Start entering'],
})

export const PREVIEW = defineLabels({
  sheet: ['工作表', 'Sheet'],
  headerRow: ['表头行', 'Header row'],
  roleColumn: ['{role}列', '{role} column'],
  column: ['{col} 列', 'Column {col}'],
  columnWithHeader: ['{col} 列：{header}', 'Column {col}: {header}'],
  notDetected: ['未识别', 'Not detected'],
  redetect: ['重新识别', 'Detect again'],
  continued: [
    '评分表在后续工作表中延续，已一并读取：{sheets}',
    'The scoring table continues on later sheets, read as well: {sheets}',
  ],
  continuedSheet: ['“{sheet}”（第 {row} 行表头）', '"{sheet}" (header in row {row})'],
  gridNote: [
    '工作表“{sheet}”前 {shown} 行（共 {total} 行）。点击行号可设为表头行。',
    'Sheet "{sheet}", first {shown} rows ({total} in all). Click a row number to make it the header row.',
  ],
  setHeaderRow: ['设为表头行', 'Set as header row'],
  items: ['评分项', 'Items'],
  itemCount: ['{n} 项', '{n} items'],
  total: ['分值合计', 'Total points'],
  statedTotal: ['（表中合计 {n}）', ' (table states {n})'],
  categories: ['类别', 'Categories'],
  priceRule: ['价格规则', 'Price rule'],
  priceWeight: ['，{n} 分', ', {n} pts'],
  notesTitle: ['识别时的提示', 'Notes from detection'],
  notesHint: [
    '（按文件原样；修改下表后以上方校验为准）',
    ' (as in the file; after edits below, the checks above apply)',
  ],
  category: ['类别', 'Category'],
  name: ['评分项', 'Item'],
  points: ['分值', 'Points'],
  kind: ['类型', 'Type'],
  criteria: ['评分标准', 'Criteria'],
  addRow: ['添加一行', 'Add row'],
  removeRow: ['删除此行', 'Remove this row'],
  rowProblem: ['第 {n} 项{name}：{msg}', 'Item #{n}{name}: {msg}'],
  quotedName: ['“{name}”', ' "{name}"'],
})
