/**
 * The phrase book a new negotiation plan starts with: lines written for this project in the five
 * categories of DOMAIN.md §8. The plan copies them, and the user edits the copy.
 */
import { PHRASE_CATEGORIES } from '@shared/schemas'

export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number]

export interface DefaultPhrase {
  category: PhraseCategory
  text: string
  /** When to use it, or (for face-threatening lines) why to avoid it. */
  note: string
  en: string
}

const P = (category: PhraseCategory, text: string, note: string, en: string): DefaultPhrase => ({
  category,
  text,
  note,
  en,
})

export const DEFAULT_PHRASES: readonly DefaultPhrase[] = [
  P(
    '弹性语言',
    '这个问题我们原则上可以考虑，具体还要回去和团队核实。',
    '不当场承诺，给自己留余地',
    'In principle we can consider it; I need to confirm the details with my team.',
  ),
  P(
    '弹性语言',
    '在目前的条件下，这已经是我们比较合理的方案了。',
    '“目前的条件”暗示条件变了价格才会变',
    'Under the current terms this is already a fair proposal from us.',
  ),
  P(
    '弹性语言',
    '如果贵方在付款方式上能有所调整，价格方面我们可以再研究。',
    '条件式让步：先要回报再让价',
    'If you can adjust the payment terms, we can look at the price again.',
  ),
  P(
    '弹性语言',
    '我们尽量争取在月底前给您答复。',
    '“尽量争取”不是承诺',
    'We will do our best to reply before the end of the month.',
  ),
  P(
    '弹性语言',
    '一般情况下，我们的质保期是一年。',
    '“一般情况下”为特殊条件留出空间',
    'As a rule our warranty period is one year.',
  ),
  P(
    '弹性语言',
    '这个数字不是完全不能谈，关键要看整体方案。',
    '把价格和整体方案绑定',
    'The figure is not set in stone; it depends on the overall package.',
  ),
  P(
    '威胁与诱导',
    '如果这周内能签约，我们可以优先安排交货。',
    '诱导：用时间换条件',
    'If we sign this week we can give your delivery priority.',
  ),
  P(
    '威胁与诱导',
    '这个价格只在本季度有效，下季度原材料价格会调整。',
    '时限压力，须属实',
    'This price holds for this quarter only; material prices change next quarter.',
  ),
  P(
    '威胁与诱导',
    '如果贵方坚持这个价格，我们只能相应调整服务范围。',
    '温和的威胁：价格与范围挂钩',
    'If you insist on this price we will have to adjust the scope of service accordingly.',
  ),
  P(
    '威胁与诱导',
    '订单量如果能增加到两千套，单价可以再优惠。',
    '诱导：用数量换价格',
    'If the order grows to two thousand sets, the unit price can come down.',
  ),
  P(
    '威胁与诱导',
    '如果今天谈不拢，我们也需要重新评估对这个项目的投入。',
    '威胁离场，慎用，只在有退路时说',
    'If we cannot agree today we will have to reassess our commitment to this project.',
  ),
  P(
    '威胁与诱导',
    '早一点确定方案，实施团队就能早一点进场。',
    '诱导：强调对方的收益',
    'The sooner the plan is fixed, the sooner our delivery team can start.',
  ),
  P(
    '面子',
    '这个问题可能是我们之前沟通得不够清楚。',
    '把责任揽到自己身上，给对方台阶',
    'Perhaps we did not explain this clearly enough before.',
  ),
  P(
    '面子',
    '您在这个行业经验丰富，这一点我们很想听听您的意见。',
    '给对方面子，同时获取信息',
    'You have a lot of experience in this industry; we would value your view on this.',
  ),
  P(
    '面子',
    '这个方案您回去向领导汇报也比较好交代。',
    '帮对方在内部有面子',
    'This proposal should also be easy for you to present to your management.',
  ),
  P(
    '面子',
    '我们理解贵方的难处，也希望贵方体谅一下我们的成本压力。',
    '相互给面子',
    'We understand your constraints and hope you can appreciate our cost pressure too.',
  ),
  P(
    '面子',
    '这个价格你们自己算过吗？',
    '避免：质疑对方的能力，让对方丢面子',
    'Have you even done the maths on this price? (avoid: it questions their competence)',
  ),
  P(
    '面子',
    '这次先按贵方的意见来，下次也请贵方支持一下我们。',
    '给面子并预约回报',
    'This time we follow your view; next time we count on your support.',
  ),
  P(
    '说服',
    '同行业的几家集团客户也采用了这个方案，运行一直很稳定。',
    '社会认同',
    'Several groups in your industry use this solution and it has run reliably.',
  ),
  P(
    '说服',
    '上次会上您提到最看重交付周期，这个方案正好能保证。',
    '承诺一致：引用对方说过的话',
    'Last time you said delivery time matters most; this proposal guarantees it.',
  ),
  P(
    '说服',
    '我们这次在培训上多给了两天，也希望贵方在付款节点上支持一下。',
    '互惠',
    'We added two days of training; we hope you can help us on the payment milestones.',
  ),
  P(
    '说服',
    '第三方检测报告显示，我们的故障率低于行业平均水平。',
    '权威与证据',
    'An independent test report shows our failure rate is below the industry average.',
  ),
  P(
    '说服',
    '这一批的产能已经预订了大半，现在确定还能排进来。',
    '稀缺，须属实',
    'Most of this batch’s capacity is booked; deciding now still gets you a slot.',
  ),
  P(
    '说服',
    '我们和贵方项目组合作得很愉快，很希望能继续一起把项目做好。',
    '好感',
    'We have enjoyed working with your project team and want to finish the job together.',
  ),
  P(
    '建立信任',
    '我们说到做到，这一条可以写进合同。',
    '把承诺落到纸面上',
    'We do what we say; this can go into the contract.',
  ),
  P(
    '建立信任',
    '这是我们的成本构成，您可以看看哪里还能优化。',
    '适度透明',
    'Here is our cost breakdown; see where you think it can be optimised.',
  ),
  P(
    '建立信任',
    '有问题我们先说在前面，免得执行时产生误会。',
    '主动暴露风险',
    'Let us raise the issues now so there are no misunderstandings during delivery.',
  ),
  P(
    '建立信任',
    '这个我现在答复不了，明天上午十点前给您准确答复。',
    '给出具体时间并兑现',
    'I cannot answer that now; you will have a precise answer by 10 a.m. tomorrow.',
  ),
  P(
    '建立信任',
    '我们以前的客户和联系人都可以提供给您核实。',
    '可验证的证据',
    'We can give you past customers and contacts to check with.',
  ),
  P(
    '建立信任',
    '即使这次没有合作成，我们也愿意为贵方提供技术建议。',
    '展示长期诚意',
    'Even if we do not work together this time, we are glad to give you technical advice.',
  ),
]

/** Schema-shaped phrase entries (stable ids ph-01…) for seeding a new plan. */
export function defaultPhraseEntries(): {
  id: string
  category: PhraseCategory
  text: string
  note: string
}[] {
  return DEFAULT_PHRASES.map((p, i) => ({
    id: `ph-${String(i + 1).padStart(2, '0')}`,
    category: p.category,
    text: p.text,
    note: p.note,
  }))
}
