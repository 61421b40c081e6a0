import { NumberingCounter, readNumbering } from '@services/tender/numbering'
import {
  attrOf,
  childProps,
  mergeProps,
  propsOf,
  readThemeFonts,
  resolveThemeFonts,
  writeProps,
  type Props,
  type ThemeFonts,
} from './form-props'
import { PictureCarrier, readRels, replaceElements, rootNamespaces, type CarriedRel } from './form-media'
import { paragraphTexts } from './ooxml-text'

/**
 * A buyer's filled form, made ready to sit inside the 投标文件 body: its own styles, list numbering and theme fonts
 * written out as direct formatting, and everything that points into its own package taken out (section breaks,
 * bookmarks, comments, notes, hyperlinks, tracked revisions), so the one document keeps one 目录, one page
 * numbering and one set of headers. Pictures travel with their media parts (form-media.ts). The body is then cut
 * into its forms at page and section breaks.
 */

interface StyleDef {
  basedOn: string | null
  pPr: Props
  rPr: Props
  tblPr: Props
}

interface FormStyles {
  defaults: { pPr: Props; rPr: Props }
  styles: Map<string, StyleDef>
  defaultParagraph: string | null
  defaultTable: string | null
  theme: ThemeFonts
}

function readStyles(xml: string | null, theme: ThemeFonts): FormStyles {
  const out: FormStyles = {
    defaults: { pPr: new Map(), rPr: new Map() },
    styles: new Map(),
    defaultParagraph: null,
    defaultTable: null,
    theme,
  }
  if (!xml) return out
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(xml)?.[1] ?? ''
  out.defaults.rPr = propsOf(/<w:rPr>[\s\S]*?<\/w:rPr>/.exec(defaults)?.[0])
  out.defaults.pPr = propsOf(/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(defaults)?.[0])
  for (const m of xml.matchAll(/<w:style\s([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = /w:styleId="([^"]*)"/.exec(m[1])?.[1]
    if (!id) continue
    const type = /w:type="([^"]*)"/.exec(m[1])?.[1]
    if (/w:default="(1|true|on)"/.test(m[1])) {
      if (type === 'paragraph') out.defaultParagraph = id
      if (type === 'table') out.defaultTable = id
    }
    // A table style's conditional parts (first row, banding) are not its own formatting.
    const own = childProps(m[2].split('<w:tblStylePr')[0])
    out.styles.set(id, {
      basedOn: attrOf(own.get('w:basedOn'), 'w:val'),
      pPr: propsOf(own.get('w:pPr')),
      rPr: propsOf(own.get('w:rPr')),
      tblPr: propsOf(own.get('w:tblPr')),
    })
  }
  return out
}

/** The style and the styles it is based on, root first. */
function chain(s: FormStyles, id: string | null): StyleDef[] {
  const out: StyleDef[] = []
  const seen = new Set<string>()
  for (let cur = id; cur && !seen.has(cur) && out.length < 20;) {
    seen.add(cur)
    const def = s.styles.get(cur)
    if (!def) break
    out.unshift(def)
    cur = def.basedOn
  }
  return out
}

const without = (p: Props, ...names: string[]) => {
  const out = new Map(p)
  for (const n of names) out.delete(n)
  return out
}

/** Removes every element `name` with its content, nested ones included. */
const removeElements = (xml: string, name: string) => replaceElements(xml, [name], () => '')

/** Elements that keep their content with their wrapper gone (accepted insertions, links, smart tags). */
const UNWRAP = /<\/?(?:w:ins|w:moveTo|w:hyperlink|w:smartTag|w:customXml|w:dir|w:bdo)(?:\s[^>]*)?>/g
const DROPPED = [
  'w:del',
  'w:moveFrom',
  'w:pPrChange',
  'w:rPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:sectPr',
  'w:customXmlPr',
  'w:smartTagPr',
]
const EMPTY_DROPPED =
  /<w:(?:bookmarkStart|bookmarkEnd|proofErr|lastRenderedPageBreak|commentRangeStart|commentRangeEnd|permStart|permEnd|moveFromRangeStart|moveFromRangeEnd|moveToRangeStart|moveToRangeEnd)\b[^>]*\/>/g
const NOTE_RUN =
  /<w:r(?:\s[^>]*)?>(?:(?!<\/w:r>)[\s\S])*?<w:(?:commentReference|footnoteReference|endnoteReference)\b[\s\S]*?<\/w:r>/g
