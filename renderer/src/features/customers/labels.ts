import type { Lang } from '@shared/i18n'
import { defineLabels, enumLabel } from '@renderer/app/label-pairs'
import { BUYER_TYPE } from '@renderer/features/bids/labels'

/** The decision-chain tab of a bid (DecisionChainTab). */
export const CHAIN = defineLabels({
  customer: ['客户', 'Customer'],
  chooseCustomer: ['选择客户档案', 'Choose a customer'],
  newCustomer: ['按采购人新建客户', 'New customer from the buyer'],
  openCustomer: ['打开客户档案', 'Open customer record'],
  legacy: [
    '本项目的决策链是在客户档案之前录入的，尚未迁入客户档案（{n} 人）。',
    "This bid's decision chain predates the customer archive and is not in it yet ({n} people).",
  ],
  legacyMove: ['迁入客户档案', 'Move into the customer archive'],
  moved: ['已迁入客户“{name}”', 'Moved into customer "{name}"'],
  addPerson: ['从客户档案添加人员', 'Add a person from the customer record'],
  noCustomer: [
    '先选择或新建客户，决策链引用客户档案中的人员',
    'Choose or create the customer first: the chain references its people',
  ],
  name: ['姓名', 'Name'],
  position: ['职务', 'Position'],
  role: ['本项目角色', 'Role in this bid'],
  customerRole: ['（同客户档案：{role}）', '(as in the record: {role})'],
  level: ['关系', 'Relationship'],
  target: ['目标', 'Target'],
  valuePoints: ['价值点', 'Value points'],
  note: ['本项目备注', 'Note for this bid'],
  source: ['来源', 'Source'],
  fromLegacy: ['待迁入', 'not yet moved'],
  missing: ['客户档案中已无此人', 'no longer in the customer record'],
  left: ['已离开', 'left'],
  remove: ['移出决策链', 'Remove from the chain'],
})

// Stored enum values (keys) and how each is shown; the stored value itself never changes.
export const CUSTOMER_ROLE = defineLabels({
  KDM: ['KDM 关键决策者', 'KDM key decision maker'],
  KI: ['KI 关键影响者', 'KI key influencer'],
  KU: ['KU 关键使用者', 'KU key user'],
  教练: ['教练', 'Coach'],
  内线: ['内线', 'Insider'],
})

/** Activity kinds as stored (the course's four strategies among them) and how each is shown. */
export const ACTIVITY_KIND = defineLabels({
  拜访: ['拜访', 'Visit'],
  痛点方案: ['痛点方案', 'Pain-point solution'],
  高层互访: ['高层互访', 'Executive visit'],
  参观总部: ['参观总部', 'HQ visit'],
  参观样板客户: ['参观样板客户', 'Reference-customer visit'],
  技术交流: ['技术交流', 'Technical exchange'],
  其他: ['其他', 'Other'],
})

/** The course's five relationship levels: what each means and how the course moves a person up a level. */
export const CR_LEVEL = defineLabels({
  CR1: [
    'CR1 铁杆支持者：维护关系，请其参与方案、引荐其他决策人，发展为内线或教练',
    'CR1 staunch supporter: keep them close, involve them in the solution, ask for introductions; grow an insider or coach',
  ],
  CR2: [
    'CR2 友善者：满足其个人关注的价值点，安排高层互访或参观总部，使其成为铁杆支持者',
    'CR2 friendly: meet their personal value points, arrange executive visits or an HQ visit, to make them a staunch supporter',
  ],
  CR3: [
    'CR3 中立者：针对其痛点给出方案，技术交流、参观样板客户，使其成为友善者或铁杆支持者',
    'CR3 neutral: answer their pain points with a solution, technical exchange, reference-customer visit; make them friendly or a supporter',
  ],
  CR4: [
    'CR4 对手铁杆支持者：不正面对抗，先消除顾虑、找到其对对手的不满，争取转为中立者或友善者',
    "CR4 competitor's supporter: do not confront; remove their doubts, find what they dislike about the competitor; turn them neutral or friendly",
  ],
  CR5: [
    'CR5 我方死敌：防范为主，掌握其动向，通过 KDM 或其上级降低其影响',
    'CR5 our enemy: guard against them, know what they do, limit their influence through the KDM or their superior',
  ],
})

