/**
 * Pictures of a buyer's form (a logo, the image of a stamp area, a diagram) travelling into our 投标文件 package.
 * A picture in WordprocessingML points at its media part through a relationship id of the form's own
 * document.xml.rels; inside our document that id means nothing (or, worse, one of our own parts). Each picture's
 * ids are renamed with a prefix of the form file, and the relationships and media parts it needs are listed for
 * the packer to add. What cannot travel safely stays out and is counted: charts, SmartArt and embedded objects
 * (their parts have parts of their own), text boxes (their paragraphs would nest inside ours), Word 2010 shape
 * groups (mc:AlternateContent).
 */

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const IMAGE_REL = `${REL_NS}/image`
const HYPERLINK_REL = `${REL_NS}/hyperlink`
const OFFICE_NS = 'urn:schemas-microsoft-com:office:office'

interface SourceRel {
  type: string
  target: string
  external: boolean
}

/** A relationship our document needs for a carried picture. */
export interface CarriedRel {
  id: string
  type: string
  /** Relative to word/ for internal parts (media/…), the URL for external ones. */
  target: string
  external: boolean
  /** The part inside the buyer's package (word/media/image1.png) whose bytes go to `target`. */
  source?: string
}

/** A carried relationship with the bytes of its media part (none for an external link). */
export interface CarriedPart extends CarriedRel {
  bytes?: Uint8Array
  contentType?: string
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&') ?? null

/** word/_rels/document.xml.rels by id. */
export function readRels(xml: string | null): Map<string, SourceRel> {
  const out = new Map<string, SourceRel>()
  for (const m of (xml ?? '').matchAll(/<(?:\w+:)?Relationship\s[^>]*?\/?>/g)) {
    const id = attr(m[0], 'Id')
    const type = attr(m[0], 'Type')
    const target = attr(m[0], 'Target')
    if (id && type && target !== null)
      out.set(id, { type, target, external: attr(m[0], 'TargetMode') === 'External' })
  }
  return out
}

/** The namespace declarations of the document's root element, by prefix. */
export function rootNamespaces(document: string): Map<string, string> {
  const root = /<(?:\w+:)?document\s[^>]*>/.exec(document)?.[0] ?? ''
  return new Map([...root.matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
}

/** A part name inside the package, from a target relative to word/ (or absolute). */
function partName(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `word/${target}`).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

/**
 * Replaces every outermost element named in `names` (nested ones go with it) by what `fn` makes of it.
 * String-level on purpose: the rest of the XML is left byte for byte as it was.
 */
export function replaceElements(
  xml: string,
  names: readonly string[],
  fn: (el: string, name: string) => string,
) {
  const re = new RegExp(`<(/?)(${names.join('|')})(?=[\\s/>])[^>]*?(/?)>`, 'g')
  let out = ''
  let depth = 0
  let start = 0
  let last = 0
  let name = ''
  for (const m of xml.matchAll(re)) {
    const [whole, close, tag, self] = m
    const end = m.index + whole.length
    if (depth === 0 && !close) {
      out += xml.slice(last, m.index)
      start = m.index
      name = tag
    }
    if (self) {
      if (depth === 0) {
        out += fn(xml.slice(start, end), name)
        last = end
      }
    } else if (close) {
      depth--
      if (depth === 0) {
        out += fn(xml.slice(start, end), name)
        last = end
      }
    } else depth++
  }
  return out + xml.slice(last)
}

const PICTURES = ['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']
const NESTED_TEXT = /<(?:w:txbxContent|wps:txbx|wps:wsp|wpg:wgp|c:chart|dgm:relIds|cx:chart)[\s/>]/

export class PictureCarrier {
  /** Relationships the carried pictures use, by their new id. */
  readonly rels = new Map<string, CarriedRel>()
  dropped = 0
  carried = 0
  private readonly relPrefixes: string[]

  constructor(
    private readonly sourceRels: Map<string, SourceRel>,
    private readonly namespaces: Map<string, string>,
    /** Makes the ids and media names of this form file unique in our package (e.g. "bf1"). */
    private readonly prefix: string,
  ) {
    const rel = [...namespaces].filter(([, uri]) => uri === REL_NS).map(([p]) => p)
    this.relPrefixes = rel.length ? rel : ['r']
  }

  /** The block with its pictures carried (ids renamed) or taken out where they cannot travel. */
  carry(xml: string): string {
    return replaceElements(xml, PICTURES, (el, name) => {
      const kept = name === 'w:drawing' || name === 'w:pict' ? this.picture(el) : null
      if (kept === null && /<(?:w:drawing|w:pict|w:object|v:imagedata|pic:pic)[\s/>]/.test(el)) this.dropped++
      if (kept !== null) this.carried++
      return kept ?? ''
    })
  }

  private picture(el: string): string | null {
    if (NESTED_TEXT.test(el)) return null
    const office = [...this.namespaces].find(([, uri]) => uri === OFFICE_NS)?.[0] ?? 'o'
    const refAttr = new RegExp(
      `(\\s(?:${[...this.relPrefixes, office].join('|')}):(?:embed|link|id|relid|href))="([^"]*)"`,
      'g',
    )
    const renamed = new Map<string, string>()
    for (const m of el.matchAll(refAttr)) {
      const id = m[2]
      const rel = this.sourceRels.get(id)
      if (!rel || (rel.type !== IMAGE_REL && rel.type !== HYPERLINK_REL)) return null
      renamed.set(id, `${this.prefix}${id.replace(/[^\w]/g, '')}`)
    }
    // A picture with no image at all (a drawn line or an empty frame) has nothing to lose by staying.
    for (const [id, to] of renamed) {
      const rel = this.sourceRels.get(id)!
      if (rel.external || rel.type === HYPERLINK_REL) {
        this.rels.set(to, { id: to, type: rel.type, target: rel.target, external: rel.external })
        continue
      }
      const source = partName(rel.target)
      const base = source.split('/').pop()!
      this.rels.set(to, {
        id: to,
        type: rel.type,
        target: `media/${this.prefix}_${base}`,
        external: false,
        source,
      })
    }
    const body = el.replace(refAttr, (_, name: string, id: string) => `${name}="${renamed.get(id) ?? id}"`)
    return this.declared(body)
  }

  /**
   * The namespace prefixes the picture uses that the buyer declared on the document's root (WPS declares a:, pic:
   * there, not on the picture), declared on the picture itself: our root may not know them.
   */
  private declared(el: string): string {
    const used = new Set([...el.matchAll(/<\/?(\w+):|\s(\w+):\w+=/g)].map((m) => m[1] ?? m[2]))
    const decls = [...used]
      .filter((p) => p !== 'xml' && p !== 'xmlns' && this.namespaces.has(p) && !el.includes(`xmlns:${p}=`))
      .map((p) => ` xmlns:${p}="${this.namespaces.get(p)}"`)
      .join('')
    return el.replace(/^<([\w:]+)/, (open) => open + decls)
  }
}

const CONTENT_TYPES = '[Content_Types].xml'
const DOCUMENT_RELS = 'word/_rels/document.xml.rels'

/**
 * Adds the carried pictures' relationships, media parts and content types to our package (in place). Our own
 * parts are never overwritten: a clash of id or part name is an internal error, not a silent swap of pictures.
 */
export function addCarriedParts(
  files: Record<string, Uint8Array>,
  parts: readonly CarriedPart[],
  decode: (b: Uint8Array) => string,
  encode: (s: string) => Uint8Array,
): string[] {
  const clashes: string[] = []
  if (parts.length === 0) return clashes
  let rels = decode(files[DOCUMENT_RELS])
  let types = decode(files[CONTENT_TYPES])
  const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  for (const p of parts) {
    if (rels.includes(`Id="${p.id}"`)) {
      clashes.push(p.id)
      continue
    }
    const mode = p.external ? ' TargetMode="External"' : ''
    if (!p.external) {
      const name = `word/${p.target}`
      if (files[name] || !p.bytes) {
        clashes.push(name)
        continue
      }
      files[name] = p.bytes
      if (p.contentType)
        types = types.replace(
          '</Types>',
          `<Override PartName="/${xmlAttr(name)}" ContentType="${xmlAttr(p.contentType)}"/></Types>`,
        )
    }
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${xmlAttr(p.id)}" Type="${xmlAttr(p.type)}" Target="${xmlAttr(p.target)}"${mode}/></Relationships>`,
    )
  }
  files[DOCUMENT_RELS] = encode(rels)
  files[CONTENT_TYPES] = encode(types)
  return clashes
}

/**
 * Every drawing of the document gets its own wp:docPr id (Word refuses a file where two share one): the buyer's
 * pictures come with the ids of their own document, which ours may already use.
 */
export function renumberDrawings(document: string): string {
  let n = 0
  return document.replace(/(<wp:docPr\s(?:[^>]*?\s)?id=")\d+"/g, (_, head: string) => `${head}${++n}"`)
}
