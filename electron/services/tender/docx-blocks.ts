import type { TenderBlock, TenderCell } from '@shared/domain/tender'
import { NumberingCounter, type Numbering } from './numbering'
import { walkXml } from './xml-walk'

/**
 * word/document.xml → blocks: paragraphs with the numbering Word draws in front of them and their heading level,
 * tables with merged cells resolved (gridSpan across, vMerge down), content controls and text boxes read through,
 * deleted text and field codes left out, and the Fallback copy of alternate content skipped (it repeats the text).
 */
export interface StyleInfo {
  name: string
  basedOn?: string
  outline?: number
  numId?: string
  ilvl?: number
}

export function readStyles(xml: string | null): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>()
  if (!xml) return out
  let cur: StyleInfo | null = null
  let inPPr = false
  walkXml(xml, 'word/styles.xml', {
    open(name, a) {
      if (name === 'w:style' && a['w:type'] === 'paragraph') {
        cur = { name: '' }
        out.set(a['w:styleId'], cur)
      } else if (!cur) return
      else if (name === 'w:name') cur.name = a['w:val'] ?? ''
      else if (name === 'w:basedOn') cur.basedOn = a['w:val']
      else if (name === 'w:pPr') inPPr = true
      else if (inPPr && name === 'w:outlineLvl') cur.outline = Number(a['w:val'])
      else if (inPPr && name === 'w:numId') cur.numId = a['w:val']
      else if (inPPr && name === 'w:ilvl') cur.ilvl = Number(a['w:val'])
    },
    close(name) {
      if (name === 'w:style') cur = null
      else if (name === 'w:pPr') inPPr = false
    },
    text() {},
  })
  return out
}

