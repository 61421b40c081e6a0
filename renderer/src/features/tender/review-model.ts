import type { TenderPreview } from '@shared/contract/tender'
import type { FactField, ProposalFacts, TenderProposal } from '@shared/domain/tender/proposal'

/**
 * The wizard's review state: every proposed item with an accept flag and, where the user may edit, its value.
 * Pure, so what ends up in the bid is decided here and tested without a browser.
 */
export const FACT_ORDER: FactField[] = [
  'title',
  'tenderNo',
  'buyerName',
  'agency',
  'budget',
  'priceCeiling',
  'submissionDeadline',
  'opening',
  'submitPlace',
  'openingPlace',
  'bondRequired',
  'bondForms',
  'bondDeadline',
  'validityDaysRequired',
  'originalRequired',
  'copiesRequired',
  'electronicRequired',
  'tenderForm',
  'evaluationMethod',
  'category',
]

type Req = TenderProposal['requirements'][number]

export interface ReviewState {
  facts: Partial<Record<FactField, { accepted: boolean; value: ProposalFacts[FactField] }>>
  requirements: { accepted: boolean; item: Req }[]
  scoring: boolean
  veto: boolean[]
  forms: { accepted: boolean; title: string; formKey: string | null }[]
}

export function initReview(p: TenderPreview): ReviewState {
  const facts: ReviewState['facts'] = {}
  for (const f of FACT_ORDER) {
    const v = p.proposal.facts[f]
    if (v !== undefined) facts[f] = { accepted: true, value: v }
  }
  return {
    facts,
    requirements: p.proposal.requirements.map((item) => ({ accepted: true, item })),
    scoring: p.proposal.scoring !== null,
    veto: p.proposal.vetoClauses.map(() => true),
    forms: p.proposal.forms.map((f) => ({ accepted: true, ...f })),
  }
}

/** What the user accepted, in the shape tender.importApply takes. */
export function acceptedProposal(p: TenderPreview, s: ReviewState): TenderProposal {
  const facts: Partial<ProposalFacts> = {}
  for (const [k, v] of Object.entries(s.facts) as [FactField, { accepted: boolean; value: unknown }][]) {
    if (v.accepted)
      (facts as Record<string, unknown>)[k] = typeof v.value === 'string' ? v.value.trim() : v.value
  }
  return {
    facts,
    lots: p.proposal.lots,
    requirements: s.requirements
      .filter((r) => r.accepted && r.item.text.trim() !== '')
      .map((r) => ({ ...r.item, text: r.item.text.trim() })),
    scoring: s.scoring ? p.proposal.scoring : null,
    forms: s.forms
      .filter((f) => f.accepted && f.title.trim() !== '')
      .map((f) => ({ title: f.title.trim(), formKey: f.formKey })),
    vetoClauses: p.proposal.vetoClauses.filter((_, i) => s.veto[i]),
    clarifications: p.proposal.clarifications,
  }
}

/** The source excerpt key of the n-th requirement of the proposal (same order as the import's). */
export const requirementSource = (i: number) => `requirements[${i}]`

/** How the re-import diff marks a requirement: new, changed (with the old text), or unchanged. */
export function requirementDiff(
  p: TenderPreview,
  r: Req,
): { status: 'new' | 'changed' | null; was?: string } {
  if (!p.diff) return { status: null }
  const changed = p.diff.requirements.changed.find((c) => c.no === r.no && c.after === r.text)
  if (changed) return { status: 'changed', was: changed.before }
  return p.diff.requirements.added.some((a) => a.no === r.no && a.text === r.text)
    ? { status: 'new' }
    : { status: null }
}
