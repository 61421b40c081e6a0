import { z } from 'zod'
import {
  BondFormSchema,
  DateTimeSchema,
  DocMetaShape,
  EvaluationMethodSchema,
  MoneySchema,
  PartKindSchema,
  PriceRuleSchema,
  ProcurementCategorySchema,
  ScoreCategorySchema,
  TenderFormSchema,
} from '@shared/schemas'
import { standardFormFor } from './form-match'
import type { TenderImport } from './extract'

/**
 * What an import proposes to write into a bid, in the bid's own terms: the wizard shows every item beside its
 * excerpt; what the user accepts (and edits) comes back in the same shape and is applied by applyProposal.
 */
const Str = z.string().trim().max(2_000)
const Count = z.number().int().min(0).max(1_000)

export const ProposalFactsSchema = z.strictObject({
  /** The bid's title, by the bid's own rule (an empty one is said as 请填写名称). */
  title: DocMetaShape.title,
  tenderNo: Str,
  buyerName: Str,
  agency: Str,
  budget: MoneySchema.nullable(),
  priceCeiling: MoneySchema.nullable(),
  submissionDeadline: DateTimeSchema.nullable(),
  opening: DateTimeSchema.nullable(),
  openingPlace: Str,
  submitPlace: Str,
  bondRequired: MoneySchema.nullable(),
  bondForms: z.array(BondFormSchema).max(3),
  bondDeadline: DateTimeSchema.nullable(),
  validityDaysRequired: Count.nullable(),
  originalRequired: Count,
  copiesRequired: Count,
  electronicRequired: z.boolean(),
  tenderForm: TenderFormSchema,
  evaluationMethod: EvaluationMethodSchema,
  category: ProcurementCategorySchema,
})
export type ProposalFacts = z.infer<typeof ProposalFactsSchema>
export type FactField = keyof ProposalFacts

export const TenderProposalSchema = z.strictObject({
  /** Accepted facts only: a fact the user rejected is left out and the bid keeps its value. */
  facts: ProposalFactsSchema.partial(),
  lots: z.array(z.strictObject({ no: Str, name: Str, budget: MoneySchema.nullable() })).max(500),
  requirements: z
    .array(
      z.strictObject({
        no: Str,
        text: z.string().trim().min(1).max(20_000),
        /** ★: substantive. */
        star: z.boolean(),
        /** ▲: an important (scored) item. */
        scored: z.boolean(),
        kind: PartKindSchema,
        chapter: Str,
        page: Str,
      }),
    )
    .max(20_000),
  scoring: z
    .strictObject({
      items: z
        .array(
          z.strictObject({
            category: ScoreCategorySchema,
            name: Str,
            maxPoints: z.number().min(0).max(1000),
            criteria: z.string().max(20_000),
            kind: z.enum(['objective', 'subjective']),
          }),
        )
        .min(1)
        .max(2_000),
      priceRule: PriceRuleSchema.partial(),
    })
    .nullable(),
  forms: z
    .array(
      z.strictObject({ title: z.string().trim().min(1).max(500), formKey: z.string().max(100).nullable() }),
    )
    .max(500),
  vetoClauses: z.array(z.string().trim().min(1).max(2_000)).max(500),
  clarifications: z
    .array(z.strictObject({ no: Str, summary: z.string().max(20_000), affects: Str }))
    .max(500),
})
export type TenderProposal = z.infer<typeof TenderProposalSchema>

/** Where each proposed fact came from in the import (its key in `sources`). */
export const FACT_SOURCE: Record<FactField, string> = {
  title: 'project.name',
  tenderNo: 'project.number',
  buyerName: 'project.buyer',
  agency: 'project.agency',
  budget: 'project.budget',
  priceCeiling: 'project.ceiling',
  submissionDeadline: 'project.deadline',
  opening: 'project.opening',
  openingPlace: 'project.openingPlace',
  submitPlace: 'project.submitPlace',
  bondRequired: 'project.bond.amount',
  bondForms: 'project.bond.form',
  bondDeadline: 'project.bond.deadline',
  validityDaysRequired: 'project.validityDays',
  originalRequired: 'project.copies.original',
  copiesRequired: 'project.copies.duplicates',
  electronicRequired: 'project.copies.original',
  tenderForm: 'project.method',
  evaluationMethod: 'project.evaluation',
  category: 'project.name',
}

function factsOf(imp: TenderImport): Partial<ProposalFacts> {
  const p = imp.project
  const f: Partial<ProposalFacts> = {}
  const put = <K extends FactField>(k: K, v: ProposalFacts[K] | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') f[k] = v
  }
  put('title', p.name)
  put('tenderNo', p.number)
  put('buyerName', p.buyer)
  put('agency', p.agency)
  put('budget', p.budget)
  put('priceCeiling', p.ceiling)
  put('submissionDeadline', p.deadline)
  put('opening', p.opening)
  put('openingPlace', p.openingPlace)
  put('submitPlace', p.submitPlace)
  put('bondRequired', p.bond.amount)
  if (p.bond.form.length)
    put(
      'bondForms',
      p.bond.form.filter((x) => BondFormSchema.safeParse(x).success) as ProposalFacts['bondForms'],
    )
  put('bondDeadline', p.bond.deadline)
  put('validityDaysRequired', p.validityDays)
  put('originalRequired', p.copies.original)
  put('copiesRequired', p.copies.duplicates)
  if (p.copies.original != null || p.copies.duplicates != null) put('electronicRequired', p.copies.electronic)
  const method = TenderFormSchema.safeParse(p.method)
  if (method.success) put('tenderForm', method.data)
  const evaluation = EvaluationMethodSchema.safeParse(p.evaluation)
  if (evaluation.success) put('evaluationMethod', evaluation.data)
  put('category', p.category)
  return f
}

/** Everything the import found, proposed as accepted; the wizard lets the user take items out and edit them. */
export function proposalOf(imp: TenderImport): TenderProposal {
  const amended = [...new Set(imp.changes.map((c) => c.source.file))]
  return {
    facts: factsOf(imp),
    lots: imp.project.lots,
    requirements: imp.requirements.map((r, i) => {
      const src = imp.sources[`requirements[${i}]`]
      return {
        no: r.clause,
        text: r.text,
        star: r.star === '★',
        scored: r.star === '▲',
        kind: r.category,
        chapter: src?.chapter ?? '',
        page: src?.page != null ? String(src.page) : '',
      }
    }),
    scoring: imp.scoring
      ? {
          items: imp.scoring.items
            .filter((i) => i.maxPoints != null)
            .map((i) => ({
              category: i.category,
              name: i.name,
              maxPoints: i.maxPoints!,
              criteria: i.criteria,
              kind: i.kind,
            })),
          priceRule: imp.scoring.priceRule ?? {},
        }
      : null,
    forms: imp.forms.map((f) => ({ title: f.title, formKey: standardFormFor(f.title) })),
    vetoClauses: imp.vetoClauses.map((v) => v.text),
    clarifications: amended.map((file) => ({
      no: file,
      summary: imp.changes
        .filter((c) => c.source.file === file)
        .map((c) => `${c.label || c.path}：${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`)
        .join('\n'),
      affects: [...new Set(imp.changes.filter((c) => c.source.file === file).map((c) => c.path))].join('、'),
    })),
  }
}
