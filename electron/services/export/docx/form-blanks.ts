import JSZip from 'jszip'
import { planForm, type BlankFill, type ItemWrite, type PlanOptions } from '@shared/domain/blanks'
import { readDocXml, type DocXml, type TextNode, type XmlParagraph } from './form-xml'
import { styleSizes } from './form-cells'
import { cellWriter, withFitWarnings, type CellWriter } from './form-fit'
import { itemEdits } from './form-items'
import { setRunProp, wt, type Edit } from './form-runs'

/**
 * Blank filling in the buyer's word/document.xml: the plan (shared/domain/blanks) says what goes where; this writes
 * each value into the run that held the blank, with that run's formatting (a value replacing an underscore line is
 * underlined, as a filled-in line looks on paper), or into an empty cell with the cell's paragraph-mark formatting.
 * Nothing else of the form changes.
 */

/** A value replacing an underscore line is underlined, as a filled-in line looks on paper. */
const underlined = (rPr: string) => setRunProp(rPr, 'u', '<w:u w:val="single"/>')

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

/** A Wingdings box (w:sym) ticked (or unticked) in its own font; a box of another symbol font becomes ☑ / □. */
function symTick(xml: string, node: TextNode, on: boolean): Edit {
  const tag = xml.slice(node.start, node.end)
  const font = /\sw:font="([^"]*)"/.exec(tag)?.[1] ?? ''
  const w2 = /wingdings\s*2/i.test(font)
  const code = /wingdings/i.test(font) ? (on ? (w2 ? 'F052' : 'F0FE') : w2 ? 'F0A3' : 'F0A8') : null
  const text = code
    ? tag.replace(/\sw:char="[^"]*"/, ` w:char="${code}"`)
    : `<w:t xml:space="preserve">${on ? '☑' : '□'}</w:t>`
  return { start: node.start, end: node.end, text }
}

/**
 * A Word content-control check box (w:sdt with w14:checkbox) around the box: its state set to checked and its glyph
 * replaced by the control's own checked glyph (w14:checkedState: ☒ in MS Gothic by default, often a Wingdings 2 ☑
 * in Chinese templates), so Word shows and toggles it as ticked. Null when the box is not such a control.
 */
function checkboxControl(xml: string, node: TextNode, on = true): Edit[] | null {
  const open = Math.max(xml.lastIndexOf('<w:sdt>', node.start), xml.lastIndexOf('<w:sdt ', node.start))
  if (open < 0) return null
  const closed = xml.indexOf('</w:sdt>', open)
  const prEnd = xml.indexOf('</w:sdtPr>', open)
  if ((closed >= 0 && closed < node.start) || prEnd < 0 || prEnd > node.start) return null
  const pr = xml.slice(open, prEnd)
  const box = /<w14:checkbox>/.exec(pr)
  if (!box) return null
  const edits: Edit[] = []
  const checked = /<w14:checked\b[^>]*\/>/.exec(pr)
  const val = `<w14:checked w14:val="${on ? 1 : 0}"/>`
  if (checked)
    edits.push({ start: open + checked.index, end: open + checked.index + checked[0].length, text: val })
  else {
    const at = open + box.index + box[0].length
    edits.push({ start: at, end: at, text: val })
  }
  const state = new RegExp(`<w14:${on ? 'checkedState' : 'uncheckedState'}\\b([^>]*)\\/>`).exec(pr)?.[1] ?? ''
  const code = parseInt(/w14:val="([0-9A-Fa-f]+)"/.exec(state)?.[1] ?? (on ? '2612' : '2610'), 16)
  const font = /w14:font="([^"]*)"/.exec(state)?.[1] ?? 'MS Gothic'
  const symbolFont = /wingdings|webdings|symbol/i.test(font)
  const glyph = symbolFont
    ? `<w:sym w:font="${font}" w:char="${(code < 0x100 ? code + 0xf000 : code).toString(16).toUpperCase()}"/>`
    : `<w:t>${String.fromCodePoint(code)}</w:t>`
  // The box alone in its element (as Word writes a control's content): the element becomes the checked glyph.
  if (node.kind === 'other' || [...node.text].length === 1)
    edits.push({ start: node.start, end: node.end, text: glyph })
  else return null
  return edits
}

/**
 * A legacy FORMCHECKBOX field (w:fldChar + w:ffData/w:checkBox) ticked or unticked as Word does: w:checked in its
 * w:checkBox (w:val="0" overrides a w:default of 1), the box itself being drawn by Word from that state. Null when
 * the box is not such a field.
 */
function formFieldTick(xml: string, node: TextNode, on = true): Edit | null {
  const tag = xml.slice(node.start, node.end)
  if (!tag.startsWith('<w:fldChar')) return null
  const close = tag.indexOf('</w:checkBox>')
  if (close < 0) return null
  // ECMA order: size/sizeAuto, default, checked — w:checked is the last child.
  const open = tag.slice(0, close).replace(/<w:checked\b[^>]*\/>/g, '')
  const checked = on ? '<w:checked/>' : '<w:checked w:val="0"/>'
  return { start: node.start, end: node.end, text: `${open}${checked}${tag.slice(close)}` }
}

/** A legacy FORMDROPDOWN set to entry `index` as Word does: w:result, the first child of its w:ddList. */
function dropdownPick(xml: string, node: TextNode, index: number): Edit | null {
  const tag = xml.slice(node.start, node.end)
  const open = /<w:ddList\s*>/.exec(tag)
  if (!tag.startsWith('<w:fldChar') || !open) return null
  const at = open.index + open[0].length
  const rest = tag.slice(at).replace(/<w:result\b[^>]*\/>/, '')
  return { start: node.start, end: node.end, text: `${tag.slice(0, at)}<w:result w:val="${index}"/>${rest}` }
}

