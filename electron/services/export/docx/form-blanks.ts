import JSZip from 'jszip'
import { detectBlanks, planBlanks, type BlankFill, type PlanOptions } from '@shared/domain/blanks'
import { readDocXml, type DocXml, type TextNode, type XmlParagraph } from './form-xml'

/**
 * Blank filling in the buyer's word/document.xml: the plan (shared/domain/blanks) says what goes where; this writes
 * each value into the run that held the blank, with that run's formatting (a value replacing an underscore line is
 * underlined, as a filled-in line looks on paper), or into an empty cell with the cell's paragraph-mark formatting.
 * Nothing else of the form changes.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const wt = (s: string) => `<w:t xml:space="preserve">${esc(s)}</w:t>`

/** Elements that come after w:u in a w:rPr (ECMA-376 order), so an added w:u goes before them. */
const AFTER_U =
  /<w:(effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath|rPrChange)[\s/>]/

function underlined(rPr: string): string {
  if (rPr === '') return '<w:rPr><w:u w:val="single"/></w:rPr>'
  if (/<w:u[\s/>]/.test(rPr)) return rPr.replace(/<w:u(\s[^>]*)?\/?>(<\/w:u>)?/, '<w:u w:val="single"/>')
  const later = AFTER_U.exec(rPr)
  const at = later ? later.index : rPr.lastIndexOf('</w:rPr>')
  return `${rPr.slice(0, at)}<w:u w:val="single"/>${rPr.slice(at)}`
}

/** The paragraph mark's formatting as a run's: without the revision marks that only a mark may carry. */
function runPropsOfMark(markRPr: string): string {
  return markRPr
    .replace(/<w:rPrChange[\s\S]*?<\/w:rPrChange>/g, '')
    .replace(/<w:(ins|del|moveFrom|moveTo)\b[^>]*\/>/g, '')
}

interface Edit {
  start: number
  end: number
  text: string
}

interface NodeOps {
  deleted: Set<number>
  inserts: Map<number, { value: string; underline: boolean }>
}

function serializeNode(xml: string, node: TextNode, ops: NodeOps): string {
  const pieces: ({ kind: 'orig'; text: string } | { kind: 'value'; text: string; underline: boolean })[] = []
  const chars = [...node.text]
  for (let i = 0; i < chars.length; i++) {
    const ins = ops.inserts.get(i)
    if (ins) pieces.push({ kind: 'value', text: ins.value, underline: ins.underline })
    if (ops.deleted.has(i)) continue
    const last = pieces.at(-1)
    if (last?.kind === 'orig') last.text += chars[i]
    else pieces.push({ kind: 'orig', text: chars[i] })
  }
  const original = xml.slice(node.start, node.end)
  return pieces
    .map((p) => {
      if (p.kind === 'orig') return node.kind === 'tab' ? original : wt(p.text)
      const rPr = p.underline ? underlined(node.run.rPr) : node.run.rPr
      return `</w:r><w:r>${rPr}${wt(p.text)}</w:r><w:r>${node.run.rPr}`
    })
    .join('')
}

function paragraphEdits(
  doc: DocXml,
  p: XmlParagraph,
  fills: BlankFill[],
): { edits: Edit[]; failed: string[] } {
  const failed: string[] = []
  // An empty cell: a run of its own before </w:p>.
  const edits: Edit[] = []
  const inline = fills.filter((f) => f.kind !== 'cell')
  for (const f of fills.filter((x) => x.kind === 'cell')) {
    const rPr = p.nodes[0]?.run.rPr ?? runPropsOfMark(p.markRPr)
    const run = `<w:r>${rPr}${wt(f.value!)}</w:r>`
    if (p.selfClosing) {
      const open = doc.xml.slice(p.start, p.end).replace(/\s*\/>$/, '>')
      edits.push({ start: p.start, end: p.end, text: `${open}${run}</w:p>` })
    } else edits.push({ start: p.close, end: p.close, text: run })
  }
  if (inline.length === 0) return { edits, failed }

  // Which node holds each character of the paragraph text.
  const owner: { node: number; offset: number }[] = []
  p.nodes.forEach((n, ni) => [...n.text].forEach((_, k) => owner.push({ node: ni, offset: k })))
  const ops = new Map<number, NodeOps>()
  const opsOf = (ni: number) => {
    let o = ops.get(ni)
    if (!o) ops.set(ni, (o = { deleted: new Set(), inserts: new Map() }))
    return o
  }
  for (const f of inline) {
    const first = owner[f.start]
    const range = owner.slice(f.start, f.end)
    if (!first || range.some((c) => p.nodes[c.node].kind === 'other')) {
      failed.push(f.id)
      continue
    }
    opsOf(first.node).inserts.set(first.offset, { value: f.value!, underline: f.kind === 'line' })
    for (const c of range) opsOf(c.node).deleted.add(c.offset)
  }
  for (const [ni, o] of ops) {
    const node = p.nodes[ni]
    edits.push({ start: node.start, end: node.end, text: serializeNode(doc.xml, node, o) })
  }
  return { edits, failed }
}

/** Writes the filled values into the XML; returns the new XML and the ids that could not be written. */
export function applyFills(doc: DocXml, fills: readonly BlankFill[]): { xml: string; failed: string[] } {
  const byParagraph = new Map<number, BlankFill[]>()
  for (const f of fills) {
    if (f.status !== 'filled' || f.value === null) continue
    byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f])
  }
  const edits: Edit[] = []
  const failed: string[] = []
  for (const [pi, fs] of byParagraph) {
    const r = paragraphEdits(doc, doc.paragraphs[pi], fs)
    edits.push(...r.edits)
    failed.push(...r.failed)
  }
  let xml = doc.xml
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    xml = xml.slice(0, e.start) + e.text + xml.slice(e.end)
  }
  return { xml, failed }
}

export interface BlankResult {
  fills: BlankFill[]
  /** The package with the values written (same bytes as given when nothing was filled). */
  bytes: Buffer
}

/** Finds, plans and (unless dryRun) writes the blanks of word/document.xml of a guarded package. */
export async function fillBlanks(
  pkg: Buffer,
  values: Record<string, string>,
  opts: PlanOptions & { dryRun?: boolean } = {},
): Promise<BlankResult> {
  const zip = await JSZip.loadAsync(pkg)
  const part = zip.file('word/document.xml')
  if (!part) return { fills: [], bytes: pkg }
  const doc = readDocXml(await part.async('string'))
  const planned = planBlanks(detectBlanks(doc.doc), values, opts)
  if (opts.dryRun || !planned.some((f) => f.status === 'filled')) return { fills: planned, bytes: pkg }
  const { xml, failed } = applyFills(doc, planned)
  const fills = planned.map((f) =>
    failed.includes(f.id)
      ? {
          ...f,
          status: 'unfilled' as const,
          value: null,
          why: { zh: '空白处含有无法改写的内容（分页符/符号）', en: 'the blank holds a break or symbol' },
        }
      : f,
  )
  zip.file('word/document.xml', xml)
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
  return { fills, bytes }
}
