/**
 * Where each bookmark landed in a PDF that LibreOffice wrote with ExportBookmarksToPDFDestination: the named
 * destinations, resolved to 1-based page numbers. This is the proof that the numbers printed in the contents and
 * the 评分索引表 are right: it reads the finished PDF itself, not LibreOffice's idea of its layout, and needs no
 * font or text matching. Written for LibreOffice's output (a classic xref table, uncompressed object dictionaries),
 * which is what it reads; anything else yields an empty map and the caller reports that.
 */

/** LibreOffice's spelling of a destination name: ASCII letters, digits and '-' kept, everything else as hex. */
export function pdfDestName(bookmark: string): string {
  let out = ''
  for (let i = 0; i < bookmark.length; i++) {
    const c = bookmark.charCodeAt(i)
    if (/[0-9A-Za-z-]/.test(bookmark[i])) out += bookmark[i]
    else {
      const hi = c >> 8
      if (hi > 0) out += hi.toString(16).toUpperCase().padStart(2, '0')
      out += (c & 0xff).toString(16).toUpperCase().padStart(2, '0')
    }
  }
  return out
}

class PdfObjects {
  private readonly text: string
  private readonly offsets = new Map<number, number>()
  trailer: string | undefined

  constructor(bytes: Uint8Array) {
    // latin1 keeps byte offsets equal to string offsets.
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text.slice(-1024))
    let at = start ? Number(start[1]) : -1
    const seen = new Set<number>()
    // Follow /Prev so an incrementally updated file resolves too; newer sections win.
    while (at >= 0 && !seen.has(at) && this.text.startsWith('xref', at)) {
      seen.add(at)
      const re = /(\d+)\s+(\d+)\s*\r?\n|trailer/y
      re.lastIndex = at + 4
      let m: RegExpExecArray | null
      while ((m = skipWs(re, this.text)) && m[0] !== 'trailer') {
        const first = Number(m[1])
        const count = Number(m[2])
        let p = re.lastIndex
        for (let i = 0; i < count; i++, p += 20) {
          const entry = this.text.slice(p, p + 18)
          if (entry[17] === 'n' && !this.offsets.has(first + i))
            this.offsets.set(first + i, Number(entry.slice(0, 10)))
        }
        re.lastIndex = p
      }
      const trailer = this.text.slice(re.lastIndex, re.lastIndex + 2048)
      this.trailer ??= trailer
      const prev = /\/Prev\s+(\d+)/.exec(trailer)
      at = prev ? Number(prev[1]) : -1
    }
  }

  /** The dictionary text of object `n` (up to its stream or endobj). */
  get(n: number): string {
    const at = this.offsets.get(n)
    if (at === undefined) return ''
    const end = this.text.indexOf('endobj', at)
    const body = this.text.slice(at, end < 0 ? undefined : end)
    const stream = body.indexOf('stream')
    return stream < 0 ? body : body.slice(0, stream)
  }
}

function skipWs(re: RegExp, s: string): RegExpExecArray | null {
  while (re.lastIndex < s.length && /\s/.test(s[re.lastIndex])) re.lastIndex++
  return re.exec(s)
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s*(\\d+)\\s+\\d+\\s+R`).exec(dict)
  return m ? Number(m[1]) : undefined
}

/** Page object numbers in page order, walking the page tree. */
function pageOrder(objs: PdfObjects, root: number): number[] {
  const out: number[] = []
  const walk = (n: number, depth: number) => {
    if (depth > 32) return
    const d = objs.get(n)
    if (/\/Type\s*\/Pages\b/.test(d)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(d)?.[1] ?? ''
      for (const k of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(k[1]), depth + 1)
    } else out.push(n)
  }
  walk(root, 0)
  return out
}

/** Destination name (as written in the PDF) → 1-based page number. */
export function pdfNamedDestinations(bytes: Uint8Array): Map<string, number> {
  const result = new Map<string, number>()
  const objs = new PdfObjects(bytes)
  const rootNo = objs.trailer ? ref(objs.trailer, 'Root') : undefined
  if (rootNo === undefined) return result
  const catalog = objs.get(rootNo)
  const pagesNo = ref(catalog, 'Pages')
  const destsNo = ref(catalog, 'Dests')
  if (pagesNo === undefined || destsNo === undefined) return result
  const index = new Map(pageOrder(objs, pagesNo).map((obj, i) => [obj, i + 1]))
  for (const m of objs.get(destsNo).matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = index.get(Number(m[2]))
    if (page !== undefined) result.set(m[1], page)
  }
  return result
}

/** The page of each bookmark in `names`, from the PDF's named destinations (missing ones are left out). */
export function bookmarkPages(pdf: Uint8Array, names: Iterable<string>): Map<string, number> {
  const dests = pdfNamedDestinations(pdf)
  const out = new Map<string, number>()
  for (const n of names) {
    const page = dests.get(pdfDestName(n))
    if (page !== undefined) out.set(n, page)
  }
  return out
}
