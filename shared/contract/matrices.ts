import { z } from 'zod'
import type { Floor, ProfitPoint, ProfitRecommendation } from '../domain/matrices/profit'
import type { OvertakeResult, Standings } from '../domain/matrices/standings'
import { MAX_TRIALS, type PriceBand } from '../domain/matrices/winprob'
import { IdSchema, MatrixSchema, PriceRuleSchema, ScoreCategorySchema } from '../schemas'
import { base64File, method, XLSX_FILE } from './define'

/** An .xlsx sent by the renderer; the import guard checks it again on the server before exceljs reads it. */
const XlsxBase64 = base64File(XLSX_FILE.maxMb)

const Bilingual = z.object({ zh: z.string(), en: z.string() })
const Col = z.number().int().min(1).max(200)

/** 1-based column numbers of each role, as Excel shows them. */
export const ColumnMapSchema = z.object({
  category: Col.optional(),
  name: Col,
  points: Col,
  criteria: Col.optional(),
})

/** The user's corrections to the detection: another sheet, header row or column mapping. */
export const DetectOverridesShape = {
  sheet: z.string().trim().min(1).max(200).optional(),
  headerRow: z.number().int().min(1).max(10_000).optional(),
  columns: z.strictObject({ category: Col, name: Col, points: Col, criteria: Col }).partial().optional(),
}

export const ImportedItemSchema = z.object({
  category: ScoreCategorySchema,
  name: z.string(),
  maxPoints: z.number().nullable(),
  criteria: z.string(),
  kind: z.enum(['objective', 'subjective']),
  sheet: z.string(),
  row: z.number(),
  categoryText: z.string(),
})
export type ImportedItemOut = z.infer<typeof ImportedItemSchema>

/** shared/domain/matrices/import's TableDetection, as it crosses the API. */
export const TableDetectionSchema = z.object({
  sheets: z.array(z.string()),
  sheet: z.string(),
  headerRow: z.number(),
  columns: ColumnMapSchema,
  headerTexts: z.object({
    category: z.string().optional(),
    name: z.string().optional(),
    points: z.string().optional(),
    criteria: z.string().optional(),
  }),
  continuedSheets: z.array(z.object({ sheet: z.string(), headerRow: z.number() })),
  items: z.array(ImportedItemSchema),
  categories: z.record(z.string(), z.number()),
  total: z.number(),
  statedTotal: z.number().nullable(),
  priceWeight: z.number(),
  priceRule: PriceRuleSchema.partial().nullable(),
  priceRuleSource: z.string().nullable(),
  warnings: z.array(Bilingual),
})

/**
 * What the import wizard shows: the detection, or why there is none, and in both cases the first rows
 * of the sheet as text so the user can point at the real header row and columns.
 */
export const ImportPreviewSchema = z.object({
  detection: TableDetectionSchema.nullable(),
  problem: Bilingual.nullable(),
  sheets: z.array(z.string()),
  /** The sheet the grid shows: the detected one, the one asked for, or the first. */
  sheet: z.string(),
  /** First rows of that sheet as text (rows[0] is row 1), cut to a preview size. */
  grid: z.array(z.array(z.string())),
  /** Row count of the whole sheet, to tell the user the grid is cut. */
  rowCount: z.number(),
})
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

const Trials = z.number().int().min(1).max(MAX_TRIALS)
const Price = z.number().positive().finite()

const BandSchema = z.custom<PriceBand | null>()

export const MatrixExportResultSchema = z.object({
  fileName: z.string(),
  dataBase64: z.string(),
  /** Where we stand at the exported price (likely values). */
  ourPrice: z.number().nullable(),
  ourTotal: z.number().nullable(),
  ourRank: z.number().nullable(),
  /** The price band the win-probability sheet recommends, if any. */
  band: BandSchema,
})
export type MatrixExportResult = z.infer<typeof MatrixExportResultSchema>

/** What matrices.winProbability answers (the CLI's `winprob --json` prints exactly this). */
export interface WinProbabilityReport {
  matrixId: string
  ourPrice: number
  probability: number
  standardError: number
  trials: number
  seed: number
  atLikelyValues: { ourTotal: number; ourRank: number; leader: Standings['leader'] }
  overtakePrice: OvertakeResult['price']
  overtakeStatus: OvertakeResult['status']
  floor: Floor | null
  ceiling: number | null
  recommendation: ProfitRecommendation | null
  optimises: string
  sweep?: ProfitPoint[]
  band?: PriceBand | null
}

export const matricesContract = {
  'matrices.importPreview': method(
    z.strictObject({ dataBase64: XlsxBase64, ...DetectOverridesShape }),
    ImportPreviewSchema,
    'Detect the scoring table of an .xlsx (sheet, header row, columns, items) for preview; nothing is saved',
  ),
  'matrices.importApply': method(
    z.strictObject({
      dataBase64: XlsxBase64,
      ...DetectOverridesShape,
      title: z.string().trim().min(1).max(500),
      bidId: IdSchema.optional(),
    }),
    MatrixSchema,
    'Create a new matrix from the scoring table of an .xlsx (with the same corrections as the preview)',
  ),
  'matrices.exportXlsx': method(
    z.strictObject({
      matrixId: IdSchema,
      ourPrice: Price.optional(),
      trials: Trials.optional(),
      seed: z.number().int().optional(),
    }),
    MatrixExportResultSchema,
    'The matrix as .xlsx with live formulas and a win-probability sheet, and where we stand',
  ),
  'matrices.winProbability': method(
    z.strictObject({
      matrixId: IdSchema,
      price: Price.optional(),
      cost: Price.optional(),
      trials: Trials.optional(),
      seed: z.number().int().optional(),
      sweep: z
        .strictObject({ from: Price, to: Price, steps: z.number().int().min(2).max(1000) })
        .refine((x) => x.from < x.to, { message: 'sweep: from must be below to', path: ['from'] })
        .optional(),
    }),
    z.custom<WinProbabilityReport>(),
    'Monte Carlo probability that we rank first at a price, the overtake price and the expected-profit recommendation',
  ),
}
