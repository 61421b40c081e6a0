import type { PartSource } from './rows-parts'
import type { Attachment, ListMarker } from '@shared/schemas'
import type { Align } from './form-template'

/**
 * The neutral document model the forms expand to: placeholders already filled, data tables already turned into
 * rows. The Word renderer (electron/services/export/docx) only maps these to WordprocessingML, so everything that
 * decides WHAT is written is pure and tested here.
 */
export interface TextStyle {
  align?: Align
  bold?: boolean
  sizePt?: number
  font?: string
  indent?: boolean
  spaceBeforePt?: number
  spaceAfterPt?: number
}

export interface RenderCell {
  text: string
  span: number
  align?: Align
  bold?: boolean
  /** The cell shows the page number of this bookmark (a PAGEREF field the PDF pass fills in). */
  pageRef?: string
  /** Rows this cell spans downwards (section tables); the cells below are `vMerge: 'continue'` placeholders. */
  rowSpan?: number
  vMerge?: 'continue'
}

/** A run of a written paragraph with its character formatting (section content). */
export interface RenderRun {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  superscript?: boolean
  subscript?: boolean
}

/** The list a paragraph is an item of: `id` is unique in the print, `level` its nesting depth from 0. */
export interface ListRef {
  id: string
  level: number
  ordered: boolean
  start?: number
  /** The list's marker style (（1）, 一、, ①, ■ …) when not the default of its level. */
  marker?: ListMarker
}

/** Where a printed text comes from: the form template, the user's own section text, or the product itself. */
export type TextOrigin = 'form' | 'content' | 'generated'

export interface MaterialEntry {
  caption: string
  title: string
  /** The library material, or null for scans kept elsewhere (ID cards in the profile, the bid's bond proof). */
  materialId: string | null
  /** Where scans kept elsewhere are: 'company.legalRepIdCard', 'company.agents.0.idCard', 'bond.proof'. */
  ref?: string
  /** The scans printed for it; empty when it has none. */
  attachments: Attachment[]
  /** 'card': an ID card, printed at about its real size (8.6 cm wide), not across the page. */
  fit?: 'page' | 'card'
}

/** What a table shows, so renderers and rules can tell a deviation table from a quote. */
export type TableRole =
  | 'static'
  | 'quoteItems'
  | 'requirements'
  | 'references'
  | 'materials'
  | 'scoringIndex'
  | 'content'
  | PartSource

export type RenderBlock =
  | {
      type: 'heading'
      level: 1 | 2 | 3 | 4
      text: string
      pageBreakBefore: boolean
      /** Bookmark name of the heading (目录 entries and 评分索引表 rows point at it). */
      bookmark?: string
      origin?: TextOrigin
    }
  | {
      type: 'paragraph'
      text: string
      style: TextStyle
      origin?: TextOrigin
      /** Keep on the page of what follows (a signature block stays with its form). */
      keepNext?: boolean
      /** Character formatting of written text; `text` is always their concatenation. */
      runs?: RenderRun[]
      /** A list item (numbering definitions in Word). */
      list?: ListRef
      /** The tender requirement this paragraph answers (a response-to-requirement block). */
      requirementId?: string
      /** Offsets in `text` where a new line starts (a title set in balanced lines); `text` stays whole for the checks. */
      breaks?: number[]
    }
  | {
      type: 'table'
      widths: number[]
      aligns: (Align | undefined)[]
      header: RenderCell[] | null
      rows: RenderCell[][]
      footer: RenderCell[][]
      sizePt?: number
      font?: string
      role?: TableRole
      /** The item each data row prints (requirement or quote line id), when the table is bound to data. */
      rowItems?: (string | undefined)[]
      /** The last rows stay on the page of what follows. */
      keepNext?: boolean
      /** Leading rows of `rows` that are header rows (bold, repeated on every page); used when `header` is null. */
      headRows?: number
    }
  | {
      /** A picture written in a section, scaled to the text width. */
      type: 'image'
      attachment: Attachment
      caption?: string
      origin?: TextOrigin
    }
  | { type: 'marker'; kind: 'seal' | 'signature'; text: string; align?: Align; keepNext?: boolean }
  | { type: 'materials'; entries: MaterialEntry[]; emptyText?: string; keepNext?: boolean }
  | { type: 'toc' }
  | { type: 'pageBreak' }
  | { type: 'blank'; lines: number; keepNext?: boolean }

/** What expanding forms found that the user should hear about. */
export interface ExpandReport {
  /** Placeholders no dictionary entry knows (left visible in the output). */
  unknownPlaceholders: Set<string>
  /** Known placeholders without a value (written as a blank line to fill by hand). */
  emptyPlaceholders: Set<string>
  /** Material ids a bid links that were not supplied. */
  missingMaterials: Set<string>
}

export function newReport(): ExpandReport {
  return { unknownPlaceholders: new Set(), emptyPlaceholders: new Set(), missingMaterials: new Set() }
}
