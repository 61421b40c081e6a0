import { ORDER } from './form-props'
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

/** The children of a w:rPr in schema order (form-props.ts), then the revision record that closes it. */
const RPR_ORDER = [...ORDER['w:rPr'].split(' '), 'rPrChange']

/** `rPr` with its w:`name` set to `element` (replacing the one there), in its place in the ECMA order. */
export function setRunProp(rPr: string, name: string, element: string): string {
  if (rPr === '') return `<w:rPr>${element}</w:rPr>`
  const own = new RegExp(`<w:${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</w:${name}>)`)
  if (own.test(rPr)) return rPr.replace(own, element)
  const later = RPR_ORDER.slice(RPR_ORDER.indexOf(name) + 1)
  const next = new RegExp(`<w:(?:${later.join('|')})[\\s/>]`).exec(rPr)
  const at = next ? next.index : rPr.lastIndexOf('</w:rPr>')
  return `${rPr.slice(0, at)}${element}${rPr.slice(at)}`
}

export interface Edit {
  start: number
  end: number
  text: string
}

/** The formatting a value written into an empty cell takes: its first run's, else its paragraph mark's. */
export const cellRPr = (p: XmlParagraph) => p.nodes[0]?.run.rPr ?? runPropsOfMark(p.markRPr)

/** Runs written at the end of a paragraph (an empty cell's). */
export function runsEdit(xml: string, p: XmlParagraph, runs: string): Edit {
  if (p.selfClosing) {
    const open = xml.slice(p.start, p.end).replace(/\s*\/>$/, '>')
    return { start: p.start, end: p.end, text: `${open}${runs}</w:p>` }
  }
  return { start: p.close, end: p.close, text: runs }
}