/** Attributes of newer Word versions and revision ids: our document root does not declare or ignore them all. */
const FOREIGN_ATTR = /\s(?:w14|w15|w16\w*|wp14|w:rsid\w*)(?::[\w]+)?="[^"]*"/g

/** What cannot travel into our package, taken out (see the module comment). */
function detach(xml: string): string {
  let s = xml
  for (const name of DROPPED) s = removeElements(s, name)
  return s.replace(NOTE_RUN, '').replace(EMPTY_DROPPED, '').replace(UNWRAP, '').replace(FOREIGN_ATTR, '')
}

const PAGE_BREAK = /<w:br\b[^>]*w:type="page"[^>]*\/>/g

export interface FormChunk {
  /** The form's first line (its title as the buyer printed it). */
  title: string
  /** WordprocessingML blocks (paragraphs, tables), ready for our body. */
  blocks: string[]
  /** Visible text, paragraph by paragraph (table cells included), for the checks. */
  paragraphs: string[]
  /** How many paragraphs of the filled document.xml precede the form (blank fills name their paragraph). */
  firstParagraph: number
  paragraphCount: number
}

export interface FormBody {
  forms: FormChunk[]
  /** Pictures of the form that cannot travel into the print (charts, text boxes, embedded objects: form-media.ts). */
  droppedPictures: number
  /** Relationships (and the media parts behind them) the printed pictures need, by their new ids. */
  rels: CarriedRel[]
}

/** Top-level blocks of the body (paragraphs, tables, content controls), without the final section properties. */
function blocksOf(body: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (const m of body.matchAll(/<(\/?)([\w:]+)(?:\s[^>]*?)?(\/?)>/g)) {
    const [whole, close, , self] = m
    if (self) {
      if (depth === 0) out.push(body.slice(m.index, m.index + whole.length))
    } else if (close) {
      depth--
      if (depth === 0) out.push(body.slice(start, m.index + whole.length))
    } else {
      if (depth === 0) start = m.index
      depth++
    }
  }
  return out.filter((b) => !/^<w:sectPr[\s>/]/.test(b))
}

const countParagraphs = (xml: string) =>
  (removeElements(xml, 'mc:Fallback').match(/<w:p[\s>/]/g) ?? []).length

/** Splits the raw blocks into forms: a page break or a section break ends a form, "page break before" starts one. */
function splitForms(blocks: string[]): { blocks: string[]; first: number; count: number }[] {
  const forms: { blocks: string[]; first: number; count: number }[] = []
  let cur: string[] = []
  let seen = 0
  let first = 0
  const close = () => {
    if (cur.some((b) => paragraphTexts(b).some((t) => t.trim() !== '') || b.startsWith('<w:tbl')))
      forms.push({ blocks: cur, first, count: seen - first })
    cur = []
    first = seen
  }
  for (const b of blocks) {
    const isP = b.startsWith('<w:p')
    const pPr = isP ? (/^<w:p(?:\s[^>]*)?>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)/.exec(b)?.[1] ?? '') : ''
    if (isP && /<w:pageBreakBefore(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(pPr)) close()
    const brAt = isP ? b.search(PAGE_BREAK) : -1
    const textAt = b.search(/<w:t[\s>]/)
    const hasText = paragraphTexts(b).some((t) => t.trim() !== '')
    // A break before the paragraph's text opens the next form with it; after it (or alone) it ends this one.
    if (brAt >= 0 && hasText && textAt > brAt) close()
    cur.push(b.replace(PAGE_BREAK, ''))
    seen += countParagraphs(b)
    if ((brAt >= 0 && !(hasText && textAt > brAt)) || /<w:sectPr[\s>]/.test(pPr)) close()
  }
  close()
  return forms
}

/** Word's own spacing where the form states none: ours (1.5 lines) would stretch its tables. */
const BASE_PPR: Props = new Map([
  ['w:spacing', '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'],
])

class Writer {
  private counter
  constructor(
    private readonly s: FormStyles,
    numberingXml: string | null,
  ) {
    this.counter = new NumberingCounter(readNumbering(numberingXml))
  }

