import type { XmlParagraph } from './form-xml'

/** Small pieces of run writing shared by the blank writer and the item-row writer. */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
export const wt = (s: string) => `<w:t xml:space="preserve">${esc(s)}</w:t>`

/** The paragraph mark's formatting as a run's: without the revision marks that only a mark may carry. */
export function runPropsOfMark(markRPr: string): string {
  return markRPr
    .replace(/<w:rPrChange[\s\S]*?<\/w:rPrChange>/g, '')
    .replace(/<w:(ins|del|moveFrom|moveTo)\b[^>]*\/>/g, '')
}

export interface Edit {
  start: number
  end: number
  text: string
}

/** A value written at the end of a paragraph (an empty cell's), with its first run's or its mark's formatting. */
export function cellRunEdit(xml: string, p: XmlParagraph, value: string): Edit {
  const rPr = p.nodes[0]?.run.rPr ?? runPropsOfMark(p.markRPr)
  const run = `<w:r>${rPr}${wt(value)}</w:r>`
  if (p.selfClosing) {
    const open = xml.slice(p.start, p.end).replace(/\s*\/>$/, '>')
    return { start: p.start, end: p.end, text: `${open}${run}</w:p>` }
  }
  return { start: p.close, end: p.close, text: run }
}
