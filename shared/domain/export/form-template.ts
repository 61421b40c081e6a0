import { z } from 'zod'
import { MATERIAL_KINDS, PartKindSchema, ProcurementCategorySchema } from '@shared/schemas'
import { BID_PARTS, PART_SOURCES } from './rows-parts'

/**
 * The template language of the standard forms (templates/forms/<key>.json, documented in templates/README.md).
 * Objects are strict so a typo in a hand-edited template ("algin") is an error that names the field, not a
 * silently ignored setting.
 */

/** Chinese type sizes (字号) in points. */
export const ZIHAO = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
} as const
export type Zihao = keyof typeof ZIHAO

export const FontSizeSchema = z.union([
  z.enum(Object.keys(ZIHAO) as [Zihao, ...Zihao[]]),
  z.number().min(5).max(72),
])
export type FontSize = z.infer<typeof FontSizeSchema>

export function sizeInPt(size: FontSize): number {
  return typeof size === 'number' ? size : ZIHAO[size]
}

export const AlignSchema = z.enum(['left', 'center', 'right', 'justify'])
export type Align = z.infer<typeof AlignSchema>

/**
 * Prints the block only when the bid matches: `category` (货物/服务/工程), and `filled`: every listed placeholder has a
 * value. So a service bid's 服务承诺书 never says 供货、安装, and a commitment the bid does not make is not printed.
 */
const WhenSchema = z
  .strictObject({
    category: z.array(ProcurementCategorySchema).min(1).optional(),
    filled: z.array(z.string().min(1).max(100)).min(1).max(20).optional(),
    /** The bid has every listed part (consortium, lots, sme, keyStaff, agent = signed by an authorised agent). */
    has: z.array(z.enum(BID_PARTS)).min(1).max(5).optional(),
    /** The bid has none of the listed parts (e.g. the single-price 开标一览表 row when there are no lots). */
    lacks: z.array(z.enum(BID_PARTS)).min(1).max(5).optional(),
  })
  .optional()
export type When = z.infer<typeof WhenSchema>

const styleShape = {
  align: AlignSchema.optional(),
  bold: z.boolean().optional(),
  size: FontSizeSchema.optional(),
  font: z.string().min(1).max(100).optional(),
  /** First-line indent of two characters (首行缩进 2 字符), the usual body style. */
  indent: z.boolean().optional(),
  /** Space before/after in points. */
  spaceBefore: z.number().min(0).max(200).optional(),
  spaceAfter: z.number().min(0).max(200).optional(),
}

const CellSchema = z.union([
  z.string().max(5000),
  z.strictObject({
    text: z.string().max(5000),
    span: z.number().int().min(1).max(50).default(1),
    align: AlignSchema.optional(),
  }),
])
export type TemplateCell = z.infer<typeof CellSchema>

export const TABLE_SOURCES = [
  'quoteItems',
  'requirements',
  'references',
  'materials',
  ...PART_SOURCES,
] as const
export const TableSourceSchema = z.enum(TABLE_SOURCES)

const ColumnSchema = z.strictObject({
  header: z.string().max(200),
  /** Text of the cell in each data row, with `{{row.…}}` and document placeholders. */
  value: z.string().max(2000),
  /** Relative width; the table always spans the text width. */
  width: z.number().positive().max(100).default(1),
  align: AlignSchema.optional(),
})

const ParagraphBlock = z.strictObject({
  type: z.literal('paragraph'),
  text: z.string().max(20_000),
  when: WhenSchema,
  /** One paragraph per row of a bid-model source (the numbered lines of a 中小企业声明函), with `{{row.…}}`. */
  source: z.enum(PART_SOURCES).optional(),
  /**
   * A title (the project name on the cover): set centred in at most this many lines, broken where it reads well, the
   * size stepped down two 字号 at most when it needs more (title-lines.ts).
   */
  fitLines: z.number().int().min(1).max(5).optional(),
  ...styleShape,
})

const TableBlock = z
  .strictObject({
    type: z.literal('table'),
    when: WhenSchema,
    /** Bind rows to data; without a source the table is the static `rows`. */
    source: TableSourceSchema.optional(),
    /** For source "requirements": which kinds (资格/商务/技术/报价/其他); all when absent. */
    kinds: z.array(PartKindSchema).optional(),
    /** For source "materials" / "references": which material kinds; all when absent. */
    materialKinds: z.array(z.enum(MATERIAL_KINDS)).optional(),
    columns: z.array(ColumnSchema).min(1).max(30).optional(),
    /** Static rows (label/value forms such as 开标一览表); the first row is a header when `header` is true. */
    rows: z.array(z.array(CellSchema).min(1).max(30)).max(200).optional(),
    header: z.boolean().optional(),
    /** Rows after the data rows: totals, amounts in words. */
    footer: z.array(z.array(CellSchema).min(1).max(30)).max(20).optional(),
    /** A single row written when the source has no rows. */
    emptyText: z.string().max(500).optional(),
    size: FontSizeSchema.optional(),
    font: z.string().min(1).max(100).optional(),
    /** Relative column widths of a static table. */
    widths: z.array(z.number().positive().max(100)).max(30).optional(),
  })
  .refine((t) => (t.source ? !!t.columns : !!t.rows), {
    message: 'a table needs "columns" when it has a "source", and "rows" when it has none',
  })

