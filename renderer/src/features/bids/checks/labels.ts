import { defineLabels } from '@renderer/app/label-pairs'

export const L = defineLabels({
  title: ['检查结果', 'Check results'],
  export: ['导出', 'Export'],
  print: ['打印', 'Print'],
  all: ['全部', 'All'],
  only: ['仅{severity}', 'Only {severity}'],
  filterPlaceholder: ['规则号或关键字', 'Rule ID or keyword'],
  acknowledgedCount: ['已确认 {n}', 'Acknowledged {n}'],
  noFindings: ['没有发现问题', 'No issues found'],
  allPhases: ['全部阶段', 'All phases'],
  phaseHint: [
    '编制：导出前修改（否决风险会阻止导出）；封装：打印后盖章、签字、密封、递交',
    'Preparation: fix before export (rejection risks stop it); Sealing & delivery: seal, sign, pack and deliver the printed copies',
  ],
  printedIn: ['印于：{forms}', 'Printed in: {forms}'],
  acknowledged: ['已确认', 'Acknowledged'],
  basis: ['（依据：{basis}）', ' (basis: {basis})'],
  ackReason: ['确认理由：', 'Reason: '],
  unack: ['撤销确认', 'Undo acknowledgement'],
  ack: ['确认（附理由）', 'Acknowledge (with reason)'],
  unsavedWarning: [
    '当前有未通过校验的修改，导出的是最近一次保存的内容',
    'Some edits do not pass validation; the last saved version is exported',
  ],
  ackTitle: ['确认 {rule}', 'Acknowledge {rule}'],
  ackOk: ['确认', 'Acknowledge'],
  ackCancel: ['取消', 'Cancel'],
  ackReasonPlaceholder: [
    '理由（必填），例如：已与采购人澄清，此项不适用',
    'Reason (required), e.g. clarified with the buyer, does not apply',
  ],
  ackByPlaceholder: ['确认人（可选）', 'Acknowledged by (optional)'],
})

/** Check families and severities as the engine stores them (shared/domain/checks), shown per language. */
export const FAMILY = defineLabels({
  不漏: ['不漏', 'Nothing missing'],
  不粗: ['不粗', 'Nothing rough'],
  不错: ['不错', 'Nothing wrong'],
})

export const SEVERITY = defineLabels({
  否决风险: ['否决风险', 'Rejection risk'],
  失分风险: ['失分风险', 'Score-loss risk'],
  提示: ['提示', 'Note'],
})

/** Check phases: 编制 (fix before export; the gate stops on its 否决风险) and 封装 (on the printed copies). */
export const PHASE = defineLabels({
  编制: ['编制', 'Preparation'],
  封装: ['封装', 'Sealing & delivery'],
})
