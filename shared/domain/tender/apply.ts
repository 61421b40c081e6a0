import { LotSchema, RequirementSchema, SectionSchema, type Bid } from '@shared/schemas'
import { squash } from './document'
import { formTraits } from './form-match'
import type { FactField, ProposalFacts, TenderProposal } from './proposal'

/**
 * Writing an accepted proposal into a bid (new or existing), and the difference a re-import would make. Pure: the
 * use case (electron/services/tender) saves the result and creates the scoring matrix.
 *
 * A re-import never throws away work: requirements keep their responses (a requirement whose text changed goes
 * back to 未处理 so it is answered again), sections keep their content, nothing the tender no longer lists is
 * deleted — the diff shows it instead.
 */
const VETO_PREFIX = '无效投标：'

/** The bid has no place fields: a place is one "开标地点：…" line of the notes, kept first. */
function noteLine(prefix: string): [Getter, (b: Bid, v: never) => void] {
  return [
    (b) =>
      b.notes
        .split('\n')
        .find((l) => l.startsWith(prefix))
        ?.slice(prefix.length) ?? '',
    (b, v: string) => {
      const rest = b.notes.split('\n').filter((l) => !l.startsWith(prefix) && l !== '')
      b.notes = [`${prefix}${v}`, ...rest].join('\n')
    },
  ]
}

type Getter = (b: Bid) => unknown
const FIELD: Record<FactField, [Getter, (b: Bid, v: never) => void]> = {
  title: [(b) => b.title, (b, v) => (b.title = v)],
  tenderNo: [(b) => b.tenderNo, (b, v) => (b.tenderNo = v)],
  buyerName: [(b) => b.buyer.name, (b, v) => (b.buyer.name = v)],
  agency: [(b) => b.agency, (b, v) => (b.agency = v)],
  budget: [(b) => b.budget, (b, v) => (b.budget = v)],
  priceCeiling: [(b) => b.priceCeiling, (b, v) => (b.priceCeiling = v)],
  submissionDeadline: [(b) => b.dates.submissionDeadline, (b, v) => (b.dates.submissionDeadline = v)],
  opening: [(b) => b.dates.opening, (b, v) => (b.dates.opening = v)],
  openingPlace: noteLine('开标地点：'),
  submitPlace: noteLine('递交地点：'),
  bondRequired: [(b) => b.bond.required, (b, v) => (b.bond.required = v)],
  bondForms: [(b) => b.bond.allowedForms, (b, v) => (b.bond.allowedForms = v)],
  bondDeadline: [(b) => b.bond.deadline, (b, v) => (b.bond.deadline = v)],
  validityDaysRequired: [(b) => b.validityDaysRequired, (b, v) => (b.validityDaysRequired = v)],
  originalRequired: [(b) => b.copies.originalRequired, (b, v) => (b.copies.originalRequired = v)],
  copiesRequired: [(b) => b.copies.copiesRequired, (b, v) => (b.copies.copiesRequired = v)],
  electronicRequired: [(b) => b.copies.electronicRequired, (b, v) => (b.copies.electronicRequired = v)],
  tenderForm: [(b) => b.tenderForm, (b, v) => (b.tenderForm = v)],
  evaluationMethod: [(b) => b.evaluationMethod, (b, v) => (b.evaluationMethod = v)],
  category: [(b) => b.category, (b, v) => (b.category = v)],
}

export function currentFact(bid: Bid, field: FactField): unknown {
  return FIELD[field][0](bid)
}

const reqKey = (no: string, text: string) => `${squash(no)}|${squash(text)}`

