import { z } from 'zod'
import { IdSchema } from './common'

/**
 * A section's written content: the editor's (TipTap/ProseMirror) document JSON, restricted to the nodes a 投标文件
 * prints. Node and mark names are TipTap's, so the editor's getJSON() is stored as is; attributes the print does not
 * use (an image's blob URL, a table's column widths in pixels) are dropped on parse.
 *
 * Headings have three levels (一、 / （一） / 1. numbering, restarting in each section). A heading that carries its
 * own typed number (text migrated from plain text, or a Word chapter with literal numbers) has `numbered: false`,
 * so the printed text stays exactly what was written.
 */
export const SECTION_DOC_LIMITS = { nodes: 20_000, text: 200_000 } as const

export const MarkSchema = z.object({
  type: z.enum(['bold', 'italic', 'underline', 'strike', 'code', 'superscript', 'subscript']),
})
export type Mark = z.infer<typeof MarkSchema>

export const TextNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(SECTION_DOC_LIMITS.text),
  marks: z.array(MarkSchema).max(10).optional(),
})
export const HardBreakSchema = z.object({ type: z.literal('hardBreak') })
export const InlineSchema = z.discriminatedUnion('type', [TextNodeSchema, HardBreakSchema])
export type InlineNode = z.infer<typeof InlineSchema>

const Inlines = z.array(InlineSchema).max(SECTION_DOC_LIMITS.nodes).optional()
const AlignSchema = z.enum(['left', 'center', 'right', 'justify']).nullable().optional()

export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  attrs: z.object({ textAlign: AlignSchema }).optional(),
  content: Inlines,
})
export type ParagraphNode = z.infer<typeof ParagraphSchema>

export const HeadingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Printed with the automatic 一、/（一）/1. number; false when the text carries its own. */
    numbered: z.boolean().default(true),
  }),
  content: Inlines,
})
export type HeadingNode = z.infer<typeof HeadingSchema>

export const ImageSchema = z.object({
  type: z.literal('image'),
  attrs: z.object({
    /** The picture is stored once in files/<sha256>, like every attachment. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    name: z.string().max(255).default('image'),
    mime: z.string().max(100).default('application/octet-stream'),
    size: z.number().int().nonnegative().default(0),
    alt: z.string().max(2_000).nullable().optional(),
    /** Printed caption under the picture (图 1 …), when set. */
    title: z.string().max(2_000).nullable().optional(),
  }),
})
export type ImageNode = z.infer<typeof ImageSchema>

export const PageBreakSchema = z.object({ type: z.literal('pageBreak') })

/**
 * A list's marker style when it is not the default (1. / （1） / ① … by level, ● ○ ■ for bullets): kept from a Word
 * or WPS paste and printed as Word numbering of that format. Ordered: 1. 1) （1） 1、 ① 一、 （一） a. a) A. i. I.
 */
export const ORDERED_MARKERS = [
  'decimal-dot',
  'decimal-paren',
  'decimal-fullparen',
  'decimal-comma',
  'decimal-circle',
  'cn-comma',
  'cn-fullparen',
  'lower-dot',
  'lower-paren',
  'upper-dot',
  'lower-roman-dot',
  'upper-roman-dot',
] as const
/** Bullets: ● ○ ■ ◆ ✓ ➢ ★ – • */
export const BULLET_MARKERS = [
  'disc',
  'circle',
  'square',
  'diamond',
  'check',
  'arrow',
  'star',
  'dash',
  'dot',
] as const
export const LIST_MARKERS = [...ORDERED_MARKERS, ...BULLET_MARKERS] as const
export type OrderedMarker = (typeof ORDERED_MARKERS)[number]
export type BulletMarker = (typeof BULLET_MARKERS)[number]
export type ListMarker = (typeof LIST_MARKERS)[number]

/** Leaf blocks that may appear inside a list item, a table cell or a requirement response. */
export type ListNode = {
  type: 'bulletList' | 'orderedList'
  attrs?: { start?: number; marker?: ListMarker | null }
  content: ListItemNode[]
}
export type ListItemNode = { type: 'listItem'; content: (ParagraphNode | ListNode)[] }

export const ListSchema: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.enum(['bulletList', 'orderedList']),
    attrs: z
      .object({
        start: z.number().int().min(0).max(100_000).optional(),
        // A style this version does not know (written by a newer one) prints as the default instead of failing.
        marker: z.enum(LIST_MARKERS).nullable().optional().catch(null),
      })
      .optional(),
    content: z.array(ListItemSchema).min(1).max(SECTION_DOC_LIMITS.nodes),
  }),
)
export const ListItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({
    type: z.literal('listItem'),
    content: z
      .array(z.union([ParagraphSchema, ListSchema]))
      .min(1)
      .max(1_000),
  }),
)

export const CellSchema = z.object({
  type: z.enum(['tableCell', 'tableHeader']),
  attrs: z
    .object({
      colspan: z.number().int().min(1).max(63).default(1),
      rowspan: z.number().int().min(1).max(10_000).default(1),
      /** Column widths in pixels as the editor drew them (relative widths in print). */
      colwidth: z.array(z.number().int().min(0).max(10_000)).max(63).nullable().optional(),
    })
    .prefault({}),
  /** Text and lists only: a cell is printed as WordprocessingML text (the editor allows nothing else there). */
  content: z
    .array(z.union([ParagraphSchema, ListSchema]))
    .min(1)
    .max(1_000),
})
export type CellNode = z.infer<typeof CellSchema>
export const TableRowSchema = z.object({
  type: z.literal('tableRow'),
  content: z.array(CellSchema).min(1).max(63),
})
export type TableRowNode = z.infer<typeof TableRowSchema>
export const TableSchema = z.object({
  type: z.literal('table'),
  content: z.array(TableRowSchema).min(1).max(10_000),
})
export type TableNode = z.infer<typeof TableSchema>

/** A passage answering one tender requirement: traceability from the requirement to the words that answer it. */
export const RequirementResponseSchema = z.object({
  type: z.literal('requirementResponse'),
  attrs: z.object({ requirementId: IdSchema }),
  content: z
    .array(z.union([ParagraphSchema, ListSchema]))
    .min(1)
    .max(1_000),
})
export type RequirementResponseNode = z.infer<typeof RequirementResponseSchema>

export const BlockSchema = z.union([
  ParagraphSchema,
  HeadingSchema,
  ListSchema,
  TableSchema,
  ImageSchema,
  PageBreakSchema,
  RequirementResponseSchema,
])
export type BlockNode = z.infer<typeof BlockSchema>

export const SectionDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(BlockSchema).max(SECTION_DOC_LIMITS.nodes).default([]),
})
export type SectionDoc = z.infer<typeof SectionDocSchema>

export const SECTION_STATUSES = ['待写', '初稿', '审核', '定稿'] as const
export const SectionStatusSchema = z.enum(SECTION_STATUSES)
export type SectionStatus = z.infer<typeof SectionStatusSchema>

/**
 * What a section is: written by the team, a standard form (formKey), the buyer's own form imported from the tender,
 * or an appendix of materials (scans from the library).
 */
export const SectionSourceSchema = z.enum(['written', 'template', 'buyerForm', 'appendix'])
export type SectionSource = z.infer<typeof SectionSourceSchema>