function styleChain(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo[] {
  const out: StyleInfo[] = []
  for (
    let s = id ? styles.get(id) : undefined;
    s && out.length < 20;
    s = s.basedOn ? styles.get(s.basedOn) : undefined
  )
    out.push(s)
  return out
}

const SYMBOLS: Record<string, string> = {
  F0A8: '□',
  F06F: '□',
  F0FE: '☑',
  F0FD: '☒',
  F078: '☒',
  F0AB: '★',
  F0B2: '☆',
  F0A1: '○',
}

interface Para {
  style?: string
  numId?: string
  ilvl?: number
  outline?: number
  text: string
}
interface Cell {
  paras: string[]
  span: number
  vMerge: 'restart' | 'continue' | null
}
interface Table {
  rows: { before: number; cells: Cell[] }[]
}

export function documentBlocks(
  xml: string,
  styles: Map<string, StyleInfo>,
  numbering: Numbering,
): TenderBlock[] {
  const blocks: TenderBlock[] = []
  const counter = new NumberingCounter(numbering)
  const paras: Para[] = []
  const tables: Table[] = []
  const cells: Cell[] = []
  let inT = false
  let inPPr = 0
  let skip = 0
  let mergeNo = 0

  const finishPara = (p: Para) => {
    const chain = styleChain(styles, p.style)
    const numId = p.numId ?? chain.find((s) => s.numId)?.numId
    const ilvl = p.ilvl ?? chain.find((s) => s.ilvl != null)?.ilvl ?? 0
    const label = numId ? counter.next(numId, ilvl) : ''
    const text = (label ? `${label} ` : '') + p.text
    if (cells.length > 0) {
      cells[cells.length - 1].paras.push(text)
      return
    }
    const outline = p.outline ?? chain.find((s) => s.outline != null)?.outline
    const named = chain.map((s) => /^(?:heading|标题)\s*(\d)$/i.exec(s.name.trim())?.[1]).find(Boolean)
    const heading = outline != null && outline < 9 ? outline + 1 : named ? Number(named) : null
    const toc = chain.some((s) => /^(?:toc|目录)\s*\d/i.test(s.name.trim()))
    blocks.push({ kind: 'p', text, heading, ...(toc ? { toc } : {}) })
  }

  const finishTable = (t: Table) => {
    const rows: TenderCell[][] = []
    const open = new Map<number, TenderCell>() // column → the cell a vertical merge continues
    for (const r of t.rows) {
      const row: TenderCell[] = Array.from({ length: r.before }, () => ({ text: '' }))
      for (const c of r.cells) {
        const col = row.length
        const text = c.paras.join('\n').trim()
        let first: TenderCell
        if (c.vMerge === 'continue' && open.has(col)) {
          const above = open.get(col)!
          above.merge ??= `m${++mergeNo}`
          first = { text: above.text, merge: above.merge, covered: true }
        } else {
          first = { text }
          if (c.vMerge === 'restart') open.set(col, first)
          else open.delete(col)
        }
        row.push(first)
        if (c.span > 1) {
          first.merge ??= `m${++mergeNo}`
          for (let k = 1; k < c.span; k++) row.push({ text: first.text, merge: first.merge, covered: true })
        }
      }
      rows.push(row)
    }
    if (cells.length > 0) {
      // A table inside a cell: its rows become lines of the outer cell.
      for (const row of rows)
        cells[cells.length - 1].paras.push(
          row
            .filter((c) => !c.covered)
            .map((c) => c.text)
            .join(' '),
        )
    } else blocks.push({ kind: 'table', rows })
  }

  walkXml(xml, 'word/document.xml', {
    open(name, a) {
      if (skip > 0 || name === 'mc:Fallback' || name === 'w:instrText' || name === 'w:delText') {
        skip++
        return
      }
      const p = paras[paras.length - 1]
      switch (name) {
        case 'w:p':
          paras.push({ text: '' })
          break
        case 'w:pPr':
          inPPr++
          break
        case 'w:pStyle':
          if (p && inPPr) p.style = a['w:val']
          break
        case 'w:numId':
          if (p && inPPr) p.numId = a['w:val']
          break
        case 'w:ilvl':
          if (p && inPPr) p.ilvl = Number(a['w:val'])
          break
        case 'w:outlineLvl':
          if (p && inPPr) p.outline = Number(a['w:val'])
          break
        case 'w:t':
          inT = true
          break
        case 'w:tab':
          if (p && !inPPr) p.text += '\t'
          break
        case 'w:br':
        case 'w:cr':
          if (p) p.text += '\n'
          break
        case 'w:noBreakHyphen':
          if (p) p.text += '-'
          break
        case 'w:sym':
          if (p) p.text += SYMBOLS[(a['w:char'] ?? '').toUpperCase()] ?? ''
          break
        case 'w:tbl':
          tables.push({ rows: [] })
          break
        case 'w:tr':
          tables[tables.length - 1]?.rows.push({ before: 0, cells: [] })
          break
        case 'w:gridBefore': {
          const rows = tables[tables.length - 1]?.rows
          if (rows?.length) rows[rows.length - 1].before = Number(a['w:val'] ?? 0)
          break
        }
        case 'w:tc': {
          const c: Cell = { paras: [], span: 1, vMerge: null }
          cells.push(c)
          const rows = tables[tables.length - 1]?.rows
          rows?.[rows.length - 1]?.cells.push(c)
          break
        }
        case 'w:gridSpan':
          if (cells.length) cells[cells.length - 1].span = Math.max(1, Math.min(64, Number(a['w:val'] ?? 1)))
          break
        case 'w:vMerge':
          if (cells.length) cells[cells.length - 1].vMerge = a['w:val'] === 'restart' ? 'restart' : 'continue'
          break
      }
    },
    close(name) {
      if (skip > 0) {
        skip--
        return
      }
      switch (name) {
        case 'w:t':
          inT = false
          break
        case 'w:pPr':
          inPPr--
          break
        case 'w:p': {
          const p = paras.pop()
          if (p) finishPara(p)
          break
        }
        case 'w:tc':
          cells.pop()
          break
        case 'w:tbl': {
          const t = tables.pop()
          if (t) finishTable(t)
          break
        }
      }
    },
    text(t) {
      if (inT && skip === 0 && paras.length > 0) paras[paras.length - 1].text += t
    },
  })
  return blocks
}