function paragraphEdits(
  doc: DocXml,
  cells: CellWriter,
  p: XmlParagraph,
  fills: BlankFill[],
): { edits: Edit[]; failed: string[] } {
  const failed: string[] = []
  // An empty cell: a run of its own before </w:p>.
  const edits: Edit[] = []
  const inline = fills.filter((f) => f.kind !== 'cell')
  for (const f of fills.filter((x) => x.kind === 'cell')) edits.push(...cells.edits(p, f.value!))
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
    if (f.kind === 'dropdown') {
      const c = owner[f.start]
      const e = c ? dropdownPick(doc.xml, p.nodes[c.node], f.choose ?? 0) : null
      if (e) edits.push(e)
      else failed.push(f.id)
      continue
    }
    if (f.kind === 'checkbox') {
      const boxes = [
        ...(f.ticks ?? []).map((at) => ({ at, on: true })),
        ...(f.unticks ?? []).map((at) => ({ at, on: false })),
      ]
      for (const { at, on } of boxes) {
        const c = owner[at]
        if (!c) continue
        const node = p.nodes[c.node]
        const sdt = checkboxControl(doc.xml, node, on)
        const field = node.kind === 'other' ? formFieldTick(doc.xml, node, on) : null
        if (sdt) edits.push(...sdt)
        else if (field) edits.push(field)
        else if (node.kind === 'other') edits.push(symTick(doc.xml, node, on))
        else {
          opsOf(c.node).deleted.add(c.offset)
          opsOf(c.node).inserts.set(c.offset, { value: on ? '☑' : '□', underline: false })
        }
      }
      continue
    }
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
export function applyFills(
  doc: DocXml,
  cells: CellWriter,
  fills: readonly BlankFill[],
  items: readonly ItemWrite[] = [],
): { xml: string; failed: string[] } {
  const byParagraph = new Map<number, BlankFill[]>()
  for (const f of fills) {
    // Item columns are written row by row (itemEdits), not at their header cell.
    if (f.status !== 'filled' || f.value === null || f.kind === 'column') continue
    byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f])
  }
  const edits: Edit[] = []
  const failed: string[] = []
  for (const [pi, fs] of byParagraph) {
    const r = paragraphEdits(doc, cells, doc.paragraphs[pi], fs)
    edits.push(...r.edits)
    failed.push(...r.failed)
  }
  edits.push(...itemEdits(doc, cells, items))
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

/** The parts a form prints text in: the body, then its headers, then its footers. */
function textParts(zip: JSZip): string[] {
  const hf = Object.keys(zip.files)
    .filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))
    // Headers before footers, each in number order (as they sit on the page).
    .sort(
      (a, b) =>
        Number(b.includes('header')) - Number(a.includes('header')) ||
        a.localeCompare(b, 'en', { numeric: true }),
    )
  return zip.file('word/document.xml') ? ['word/document.xml', ...hf] : []
}

/** "header1" for word/header1.xml; the body has no tag (its ids and places stay as they always were). */
const partTag = (name: string) => (name === 'word/document.xml' ? '' : /word\/(\w+)\.xml$/.exec(name)![1])

function placeIn(tag: string): { zh: string; en: string } {
  const m = /^(header|footer)(\d*)$/.exec(tag)!
  return m[1] === 'header'
    ? { zh: `页眉${m[2]}`, en: `header ${m[2]}` }
    : { zh: `页脚${m[2]}`, en: `footer ${m[2]}` }
}

/**
 * Finds, plans and (unless dryRun) writes the blanks of a guarded package: the body and every header and footer
 * part, each by the same finder and writer. Blanks of a header/footer part carry its tag (`part`) and an id
 * prefixed with it ("header1:p0:6"), so overrides and reports name them apart from the body's.
 */
export async function fillBlanks(
  pkg: Buffer,
  values: Record<string, string>,
  opts: PlanOptions & { dryRun?: boolean } = {},
): Promise<BlankResult> {
  const zip = await JSZip.loadAsync(pkg)
  const sizes = styleSizes((await zip.file('word/styles.xml')?.async('string')) ?? null)
  const all: BlankFill[] = []
  let wrote = false
  for (const name of textParts(zip)) {
    const tag = partTag(name)
    const doc = readDocXml(await zip.file(name)!.async('string'))
    const overrides = tag
      ? Object.fromEntries(
          Object.entries(opts.overrides ?? {})
            .filter(([k]) => k.startsWith(`${tag}:`))
            .map(([k, v]) => [k.slice(tag.length + 1), v]),
        )
      : opts.overrides
    const plan = planForm(doc.doc, values, { ...opts, overrides })
    const cells = cellWriter(doc, sizes)
    // What cannot print whole in its cell is said in the preview as in the result.
    const planned = withFitWarnings(doc, cells, plan.fills, plan.items)
    let fills = planned
    if (!opts.dryRun && planned.some((f) => f.status === 'filled')) {
      const { xml, failed } = applyFills(doc, cells, planned, plan.items)
      fills = planned.map((f) =>
        failed.includes(f.id)
          ? {
              ...f,
              status: 'unfilled' as const,
              value: null,
              why: { zh: '空白处含有无法改写的内容（分页符/符号）', en: 'the blank holds a break or symbol' },
            }
          : f,
      )
      zip.file(name, xml)
      wrote = true
    }
    if (!tag) all.push(...fills)
    else {
      const place = placeIn(tag)
      all.push(
        ...fills.map((f) => ({
          ...f,
          id: `${tag}:${f.id}`,
          part: tag,
          where: { zh: `${place.zh} ${f.where.zh}`, en: `${place.en}, ${f.where.en}` },
        })),
      )
    }
  }
  if (!wrote) return { fills: all, bytes: pkg }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
  return { fills: all, bytes }
}
