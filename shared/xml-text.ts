/**
 * The one text sanitizer for everything BidBench writes as XML (Word, Excel, SVG charts): XML 1.0 allows only the
 * `Char` production (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]). NUL and the other C0
 * controls, lone surrogate halves and the non-characters U+FFFE/U+FFFF arrive through paste and imports; a single
 * one makes the whole file unreadable (LibreOffice and Word refuse it), so they are dropped: none of them prints.
 */

const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const NOT_XML_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
/** A character reference to a code point outside `Char` (&#0;, &#xFFFE;, &#xD800;…) is just as fatal. */
const BAD_CHAR_REF = /&#(?:x0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));/g

export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

/** `s` without the characters XML 1.0 cannot carry. Returns `s` itself when it is clean (the usual case). */
export function xmlText(s: string): string {
  return NOT_XML_CHAR.test(s) ? s.replace(NOT_XML_CHARS, '') : s
}

/** True when `s` holds a character XML 1.0 cannot carry. */
export function hasNonXmlChar(s: string): boolean {
  return NOT_XML_CHAR.test(s)
}

/**
 * Serialized XML (a whole part or an SVG) made well-formed as far as characters go: forbidden raw characters and
 * character references to forbidden code points are removed. Safe on serialized markup because such a character
 * is illegal anywhere in a document, so removing it only touches the places where it should never have been.
 */
export function xmlDocumentText(xml: string): string {
  const raw = xmlText(xml)
  if (!raw.includes('&#')) return raw
  return raw.replace(BAD_CHAR_REF, (ref, hex: string | undefined, dec: string | undefined) => {
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10)
    return isXmlChar(cp) ? ref : ''
  })
}

/**
 * A deep copy of `v` with every string passed through xmlText; objects and arrays without such a string are
 * returned as they are (no copy), so sanitising a 500-section bid costs one scan.
 */
export function xmlSafe<T>(v: T): T {
  return deep(v) as T
}

function deep(v: unknown): unknown {
  if (typeof v === 'string') return xmlText(v)
  if (Array.isArray(v)) {
    let out: unknown[] | null = null
    for (let i = 0; i < v.length; i++) {
      const x = deep(v[i])
      if (x !== v[i]) (out ??= v.slice())[i] = x
    }
    return out ?? v
  }
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    let out: Record<string, unknown> | null = null
    for (const [k, x] of Object.entries(v)) {
      const y = deep(x)
      if (y !== x) (out ??= { ...(v as Record<string, unknown>) })[k] = y
    }
    return out ?? v
  }
  return v
}
