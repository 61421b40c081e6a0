import { defineLabels } from '@renderer/app/label-pairs'

// Stored enum values of a negotiation plan, shown through these pairs while the Chinese value is kept.

/** NegotiationStyleSchema: the five negotiator styles (Thomas–Kilmann names in English). */
export const STYLE = defineLabels({
  迁就型: ['迁就型', 'Accommodating'],
  妥协型: ['妥协型', 'Compromising'],
  规避型: ['规避型', 'Avoiding'],
  合作型: ['合作型', 'Collaborating'],
  竞争型: ['竞争型', 'Competing'],
})

/** The plan's stance; shares two Chinese words with STYLE but means the overall approach. */
export const STANCE = defineLabels({
  竞争型: ['竞争型', 'Competitive'],
  合作型: ['合作型', 'Cooperative'],
  双赢型: ['双赢型', 'Win-win'],
})

export const KIND = defineLabels({
  一般性: ['一般性', 'General'],
  专门性: ['专门性', 'Specialised'],
  外交性: ['外交性', 'Diplomatic'],
})

export const PHRASE_CATEGORY = defineLabels({
  弹性语言: ['弹性语言', 'Flexible wording'],
  威胁与诱导: ['威胁与诱导', 'Threats and inducements'],
  面子: ['面子', 'Face'],
  说服: ['说服', 'Persuasion'],
  建立信任: ['建立信任', 'Building trust'],
})

/** The one plan "pattern" that is not among the nine (their English names come from shared/). */
export const PATTERN_EXTRA = defineLabels({
  自定义: ['自定义', 'Custom'],
})

/** BUYER_ACTIONS codes. */
export const ACTION = defineLabels({
  accept: ['成交', 'Deal'],
  push: ['继续压价', 'Keeps pushing'],
  probe: ['摸底', 'Probes'],
  threaten: ['威胁离场', 'Threatens to walk'],
  walk: ['离场', 'Walks away'],
})

/** A rehearsal's status in its debrief. */
export const OUTCOME = defineLabels({
  open: ['未结束', 'Open'],
  deal: ['成交', 'Deal'],
  walked: ['买方离场', 'Buyer walked away'],
})

/** A rehearsal's status in the saved list, where the column is narrow. */
export const SESSION_STATUS = defineLabels({
  open: ['未结束', 'Open'],
  deal: ['成交', 'Deal'],
  walked: ['离场', 'Walked'],
})

export const CHART = defineLabels({
  opening: ['开价', 'Opening'],
  round: ['第{n}轮', 'R{n}'],
  walkAway: ['底线', 'Walk-away'],
  target: ['现实目标', 'Target'],
  priceAxis: ['报价（元）', 'Price (CNY)'],
  cumAxis: ['累计让步（元）', 'Cumulative concession (CNY)'],
  price: ['报价', 'Price'],
  cum: ['累计让步', 'Cumulative concession'],
  yuan: ['元', 'CNY'],
  ourPrice: ['我方报价', 'Our price'],
  buyerTarget: ['买方目标价', 'Buyer target'],
  buyerReservation: ['买方保留价', 'Buyer reservation'],
  counter: ['买方还价', 'Buyer counter-offer'],
  dealPrice: ['成交价', 'Deal price'],
  deals: ['成交次数', 'Deals'],
})

export const DETAIL = defineLabels({
  exportBrief: ['导出谈判简报（Word）', 'Export negotiation brief (Word)'],
  tabPlan: ['方案', 'Plan'],
  tabConcession: ['让步计划', 'Concession plan'],
  tabSimulator: ['模拟器', 'Simulator'],
  tabRehearsal: ['演练（{n}）', 'Rehearsal ({n})'],
  tabStyle: ['风格测试（{n}）', 'Style test ({n})'],
})

