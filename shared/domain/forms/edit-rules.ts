/**
 * Rules across fields that a form checks before it saves: the edit is kept on screen with a message
 * at the field, and not saved until fixed — never clamped or swapped silently. They are not part of
 * the storage schemas on purpose: a document saved before a rule existed must still load.
 */
import type { DocKind, DocOf } from '../../schemas'

export interface EditIssue {
  /** Dotted path of the field the message belongs to, as the form's fields name themselves. */
  path: string
  zh: string
  en: string
}

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })

/** 开价 ≥ 现实目标 ≥ 底线 on the seller side; concession rounds 2–12 are the schema's. */
export function negotiationIssues(n: DocOf<'negotiations'>): EditIssue[] {
  const out: EditIssue[] = []
  const { target, walkAway, ideal } = n.goals
  const open = n.openingPrice
  if (open != null && target != null && target > open) {
    out.push({
      path: 'goals.target',
      zh: `现实目标 ${yuan(target)} 高于开价 ${yuan(open)}：卖方的目标不能高于开价`,
      en: `the realistic target ${yuan(target)} is above the opening price ${yuan(open)}`,
    })
  }
  if (target != null && walkAway != null && walkAway > target) {
    out.push({
      path: 'goals.walkAway',
      zh: `底线 ${yuan(walkAway)} 高于现实目标 ${yuan(target)}：应为 开价 ≥ 现实目标 ≥ 底线`,
      en: `the walk-away ${yuan(walkAway)} is above the realistic target ${yuan(target)}: opening ≥ target ≥ walk-away`,
    })
  } else if (target == null && open != null && walkAway != null && walkAway > open) {
    out.push({
      path: 'goals.walkAway',
      zh: `底线 ${yuan(walkAway)} 高于开价 ${yuan(open)}`,
      en: `the walk-away ${yuan(walkAway)} is above the opening price ${yuan(open)}`,
    })
  }
  if (ideal != null && target != null && ideal < target) {
    out.push({
      path: 'goals.ideal',
      zh: `理想目标 ${yuan(ideal)} 低于现实目标 ${yuan(target)}`,
      en: `the ideal target ${yuan(ideal)} is below the realistic target ${yuan(target)}`,
    })
  }
  const c = n.concession
  if (c.pattern !== '自定义' && (!Number.isInteger(c.rounds) || c.rounds < 2 || c.rounds > 12)) {
    out.push({
      path: 'concession.rounds',
      zh: `让步轮次须为 2–12 的整数（现为 ${c.rounds}）`,
      en: `rounds must be a whole number from 2 to 12 (now ${c.rounds})`,
    })
  }
  return out
}

/** 生效日期 ≤ 有效期至. */
export function materialIssues(m: DocOf<'materials'>): EditIssue[] {
  if (m.validFrom && m.validTo && m.validFrom > m.validTo) {
    return [
      {
        path: 'validTo',
        zh: `有效期至 ${m.validTo} 早于生效日期 ${m.validFrom}`,
        en: `valid to ${m.validTo} is before valid from ${m.validFrom}`,
      },
    ]
  }
  return []
}

/** The cross-field problems of an edit of any kind of document. */
export function editIssues<K extends DocKind>(kind: K, doc: DocOf<K>): EditIssue[] {
  if (kind === 'negotiations') return negotiationIssues(doc as DocOf<'negotiations'>)
  if (kind === 'materials') return materialIssues(doc as DocOf<'materials'>)
  return []
}
