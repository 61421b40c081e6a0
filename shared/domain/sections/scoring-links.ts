import type { Bid, Matrix, ScoringItem, Section } from '@shared/schemas'
import { writtenDoc } from './written'

/**
 * Which sections answer a 评分项: the ones the section names itself (`scoringItemIds`, picked in the sections tab),
 * the ones the matrix item's evidence names, and the sections of the requirements the item names. Deleted sections
 * answer nothing. The 评分索引表, the L08 check and the sections tab all read it from here.
 */
export function answeringSectionIds(
  bid: Pick<Bid, 'sections' | 'requirements'>,
  item: Pick<ScoringItem, 'id' | 'evidence'>,
): string[] {
  const live = new Set(bid.sections.map((s) => s.id))
  const reqSections = new Map(bid.requirements.map((r) => [r.id, r.evidence.sectionIds]))
  const ids = [
    ...bid.sections.filter((s) => s.scoringItemIds.includes(item.id)).map((s) => s.id),
    ...item.evidence.sectionIds,
    ...item.evidence.requirementIds.flatMap((r) => reqSections.get(r) ?? []),
  ]
  return [...new Set(ids)].filter((id) => live.has(id))
}

/** The requirements a section's text answers: its 响应招标要求 blocks, in the order they are written. */
export function answeredRequirementIds(section: Pick<Section, 'doc' | 'content'>): string[] {
  const doc = writtenDoc(section)
  if (!doc) return []
  const ids = doc.content.flatMap((b) => (b.type === 'requirementResponse' ? [b.attrs.requirementId] : []))
  return [...new Set(ids)]
}

export interface SectionAnswers {
  index: number
  sectionId: string
  title: string
  /** Indexes into bid.requirements of what its text answers (requirements deleted since are left out). */
  requirements: number[]
  /** Indexes into matrix.items of the 评分项 it answers. */
  items: number[]
}

export interface ScoringCoverage {
  /** Indexes into matrix.items of the scored, non-price 评分项 no section answers. */
  unanswered: number[]
  /** Scored non-price items in all. */
  scored: number
  sections: SectionAnswers[]
}

/** What the sections tab shows beside the sections: the 评分项 left unanswered, and what each section answers. */
export function scoringCoverage(
  bid: Pick<Bid, 'sections' | 'requirements'>,
  matrix: Pick<Matrix, 'items'> | null,
): ScoringCoverage {
  const items = matrix?.items ?? []
  const answering = items.map((it) => new Set(answeringSectionIds(bid, it)))
  const reqIndex = new Map(bid.requirements.map((r, i) => [r.id, i]))
  const counted = items
    .map((_it, i) => i)
    .filter((i) => items[i].maxPoints > 0 && items[i].category !== '价格')
  return {
    scored: counted.length,
    unanswered: counted.filter((i) => answering[i].size === 0),
    sections: bid.sections.map((s, index) => ({
      index,
      sectionId: s.id,
      title: s.title,
      requirements: answeredRequirementIds(s).flatMap((id) => reqIndex.get(id) ?? []),
      items: items.flatMap((_it, i) => (answering[i].has(s.id) ? [i] : [])),
    })),
  }
}
