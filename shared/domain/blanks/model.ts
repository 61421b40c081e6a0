/**
 * A buyer's form as the blank finder sees it: paragraphs of runs (text + whether the run is underlined, because an
 * underlined run of spaces or tabs is a blank line in Word) and the tables over those paragraphs. The .docx reader
 * (electron/services/export/docx/form-blanks-docx.ts) builds it; everything that decides lives in shared/.
 */
export interface FormRun {
  text: string
  underline: boolean
}

export interface CellPos {
  table: number
  row: number
  /** Grid column (gridSpan counted). */
  col: number
}

/**
 * A legacy Word form field of the paragraph: a FORMTEXT (its result starts at `at`; `maxLength` when Word limits
 * it) or a FORMDROPDOWN (shown at `at` as one character; its entries and the one selected, w:result).
 */
export type FormField =
  | { kind: 'text'; at: number; maxLength: number | null }
  | { kind: 'dropdown'; at: number; entries: string[]; selected: number }

/** The character a FORMDROPDOWN field reads as in the paragraph text (the blank finder's token for it). */
export const DROPDOWN_MARK = '\u25be'

export interface FormParagraph {
  runs: FormRun[]
  fields?: FormField[]
  cell?: CellPos
  /** Word says it is a heading (style or outline level). */
  heading?: boolean
}

export interface FormCell {
  col: number
  span: number
  /** The cell's first paragraph (the fill goes there). */
  paragraph: number
  text: string
  /** A vMerge continuation: part of the cell above, never a blank of its own. */
  merged: boolean
  /** The cell holds a table of its own (a frame around the 投标人/日期 lines): never an empty cell to fill. */
  framesTable?: boolean
}

export interface FormTable {
  index: number
  rows: FormCell[][]
}

export interface FormDoc {
  paragraphs: FormParagraph[]
  tables: FormTable[]
}

/** 'column': a column of an item table (报价明细), filled row by row from the quote's lines. */
/** 'dropdown': a FORMDROPDOWN field, filled by choosing one of its entries. */
export type BlankKind =
  'line' | 'underlined' | 'date' | 'bracket' | 'hint' | 'cell' | 'checkbox' | 'column' | 'dropdown'

export interface Where {
  zh: string
  en: string
}

export interface Blank {
  /** Stable for the same file: p<paragraph>:<offset> or t<table>r<row>c<col>. */
  id: string
  kind: BlankKind
  paragraph: number
  /** The characters of the paragraph text the value replaces ([start, end); equal for an empty cell). */
  start: number
  end: number
  /** The label as printed (for a hint or bracket: the words inside it). */
  label: string
  labelFrom: 'before' | 'after' | 'inside' | 'row' | 'header' | 'none'
  /** Text right after the blank (its unit: 元, 日历天…) and right before it (¥, 人民币). */
  after: string
  before: string
  clause: string
  /** Where the blank is in `clause`. */
  at: number
  line: string
  /** The paragraph before (not in a table): "委托代理人：____（签字）" names whose "身份证号码：____" follows. */
  prevLine?: string
  title: string
  where: Where
  /** A FORMTEXT field's length limit (w:maxLength). */
  maxLength?: number
  /** A FORMDROPDOWN's entries (kind 'dropdown'). */
  entries?: string[]
}

export const paragraphText = (p: FormParagraph) => p.runs.map((r) => r.text).join('')

export function whereOf(p: FormParagraph, index: number): Where {
  if (p.cell) {
    const { table, row, col } = p.cell
    return {
      zh: `表${table + 1} 第${row + 1}行第${col + 1}列`,
      en: `table ${table + 1}, row ${row + 1}, column ${col + 1}`,
    }
  }
  return { zh: `第${index + 1}段`, en: `paragraph ${index + 1}` }
}

/** A blank the user chose to leave as printed. */
export function leftBlank<B extends object>(base: B) {
  return {
    ...base,
    key: null,
    confidence: 1,
    reason: null,
    status: 'manual' as const,
    value: null,
    why: { zh: '按用户选择留空', en: 'left blank as chosen' },
  }
}
