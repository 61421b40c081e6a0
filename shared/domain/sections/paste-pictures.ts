import { attrOf } from './word-paste'

/**
 * Pictures in pasted HTML, so they can be stored in the workspace (by hash, like an inserted picture) before the
 * paste goes in.
 *
 * Word puts a picture on the clipboard twice, both as files in the copier's temp folder (`…\Temp\msohtmlclip1\01\`):
 * the VML `<v:imagedata src=…clip_image001.png>` is the original, the `<img src=…clip_image002.png v:shapes=…>` a
 * rendition at the shown size. WPS writes `…\ksohtml…\wps1.png`. Web pages and some editors inline `data:` URLs.
 * A picture is tried from its best source first: the VML original when it is a raster format, then the `<img>`.
 */
export interface PastedPicture {
  /** The `<img>` tag's src as written: the key under which its stored form is given back. */
  src: string
  /** Sources to try, best first (data: or file: URLs; other schemes cannot be read offline). */
  sources: string[]
  /** The name the picture is stored under (the file's name, or image.<ext> for a data: URL). */
  name: string
  alt: string | null
}

/** What a picture became once stored (an attachment of the workspace). */
export interface StoredPicture {
  sha256: string
  name: string
  mime: string
  size: number
}

const RASTER = /\.(png|jpe?g|gif|bmp)$/i
const IMG = /<img\b[^>]*>/gi

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
}
function readable(url: string): boolean {
  return /^data:image\/(png|jpeg|gif|bmp);base64,/i.test(url) || /^file:\/\//i.test(url)
}
/** The last part of a file URL's path, decoded ("clip_image002.png"), or image.<ext> for a data: URL. */
export function pictureName(url: string): string {
  const data = /^data:image\/([a-z]+)/i.exec(url)
  if (data) return `image.${data[1].toLowerCase() === 'jpeg' ? 'jpg' : data[1].toLowerCase()}`
  const last = url.split(/[\\/]/).pop() ?? ''
  try {
    return decodeURIComponent(last) || 'image'
  } catch {
    return last || 'image'
  }
}

/** The VML originals of Word's pictures, by shape id (`<v:shape id=X>…<v:imagedata src=…>`). */
function vmlOriginals(html: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of html.matchAll(/<v:shape\b([^>]*)>([\s\S]*?)<\/v:shape>/gi)) {
    const id = attrOf(m[1], 'id')
    const data = /<v:imagedata\b([^>]*)>/i.exec(m[2])
    const src = data ? attrOf(data[1], 'src') : null
    if (id && src) out.set(id, decodeEntities(src))
  }
  return out
}

export function pastedPictures(html: string): PastedPicture[] {
  const originals = vmlOriginals(html)
  const seen = new Set<string>()
  const out: PastedPicture[] = []
  for (const [tag] of html.matchAll(IMG)) {
    if (/\bdata-sha256\s*=/i.test(tag)) continue
    const raw = attrOf(tag, 'src')
    if (!raw || seen.has(raw)) continue
    seen.add(raw)
    const src = decodeEntities(raw)
    const original = originals.get(attrOf(tag, 'v:shapes') ?? '')
    const sources = [original && RASTER.test(original) ? original : null, src].filter(
      (s): s is string => !!s && readable(s),
    )
    out.push({
      src: raw,
      sources: [...new Set(sources)],
      name: pictureName(sources[0] ?? src),
      alt: attrOf(tag, 'alt'),
    })
  }
  return out
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The HTML with each stored picture's `<img>` replaced by the editor's picture (`img[data-sha256]`); a picture that
 * could not be stored keeps its tag (the paste drops it and counts it).
 */
export function withStoredPictures(html: string, stored: ReadonlyMap<string, StoredPicture>): string {
  return html.replace(IMG, (tag) => {
    const raw = attrOf(tag, 'src')
    const p = raw === null ? undefined : stored.get(raw)
    if (!p) return tag
    const alt = attrOf(tag, 'alt')
    return (
      `<img data-sha256="${p.sha256}" data-name="${esc(p.name)}" data-mime="${esc(p.mime)}" data-size="${p.size}"` +
      `${alt ? ` alt="${esc(alt)}"` : ''}>`
    )
  })
}

/**
 * A file: URL a paste may read: a picture in Word's or WPS's clipboard folder (msohtmlclip…, ksohtml…), nothing else
 * on the disk. Returns the path as the URL spells it (decoded), or null.
 */
export function clipboardPicturePath(url: string): string | null {
  if (!/^file:\/\//i.test(url)) return null
  let p: string
  try {
    p = decodeURIComponent(url.replace(/^file:\/\/(localhost)?/i, ''))
  } catch {
    return null
  }
  const parts = p.split(/[\\/]/)
  if (parts.includes('..') || !RASTER.test(p)) return null
  return parts.some((s) => /^(msohtmlclip\d*|ksohtml\d*)$/i.test(s)) ? p : null
}

/** data:image/…;base64,… → its bytes' base64 and mime, or null. */
export function dataUrlPicture(url: string): { mime: string; base64: string } | null {
  const m = /^data:(image\/(?:png|jpeg|gif|bmp));base64,([A-Za-z0-9+/=\s]+)$/i.exec(url)
  return m ? { mime: m[1].toLowerCase(), base64: m[2].replace(/\s+/g, '') } : null
}
