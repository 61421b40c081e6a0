import type { Attachment, Bid, PartKind } from '@shared/schemas'
import type { RenderBlock } from './blocks'
import type { DocumentLayout } from './form-template'
import type { QuoteTotals } from './quote-math'
import type { PrintedTable } from './printed-table'
import type { DataRow } from './rows'

/**
 * THE PRINT MODEL: the 投标文件 as it will be printed, built by one pure function (buildPrintModel) from the bid,
 * the company profile, the materials, the scoring matrix, the form templates and the signing date. Every renderer
 * (Word, Excel, and the PDF made from the Word file) reads only this model, and the print rules (P01…) read it too,
 * so a finding names the form where the wrong value is printed and fixing it changes exactly what is printed.
 */

/** One filled value: which placeholder, what was printed, and the field it was printed from. */
export interface PrintedField {
  key: string
  value: string
  /** Bid path ('quote.bidLetterPrice', 'requirements.3.responseText'), 'company.…', a material id + field, or 'generated'. */
  field: string
  itemId?: string
  doc: 'bid' | 'material' | 'workspace' | 'generated'
  /** A buyer form that counts money in 万元 (its column, caption or blank says so) got the figures in 万元. */
  unit?: '万元'
}

/**
 * A figure or 大写 a buyer's item table prints in its 合计 row, with the unit its row label, column header or
 * caption ("单位：万元") states: the checks read the printed 合计 in that unit.
 */
export interface PrintedTotal {
  /** 1-based table of the form and row of the table, for the message. */
  table: number
  row: number
  /** The row's label as printed ("合计（万元）", "合计（大写）"). */
  label: string
  text: string
  unit: '元' | '万元'
  words: boolean
}

/** A buyer's own filled form that replaces the standard form of a part (filled by the buyer-form feature). */
export interface BuyerFormSlot {
  /** Identifies the filled .docx for the renderer (it asks the environment for the bytes). */
  formId: string
  name: string
  /** The visible text of the filled form, paragraph by paragraph, so the print rules check it like any form. */
  paragraphs: string[]
  /**
   * Its tables with every body cell under its column header (the paragraphs flatten them one cell per line), so a
   * check can pair the cells of one row by header: 投标总价（小写） | 投标总价（大写）.
   */
  tables?: PrintedTable[]
  /** The 合计 rows of its item tables (报价明细表, 分项报价表), read with their unit. */
  totals?: PrintedTotal[]
  fields: PrintedField[]
}

/** 'form': a form the bid model asks for that no section names (联合体协议书, 中小企业声明函, 主要人员表). */
export type PrintPartKind = 'front' | 'section' | 'form' | 'divider' | 'scoringIndex'

export interface PrintPart {
  /** 'front:<form>' | the section id | 'form:<form>' | 'divider:<kind>' | 'scoring-index'. */
  id: string
  kind: PrintPartKind
  formKey: string | null
  title: string
  sectionId: string | null
  /** 资格 / 商务 / 技术 / 报价 / 其他: which part of the 投标文件 it belongs to. */
  partKind: PartKind | null
  /** Bookmark of the part's title heading (null when the form has no heading, e.g. the cover). */
  bookmark: string | null
  blocks: RenderBlock[]
  /** Every placeholder filled in this part, in order. */
  fields: PrintedField[]
  /** The signing date printed in this part (YYYY-MM-DD), when it prints one. */
  date: string | null
  /** The points to seal and sign once printed (the 封装 checklist reads them). */
  seals: string[]
  signatures: string[]
  /** When set, the buyer's own form is printed here instead of `blocks`. */
  buyerForm?: BuyerFormSlot
}

export type ScanStatus = 'ok' | 'missing' | 'not-image'

/** A material the print lists (in a table or with its scans), with the state of each scan. */
export interface PrintedMaterial {
  /** The library id, or where scans kept elsewhere are: 'company.legalRepIdCard', 'company.agents.0.idCard', 'bond.proof'. */
  materialId: string
  title: string
  kind: string
  /** The parts that list it, in print order. */
  parts: { partId: string; title: string }[]
  /** Whether some part prints its scans (a table row alone is only a listing). */
  scansPrinted: boolean
  /** A qualification document (资格证明): missing it is a reason to reject the bid. */
  qualification: boolean
  attachments: { attachment: Attachment; status: ScanStatus }[]
}