export function applyProposal(bid: Bid, p: TenderProposal, newId: (prefix: string) => string): Bid {
  const b: Bid = structuredClone(bid)
  for (const [k, v] of Object.entries(p.facts) as [FactField, ProposalFacts[FactField]][]) {
    if (v !== undefined) FIELD[k][1](b, v as never)
  }
  for (const lot of p.lots) {
    const at = b.lots.find((l) => squash(l.no) === squash(lot.no))
    if (at) Object.assign(at, { name: lot.name, budget: lot.budget })
    else b.lots.push(LotSchema.parse({ id: newId('l'), no: lot.no, name: lot.name, budget: lot.budget }))
  }
  const byKey = new Map(b.requirements.map((r) => [reqKey(r.no, r.text), r]))
  for (const r of p.requirements) {
    const same = byKey.get(reqKey(r.no, r.text))
    const source = { chapter: r.chapter, page: r.page }
    if (same) {
      Object.assign(same, { star: r.star, scored: r.scored || same.scored, kind: r.kind, source })
      continue
    }
    const renumbered = r.no
      ? b.requirements.find((q) => q.no !== '' && squash(q.no) === squash(r.no) && q.kind === r.kind)
      : undefined
    if (
      renumbered &&
      !p.requirements.some((x) => reqKey(x.no, x.text) === reqKey(renumbered.no, renumbered.text))
    ) {
      // Same clause, new wording (an amendment): answer it again.
      Object.assign(renumbered, { text: r.text, star: r.star, scored: r.scored, source, status: '未处理' })
      continue
    }
    b.requirements.push(
      RequirementSchema.parse({
        id: newId('r'),
        no: r.no,
        source,
        kind: r.kind,
        star: r.star,
        scored: r.scored,
        text: r.text,
      }),
    )
  }
  for (const f of p.forms) {
    if (b.sections.some((s) => squash(s.title) === squash(f.title))) continue
    const t = formTraits(f.title)
    b.sections.push(
      SectionSchema.parse({
        id: newId('s'),
        title: f.title,
        kind: t.kind,
        formKey: f.formKey,
        needsSeal: t.needsSeal,
        needsSignature: t.needsSignature,
      }),
    )
  }
  if (p.forms.length > 0) b.mandatedOrder = p.forms.map((f) => f.title)
  for (const v of p.vetoClauses) {
    const label = `${VETO_PREFIX}${v}`
    if (!b.manualChecklist.some((c) => c.label === label))
      b.manualChecklist.push({ id: newId('c'), label, done: false, by: '' })
  }
  for (const c of p.clarifications) {
    if (b.clarifications.some((x) => x.no === c.no)) continue
    b.clarifications.push({
      id: newId('q'),
      no: c.no,
      date: null,
      summary: c.summary,
      affects: c.affects,
      recorded: true,
      acknowledged: false,
    })
  }
  return b
}

export interface BidDiff {
  facts: { field: FactField; current: unknown; proposed: unknown }[]
  requirements: {
    added: { no: string; text: string }[]
    changed: { no: string; before: string; after: string }[]
    /** In the bid, not in this import: kept, shown so the user can remove them by hand. */
    missing: { no: string; text: string }[]
  }
  formsAdded: string[]
  lotsAdded: string[]
  clarificationsAdded: string[]
  vetoAdded: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** What applying the proposal would change in the bid. */
export function diffProposal(bid: Bid, p: TenderProposal): BidDiff {
  const facts = (Object.entries(p.facts) as [FactField, unknown][])
    .filter(([k, v]) => v !== undefined && !same(currentFact(bid, k), v))
    .map(([field, proposed]) => ({ field, current: currentFact(bid, field), proposed }))
  const keys = new Set(bid.requirements.map((r) => reqKey(r.no, r.text)))
  const proposedKeys = new Set(p.requirements.map((r) => reqKey(r.no, r.text)))
  const added: BidDiff['requirements']['added'] = []
  const changed: BidDiff['requirements']['changed'] = []
  for (const r of p.requirements) {
    if (keys.has(reqKey(r.no, r.text))) continue
    const old = r.no
      ? bid.requirements.find(
          (q) =>
            squash(q.no) === squash(r.no) && q.kind === r.kind && !proposedKeys.has(reqKey(q.no, q.text)),
        )
      : undefined
    if (old) changed.push({ no: r.no, before: old.text, after: r.text })
    else added.push({ no: r.no, text: r.text })
  }
  const changedNos = new Set(changed.map((c) => squash(c.no)))
  const missing = bid.requirements
    .filter((q) => !proposedKeys.has(reqKey(q.no, q.text)) && !changedNos.has(squash(q.no)))
    .map((q) => ({ no: q.no, text: q.text }))
  return {
    facts,
    requirements: { added, changed, missing },
    formsAdded: p.forms
      .filter((f) => !bid.sections.some((s) => squash(s.title) === squash(f.title)))
      .map((f) => f.title),
    lotsAdded: p.lots.filter((l) => !bid.lots.some((x) => squash(x.no) === squash(l.no))).map((l) => l.no),
    clarificationsAdded: p.clarifications
      .filter((c) => !bid.clarifications.some((x) => x.no === c.no))
      .map((c) => c.no),
    vetoAdded: p.vetoClauses.filter((v) => !bid.manualChecklist.some((c) => c.label === `${VETO_PREFIX}${v}`))
      .length,
  }
}
