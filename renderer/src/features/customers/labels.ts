import { defineLabels } from '@renderer/app/label-pairs'

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
