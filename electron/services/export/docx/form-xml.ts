import {
  DROPDOWN_MARK,
  type FormCell,
  type FormDoc,
  type FormParagraph,
  type FormTable,
} from '@shared/domain/blanks'
import { decodeXml } from './ooxml-text'

/**
 * word/document.xml read for blank filling: the paragraphs, runs and tables the blank finder needs, and for each
 * character the XML node it came from, so a fill edits exactly those nodes and leaves every other byte of the
 * buyer's form as it was (styles, spacing, borders, fields, images). The guard has already proven the part
 * well-formed and namespace-correct, so a tag scanner is enough.
 */

export interface TextNode {
  kind: 't' | 'tab' | 'other'
  /** The whole element in the XML ([start, end)). */
  start: number
  end: number
  text: string
  run: RunInfo
}

export interface RunInfo {
  /** The run's <w:rPr>…</w:rPr> as written ('' when none). */
  rPr: string
  underline: boolean
}

export interface XmlParagraph {
  start: number
  end: number
  /** Offset of "</w:p>" (or of the "/>" of an empty <w:p/>). */
  close: number
  selfClosing: boolean
  /** The paragraph mark's run properties (w:pPr/w:rPr), for a run written into an empty paragraph. */
  markRPr: string
  nodes: TextNode[]
  form: FormParagraph
}

export interface DocXml {
  xml: string
  paragraphs: XmlParagraph[]
  doc: FormDoc
  /** Per table (by index), the XML range of each row (<w:tr>…</w:tr>), for copying a row. */
  rows: { start: number; end: number }[][]
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]*>|[^<]+/g
const HEADING_STYLE = /^(heading|标题|Title)/i

/** Wingdings boxes buyers insert with Insert → Symbol. */
const SYM_BOX = new Set(['F06F', 'F0A8', '00A8', 'F071', 'F0A1', 'F0A3', 'F02A'])
const SYM_TICKED = new Set(['F0FE', 'F0FD', 'F052', 'F0FC'])

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return m ? decodeXml(m[1]) : null
}

function tagName(tag: string): string {
  return /^<\/?([^\s/>]+)/.exec(tag)![1]
}

interface CellBuild {
  cell: FormCell
  paragraphs: number[]
}