export interface ScoringIndexRow {
  itemId: string
  category: string
  name: string
  maxPoints: number
  /** The parts answering the item, with the bookmark of each (page numbers come from PAGEREF fields). */
  targets: { partId: string; title: string; bookmark: string }[]
}

export interface PrintModel {
  bidId: string
  title: string
  copy: '正本' | '副本'
  /** The one signing date (YYYY-MM-DD), or null when the bid has neither a sign date nor a deadline. */
  signDate: string | null
  deadline: string | null
  category: Bid['category']
  governingLaw: Bid['governingLaw']
  layout: DocumentLayout
  /** Placeholder values for the header and footer. */
  values: Record<string, string>
  parts: PrintPart[]
  /** The quote as printed in 报价明细表, with its numbers (the Excel formulas are built on them). */
  quote: QuoteTotals &
    Pick<Bid['quote'], 'currency' | 'moneyUnit' | 'taxIncluded' | 'rounding' | 'statedTotal'>
  /** The price the 开标一览表 states, in the quote's unit, and where it comes from ('computed' = Σ of the lines). */
  openingPrice: { value: number; source: 'openingSummary' | 'bidLetter' | 'computed' }
  /** Every requirement as its deviation-table row prints it (Excel lists them by kind, as the Word forms do). */
  requirements: (DataRow & { kind: PartKind })[]
  materials: PrintedMaterial[]
  scoringIndex: ScoringIndexRow[] | null
  report: {
    unknownPlaceholders: string[]
    emptyPlaceholders: string[]
    /** Material ids the bid links that are not in the library. */
    missingMaterials: string[]
    unknownForms: { sectionId: string; formKey: string }[]
    mergedIntoFront: string[]
  }
}

/** Every text a reader sees in a part, with where in the part it is (for the marker and wording rules). */
export interface PrintedText {
  text: string
  where: 'heading' | 'paragraph' | 'cell' | 'marker' | 'caption'
  origin: 'form' | 'content' | 'generated' | 'data'
  /** For a table cell: the table role, the column header and, in a data row, its number (from 1) and item. */
  table?: { role: string; header: string; row?: number; itemId?: string }
}

export function* partTexts(part: PrintPart): Generator<PrintedText> {
  if (part.buyerForm) {
    for (const p of part.buyerForm.paragraphs) yield { text: p, where: 'paragraph', origin: 'form' }
    return
  }
  for (const b of part.blocks) {
    switch (b.type) {
      case 'heading':
        yield { text: b.text, where: 'heading', origin: b.origin ?? 'form' }
        break
      case 'paragraph':
        yield { text: b.text, where: 'paragraph', origin: b.origin ?? 'form' }
        break
      case 'marker':
        yield { text: b.text, where: 'marker', origin: 'form' }
        break
      case 'table': {
        const role = b.role ?? 'static'
        const headers = b.header?.map((c) => c.text) ?? []
        const origin = role === 'static' ? 'form' : role === 'content' ? 'content' : 'data'
        for (const c of b.header ?? []) yield { text: c.text, where: 'cell', origin: 'form' }
        for (const [r, row] of b.rows.entries()) {
          let col = 0
          const item = b.rowItems?.[r]
          for (const c of row) {
            const at = origin === 'data' ? { row: r + 1, ...(item ? { itemId: item } : {}) } : {}
            yield { text: c.text, where: 'cell', origin, table: { role, header: headers[col] ?? '', ...at } }
            col += c.span
          }
        }
        for (const row of b.footer) for (const c of row) yield { text: c.text, where: 'cell', origin: 'form' }
        break
      }
      case 'image':
        if (b.caption) yield { text: b.caption, where: 'caption', origin: 'content' }
        break
      case 'materials':
        for (const e of b.entries) yield { text: e.caption, where: 'caption', origin: 'data' }
        if (b.entries.length === 0 && b.emptyText)
          yield { text: b.emptyText, where: 'paragraph', origin: 'form' }
        break
    }
  }
}
