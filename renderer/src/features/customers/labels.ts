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
