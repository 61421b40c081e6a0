import { z } from 'zod'
import { BidSchema, BID_SCHEMA_VERSION } from './bid'
import { CompetitorSchema, COMPETITOR_SCHEMA_VERSION } from './competitor'
import { CustomerSchema, CUSTOMER_SCHEMA_VERSION } from './customer'
import { MaterialSchema, MATERIAL_SCHEMA_VERSION } from './material'
import { MatrixSchema, MATRIX_SCHEMA_VERSION } from './matrix'
import { NegotiationSchema, NEGOTIATION_SCHEMA_VERSION } from './negotiation'

/** Every document kind of a workspace; the key is also the folder name. */
export const DOC_KINDS = [
  'bids',
  'materials',
  'competitors',
  'matrices',
  'negotiations',
  'customers',
] as const
export const DocKindSchema = z.enum(DOC_KINDS)
export type DocKind = (typeof DOC_KINDS)[number]

export const DOC_SCHEMAS = {
  bids: BidSchema,
  materials: MaterialSchema,
  competitors: CompetitorSchema,
  matrices: MatrixSchema,
  negotiations: NegotiationSchema,
  customers: CustomerSchema,
} as const

export const DOC_VERSIONS: Record<DocKind, number> = {
  bids: BID_SCHEMA_VERSION,
  materials: MATERIAL_SCHEMA_VERSION,
  competitors: COMPETITOR_SCHEMA_VERSION,
  matrices: MATRIX_SCHEMA_VERSION,
  negotiations: NEGOTIATION_SCHEMA_VERSION,
  customers: CUSTOMER_SCHEMA_VERSION,
}

export type DocOf<K extends DocKind> = z.infer<(typeof DOC_SCHEMAS)[K]>
export type AnyDoc = DocOf<DocKind>

/** One row of the list views; kept in the workspace index so lists never read every document. */
export const IndexEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  updatedAt: z.string(),
  /** Short text for the list: stage, kind, buyer… */
  subtitle: z.string().default(''),
  stage: z.number().nullable().default(null),
  /** The date a list sorts or warns by: submission deadline, expiry… */
  due: z.string().nullable().default(null),
  tags: z.array(z.string()).default([]),
})
export type IndexEntry = z.infer<typeof IndexEntrySchema>

export function indexEntryOf(kind: DocKind, doc: AnyDoc): IndexEntry {
  const base = {
    id: doc.id,
    title: doc.title,
    updatedAt: doc.updatedAt,
    stage: null,
    due: null,
    tags: [] as string[],
  }
  switch (kind) {
    case 'bids': {
      const b = doc as DocOf<'bids'>
      return {
        ...base,
        subtitle: [b.buyer.name, b.tenderNo].filter(Boolean).join(' · '),
        stage: b.stage,
        due: b.dates.submissionDeadline,
      }
    }
    case 'materials': {
      const m = doc as DocOf<'materials'>
      return { ...base, subtitle: m.kind, due: m.validTo, tags: m.tags }
    }
    case 'competitors': {
      const c = doc as DocOf<'competitors'>
      return { ...base, subtitle: c.aliases.join('、'), tags: c.aliases }
    }
    case 'matrices': {
      const m = doc as DocOf<'matrices'>
      const total = m.items.reduce((s, i) => s + i.maxPoints, 0)
      return { ...base, subtitle: `${m.items.length} 项 · ${Math.round(total * 100) / 100} 分` }
    }
    case 'negotiations': {
      const n = doc as DocOf<'negotiations'>
      return { ...base, subtitle: [n.counterpart.org, n.concession.pattern].filter(Boolean).join(' · ') }
    }
    case 'customers': {
      const c = doc as DocOf<'customers'>
      return {
        ...base,
        subtitle: [c.nature, c.industry, c.region].filter(Boolean).join(' · '),
        tags: c.aliases,
      }
    }
  }
}