export const PLAN = defineLabels({
  bidLink: ['关联投标项目', 'Linked bid'],
  standalone: ['独立谈判（不关联项目）', 'Standalone negotiation (no bid)'],
  unnamed: ['（未命名）', '(unnamed)'],
  withPosition: ['{name}（{position}）', '{name} ({position})'],
  personGone: ['{id}（项目中已不存在）', '{id} (no longer in the bid)'],
  org: ['对方单位', 'Counterpart organisation'],
  bidGone: [
    '关联的投标项目已不存在（可能已删除），无法读取其决策链。',
    'The linked bid no longer exists (it may have been deleted); its decision chain cannot be read.',
  ],
  people: ['对方人员（来自项目决策链）', 'Counterpart people (from the bid decision chain)'],
  pickPeople: ['选择决策链中的人员', 'Choose people from the decision chain'],
  noPeople: ['该项目尚未登记决策链人员', 'This bid has no decision-chain people yet'],
  otherPeople: ['其他对方人员（自由填写姓名）', 'Other counterpart people (any name)'],
  typeName: ['输入姓名后回车', 'Type a name and press Enter'],
  kind: ['谈判类型', 'Negotiation type'],
  stance: ['谈判取向', 'Stance'],
  ourStyle: ['我方风格', 'Our style'],
  theirStyle: ['对方风格', 'Counterpart style'],
  pairing: [
    '风格搭配建议（我方{ours} × 对方{theirs}）',
    'Style pairing advice (ours: {ours} × theirs: {theirs})',
  ],
  title: ['名称', 'Name'],
  counterpart: ['谈判对象', 'Counterpart'],
  factors: ['准备因素', 'Preparation factors'],
  factorsHint: [
    '如：对方降本指标、签约期限、替换成本',
    'e.g. their cost-cutting targets, signing deadline, switching cost',
  ],
  goals: ['目标与底线', 'Goals and walk-away'],
  opening: ['开价', 'Opening price'],
  ideal: ['理想目标', 'Ideal target'],
  target: ['现实目标', 'Realistic target'],
  walkAway: ['底线', 'Walk-away'],
  cost: ['成本（可选）', 'Cost (optional)'],
  costHelp: [
    '模拟按“成交价 − 成本”计利润；不填则按底线计',
    'Simulations count margin over it; empty: over the walk-away',
  ],
  batna: ['退路（BATNA）', 'Fallback (BATNA)'],
  tradeables: ['可交换条件', 'Tradeables'],
  colTerm: [
    '条件（价格、付款、交付、质保、培训、服务水平…）',
    'Term (price, payment, delivery, warranty, training, service level…)',
  ],
  colOurCost: ['我方成本（元）', 'Our cost (CNY)'],
  colTheirValue: ['对方价值（元）', 'Value to them (CNY)'],
  colNote: ['说明', 'Notes'],
  strategies: ['分阶段策略与技巧', 'Strategies and techniques by phase'],
  openingStrategy: ['开局策略', 'Opening strategy'],
  middleStrategy: ['中期策略', 'Middle-game strategy'],
  closingStrategy: ['后期策略', 'Closing strategy'],
  openingTechnique: ['开场技巧', 'Opening techniques'],
  middleTechnique: ['中场技巧', 'Middle-game techniques'],
  closingTechnique: ['收场技巧', 'Closing techniques'],
  phrases: ['话术库', 'Phrase book'],
  risks: ['风险', 'Risks'],
  notes: ['备注', 'Notes'],
})

export const PHRASES = defineLabels({
  allLoaded: ['常用话术已全部在话术库中', 'All standard phrases are already in the phrase book'],
  loaded: ['已载入 {n} 条常用话术，可直接修改', 'Loaded {n} standard phrases; edit them as you like'],
  load: ['载入常用话术', 'Load standard phrases'],
  empty: [
    '话术库为空：点击“载入常用话术”，或逐条添加。',
    'The phrase book is empty: click "Load standard phrases", or add them one by one.',
  ],
  colCategory: ['类别', 'Category'],
  colText: ['话术', 'Phrase'],
  colNote: ['使用场合 / 注意', 'When to use / notes'],
})