/** The course's four strategies as actions on the bid's customer tab, and the level moves. */
export const STRATEGY = defineLabels({
  title: ['四大策略', 'The four strategies'],
  help: [
    '课程的四大策略：针对痛点给出方案、高层互信、参观总部、参观样板客户。计入本项目及客户整体的活动。',
    "The course's four strategies: a solution for their pain points, executive trust, an HQ visit, a reference-customer visit. Activities of this bid and of the customer as a whole count.",
  ],
  痛点方案: ['痛点方案', 'Pain-point solution'],
  高层互访: ['高层互信（高层互访）', 'Executive trust (executive visits)'],
  参观总部: ['参观总部', 'HQ visit'],
  参观样板客户: ['参观样板客户', 'Reference-customer visit'],
  todo: ['未开始', 'Not started'],
  planned: ['已安排', 'Arranged'],
  done: ['已完成 {date}', 'Done {date}'],
  plan: ['安排', 'Arrange'],
  complete: ['标记完成', 'Mark done'],
  levelUp: ['升一级', 'Up a level'],
  levelUpHelp: [
    '按课程的推进动作把此人提升一级（记入关系等级记录）',
    "Move this person up a level by the course's move (kept in the relationship history)",
  ],
  top: ['已是铁杆支持者', 'Already a staunch supporter'],
})

export const CR_NAME = defineLabels({
  CR1: ['CR1 铁杆支持者', 'CR1 Staunch supporter'],
  CR2: ['CR2 友善者', 'CR2 Friendly'],
  CR3: ['CR3 中立者', 'CR3 Neutral'],
  CR4: ['CR4 对手铁杆支持者', "CR4 Competitor's supporter"],
  CR5: ['CR5 我方死敌', 'CR5 Our enemy'],
})

/**
 * Industries as buyers in Chinese public procurement are usually filed (行业 of a customer record): the record keeps
 * the Chinese text, English mode shows the English name; an industry the user typed that is not here shows as typed.
 */
export const INDUSTRY = defineLabels({
  政务: ['政务', 'Government services'],
  医疗卫生: ['医疗卫生', 'Healthcare'],
  医疗: ['医疗', 'Healthcare'],
  卫生健康: ['卫生健康', 'Health'],
  医药制造: ['医药制造', 'Pharmaceutical manufacturing'],
  教育: ['教育', 'Education'],
  高校: ['高校', 'Higher education'],
  科研: ['科研', 'Research'],
  能源: ['能源', 'Energy'],
  电力: ['电力', 'Electric power'],
  石油化工: ['石油化工', 'Petrochemicals'],
  交通: ['交通', 'Transport'],
  轨道交通: ['轨道交通', 'Rail transit'],
  水利: ['水利', 'Water resources'],
  环保: ['环保', 'Environmental protection'],
  公安: ['公安', 'Public security'],
  司法: ['司法', 'Justice'],
  应急管理: ['应急管理', 'Emergency management'],
  金融: ['金融', 'Finance'],
  银行: ['银行', 'Banking'],
  保险: ['保险', 'Insurance'],
  通信: ['通信', 'Telecommunications'],
  广电: ['广电', 'Broadcasting'],
  制造业: ['制造业', 'Manufacturing'],
  建筑: ['建筑', 'Construction'],
  市政: ['市政', 'Municipal services'],
  农业: ['农业', 'Agriculture'],
  烟草: ['烟草', 'Tobacco'],
  军工: ['军工', 'Defence industry'],
  文化旅游: ['文化旅游', 'Culture and tourism'],
  物流: ['物流', 'Logistics'],
  零售: ['零售', 'Retail'],
  信息技术: ['信息技术', 'Information technology'],
})

/** Stored outcomes of the visits log, as each language shows them. */
export const ACTIVITY_OUTCOME = defineLabels({
  推进: ['推进', 'Advanced'],
  维持: ['维持', 'Held'],
  受阻: ['受阻', 'Blocked'],
})

/** The shipped tiering criteria (DEFAULT_TIER_CRITERIA), shown in English while the user keeps their wording. */
export const TIER_CRITERION = defineLabels({
  volume: ['年采购规模', 'Annual purchasing volume'],
  margin: ['利润贡献', 'Profit contribution'],
  reference: ['样板与品牌价值', 'Reference and brand value'],
  growth: ['预算增长', 'Budget growth'],
  share: ['我方份额提升空间', 'Room to grow our share'],
  projects: ['新项目规划', 'New projects planned'],
})

/** A criterion the user renamed is their data and shown as written; a shipped one follows the language. */
export function criterionName(c: { key: string; label: string }, lang: Lang): string {
  const pair = (TIER_CRITERION as Record<string, readonly [string, string]>)[c.key]
  return pair && pair[0] === c.label ? pair[lang === 'en' ? 1 : 0] : c.label
}

/**
 * The list's line under a customer (性质 · 行业 · 地区, as the workspace index writes it) in the UI language: the
 * stored 性质 and the known industries by their label, anything typed (地区, another industry) as written.
 */
export function customerSubtitle(subtitle: string, lang: Lang): string {
  return subtitle
    .split(' · ')
    .map((part) => enumLabel(INDUSTRY, enumLabel(BUYER_TYPE, part, lang), lang))
    .join(' · ')
}