export function readDocXml(xml: string): DocXml {
  const paragraphs: XmlParagraph[] = []
  const tables: FormTable[] = []
  const tableStack: {
    table: FormTable
    row: FormCell[] | null
    col: number
    cell: CellBuild | null
    ranges: { start: number; end: number }[]
  }[] = []
  const rowRanges: { start: number; end: number }[][] = []
  const pStack: XmlParagraph[] = []
  let run: RunInfo | null = null
  let inRPr = 0
  let rPrStart = -1
  let inPPr = 0
  let tableCount = 0
  let markStart = -1
  let skip = 0 // inside w:del, w:instrText, mc:Fallback, w:pPr
  let textStart = -1
  let tStart = -1
  let tcPr: { span: number; merged: boolean } | null = null
  // A legacy form field (FORMCHECKBOX / FORMTEXT) being read, and whether we are in a FORMTEXT's result.
  let ff: {
    start: number
    box: boolean
    text: boolean
    checked: boolean | null
    dflt: boolean
    maxLength: number | null
    dd: { entries: string[]; result: number | null; dflt: number | null } | null
  } | null = null
  let ffResult: 'before' | 'in' | null = null
  // The length limit of the FORMTEXT whose result comes next.
  let ffMax: number | null = null
  const textLength = (p: XmlParagraph) => p.form.runs.reduce((n, r) => n + r.text.length, 0)
  const addField = (p: XmlParagraph, f: NonNullable<FormParagraph['fields']>[number]) =>
    (p.form.fields ??= []).push(f)

  for (const m of xml.matchAll(TOKEN)) {
    const tok = m[0]
    const at = m.index
    if (tok[0] !== '<') {
      if (tStart >= 0 && textStart < 0) textStart = at
      continue
    }
    if (tok.startsWith('<!') || tok.startsWith('<?')) continue
    const close = tok[1] === '/'
    const self = tok.endsWith('/>')
    const name = tagName(tok)
    const p = pStack.at(-1)

    if (name === 'w:del' || name === 'w:instrText' || name === 'mc:Fallback' || name === 'w:delText') {
      if (!self) skip += close ? -1 : 1
      continue
    }
    if (skip > 0) continue

    switch (name) {
      case 'w:tbl':
        if (!close && tableStack.at(-1)?.cell) tableStack.at(-1)!.cell!.cell.framesTable = true
        if (!close)
          tableStack.push({
            table: { index: tableCount++, rows: [] },
            row: null,
            col: 0,
            cell: null,
            ranges: [],
          })
        else {
          const t = tableStack.pop()
          if (t) {
            tables.push(t.table)
            rowRanges[t.table.index] = t.ranges
          }
          tables.sort((a, b) => a.index - b.index)
        }
        break
      case 'w:tr': {
        const t = tableStack.at(-1)
        if (!t) break
        if (!close) {
          t.row = []
          t.col = 0
          t.ranges.push({ start: at, end: -1 })
        } else if (t.row) {
          t.table.rows.push(t.row)
          t.row = null
          t.ranges[t.ranges.length - 1].end = at + tok.length
        }
        break
      }
      case 'w:tc': {
        const t = tableStack.at(-1)
        if (!t || !t.row) break
        if (!close) {
          t.cell = { cell: { col: t.col, span: 1, paragraph: -1, text: '', merged: false }, paragraphs: [] }
          tcPr = { span: 1, merged: false }
        } else if (t.cell) {
          const c = t.cell.cell
          c.text = t.cell.paragraphs
            .map((i) => paragraphs[i].form.runs.map((r) => r.text).join(''))
            .join('\n')
          t.row.push(c)
          t.col += c.span
          t.cell = null
        }
        break
      }
      case 'w:gridSpan':
        if (tcPr && tableStack.at(-1)?.cell) {
          const n = Number(attr(tok, 'w:val') ?? 1)
          tableStack.at(-1)!.cell!.cell.span = Number.isFinite(n) && n > 0 ? n : 1
        }
        break
      case 'w:vMerge':
        if (tableStack.at(-1)?.cell && attr(tok, 'w:val') !== 'restart')
          tableStack.at(-1)!.cell!.cell.merged = true
        break
      case 'w:tcPr':
        if (close) tcPr = null
        break
      case 'w:p': {
        if (close) {
          const done = pStack.pop()
          if (done) {
            done.close = at
            done.end = at + tok.length
          }
          break
        }
        const t = tableStack.at(-1)
        const para: XmlParagraph = {
          start: at,
          end: at + tok.length,
          close: self ? at + tok.length - 2 : -1,
          selfClosing: self,
          markRPr: '',
          nodes: [],
          form: { runs: [] },
        }
        const index = paragraphs.length
        if (t?.cell) {
          t.cell.paragraphs.push(index)
          if (t.cell.cell.paragraph < 0) t.cell.cell.paragraph = index
          para.form.cell = { table: t.table.index, row: t.table.rows.length, col: t.cell.cell.col }
        }
        paragraphs.push(para)
        if (!self) pStack.push(para)
        break
      }
      case 'w:pPr':
        if (!self) inPPr += close ? -1 : 1
        break
      case 'w:pStyle':
        if (p && inPPr && HEADING_STYLE.test(attr(tok, 'w:val') ?? '')) p.form.heading = true
        break
      case 'w:outlineLvl':
        if (p && inPPr) p.form.heading = true
        break
      case 'w:r':
        if (close) run = null
        else if (!self) run = { rPr: '', underline: false }
        break
      case 'w:rPr':
        if (self) break
        // A w:rPrChange holds an older w:rPr inside this one: only the outermost counts.
        if (!close) {
          if (inRPr++ > 0) break
          if (run && !inPPr) rPrStart = at
          if (inPPr) markStart = at
        } else {
          if (--inRPr > 0) break
          if (run && !inPPr && rPrStart >= 0) run.rPr = xml.slice(rPrStart, at + tok.length)
          if (inPPr && markStart >= 0 && p) p.markRPr = xml.slice(markStart, at + tok.length)
          rPrStart = -1
          markStart = -1
        }
        break
      case 'w:u':
        if (run && inRPr > 0 && !inPPr) run.underline = (attr(tok, 'w:val') ?? 'single') !== 'none'
        break
      case 'w:fldChar': {
        const type = attr(tok, 'w:fldCharType')
        if (type === 'begin' && !self && !close)
          ff = { start: at, box: false, text: false, checked: null, dflt: false, maxLength: null, dd: null }
        else if (close && ff) {
          // A FORMDROPDOWN is drawn by Word from w:ffData: one character stands for it where it begins.
          if (ff.dd && run && p) {
            const { entries, result, dflt } = ff.dd
            addField(p, { kind: 'dropdown', at: textLength(p), entries, selected: result ?? dflt ?? 0 })
            addNode(p, { kind: 'other', start: ff.start, end: at + tok.length, text: DROPDOWN_MARK, run })
          }
          // The box stands where the field begins (Word draws it there); checked by w:checked, else by w:default.
          if (ff.box && run && p)
            addNode(p, {
              kind: 'other',
              start: ff.start,
              end: at + tok.length,
              text: (ff.checked ?? ff.dflt) ? '☑' : '□',
              run,
            })
          if (ff.text) {
            ffResult = 'before'
            ffMax = ff.maxLength
          }
          ff = null
        } else if (type === 'separate' && ffResult === 'before') {
          ffResult = 'in'
          if (p) addField(p, { kind: 'text', at: textLength(p), maxLength: ffMax })
        } else if (type === 'end') ffResult = null
        break
      }
      case 'w:checkBox':
        if (ff && !close) ff.box = true
        break
      case 'w:textInput':
        if (ff && !close) ff.text = true
        break
      case 'w:default':
        if (ff?.box) ff.dflt = /^(1|true|on)$/.test(attr(tok, 'w:val') ?? '')
        else if (ff?.dd) ff.dd.dflt = Number(attr(tok, 'w:val')) || 0
        break
      case 'w:ddList':
        if (ff && !close) ff.dd = { entries: [], result: null, dflt: null }
        break
      case 'w:listEntry':
        if (ff?.dd) ff.dd.entries.push(attr(tok, 'w:val') ?? '')
        break
      case 'w:result':
        if (ff?.dd) ff.dd.result = Number(attr(tok, 'w:val')) || 0
        break
      case 'w:maxLength': {
        const n = Number(attr(tok, 'w:val'))
        if (ff?.text && Number.isInteger(n) && n > 0) ff.maxLength = n
        break
      }
      case 'w:checked':
        if (ff?.box) ff.checked = !/^(0|false|off)$/.test(attr(tok, 'w:val') ?? '1')
        break
      case 'w:t':
        if (!run || !p) break
        // A FORMTEXT's result (five en spaces until filled) is the field's blank line, as Word shows it shaded.
        if (ffResult === 'in') run.underline = true
        if (self) {
          addNode(p, { kind: 't', start: at, end: at + tok.length, text: '', run })
        } else if (!close) {
          tStart = at
          textStart = -1
        } else if (tStart >= 0) {
          const raw = textStart >= 0 ? xml.slice(textStart, at) : ''
          addNode(p, { kind: 't', start: tStart, end: at + tok.length, text: decodeXml(raw), run })
          tStart = -1
        }
        break
      case 'w:tab':
      case 'w:ptab':
        if (run && p && !inRPr) addNode(p, { kind: 'tab', start: at, end: at + tok.length, text: '\t', run })
        break
      case 'w:br':
      case 'w:cr':
        if (run && p) addNode(p, { kind: 'other', start: at, end: at + tok.length, text: '\n', run })
        break
      case 'w:noBreakHyphen':
        if (run && p) addNode(p, { kind: 'other', start: at, end: at + tok.length, text: '-', run })
        break
      case 'w:sym': {
        if (!run || !p) break
        const c = (attr(tok, 'w:char') ?? '').toUpperCase()
        const text = SYM_BOX.has(c) ? '□' : SYM_TICKED.has(c) ? '☑' : '\u25cc'
        addNode(p, { kind: 'other', start: at, end: at + tok.length, text, run })
        break
      }
    }
  }
  return { xml, paragraphs, doc: { paragraphs: paragraphs.map((p) => p.form), tables }, rows: rowRanges }
}

function addNode(p: XmlParagraph, node: TextNode) {
  p.nodes.push(node)
  const last = p.form.runs.at(-1)
  // Runs as the finder sees them: consecutive text with the same underline joins.
  if (last && last.underline === node.run.underline && p.nodes.at(-2)?.run === node.run)
    last.text += node.text
  else p.form.runs.push({ text: node.text, underline: node.run.underline })
}
