import { z } from 'zod'
import type { TenderPreview } from '@shared/contract/tender'
import {
  ProposalFactsSchema,
  TenderProposalSchema,
  type FactField,
  type ProposalFacts,
  type TenderProposal,
} from '@shared/domain/tender/proposal'

/*
 * The wizard's review form: every proposed item with an accept flag and, where the user may edit, its value.
 * Pure, so what ends up in the bid is decided here and tested without a browser.
 */

/** The project facts in the order a 前附表 lists them. */
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
const F = ProposalFactsSchema.shape
const P = TenderProposalSchema.shape

/**
 * One reviewed item: accepted, its value must be what tender.importApply takes (the shared schema decides, and
 * its message lands at the item's own path); rejected, it is not sent and not checked.
 */
type Reviewed<V> = { accepted: boolean; value: V }

function reviewed<S extends z.ZodType>(schema: S): z.ZodType<Reviewed<z.output<S>>, Reviewed<z.output<S>>> {
  return z.object({ accepted: z.boolean(), value: z.custom<z.output<S>>() }).superRefine((v, ctx) => {
    if (!v.accepted) return
    const r = schema.safeParse(v.value)
    if (!r.success) for (const i of r.error.issues) ctx.addIssue({ ...i, path: ['value', ...i.path] })
  })
}

const FactsForm = z.object(
  Object.fromEntries(FACT_ORDER.map((f) => [f, reviewed(F[f]).optional()])) as {
    [K in FactField]: z.ZodOptional<z.ZodType<Reviewed<ProposalFacts[K]>, Reviewed<ProposalFacts[K]>>>
  },
)

const NEED_TITLE = '新建投标需要项目名称 / A new bid needs a project name'

/**
 * The wizard's review form: every proposed item with its accept flag and its (editable) value, checked by the
 * schema tender.importApply applies. A new bid needs its name; nothing is clamped or dropped silently.
 */
export function reviewSchema(isNew: boolean) {
  return z
    .object({
      facts: FactsForm,
      requirements: z.array(reviewed(P.requirements.element)),
      scoring: z.boolean(),
      veto: z.array(z.boolean()),
      forms: z.array(reviewed(P.forms.element)),
    })
    .superRefine((v, ctx) => {
      if (isNew && !v.facts.title?.accepted)
        ctx.addIssue({ code: 'custom', path: ['facts', 'title', 'value'], message: NEED_TITLE })
    })
}
export type ReviewValues = z.infer<ReturnType<typeof reviewSchema>>

/** Everything proposed, accepted; a new bid always has its name row, empty when the tender did not say it. */
export function initReview(p: TenderPreview, isNew: boolean): ReviewValues {
  const facts: ReviewValues['facts'] = {}
  const put = <K extends FactField>(f: K, value: ProposalFacts[K]) =>
    ((facts as Record<string, unknown>)[f] = { accepted: true, value })
  for (const f of FACT_ORDER) {
    const v = p.proposal.facts[f]
    if (v !== undefined) put(f, Array.isArray(v) ? [...v] : v)
  }
  if (isNew && !facts.title) put('title', '')
  return {
    facts,
    // Copies: editing the review never changes the preview it started from.
    requirements: p.proposal.requirements.map((r) => ({ accepted: true, value: { ...r } })),
    scoring: p.proposal.scoring !== null,
    veto: p.proposal.vetoClauses.map(() => true),
    forms: p.proposal.forms.map((f) => ({ accepted: true, value: { ...f } })),
  }
}

/** What the user accepted (the form has checked it), in the shape tender.importApply takes. */
export function acceptedProposal(p: TenderPreview, v: ReviewValues): TenderProposal {
  const facts: Partial<ProposalFacts> = {}
  for (const f of FACT_ORDER) {
    const r = v.facts[f]
    if (r?.accepted) (facts as Record<string, unknown>)[f] = r.value
  }
  const accepted = <T>(rows: { accepted: boolean; value: T }[]) =>
    rows.filter((r) => r.accepted).map((r) => r.value)
  return {
    facts,
    lots: p.proposal.lots,
    requirements: accepted(v.requirements),
    scoring: v.scoring ? p.proposal.scoring : null,
    forms: accepted(v.forms),
    vetoClauses: p.proposal.vetoClauses.filter((_, i) => v.veto[i]),
    clarifications: p.proposal.clarifications,
  }
}

/** How many of the form's messages are on each tab (by the first segment of their path). */
export function errorsPerTab(errors: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const path of Object.keys(errors)) {
    const tab = path.split('.')[0]
    out[tab] = (out[tab] ?? 0) + 1
  }
  return out
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