  paragraph(p: string): string {
    const closed = p.endsWith('</w:p>')
    const inner = closed ? p.slice(/^<w:p(?:\s[^>]*)?>/.exec(p)![0].length, -'</w:p>'.length) : ''
    const pPrEl = /^\s*<w:pPr>[\s\S]*?<\/w:pPr>/.exec(inner)
    const direct = propsOf(pPrEl?.[0].trim())
    const styles = chain(this.s, attrOf(direct.get('w:pStyle'), 'w:val') ?? this.s.defaultParagraph)
    const merged = mergeProps(BASE_PPR, this.s.defaults.pPr, ...styles.map((d) => d.pPr), direct)
    const runBase = [this.s.defaults.rPr, ...styles.map((d) => d.rPr)]
    const mark = this.runProps(runBase, propsOf(direct.get('w:rPr')))
    const numPr = merged.get('w:numPr')
    const pPr = writeProps(
      'w:pPr',
      new Map([
        ...without(merged, 'w:pStyle', 'w:outlineLvl', 'w:numPr', 'w:rPr', 'w:sectPr'),
        ...(mark ? ([['w:rPr', mark]] as [string, string][]) : []),
      ]),
    )
    let rest = inner.slice(pPrEl ? pPrEl[0].length : 0)
    rest = rest.replace(
      /<w:r(\s[^>]*)?>(\s*<w:rPr>[\s\S]*?<\/w:rPr>)?/g,
      (_, attrs: string | undefined, r) => {
        const props = propsOf(r?.trim())
        const charStyle = chain(this.s, attrOf(props.get('w:rStyle'), 'w:val'))
        return `<w:r${attrs ?? ''}>${this.runProps([...runBase, ...charStyle.map((d) => d.rPr)], props)}`
      },
    )
    if (numPr) {
      const num = propsOf(numPr)
      const numId = attrOf(num.get('w:numId'), 'w:val')
      const ilvl = Number(attrOf(num.get('w:ilvl'), 'w:val') ?? 0)
      const label = numId ? this.counter.next(numId, ilvl) : ''
      // Word puts a tab after the number; a space where the label ends in a word ("第一章"), nothing after 、 or ．.
      const gap = /[\p{L}\p{N}]$/u.test(label) ? ' ' : ''
      if (label) rest = `<w:r>${mark}<w:t xml:space="preserve">${escapeText(label + gap)}</w:t></w:r>${rest}`
    }
    return `<w:p>${pPr}${rest}</w:p>`
  }

  private runProps(layers: Props[], direct: Props): string {
    const merged = resolveThemeFonts(mergeProps(...layers, without(direct, 'w:rStyle')), this.s.theme)
    return writeProps('w:rPr', without(merged, 'w:rStyle'))
  }

  table(xml: string): string {
    return xml.replace(/<w:tblPr>[\s\S]*?<\/w:tblPr>/g, (el) => {
      const direct = propsOf(el)
      const styles = chain(this.s, attrOf(direct.get('w:tblStyle'), 'w:val') ?? this.s.defaultTable)
      return writeProps('w:tblPr', without(mergeProps(...styles.map((d) => d.tblPr), direct), 'w:tblStyle'))
    })
  }

  /** Every paragraph of a block (in table cells too), with its formatting made direct. */
  block(xml: string): string {
    return this.table(xml).replace(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g, (p) =>
      this.paragraph(p),
    )
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The filled form's document.xml (with its styles, numbering and theme) as forms ready for our body. */
export function formBody(parts: {
  document: string
  styles: string | null
  numbering: string | null
  theme: string | null
  /** word/_rels/document.xml.rels: without it every picture is left out. */
  rels?: string | null
  /** Prefix of the picture relationship ids and media names, unique per form file in one package. */
  prefix?: string
}): FormBody {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(parts.document)?.[1] ?? ''
  const writer = new Writer(readStyles(parts.styles, readThemeFonts(parts.theme)), parts.numbering)
  const carrier = new PictureCarrier(
    readRels(parts.rels ?? null),
    rootNamespaces(parts.document),
    parts.prefix ?? 'bf',
  )
  const forms = splitForms(blocksOf(body)).map((f) => {
    // Numbering counts on through the forms in document order, as Word draws it.
    const blocks = f.blocks.map((b) => writer.block(detach(carrier.carry(b))))
    const paragraphs = paragraphTexts(blocks.join(''))
    const title =
      paragraphs
        .find((t) => t.trim() !== '')
        ?.trim()
        .slice(0, 200) ?? ''
    return { title, blocks, paragraphs, firstParagraph: f.first, paragraphCount: f.count }
  })
  return { forms, droppedPictures: carrier.dropped, rels: [...carrier.rels.values()] }
}