const MarkerBlock = z.strictObject({
  type: z.enum(['seal', 'signature']),
  when: WhenSchema,
  text: z.string().max(500).optional(),
  align: AlignSchema.optional(),
  /**
   * Who seals a bidder's seal line: `bidder` — in a consortium's bid every member, one line each, the 牵头人 first
   * (联合体各方盖章); `issuer` — the company the form is about alone (our 法定代表人身份证明, our 授权委托书).
   */
  sealedBy: z.enum(['bidder', 'issuer']).default('bidder'),
})

const MaterialsBlock = z.strictObject({
  type: z.literal('materials'),
  when: WhenSchema,
  /**
   * Which scans: the section's linked materials (default), the profile's ID cards, the bid's bond proof, the
   * certificates of the key staff (主要人员表) or the 监狱企业 certificate.
   */
  from: z
    .enum([
      'links',
      'legalRepIdCard',
      'agentIdCard',
      'bondProof',
      'keyStaffCertificates',
      'prisonCertificate',
    ])
    .default('links'),
  materialKinds: z.array(z.enum(MATERIAL_KINDS)).optional(),
  /** Caption of each material, with `{{row.…}}` placeholders of the materials source. */
  caption: z.string().max(500).default('{{row.no}}. {{row.title}}'),
  emptyText: z.string().max(500).optional(),
})

/**
 * The inner blocks once per row of a bid-model source, with that row's `{{row.…}}` fields in every inner block: one
 * 开标一览表 per 包号. `pageBreak`: each repetition after the first starts a new page.
 */
const RepeatBlock = z.strictObject({
  type: z.literal('repeat'),
  source: z.enum(PART_SOURCES),
  when: WhenSchema,
  pageBreak: z.boolean().default(false),
  blocks: z
    .array(
      z.union([
        ParagraphBlock,
        TableBlock,
        MarkerBlock,
        z.strictObject({ type: z.literal('pageBreak') }),
        z.strictObject({ type: z.literal('blank'), lines: z.number().int().min(1).max(40).default(1) }),
      ]),
    )
    .min(1)
    .max(100),
})

export const TemplateBlockSchema = z.union([
  RepeatBlock,
  ParagraphBlock,
  TableBlock,
  MarkerBlock,
  MaterialsBlock,
  z.strictObject({ type: z.literal('content') }),
  z.strictObject({ type: z.literal('toc') }),
  /** The 评分索引表: each scoring item of the bid's matrix with the section and page answering it. */
  z.strictObject({ type: z.literal('scoringIndex'), size: FontSizeSchema.optional() }),
  z.strictObject({ type: z.literal('pageBreak') }),
  z.strictObject({ type: z.literal('blank'), lines: z.number().int().min(1).max(40).default(1) }),
])
export type TemplateBlock = z.infer<typeof TemplateBlockSchema>

export const FormTemplateSchema = z.strictObject({
  key: z.string().min(1).max(100),
  title: z.string().min(1).max(200),
  /** Whether the section title is written as a level-1 heading (and so appears in the table of contents). */
  heading: z.boolean().default(true),
  /** Body font of this form, e.g. 仿宋 for letters. */
  font: z.string().min(1).max(100).optional(),
  size: FontSizeSchema.optional(),
  blocks: z.array(TemplateBlockSchema).max(500),
})
export type FormTemplate = z.infer<typeof FormTemplateSchema>

/** The document-wide layout: header, footer and typography (templates/document.json). */
export const DocumentLayoutSchema = z.strictObject({
  /** Forms written before the sections, always: cover and table of contents. */
  front: z.array(z.string().min(1).max(100)).max(10).default(['封面', '目录', '评分索引表']),
  /** Divider page written before each part (资格/商务/技术/报价) when the bid asks for parts (bid.partDividers). */
  divider: z.string().min(1).max(100).default('分部封面'),
  header: z.string().max(500).default('{{项目名称}}　招标编号：{{招标编号}}'),
  /** `{{PAGE}}` and `{{NUMPAGES}}` become page fields. */
  footer: z.string().max(500).default('第 {{PAGE}} 页 共 {{NUMPAGES}} 页'),
  bodyFont: z.string().min(1).max(100).default('宋体'),
  latinFont: z.string().min(1).max(100).default('Times New Roman'),
  headingFont: z.string().min(1).max(100).default('黑体'),
  bodySize: FontSizeSchema.default('小四'),
  headingSizes: z.array(FontSizeSchema).length(3).default(['三号', '四号', '小四']),
  /** Line spacing as a multiple (1.5 = 1.5 倍行距). */
  lineSpacing: z.number().min(1).max(3).default(1.5),
  /** Page margins in centimetres. */
  margins: z
    .strictObject({
      top: z.number().min(0).max(10).default(2.54),
      bottom: z.number().min(0).max(10).default(2.54),
      left: z.number().min(0).max(10).default(3.17),
      right: z.number().min(0).max(10).default(3.17),
    })
    .prefault({}),
  /** Default texts of the markers a section gets when it needs a seal or signature and its form has none. */
  sealText: z.string().max(500).default('投标人（盖章）：________'),
  signatureText: z.string().max(500).default('{{签字人身份}}（签字）：________'),
  dateText: z.string().max(500).default('日期：{{日期}}'),
})
export type DocumentLayout = z.infer<typeof DocumentLayoutSchema>

/** The standard forms as plain data (cloneable into a worker): what buildPrintModel reads. */
export interface FormSet {
  layout: DocumentLayout
  forms: Readonly<Record<string, FormTemplate>>
}