export const CONCESSION = defineLabels({
  totalDefault: ['未填写：按 开价 − 现实目标 = {v} 计', 'Empty: opening price − realistic target = {v}'],
  customSteps: ['每轮让步（负数表示收回让步）', 'Concession per round (negative takes a concession back)'],
  stepAria: ['第{n}轮让步', 'Round {n} concession'],
  stepAddon: ['第{n}轮', 'Round {n}'],
  addRound: ['加一轮', 'Add a round'],
  removeRound: ['减一轮', 'Remove a round'],
  colPattern: ['模式', 'Pattern'],
  colSteps: ['各轮让步（总额 {total}，{rounds} 轮）', 'Steps per round (total {total}, {rounds} rounds)'],
  signal: ['信号', 'Signal'],
  pros: ['优点', 'Pros'],
  cons: ['缺点', 'Cons'],
  adopt: ['采用', 'Use'],
  pattern: ['让步模式', 'Concession pattern'],
  total: ['让步总额（元）', 'Concession total (CNY)'],
  rounds: ['轮次', 'Rounds'],
  noOpening: [
    '在“方案”页填写开价后，曲线显示每轮让步后的报价；现在显示累计让步。',
    'Once the opening price is filled in on the Plan tab, the curve shows the price after each round; for now it shows the cumulative concession.',
  ],
  planOk: [
    '方案检查通过：未跌破底线，让步形态没有明显的不良信号。',
    'Plan check passed: the walk-away holds and the concession shape sends no obvious bad signal.',
  ],
  colRound: ['轮次', 'Round'],
  roundN: ['第 {n} 轮', 'Round {n}'],
  colStep: ['本轮让步', 'Concession'],
  colCum: ['累计让步', 'Cumulative'],
  colPrice: ['让步后报价', 'Price after'],
  nineTitle: ['九种让步模式对照', 'The nine concession patterns side by side'],
})

export const BUYER = defineLabels({
  target: ['买方目标价（希望付）', 'Buyer target (hopes to pay)'],
  reservation: ['买方保留价（最多付）', 'Buyer reservation (most it pays)'],
  patience: ['耐心（轮）', 'Patience (rounds)'],
  style: ['买方风格', 'Buyer style'],
  trust: ['信任度（0–1）', 'Trust (0–1)'],
  rulesTitle: ['模拟买方怎样决定', 'How the simulated buyer decides'],
  current: [
    '当前买方：{style}，实际谈 {rounds} 轮后必须决定；接受线 = {target} + ({reservation} − {target}) × {share} × {trust} = {line} 元。',
    'Current buyer: {style}; it must decide after {rounds} rounds. Acceptance line = {target} + ({reservation} − {target}) × {share} × {trust} = {line} CNY.',
  ],
  colStyle: ['风格', 'Style'],
  colPatience: ['耐心增减（轮）', 'Patience change (rounds)'],
  colShare: ['风格系数（接受线）', 'Style factor (acceptance line)'],
  colRoom: ['对剩余空间的估计', 'Estimate of the room left'],
  colTrustLoss: ['收回让步时信任下降', 'Trust lost per take-back'],
  colWalk: ['卖方停滞即离场', 'Walks when the seller stalls'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
})

export const COMPARE = defineLabels({
  popTitle: ['买方群体（三角分布）', 'Buyer population (triangular)'],
  low: ['最低', 'Low'],
  likely: ['最可能', 'Most likely'],
  high: ['最高', 'High'],
  rangeTarget: ['目标价（元）', 'Target (CNY)'],
  rangeReservation: ['保留价（元）', 'Reservation (CNY)'],
  rangePatience: ['耐心（轮）', 'Patience (rounds)'],
  rangeTrust: ['信任度', 'Trust'],
  styleWeights: ['风格权重：', 'Style weights:'],
  trials: ['模拟次数（每种模式）', 'Trials (per pattern)'],
  seed: ['随机种子', 'Random seed'],
  run: ['对比九种模式', 'Compare the nine patterns'],
  reset: ['恢复默认群体', 'Reset the population'],
  summary: [
    '每种模式与同一批 {trials} 个模拟买方谈判（种子 {seed}），差异来自模式本身；用时 {ms} 毫秒。成交价统计只计成交的谈判。',
    'Every pattern negotiates with the same {trials} simulated buyers (seed {seed}), so the differences come from the pattern itself; took {ms} ms. Price statistics count deals only.',
  ],
  colPattern: ['模式', 'Pattern'],
  colSteps: ['各轮让步', 'Steps per round'],
  colDealProb: ['成交概率', 'Deal probability'],
  colMean: ['平均成交价', 'Mean deal price'],
  colRounds: ['平均成交轮次', 'Mean closing round'],
  colMargin: ['平均利润（{over}）', 'Mean margin (over {over})'],
  overCost: ['成交价 − 成本', 'cost'],
  overWalkAway: ['成交价 − 底线', 'walk-away'],
  colValue: ['期望值（每次谈判）', 'Expected value (per negotiation)'],
  colValueRevenue: ['期望收入（每次谈判）', 'Expected revenue (per negotiation)'],
  colLeaks: ['泄露的信息', 'What it gives away'],
  noLeak: ['不暴露底线', 'Gives nothing away'],
  valueNote: [
    '按期望值排序：期望值 = 成交概率 × 平均利润（谈崩计 0）。成交率最高的模式往往让得最多，利润最少。',
    'Sorted by expected value = deal probability × mean margin (a walk-away earns 0). The pattern that closes most often usually gives the most away.',
  ],
  valueNoteRevenue: [
    '未填成本或底线：按期望收入（成交概率 × 平均成交价）排序。填写底线或成本后可看利润。',
    'No cost or walk-away entered: sorted by expected revenue (deal probability × mean price). Enter one to see margins.',
  ],
  curves: ['各模式让步曲线', 'Price path of each pattern'],
  histogram: [
    '成交价分布（点击图例切换模式）',
    'Deal price distribution (click the legend to switch patterns)',
  ],
})

export const SIM = defineLabels({
  fixBuyer: ['请先修正买方参数', 'Fix the buyer parameters first'],
  thisPlan: ['本方案（{pattern}）', 'This plan ({pattern})'],
  pattern: ['让步模式', 'Concession pattern'],
  seed: ['随机种子（买方措辞）', 'Random seed (buyer wording)'],
  result: ['结果', 'Outcome'],
  deal: ['成交', 'Deal'],
  walked: ['买方离场', 'Buyer walked away'],
  finalPrice: ['成交价', 'Deal price'],
  rounds: ['轮次', 'Rounds'],
  seedUsed: ['随机种子', 'Seed'],
  colRound: ['轮', 'Rd'],
  colConcession: ['让步', 'Concession'],
  colPrice: ['报价', 'Price'],
  colBuyer: ['买方', 'Buyer'],
  colCounter: ['还价', 'Counter'],
  colTrust: ['信任', 'Trust'],
  colSays: ['买方说', 'Buyer says'],
  needOpening: [
    '请先在“方案”页填写开价，模拟器从开价开始让步。',
    'Fill in the opening price on the Plan tab first: the simulator concedes from it.',
  ],
  buyerTitle: ['模拟买方（模拟器与演练共用）', 'Simulated buyer (shared by the simulator and the rehearsal)'],
  resetBuyer: ['按方案恢复默认买方', 'Reset the buyer from the plan'],
  oneTitle: ['单次模拟：一种模式对一个买方', 'Single run: one pattern against one buyer'],
  compareTitle: [
    '九种模式对比（蒙特卡洛，总额 {total}，{rounds} 轮）',
    'The nine patterns compared (Monte Carlo, total {total}, {rounds} rounds)',
  ],
})

export const REHEARSAL = defineLabels({
  intro: [
    '开价 {price} 元。你是卖方，每轮输入让步金额（可附带一项可交换条件）。',
    'Opening price {price} CNY. You are the seller: enter a concession each round (optionally with one tradeable).',
  ],
  ourTurn: ['第 {n} 轮 · 我方', 'Round {n} · Us'],
  takeBack: ['收回 {amount}', 'Take back {amount}'],
  concede: ['让步 {amount}', 'Concede {amount}'],
  withTradeable: ['，附带「{name}」', ' with "{name}"'],
  atPrice: ['，报价 {price}', ', price {price}'],
  buyerTag: ['买方 · {action}', 'Buyer · {action}'],
  counter: ['（还价 {price}）', ' (counter-offer {price})'],
  needOpening: [
    '请先在“方案”页填写开价，演练从开价开始。',
    'Fill in the opening price on the Plan tab first: the rehearsal starts from it.',
  ],
  buyerSettings: [
    '模拟买方设置（{style}，练习时建议先不看底牌）',
    'Simulated buyer ({style}; better not to look at its limits while practising)',
  ],
  inProgress: ['演练中：{state}', 'Rehearsing: {state}'],
  roundN: ['第 {n} 轮', 'round {n}'],
  dealt: ['已成交', 'deal closed'],
  walked: ['买方已离场', 'buyer walked away'],
  title: ['演练', 'Rehearsal'],
  start: ['开始新演练', 'Start a new rehearsal'],
  planFirst: [
    '按计划（{pattern}）第一轮让 {amount}；你也可以完全按自己的判断出价。',
    'The plan ({pattern}) concedes {amount} in round one; you may also offer entirely on your own judgement.',
  ],
  roundConcession: ['第 {n} 轮让步', 'Round {n} concession'],
  withTerm: ['附带条件', 'With tradeable'],
  noTerm: ['（不附带）', '(none)'],
  offer: ['出价', 'Offer'],
  end: ['结束并复盘', 'End and debrief'],
  hint: [
    '计划本轮让 {planned}；已让 {given}，计划总额 {total}，剩余 {left}。负数表示收回让步。',
    'Planned for this round: {planned}; given so far {given} of a planned {total}, {left} left. A negative amount takes a concession back.',
  ],
  back: ['返回演练列表', 'Back to the rehearsals'],
  saved: ['已保存的演练（{n}）', 'Saved rehearsals ({n})'],
  colStarted: ['开始时间', 'Started'],
  colRounds: ['轮次', 'Rounds'],
  colResult: ['结果', 'Outcome'],
  colPrice: ['成交价', 'Deal price'],
  resume: ['继续', 'Resume'],
  debrief: ['复盘', 'Debrief'],
  delete: ['删除演练', 'Delete rehearsal'],
})

export const DEBRIEF = defineLabels({
  title: ['复盘', 'Debrief'],
  nearest: ['你的让步序列最接近：{pattern}', 'Your concessions look most like: {pattern}'],
  signal: ['传递的信号：{signal}', 'Signal sent: {signal}'],
  result: ['结果', 'Outcome'],
  finalPrice: ['成交价', 'Deal price'],
  actual: ['实际让步', 'Actual concessions'],
  actualValue: ['{steps}（合计 {given}，{rounds} 轮）', '{steps} (total {given}, {rounds} rounds)'],
  planned: ['计划（{pattern}）', 'Plan ({pattern})'],
  plannedValue: ['{steps}（合计 {total}）', '{steps} (total {total})'],
  vsTarget: ['与现实目标相比', 'Against the target'],
  vsWalkAway: ['与底线相比', 'Against the walk-away'],
  brokeAt: ['第 {n} 轮跌破底线', 'Broke the walk-away in round {n}'],
  tradeables: ['用到的可交换条件', 'Tradeables used'],
  none: ['无', 'None'],
  listSep: ['、', ', '],
  trustLost: ['信任损失', 'Trust lost'],
  advice: ['下次可以试试', 'Try next time'],
})

export const STYLE_TEST = defineLabels({
  needTheirs: [
    '在“方案”页填写对方风格后，这里给出搭配建议。',
    'Fill in the counterpart style on the Plan tab to get pairing advice here.',
  ],
  pairing: ['与对方（{style}）的搭配建议', 'Pairing advice against the counterpart ({style})'],
  profile: ['{person} 的风格画像', 'Style profile of {person}'],
  dominant: ['主导风格：', 'Dominant style:'],
  setOurs: ['设为我方风格', 'Set as our style'],
  setTheirs: ['设为对方风格', 'Set as counterpart style'],
  colStyle: ['风格', 'Style'],
  colScore: ['得分（0–100）', 'Score (0–100)'],
  needPerson: ['请填写被测人员姓名', 'Enter the name of the person taking the test'],
  saved: ['已保存测试结果', 'Test result saved'],
  title: [
    '谈判风格自测（{n} 题，按同意程度 1–5 作答）',
    'Negotiation style self-test ({n} statements, answer by agreement 1–5)',
  ],
  person: ['被测人员', 'Person tested'],
  personHint: ['姓名（我方或对方人员）', 'Name (our side or theirs)'],
  score: ['计算并保存', 'Score and save'],
  answered: ['已答 {n} / {total}', 'Answered {n} / {total}'],
  savedTitle: ['已保存的测试结果（{n}）', 'Saved results ({n})'],
  colPerson: ['人员', 'Person'],
  colDate: ['日期', 'Date'],
  colDominant: ['主导风格', 'Dominant style'],
  view: ['查看', 'View'],
  delete: ['删除结果', 'Delete result'],
  listSep: ['、', ', '],
})
